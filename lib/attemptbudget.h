#pragma once

#include <QObject>

#include <deque>
#include <functional>

class Clock;
class QTimer;

// The shared budget for connection attempts of a whole ConnectionManager: a token bucket that
// refills at rate tokens a second up to burst. An attempt takes a token; one that finds none
// waits its turn in FIFO order and is started by its grant callback as soon as a token is there,
// keeping its place in the backoff schedule (whoever was due first goes first). So when a site's
// network comes back, hundreds of feeds reconnect at a pace the servers can take, not in one storm.
// Lives on the manager's worker thread; time comes from the Clock.
class AttemptBudget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptBudget)

public:
    // 200 a second, 10 at once: a site of 1,000 feeds is back within 5 s, and no 100 ms window ever
    // sees more than twice the steady pace (burst + rate x 0.1 s = 30, against 20), so the
    // servers' accept queues (often 50 or 128 deep) never overflow.
    static constexpr double DefaultRate = 200.0; // attempts a second
    static constexpr int DefaultBurst = 10;

    explicit AttemptBudget(Clock *clock = nullptr, QObject *parent = nullptr);
    ~AttemptBudget() override;

    // rate <= 0 turns the budget off: every attempt goes at once.
    void setLimits(double rate, int burst);
    double rate() const { return m_rate; }
    int burst() const { return m_burst; }
    bool isLimited() const { return m_rate > 0; }

    // True when the attempt may go now (a token was taken). Otherwise the requester is queued and
    // grant() runs later, once, in FIFO order, unless cancel(requester) came first. A requester
    // that is already queued keeps its place.
    bool acquire(const void *requester, std::function<void()> grant);
    void cancel(const void *requester);
    bool isWaiting(const void *requester) const;
    int waiting() const { return int(m_queue.size()); }

    quint64 grantedAtOnce() const { return m_grantedAtOnce; }
    quint64 grantedLater() const { return m_grantedLater; }

private:
    struct Waiter
    {
        const void *requester;
        std::function<void()> grant;
    };
    void refill();
    void serve();
    void arm();

    Clock *m_clock;
    QTimer *m_timer;
    double m_rate = DefaultRate;
    int m_burst = DefaultBurst;
    double m_tokens = DefaultBurst;
    qint64 m_refilledAt = 0;
    std::deque<Waiter> m_queue;
    quint64 m_grantedAtOnce = 0;
    quint64 m_grantedLater = 0;
};
