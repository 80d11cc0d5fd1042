#include "attemptbudget.h"

#include "clock.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

AttemptBudget::AttemptBudget(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system()), m_timer(new QTimer(this))
{
    m_refilledAt = m_clock->now();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &AttemptBudget::serve);
    if (m_clock->isManual()) {
        connect(m_clock, &Clock::advanced, this, &AttemptBudget::serve);
    }
}

AttemptBudget::~AttemptBudget() = default;

void AttemptBudget::setLimits(double rate, int burst)
{
    refill();
    m_rate = rate;
    m_burst = std::max(1, burst);
    m_tokens = std::min(m_tokens, double(m_burst));
    serve();
}

void AttemptBudget::refill()
{
    const qint64 now = m_clock->now();
    if (m_rate > 0) {
        m_tokens = std::min(double(m_burst), m_tokens + double(now - m_refilledAt) * m_rate / 1000.0);
    }
    m_refilledAt = now;
}

bool AttemptBudget::acquire(const void *requester, std::function<void()> grant)
{
    if (isWaiting(requester)) {
        return false;
    }
    if (m_rate <= 0) {
        ++m_grantedAtOnce;
        return true;
    }
    refill();
    // Nobody jumps the queue: a free token goes to whoever has waited longest.
    if (m_queue.empty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        ++m_grantedAtOnce;
        return true;
    }
    m_queue.push_back({requester, std::move(grant)});
    arm();
    return false;
}

void AttemptBudget::cancel(const void *requester)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [requester](const Waiter &waiter) { return waiter.requester == requester; });
    if (it != m_queue.end()) {
        m_queue.erase(it);
    }
}

bool AttemptBudget::isWaiting(const void *requester) const
{
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [requester](const Waiter &waiter) { return waiter.requester == requester; });
}

void AttemptBudget::serve()
{
    refill();
    while (!m_queue.empty() && (m_rate <= 0 || m_tokens >= 1.0)) {
        if (m_rate > 0) {
            m_tokens -= 1.0;
        }
        // Off the queue before the grant runs: it may queue the same requester again.
        Waiter waiter = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_grantedLater;
        waiter.grant();
    }
    arm();
}

void AttemptBudget::arm()
{
    if (m_queue.empty() || m_rate <= 0) {
        m_timer->stop();
        return;
    }
    if (m_clock->isManual()) {
        return; // advanced() wakes us
    }
    const double missing = std::max(0.0, 1.0 - m_tokens);
    const int waitMs = int(std::ceil(missing * 1000.0 / m_rate));
    if (!m_timer->isActive() || m_timer->remainingTime() > waitMs) {
        m_timer->start(std::max(1, waitMs));
    }
}
