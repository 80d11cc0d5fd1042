#include "connectionmanager.h"

#include "attemptbudget.h"
#include "connection.h"
#include "epolldispatcher.h"
#include "logging.h"
#include "messagestore.h"
#include "networkmonitor.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new QObject),
      m_store(new MessageStore(100'000, this)), m_network(new NetworkMonitor(this)),
      m_flushTimer(new QTimer(m_worker)), m_statsTimer(new QTimer(m_worker)),
      m_budget(new AttemptBudget(nullptr, m_worker)), m_scheduler(new WakeScheduler(nullptr, m_worker)),
      m_trimTimer(new QTimer(m_worker))
{
    // A zero timer runs after the socket and timer work already due in this pass, so everything a
    // burst of pings and pongs produced goes to the owner in one queued call.
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(5);
    connect(m_flushTimer, &QTimer::timeout, m_worker, [this] { flushPending(); });
    m_trimTimer->setSingleShot(true);
    m_trimTimer->setInterval(HeapTrimQuietMs);
    connect(m_trimTimer, &QTimer::timeout, m_worker, [this] { trimHeap(); });
    connect(m_statsTimer, &QTimer::timeout, m_worker, [this] {
        QMetaObject::invokeMethod(this, [this, stats = collectStats()] { Q_EMIT statsUpdated(stats); });
    });
    qRegisterMetaType<EngineEvent>();
    qRegisterMetaType<ConnectionStats>();
    m_thread->setObjectName(u"feedpulse-network"_s);
    // Qt's dispatchers poll every socket on every pass; epoll costs only the ready ones. The variable
    // FEEDPULSE_EVENT_DISPATCHER=qt keeps Qt's own, to compare the two.
    if (qEnvironmentVariable("FEEDPULSE_EVENT_DISPATCHER") != u"qt"_s) {
        auto dispatcher = std::make_unique<EpollEventDispatcher>();
        dispatcher->setWakeCoalescing(DefaultWakeCoalescing);
        if (dispatcher->isValid()) {
            m_thread->setEventDispatcher(dispatcher.release());
        }
    }
    m_worker->moveToThread(m_thread);
    m_thread->start();
    connect(m_network, &NetworkMonitor::reachabilityChanged, this, &ConnectionManager::onReachabilityChanged);
}

ConnectionManager::~ConnectionManager()
{
    // Sockets and timers belong to the worker thread, so they must die there.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            qDeleteAll(m_connections);
            m_connections.clear();
            delete m_worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ConnectionManager::addEndpoint(const EndpointConfig &config, bool start)
{
    if (m_names.contains(config.name)) {
        qCWarning(lcManager) << "Endpoint" << config.name << "already exists; use updateEndpoint()";
        return;
    }
    m_names << config.name;
    m_states.insert(config.name, int(Connection::State::Idle));
    const bool reachable = m_network->isReachable();
    QMetaObject::invokeMethod(m_worker, [this, config, start, reachable] {
        auto *connection = new Connection(config, nullptr, m_worker);
        connection->setMessageStore(m_store);
        connection->setAttemptBudget(m_budget);
        connection->setWakeScheduler(m_scheduler);
        connection->setNetworkAvailable(reachable);
        // Direct: both run on the worker thread; post() hands them to the owner in batches.
        connect(connection, &Connection::event, m_worker, [this](const EngineEvent &event) {
            post({event, 0, 0});
        });
        const QString name = config.name;
        connect(connection, &Connection::stateChanged, m_worker,
                [this, name](Connection::State state, Connection::State previous) {
                    if (state == Connection::State::Open && previous == Connection::State::Connecting) {
                        noteOpened();
                    }
                    post({EngineEvent{0, name, {}, {}}, int(state), int(previous)});
                });
        m_connections.insert(name, connection);
        m_workerNames << name;
        if (start) {
            connection->start();
        }
    });
}

void ConnectionManager::setWakeCoalescing(std::chrono::microseconds interval)
{
    QMetaObject::invokeMethod(m_worker, [interval] {
        if (auto *dispatcher =
                qobject_cast<EpollEventDispatcher *>(QThread::currentThread()->eventDispatcher())) {
            dispatcher->setWakeCoalescing(interval);
        }
    });
}

void ConnectionManager::setHeapTrimAfterOpens(int opens)
{
    QMetaObject::invokeMethod(m_worker, [this, opens] { m_trimAfterOpens = std::max(0, opens); });
}

void ConnectionManager::noteOpened()
{
    ++m_opensSinceTrim;
    if (m_trimAfterOpens > 0 && m_opensSinceTrim >= m_trimAfterOpens) {
        m_trimTimer->start(); // (re)started by every open of the wave: runs once it is over
    }
}

void ConnectionManager::trimHeap()
{
#ifdef __GLIBC__
    QElapsedTimer took;
    took.start();
    malloc_trim(0);
    qCDebug(lcManager) << "Returned free heap pages to the system after" << m_opensSinceTrim << "opens, in"
                       << took.elapsed() << "ms";
    m_heapTrims.fetchAndAddRelaxed(1);
#endif
    m_opensSinceTrim = 0;
}

void ConnectionManager::removeEndpoint(const QString &name)
{
    if (!m_names.removeOne(name)) {
        return;
    }
    m_states.remove(name);
    QMetaObject::invokeMethod(m_worker, [this, name] {
        m_workerNames.removeOne(name);
        delete m_connections.take(name);
    });
}

void ConnectionManager::updateEndpoint(const EndpointConfig &config)
{
    if (!m_names.contains(config.name)) {
        addEndpoint(config);
        return;
    }
    QMetaObject::invokeMethod(m_worker, [this, config] {
        if (Connection *connection = m_connections.value(config.name)) {
            connection->setConfig(config);
        }
    });
}

void ConnectionManager::start(const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [this, name] {
        if (Connection *connection = m_connections.value(name)) {
            connection->start();
        }
    });
}

void ConnectionManager::stop(const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [this, name] {
        if (Connection *connection = m_connections.value(name)) {
            connection->stop();
        }
    });
}

void ConnectionManager::retryNow(const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [this, name] {
        if (Connection *connection = m_connections.value(name)) {
            connection->retryNow();
        }
    });
}

void ConnectionManager::send(const QString &name, const QString &text)
{
    QMetaObject::invokeMethod(m_worker, [this, name, text] {
        if (Connection *connection = m_connections.value(name)) {
            connection->send(text);
        }
    });
}

void ConnectionManager::startAll()
{
    m_stoppingAll = false;
    QMetaObject::invokeMethod(m_worker, [this] {
        for (Connection *connection : std::as_const(m_connections)) {
            connection->start();
        }
    });
}

void ConnectionManager::stopAll()
{
    m_stoppingAll = true;
    QMetaObject::invokeMethod(m_worker, [this] {
        for (Connection *connection : std::as_const(m_connections)) {
            connection->stop();
        }
    });
    // The stop requests run after every state change already made; check once those are delivered.
    QMetaObject::invokeMethod(m_worker, [this] {
        flushPending();
        QMetaObject::invokeMethod(this, &ConnectionManager::checkAllStopped);
    });
}

void ConnectionManager::post(Pending pending)
{
    m_pending.push_back(std::move(pending));
    if (!m_flushTimer->isActive()) {
        m_flushTimer->start();
    }
}

void ConnectionManager::flushPending()
{
    m_flushTimer->stop();
    if (m_pending.empty()) {
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, batch = std::exchange(m_pending, {})] { deliver(batch); }, Qt::QueuedConnection);
}

void ConnectionManager::deliver(const std::vector<Pending> &batch)
{
    for (const Pending &pending : batch) {
        if (pending.event.type.isEmpty()) {
            onStateChanged(pending.event.endpoint, pending.state, pending.previous);
        } else {
            Q_EMIT event(pending.event);
        }
    }
}

void ConnectionManager::onStateChanged(const QString &name, int state, int previous)
{
    if (!m_states.contains(name)) {
        return; // removed since
    }
    m_states[name] = state;
    Q_EMIT stateChanged(name, state, previous);
    if (m_stoppingAll) {
        checkAllStopped();
    }
}

void ConnectionManager::checkAllStopped()
{
    if (!m_stoppingAll) {
        return;
    }
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        const auto state = Connection::State(it.value());
        if (state != Connection::State::Stopped && state != Connection::State::Idle) {
            return;
        }
    }
    m_stoppingAll = false;
    Q_EMIT allStopped();
}

QList<ConnectionStats> ConnectionManager::snapshot() const
{
    QList<ConnectionStats> result;
    QMetaObject::invokeMethod(
        m_worker, [this, &result] { result = collectStats(); }, Qt::BlockingQueuedConnection);
    return result;
}

QList<ConnectionStats> ConnectionManager::collectStats() const
{
    QList<ConnectionStats> result;
    result.reserve(m_workerNames.size());
    for (const QString &name : m_workerNames) {
        if (const Connection *connection = m_connections.value(name)) {
            result << connection->stats();
        }
    }
    return result;
}

void ConnectionManager::setAttemptBudget(double attemptsPerSecond, int burst)
{
    QMetaObject::invokeMethod(
        m_worker, [this, attemptsPerSecond, burst] { m_budget->setLimits(attemptsPerSecond, burst); });
}

void ConnectionManager::setStatsInterval(int intervalMs)
{
    QMetaObject::invokeMethod(m_worker, [this, intervalMs] {
        if (intervalMs > 0) {
            m_statsTimer->start(intervalMs);
        } else {
            m_statsTimer->stop();
        }
    });
}

void ConnectionManager::onReachabilityChanged(bool reachable)
{
    QMetaObject::invokeMethod(m_worker, [this, reachable] {
        for (Connection *connection : std::as_const(m_connections)) {
            connection->setNetworkAvailable(reachable);
        }
    });
}
