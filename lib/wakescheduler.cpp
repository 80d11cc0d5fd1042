#include "wakescheduler.h"

#include "clock.h"

#include <algorithm>
#include <chrono>

WakeScheduler::WakeScheduler(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system()), m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WakeScheduler::serveDue);
}

WakeScheduler::~WakeScheduler()
{
    // Clients that outlive us must not think they are still in our heap.
    for (const Entry &entry : m_heap) {
        entry.client->m_slot = NotScheduled;
    }
}

void WakeScheduler::place(qsizetype slot, Entry entry)
{
    m_heap[std::size_t(slot)] = entry;
    entry.client->m_slot = slot;
}

void WakeScheduler::siftUp(qsizetype slot)
{
    const Entry entry = m_heap[std::size_t(slot)];
    while (slot > 0) {
        const qsizetype parent = (slot - 1) / 2;
        if (m_heap[std::size_t(parent)].atMs <= entry.atMs) {
            break;
        }
        place(slot, m_heap[std::size_t(parent)]);
        slot = parent;
    }
    place(slot, entry);
}

void WakeScheduler::siftDown(qsizetype slot)
{
    const auto size = qsizetype(m_heap.size());
    const Entry entry = m_heap[std::size_t(slot)];
    for (;;) {
        qsizetype child = 2 * slot + 1;
        if (child >= size) {
            break;
        }
        if (child + 1 < size && m_heap[std::size_t(child + 1)].atMs < m_heap[std::size_t(child)].atMs) {
            ++child;
        }
        if (entry.atMs <= m_heap[std::size_t(child)].atMs) {
            break;
        }
        place(slot, m_heap[std::size_t(child)]);
        slot = child;
    }
    place(slot, entry);
}

void WakeScheduler::removeAt(qsizetype slot)
{
    const Entry last = m_heap.back();
    m_heap.pop_back();
    if (slot < qsizetype(m_heap.size())) {
        place(slot, last);
        siftDown(slot);
        siftUp(last.client->m_slot);
    }
}

void WakeScheduler::schedule(Client *client, qint64 atMs)
{
    if (client->m_slot == Due) {
        cancel(client); // out of the list being served; it goes back into the heap below
    }
    if (client->m_slot >= 0) {
        Entry &entry = m_heap[std::size_t(client->m_slot)];
        const qint64 before = entry.atMs;
        entry.atMs = atMs;
        if (atMs < before) {
            siftUp(client->m_slot);
        } else if (atMs > before) {
            siftDown(client->m_slot);
        }
    } else {
        m_heap.push_back({atMs, client});
        siftUp(qsizetype(m_heap.size()) - 1);
    }
    if (m_armedAt == 0 || atMs < m_armedAt) {
        arm();
    }
}

void WakeScheduler::cancel(Client *client)
{
    if (client->m_slot >= 0) {
        removeAt(client->m_slot);
    } else if (client->m_slot == Due) {
        // Being served right now: a later entry of the list must not be called (it may be gone).
        std::replace(m_due.begin(), m_due.end(), client, static_cast<Client *>(nullptr));
    }
    client->m_slot = NotScheduled;
}

void WakeScheduler::arm()
{
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
    if (m_serving) {
        return; // a nested event loop inside a wake(); the outer pass re-arms when it ends
    }
    m_serving = true;
    m_armedAt = 0;
    const qint64 now = m_clock->now();
    // Everything due is taken out first: a client usually schedules again from wake(), and an entry
    // it adds for now or earlier waits for the next pass rather than running twice in this one. A
    // wake() may cancel, reschedule or destroy (which cancels) another client in the list; that
    // entry is then cleared and skipped.
    m_due.clear();
    while (!m_heap.empty() && m_heap.front().atMs <= now) {
        Client *client = m_heap.front().client;
        removeAt(0);
        client->m_slot = Due;
        m_due.push_back(client);
    }
    for (std::size_t i = 0; i < m_due.size(); ++i) {
        if (Client *client = m_due[i]) {
            m_due[i] = nullptr;
            client->m_slot = NotScheduled;
            client->wake();
        }
    }
    m_due.clear();
    m_serving = false;
    arm();
}
