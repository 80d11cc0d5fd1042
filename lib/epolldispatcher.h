#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>

#include <chrono>
#include <unordered_map>
#include <vector>

class QSocketNotifier;

// An event dispatcher for the network worker thread, built on Linux epoll.
//
// Qt's own dispatchers (glib and plain Unix) hand the kernel every registered socket on every pass of
// the event loop, so a pass costs O(sockets) even when one socket is ready. With a thousand idle
// feeds that poll() was the largest single cost of keeping them alive. Here the kernel keeps the
// interest list and a pass costs O(ready sockets). Timer deadlines are a min-heap, so finding the
// next one costs O(log n) with thousands of timers; wake-ups from other threads are folded so that
// a burst of posted events costs one eventfd write; and wake-ups caused by sockets can be coalesced
// (setWakeCoalescing).
//
// Used through QThread::setEventDispatcher() before the thread starts; it behaves like Qt's Unix
// dispatcher otherwise (posted events first, then ready sockets, then due timers).
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // False when epoll or eventfd could not be created; the caller should fall back to Qt's default.
    bool isValid() const { return m_epoll >= 0 && m_wakeFd >= 0; }

    // How many passes the event loop of the calling thread has begun, when that thread runs an
    // EpollEventDispatcher; 0 otherwise. Messages read in the same pass arrived within it, so their
    // receiver can read the clock once per pass instead of once per message.
    static quint64 passesOnThisThread();

    // Wake-up coalescing. A wait that would begin sooner than this after the previous wait ended
    // first sleeps out the rest of the interval (cut short by a due timer), so that sockets which
    // become ready meanwhile are all served in one pass. It caps the wake-ups caused by sockets at
    // one per interval: with thousands of feeds pinging every second, the replies then come in a
    // few dozen passes instead of one or two replies per wake-up. When events are already waiting,
    // nothing sleeps, so a busy loop is unaffected. What it costs: an event, a posted event or a
    // wakeUp() that arrives within the interval is handled up to that much later. 0 turns it off
    // (the default). Call from the dispatcher's thread.
    void setWakeCoalescing(std::chrono::microseconds interval);
    std::chrono::microseconds wakeCoalescing() const;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 inKernel = 0; // the events the kernel's interest list has for this descriptor
        bool dirty = false;   // the notifiers changed since the kernel was last told
    };
    struct Timer
    {
        qint64 intervalMs = 0;
        qint64 deadlineNs = 0; // on the steady clock
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        quint64 serial = 0; // tells a timer from a later one that reuses its id
    };
    struct Due
    {
        int id;
        quint64 serial;
    };
    // A min-heap of deadlines, so that finding the next one costs O(log n) with thousands of
    // timers. Entries go stale when a timer is killed or moves; they are skipped when they surface.
    struct HeapEntry
    {
        qint64 deadlineNs;
        int id;
        quint64 serial;
        bool operator>(const HeapEntry &other) const { return deadlineNs > other.deadlineNs; }
    };

    void markDirty(int fd, Watch &watch);
    void applyInterest();
    int waitTimeoutMs(qint64 nowNs);
    void pushDeadline(int id, const Timer &timer);
    bool isCurrent(const HeapEntry &entry) const;
    void dropStaleTop();
    bool activateSocketNotifiers();
    bool activateTimers(qint64 nowNs);

    int m_epoll = -1;
    int m_wakeFd = -1;
    QAtomicInt m_wakePending;
    QAtomicInt m_interrupted;
    std::unordered_map<int, Watch> m_watches;
    std::unordered_map<int, Timer> m_timers;
    std::vector<QSocketNotifier *> m_pendingNotifiers; // ready, not yet activated in this pass
    std::vector<int> m_dirty;                          // descriptors whose interest changed
    std::vector<Due> m_dueTimers;                      // scratch, kept to avoid reallocating
    std::vector<HeapEntry> m_deadlines;                // min-heap (std::greater) over m_timers
    quint64 m_nextSerial = 0;
    qint64 m_coalesceNs = 0;
    qint64 m_lastWaitEndNs = 0; // when the last wait that could block ended
};
