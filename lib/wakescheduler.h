#pragma once

#include <QObject>
#include <QTimer>

#include <vector>

class Clock;

// One timer for the deadlines of many connections on one thread.
//
// With a QTimer each, every heartbeat of every connection restarted its timer twice (on the ping
// and on the pong): a timer id released and taken, the dispatcher's table updated, and a QTimerEvent
// sent through the event filters to a timeout() signal. At 5,000 endpoints that bookkeeping was
// about a tenth of the network thread. Here a connection's deadline is an entry in a binary min-heap
// that knows where each client sits (the client keeps its index), so moving, adding or dropping a
// deadline costs O(log n) with no lookup and no stale entries, and the only timer is the
// scheduler's own, armed for the earliest entry. Connections wake on a shared grid
// (Connection::armTimer), so one timer event usually serves many of them.
//
// A client has at most one pending wake: schedule() moves it, cancel() drops it, and a client must
// cancel before it is destroyed (a client may belong to one scheduler at a time). Lives on one
// thread; time comes from the Clock (a real one: a ManualClock's owners wake on Clock::advanced).
class WakeScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WakeScheduler)

public:
    class Client
    {
    public:
        virtual void wake() = 0;

    protected:
        Client() = default;
        ~Client() = default;
        Client(const Client &) = delete;
        Client &operator=(const Client &) = delete;

    private:
        friend class WakeScheduler;
        qsizetype m_slot = -1; // index in the heap; NotScheduled or Due otherwise
    };

    explicit WakeScheduler(Clock *clock = nullptr, QObject *parent = nullptr);
    ~WakeScheduler() override;

    // Calls client->wake() once, at atMs on the clock or on the first pass after it.
    void schedule(Client *client, qint64 atMs);
    void cancel(Client *client);
    bool isScheduled(const Client *client) const { return client->m_slot >= 0; }
    int pending() const { return int(m_heap.size()); }
    // Wakes every client whose time has come, each once, then re-arms the timer. The timer calls
    // it; tests call it after moving a ManualClock.
    void serveDue();

private:
    static constexpr qsizetype NotScheduled = -1;
    static constexpr qsizetype Due = -2; // taken out by serveDue(), not woken yet

    struct Entry
    {
        qint64 atMs; // here rather than in the client, so that comparing never touches a client
        Client *client;
    };
    void place(qsizetype slot, Entry entry);
    void siftUp(qsizetype slot);
    void siftDown(qsizetype slot);
    void removeAt(qsizetype slot);
    void arm();

    Clock *m_clock;
    QTimer m_timer;
    qint64 m_armedAt = 0;        // when m_timer fires; 0 when stopped
    std::vector<Entry> m_heap;   // min-heap by time; each client knows its slot
    std::vector<Client *> m_due; // serveDue()'s list; a cancelled entry becomes nullptr
    bool m_serving = false;
};
