#include "wakescheduler.h"

#include "clock.h"

#include <algorithm>
#include <chrono>
#include <utility>

WakeScheduler::WakeScheduler(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system()), m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WakeScheduler::serveDue);
}

void WakeScheduler::schedule(Client *client, qint64 atMs)
{
    const quint64 serial = ++m_nextSerial;
    m_live[client] = serial;
    // Replaced entries stay behind; rebuild before they outnumber the live ones.
    if (m_heap.size() > 2 * m_live.size() + 64) {
        std::erase_if(m_heap, [this](const Entry &entry) { return !isCurrent(entry); });
        std::make_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    }
    m_heap.push_back({atMs, serial, client});
    std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    if (m_armedAt == 0 || atMs < m_armedAt) {
        arm();
    }
}

void WakeScheduler::cancel(Client *client)
{
    m_live.erase(client);
}

bool WakeScheduler::isScheduled(const Client *client) const
{
    return m_live.find(client) != m_live.end();
}

bool WakeScheduler::isCurrent(const Entry &entry) const
{
    const auto it = m_live.find(entry.client);
    return it != m_live.end() && it->second == entry.serial;
}

void WakeScheduler::dropStaleTop()
{
    while (!m_heap.empty() && !isCurrent(m_heap.front())) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        m_heap.pop_back();
    }
}

void WakeScheduler::arm()
{
    dropStaleTop();
    if (m_heap.empty()) {
        m_armedAt = 0;
        m_timer.stop();
        return;
    }
    m_armedAt = m_heap.front().atMs;
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, m_armedAt - m_clock->now())));
}

void WakeScheduler::serveDue()
{
    m_armedAt = 0;
    const qint64 now = m_clock->now();
    // Everything due is taken out first: a client usually schedules again from wake(), and an entry
    // it adds for now or earlier waits for the next pass rather than running twice in this one. A due
    // client stays in m_live with serial 0 until it is called, so that a wake() that cancels or
    // reschedules another due client (or destroys it, which cancels) is seen here.
    m_due.clear();
    for (dropStaleTop(); !m_heap.empty() && m_heap.front().atMs <= now; dropStaleTop()) {
        Client *client = m_heap.front().client;
        m_live[client] = 0;
        m_due.push_back(client);
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        m_heap.pop_back();
    }
    std::vector<Client *> due;
    due.swap(m_due); // a nested event loop in a wake() could serve again
    for (Client *client : due) {
        const auto it = m_live.find(client);
        if (it == m_live.end() || it->second != 0) {
            continue;
        }
        m_live.erase(it);
        client->wake();
    }
    due.clear();
    m_due.swap(due); // keeps the capacity for the next pass
    arm();
}
