#pragma once

#include "connectionstats.h"
#include "endpointconfig.h"
#include "engineevent.h"

#include <QAtomicInteger>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <chrono>
#include <vector>

class AttemptBudget;
class WakeScheduler;
class Connection;
class MessageStore;
class NetworkMonitor;
class QTimer;

// All connections, living on one network worker thread so that a busy GUI can never delay a
// heartbeat. The public API is called from the owner's thread and is forwarded to the worker;
// events and state changes come back to the owner's thread in batches, in the order they happened,
// one wake-up per batch rather than one per event. Every connection's log records go into one
// MessageStore.
// Destroying the manager closes every socket and joins the worker.
class ConnectionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    MessageStore *store() const { return m_store; }
    // The monitor whose transitions drive every connection (lives on the manager's thread).
    NetworkMonitor *networkMonitor() const { return m_network; }

    QStringList endpoints() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name); }

    void addEndpoint(const EndpointConfig &config, bool start = true);
    void removeEndpoint(const QString &name);
    // Applies a changed config; the connection restarts only when something it uses changed.
    void updateEndpoint(const EndpointConfig &config);

    void start(const QString &name);
    void stop(const QString &name);
    void retryNow(const QString &name);
    void send(const QString &name, const QString &text);
    void startAll();
    void stopAll();

    // The shared budget for connection attempts of every endpoint: a token bucket refilling at
    // attemptsPerSecond up to burst. An attempt without a token waits its turn (FIFO), so a mass
    // reconnect never hits the servers in one storm. attemptsPerSecond <= 0 turns it off.
    // Defaults: AttemptBudget::DefaultRate and DefaultBurst (200 a second, 10 at once).
    void setAttemptBudget(double attemptsPerSecond, int burst);

    // The network thread's wake-up coalescing (EpollEventDispatcher::setWakeCoalescing): at most one
    // wake-up caused by sockets per interval, so that thousands of idle feeds cost a few dozen
    // wake-ups a second. An event may be handled up to the interval later, and an RTT may read up
    // to that much longer. 0 turns it off; no effect with FEEDPULSE_EVENT_DISPATCHER=qt.
    static constexpr std::chrono::microseconds DefaultWakeCoalescing{1000};
    void setWakeCoalescing(std::chrono::microseconds interval);

    // After a wave of connections opens (at least this many since the last time, then a second
    // without another), the worker hands the heap pages that the handshakes' temporaries left free
    // back to the system (glibc's malloc_trim). Otherwise they stay resident between the sockets
    // that outlive them. 0 turns it off; no effect without glibc.
    static constexpr int DefaultHeapTrimAfterOpens = 256;
    static constexpr int HeapTrimQuietMs = 1000;
    void setHeapTrimAfterOpens(int opens);
    // How many times the heap was trimmed; safe to read from any thread.
    quint64 heapTrims() const { return m_heapTrims.loadRelaxed(); }

    // A consistent copy of every connection's stats, in the order endpoints were added. Blocks until
    // the worker answers; a view that refreshes often should use setStatsInterval() instead.
    QList<ConnectionStats> snapshot() const;
    // Every intervalMs the worker pushes the same copy through statsUpdated(), without blocking
    // the owner. 0 (the default) turns it off.
    void setStatsInterval(int intervalMs);

    QThread *workerThread() const { return m_thread; }

Q_SIGNALS:
    void event(const EngineEvent &event);
    void stateChanged(const QString &endpoint, int state, int previous);
    // Every connection's stats, in the order endpoints were added (see setStatsInterval).
    void statsUpdated(const QList<ConnectionStats> &stats);
    // Emitted after stopAll() once every connection has reached Stopped.
    void allStopped();

private:
    // An event or a state change on its way from the worker to the owner's thread.
    struct Pending
    {
        EngineEvent event; // type empty: a state change
        int state = 0;
        int previous = 0;
    };
    void post(Pending pending);                      // worker thread
    void flushPending();                             // worker thread
    void deliver(const std::vector<Pending> &batch); // owner thread
    void onStateChanged(const QString &name, int state, int previous);
    void onReachabilityChanged(bool reachable);
    void checkAllStopped();
    void noteOpened();                           // worker thread
    void trimHeap();                             // worker thread
    QList<ConnectionStats> collectStats() const; // worker thread

    QThread *m_thread;
    QObject *m_worker; // lives on m_thread; parent of every Connection
    MessageStore *m_store;
    NetworkMonitor *m_network;
    QStringList m_names;
    QHash<QString, Connection *> m_connections; // touched on the worker thread only
    QHash<QString, int> m_states;               // owner thread's view, from stateChanged
    bool m_stoppingAll = false;
    QTimer *m_flushTimer;           // on the worker: fires once the current pass of its loop is done
    std::vector<Pending> m_pending; // worker thread only
    QTimer *m_statsTimer;           // on the worker: pushes statsUpdated()
    AttemptBudget *m_budget;        // on the worker
    WakeScheduler *m_scheduler;     // on the worker: the deadlines of every connection
    QTimer *m_trimTimer;            // on the worker: the quiet second after a wave of opens
    int m_trimAfterOpens = DefaultHeapTrimAfterOpens; // worker thread
    int m_opensSinceTrim = 0;                         // worker thread
    QAtomicInteger<quint64> m_heapTrims = 0;
    QStringList m_workerNames; // worker thread's copy of m_names, in order
};
