#pragma once

#include <QObject>
#include <QTimer>

#include <unordered_map>
#include <vector>

class Clock;

// One timer for the deadlines of many connections on one thread.
//
// With a QTimer each, every heartbeat of every connection restarted its timer twice (on the ping
// and on the pong): a timer id released and taken, the dispatcher's table updated, and a QTimerEvent
// sent through the event filters to a timeout() signal. At 5,000 endpoints that bookkeeping was
// about a tenth of the network thread. Here a connection's deadline is an entry in a min-heap, and
// the only timer is the scheduler's own, armed for the earliest entry. Connections wake on a shared
// grid (Connection::armTimer), so most entries share their slot with others and one timer event
// serves them all.
//
// A client has at most one pending wake: schedule() replaces the previous one, cancel() drops it,
// and a client must cancel before it is destroyed. Replaced and cancelled entries stay in the heap
// until they surface (or the heap is rebuilt) and are recognised by their serial, so neither
// operation searches the heap. Lives on one thread; time comes from the Clock (a real one: a
// ManualClock's owners wake on Clock::advanced instead).
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
        ~Client() = default;
    };

    explicit WakeScheduler(Clock *clock = nullptr, QObject *parent = nullptr);

    // Calls client->wake() once, at atMs on the clock or on the first pass after it.
    void schedule(Client *client, qint64 atMs);
    void cancel(Client *client);
    bool isScheduled(const Client *client) const;
    int pending() const { return int(m_live.size()); }
    // Wakes every client whose time has come, each once, then re-arms the timer. The timer calls
    // it; tests call it after moving a ManualClock.
    void serveDue();

private:
    struct Entry
    {
        qint64 atMs;
        quint64 serial;
        Client *client;
        bool operator>(const Entry &other) const
        {
            return atMs != other.atMs ? atMs > other.atMs : serial > other.serial;
        }
    };
    bool isCurrent(const Entry &entry) const;
    void dropStaleTop();
    void arm();

    Clock *m_clock;
    QTimer m_timer;
    qint64 m_armedAt = 0; // when m_timer fires; 0 when stopped
    quint64 m_nextSerial = 0;
    std::unordered_map<const Client *, quint64> m_live; // client -> serial of its pending entry
    std::vector<Entry> m_heap;                          // min-heap (std::greater) by time, then serial
    std::vector<Client *> m_due;                        // scratch for serveDue()
};
