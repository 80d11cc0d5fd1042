// ConnectionManager: connections on the worker thread, driven from the owner's thread.

#include "connectionmanager.h"
#include "epolldispatcher.h"
#include "eventrecorder.h"
#include "messagestore.h"
#include "networkmonitor.h"
#include "testserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = Connection::State;

namespace {

int openCount(const ConnectionManager &manager)
{
    int open = 0;
    for (const ConnectionStats &stats : manager.snapshot()) {
        open += stats.state == State::Open ? 1 : 0;
    }
    return open;
}

} // namespace

class tst_ConnectionManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionsLiveOnTheWorkerThread();
    void addUpdateRemove();
    void noFalseTimeoutsWhileOwnerThreadIsBlocked();
    void teardownWithManyLiveConnections();
    void networkBackResetsBackoffAndRetries();
    void stopAllReportsAllStopped();
    void messagesReachTheStore();
    void statsArePushedWithoutBlocking();
    void networkThreadCoalescesWakeUps();
    void heapIsTrimmedOnceAfterEachWaveOfOpens();
};

void tst_ConnectionManager::connectionsLiveOnTheWorkerThread()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    QVERIFY(manager.workerThread() != QThread::currentThread());
    QVERIFY(manager.workerThread()->isRunning());
    EventRecorder events;
    connect(&manager, &ConnectionManager::event, &events, &EventRecorder::record);
    QThread *deliveredOn = nullptr;
    connect(&manager, &ConnectionManager::stateChanged, this,
            [&deliveredOn] { deliveredOn = QThread::currentThread(); });
    manager.addEndpoint(server.endpoint(u"a"_s));
    QTRY_COMPARE(events.count(u"open"_s), 1);
    QCOMPARE(deliveredOn, QThread::currentThread());
    QCOMPARE(events.last(u"open"_s).endpoint, u"a"_s);
}

void tst_ConnectionManager::addUpdateRemove()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    manager.addEndpoint(server.endpoint(u"one"_s));
    manager.addEndpoint(server.endpoint(u"two"_s));
    manager.addEndpoint(server.endpoint(u"three"_s), false);
    QCOMPARE(manager.endpoints(), (QStringList{u"one"_s, u"two"_s, u"three"_s}));
    QTRY_COMPARE(openCount(manager), 2);
    QCOMPARE(server.connectionCount(u"three"_s), 0);
    QCOMPARE(manager.snapshot().at(2).state, State::Idle);

    // A heartbeat change applies live: "two" keeps its socket.
    EndpointConfig two = server.endpoint(u"two"_s);
    two.heartbeat.intervalMs = 30'000;
    manager.updateEndpoint(two);
    manager.start(u"three"_s);
    QTRY_COMPARE(openCount(manager), 3);
    QCOMPARE(server.connectionCount(u"two"_s), 1);
    QCOMPARE(server.connectionCount(u"one"_s), 1);

    manager.removeEndpoint(u"one"_s);
    QCOMPARE(manager.endpoints(), (QStringList{u"two"_s, u"three"_s}));
    QTRY_COMPARE(server.concurrent(u"one"_s), 0);
    QCOMPARE(manager.snapshot().size(), 2);
    QCOMPARE(server.concurrent(u"two"_s), 1);
}

void tst_ConnectionManager::noFalseTimeoutsWhileOwnerThreadIsBlocked()
{
    constexpr int Timeout = 200;
    // The server must not share the thread we are about to block, or it would stop answering.
    QThread serverThread;
    serverThread.start();
    auto *remote = new TestServer;
    remote->moveToThread(&serverThread);
    bool listening = false;
    QMetaObject::invokeMethod(
        remote, [&] { listening = remote->listen(); }, Qt::BlockingQueuedConnection);
    QVERIFY(listening);
    const auto stopServer = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            remote, [remote] { delete remote; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    });
    const TestServer &server = *remote;
    ConnectionManager manager;
    EventRecorder events;
    connect(&manager, &ConnectionManager::event, &events, &EventRecorder::record);
    EndpointConfig config = server.endpoint(u"busy"_s);
    config.heartbeat.mode = HeartbeatPolicy::Mode::Text;
    config.heartbeat.intervalMs = 50;
    config.heartbeat.timeoutMs = Timeout;
    manager.addEndpoint(config);
    QTRY_VERIFY(events.count(u"pong"_s) >= 2);

    // Freeze this (the "GUI") thread for three heartbeat timeouts, as a busy window would.
    const qint64 blockedFrom = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer blocked;
    blocked.start();
    while (blocked.elapsed() < 3 * Timeout) {
    }
    const qint64 blockedUntil = QDateTime::currentMSecsSinceEpoch();
    const int before = events.size();
    QTRY_VERIFY(events.size() > before);
    QTRY_VERIFY(events.count(u"pong"_s) >= 8);

    int pongsDuringBlock = 0;
    for (const auto &entry : events.entries()) {
        QVERIFY2(entry.event.type != u"heartbeat_timeout",
                 "a blocked owner thread caused a heartbeat timeout");
        if (entry.event.type == u"pong" && entry.event.timestampMs >= blockedFrom &&
            entry.event.timestampMs <= blockedUntil) {
            ++pongsDuringBlock;
        }
    }
    // Heartbeats kept running on the worker while this thread was blocked.
    QVERIFY2(pongsDuringBlock >= 3, qPrintable(u"only %1 pongs while blocked"_s.arg(pongsDuringBlock)));
    QCOMPARE(manager.snapshot().constFirst().heartbeatTimeouts, 0u);
}

void tst_ConnectionManager::teardownWithManyLiveConnections()
{
    constexpr int Count = 100;
    TestServer server;
    QVERIFY(server.listen());
    {
        ConnectionManager manager;
        for (int i = 0; i < Count; ++i) {
            EndpointConfig config = server.endpoint(u"e%1"_s.arg(i));
            config.heartbeat.intervalMs = 100;
            config.heartbeat.timeoutMs = 1000;
            manager.addEndpoint(config);
        }
        QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), Count, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(openCount(manager), Count, 20'000);
    }
    // Every socket went with the manager (and LeakSanitizer checks that nothing else stayed behind).
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 0, 10'000);
}

void tst_ConnectionManager::networkBackResetsBackoffAndRetries()
{
    TestServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    server.close();
    ConnectionManager manager;
    EventRecorder events;
    connect(&manager, &ConnectionManager::event, &events, &EventRecorder::record);
    EndpointConfig config = server.endpoint(u"net"_s);
    config.urls = {u"ws://127.0.0.1:%1/?client=net"_s.arg(port)};
    config.backoff = {3'600'000, 3'600'000, 2.0,
                      BackoffPolicy::Jitter::None}; // only the network can bring it back
    manager.addEndpoint(config);
    QTRY_COMPARE(events.count(u"reconnect_scheduled"_s), 1);
    manager.networkMonitor()->setReachable(false);
    QVERIFY(server.listen(port));
    QSignalSpy reachability(manager.networkMonitor(), &NetworkMonitor::reachabilityChanged);
    manager.networkMonitor()->setReachable(true);
    QCOMPARE(reachability.count(), 1);
    QTRY_COMPARE(events.count(u"open"_s), 1);
    QCOMPARE(events.count(u"connecting"_s), 2);
}

void tst_ConnectionManager::stopAllReportsAllStopped()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    for (int i = 0; i < 5; ++i) {
        manager.addEndpoint(server.endpoint(u"s%1"_s.arg(i)));
    }
    QTRY_COMPARE(server.clientCount(), 5);
    QSignalSpy stopped(&manager, &ConnectionManager::allStopped);
    manager.stopAll();
    QVERIFY(stopped.wait());
    QCOMPARE(stopped.count(), 1);
    for (const ConnectionStats &stats : manager.snapshot()) {
        QCOMPARE(stats.state, State::Stopped);
        QCOMPARE(stats.lastCloseCode, 1000);
    }
    QTRY_COMPARE(server.clientCount(), 0);
}

void tst_ConnectionManager::messagesReachTheStore()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    manager.addEndpoint(server.endpoint(u"feed"_s));
    QTRY_COMPARE(server.clientCount(), 1);
    manager.store()->recordsSince(manager.store()->lastSeq()); // a read re-arms the notification
    QSignalSpy available(manager.store(), &MessageStore::recordsAvailable);
    for (int i = 0; i < 100; ++i) {
        server.pushToAll(u"m%1"_s.arg(i));
    }
    QTRY_COMPARE(manager.snapshot().constFirst().messagesIn, 100u);
    QVERIFY(available.count() >= 1);
    QStringList texts;
    for (const LogRecord &record : manager.store()->recordsSince(0)) {
        if (record.direction == LogRecord::Direction::In) {
            QCOMPARE(record.endpoint, u"feed"_s);
            texts << record.text;
        }
    }
    QCOMPARE(texts.size(), 100);
    QCOMPARE(texts.constFirst(), u"m0"_s);
    QCOMPARE(texts.constLast(), u"m99"_s);
}

void tst_ConnectionManager::statsArePushedWithoutBlocking()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    QSignalSpy pushed(&manager, &ConnectionManager::statsUpdated);
    manager.addEndpoint(server.endpoint(u"first"_s));
    manager.addEndpoint(server.endpoint(u"second"_s), false);
    manager.setStatsInterval(20);
    const auto latest = [&pushed] { return pushed.last().at(0).value<QList<ConnectionStats>>(); };
    // Pushed on the owner's thread, every endpoint in the order added, with live state.
    QTRY_VERIFY(!pushed.isEmpty() && latest().size() == 2 && latest().at(0).state == State::Open);
    QCOMPARE(latest().at(0).endpoint, u"first"_s);
    QCOMPARE(latest().at(1).endpoint, u"second"_s);
    QCOMPARE(latest().at(1).state, State::Idle);

    manager.removeEndpoint(u"first"_s);
    pushed.clear();
    QTRY_VERIFY(!pushed.isEmpty() && latest().size() == 1);
    QCOMPARE(latest().at(0).endpoint, u"second"_s);

    // Turned off, the pushes stop. A blocking snapshot() queues behind the call on the worker, and
    // pushes made before it are already in our queue, so processEvents() delivers all of them.
    manager.setStatsInterval(0);
    QCOMPARE(manager.snapshot().size(), 1);
    QCoreApplication::processEvents();
    const qsizetype count = pushed.size();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(manager.snapshot().size(), 1);
        QCoreApplication::processEvents();
    }
    QCOMPARE(pushed.size(), count);
}

// The worker runs the epoll dispatcher with 1 ms of wake-up coalescing unless told otherwise, and
// heartbeats keep working at any setting.
void tst_ConnectionManager::networkThreadCoalescesWakeUps()
{
    using namespace std::chrono_literals;
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    // Read on the worker thread, where the dispatcher (an object of that thread) keeps its setting.
    auto *dispatcher = qobject_cast<EpollEventDispatcher *>(manager.workerThread()->eventDispatcher());
    QVERIFY(dispatcher);
    QCOMPARE(dispatcher->thread(), manager.workerThread());
    const auto read = [dispatcher] {
        std::chrono::microseconds seen{-1};
        QMetaObject::invokeMethod(
            dispatcher, [dispatcher, &seen] { seen = dispatcher->wakeCoalescing(); },
            Qt::BlockingQueuedConnection);
        return seen;
    };
    QCOMPARE(read(), ConnectionManager::DefaultWakeCoalescing);
    QCOMPARE(ConnectionManager::DefaultWakeCoalescing, 1000us);
    manager.setWakeCoalescing(20ms);
    QCOMPARE(read(), 20'000us);

    EventRecorder events;
    connect(&manager, &ConnectionManager::event, &events, &EventRecorder::record);
    EndpointConfig config = server.endpoint(u"coalesced"_s);
    config.heartbeat.intervalMs = 50;
    config.heartbeat.timeoutMs = 1000;
    manager.addEndpoint(config);
    QTRY_VERIFY(events.count(u"pong"_s) >= 5);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 0);
}

// A wave of opens (here three, instead of 256) is followed, a quiet second later, by one trim of
// the heap; the next wave by another.
void tst_ConnectionManager::heapIsTrimmedOnceAfterEachWaveOfOpens()
{
#ifndef __GLIBC__
    QSKIP("malloc_trim is glibc's");
#endif
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    manager.setHeapTrimAfterOpens(3);
    EventRecorder events;
    connect(&manager, &ConnectionManager::event, &events, &EventRecorder::record);
    for (const QString &name : {u"w1"_s, u"w2"_s, u"w3"_s}) {
        manager.addEndpoint(server.endpoint(name));
    }
    QTRY_COMPARE(events.count(u"open"_s), 3);
    QCOMPARE(manager.heapTrims(), 0u); // not before the wave has been quiet for a second
    QTRY_COMPARE_WITH_TIMEOUT(manager.heapTrims(), 1u, 10'000);
    for (const QString &name : {u"w4"_s, u"w5"_s, u"w6"_s}) {
        manager.addEndpoint(server.endpoint(name));
    }
    QTRY_COMPARE(events.count(u"open"_s), 6);
    QTRY_COMPARE_WITH_TIMEOUT(manager.heapTrims(), 2u, 10'000);
    QCOMPARE(ConnectionManager::DefaultHeapTrimAfterOpens, 256);
}

QTEST_GUILESS_MAIN(tst_ConnectionManager)
#include "tst_connectionmanager.moc"
