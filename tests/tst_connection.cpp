// Connection against a real QWebSocketServer (TestServer), mostly through a real TCP FaultProxy.
// Timing claims use the monotonic clock; "nothing happens before X" claims use ManualClock.

#include "clock.h"
#include "connection.h"
#include "connectionstats.h"
#include "eventrecorder.h"
#include "faultproxy.h"
#include "manualclock.h"
#include "messagestore.h"
#include "socketbuffers.h"
#include "testserver.h"
#include "tlsfixture.h"
#include "wakescheduler.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;
using State = Connection::State;

namespace {

QUrl proxiedUrl(const FaultProxy &proxy, const QString &clientId)
{
    return QUrl(u"ws://127.0.0.1:%1/?client=%2"_s.arg(proxy.port()).arg(clientId));
}

// A port that refuses connections: listen, note the port, close.
quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class tst_Connection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensAndReportsRtt_data();
    void opensAndReportsRtt();
    void halfOpenDetectedWithinDeadline_data();
    void halfOpenDetectedWithinDeadline();
    void halfOpenBoundHoldsOnTheClock_data();
    void halfOpenBoundHoldsOnTheClock();
    void passiveModeDetectsSilence();
    void anyTrafficCountsAsPong();
    void handshakeHangHitsConnectTimeout();
    void backoffFollowsPolicyUntilServerReturns();
    void backoffResetsOnlyAfterStableUptime();
    void maxAttemptsLeadsToGaveUpAndRetryNowLeavesIt();
    void stopNeverReconnects();
    void noRetryCloseCodeStops();
    void failoverUsesSecondaryUrl();
    void onOpenBeforeQueuedSendsOnEveryReconnect();
    void queueOverflowDropsOldestAndSaysSo();
    void staleAfterSilenceAndFreshOnNextMessage();
    void oneSocketUnderRandomFaults();
    void errorThenDisconnectSchedulesOneAttempt();
    void retryNowDuringBackoffMakesOneAttempt();
    void networkBackRetriesAtOnce();
    void secretsAreRedactedInEvents();
    void configChangeRestartsOnlyWhenNeeded();
    void statsCountTrafficAndRate();
    void pingCadenceFollowsIntervalWhenTimeoutIsLonger();
    void freshFeedStillGoesStaleAgainOnTime();
    void onOpenSecretsStayOutOfTheLog();
    void sequenceGapsCountedAcrossReconnects();
    void socketKeepsNoIdleBufferAndCarriesLargeMessages_data();
    void socketKeepsNoIdleBufferAndCarriesLargeMessages();
    void sharedSchedulerServesHeartbeatsWithoutATimerOfItsOwn();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
};

void tst_Connection::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen());
    m_proxy = std::make_unique<FaultProxy>();
    QVERIFY(m_proxy->listen(m_server->port()));
}

void tst_Connection::cleanup()
{
    m_proxy.reset();
    m_server.reset();
}

void tst_Connection::opensAndReportsRtt_data()
{
    QTest::addColumn<HeartbeatPolicy::Mode>("mode");
    QTest::newRow("ping") << HeartbeatPolicy::Mode::Ping;
    QTest::newRow("text") << HeartbeatPolicy::Mode::Text;
    QTest::newRow("json") << HeartbeatPolicy::Mode::Json;
}

void tst_Connection::opensAndReportsRtt()
{
    QFETCH(HeartbeatPolicy::Mode, mode);
    EndpointConfig config = quickEndpoint(u"rtt"_s, m_server->url(u"rtt"_s));
    config.heartbeat.mode = mode;
    config.heartbeat.intervalMs = 50;
    config.heartbeat.timeoutMs = 1000;
    MessageStore store;
    Connection connection(config);
    connection.setMessageStore(&store);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_VERIFY(events.count(u"pong"_s) >= 3);
    const EngineEvent pong = events.last(u"pong"_s);
    QVERIFY(pong.fields.value(u"rtt_ms"_s).isDouble());
    QVERIFY(pong.fields.value(u"rtt_ms"_s).toInteger() >= 0);
    const ConnectionStats stats = connection.stats();
    QVERIFY(stats.rttLastMs >= 0);
    QVERIFY(stats.rttMinMs >= 0 && stats.rttMinMs <= stats.rttLastMs + 1000);
    QVERIFY(stats.rttP95Ms >= stats.rttMinMs);
    QCOMPARE(stats.connects, 1u);
    QCOMPARE(stats.heartbeatTimeouts, 0u);
    // Heartbeat replies are not data: they do not count as messages in.
    QCOMPARE(stats.messagesIn, 0u);
    if (mode != HeartbeatPolicy::Mode::Ping) {
        QVERIFY(m_server->pingsReceived(u"rtt"_s) >= 3);
        QVERIFY(m_server->received(u"rtt"_s).isEmpty());
    }
}

void tst_Connection::halfOpenDetectedWithinDeadline_data()
{
    opensAndReportsRtt_data();
}

void tst_Connection::halfOpenDetectedWithinDeadline()
{
    QFETCH(HeartbeatPolicy::Mode, mode);
    constexpr int Interval = 200;
    constexpr int Timeout = 200;
    // The exact bound is shown on the manual clock by halfOpenBoundHoldsOnTheClock; this one measures
    // how late the real timer is.
    constexpr int Slack = 150;
    EndpointConfig config = quickEndpoint(u"halfopen"_s, proxiedUrl(*m_proxy, u"halfopen"_s));
    config.heartbeat.mode = mode;
    config.heartbeat.intervalMs = Interval;
    config.heartbeat.timeoutMs = Timeout;
    config.heartbeat.maxMissed = 1;
    config.backoff.initialMs = 60'000; // keep the reconnect out of the picture
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    qint64 lastPingAt = -1;
    // The time the connection stamped on the ping, not when the signal arrived here: on a busy
    // machine the two can be far enough apart to make a correct timeout look early.
    connect(&connection, &Connection::heartbeatSent, this, [&lastPingAt](qint64 at) { lastPingAt = at; });
    connection.start();
    QTRY_VERIFY(events.count(u"pong"_s) >= 2);

    m_proxy->freeze();
    const qint64 frozenAt = Clock::system()->now();
    QTRY_VERIFY_WITH_TIMEOUT(events.count(u"heartbeat_timeout"_s) == 1, 5000);
    const qint64 timedOutAt = events.lastAt(u"heartbeat_timeout"_s);
    // Never before the pong deadline of the ping that went unanswered ...
    QVERIFY2(timedOutAt >= lastPingAt + Timeout,
             qPrintable(u"timeout %1 ms after the last ping"_s.arg(timedOutAt - lastPingAt)));
    // ... and within 150 ms of it ...
    QVERIFY2(timedOutAt <= lastPingAt + Timeout + Slack,
             qPrintable(u"timeout %1 ms after the last ping"_s.arg(timedOutAt - lastPingAt)));
    // ... which is at most interval + timeout after the link went dead, plus that slack.
    QVERIFY2(timedOutAt - frozenAt <= Interval + Timeout + Slack,
             qPrintable(u"detected %1 ms after the freeze"_s.arg(timedOutAt - frozenAt)));
    QCOMPARE(events.last(u"closed"_s).fields.value(u"by"_s).toString(), u"heartbeat"_s);
    QCOMPARE(connection.state(), State::Backoff);
    QCOMPARE(events.count(u"reconnect_scheduled"_s), 1);
    QCOMPARE(connection.stats().heartbeatTimeouts, 1u);
}

void tst_Connection::halfOpenBoundHoldsOnTheClock_data()
{
    opensAndReportsRtt_data();
}

// The worst case for a half-open link: it dies just after a pong. The next ping goes out one interval
// later and its deadline passes one timeout after that, so death is declared at interval + timeout,
// not a millisecond earlier or later. The link is a real frozen proxy; only time is simulated.
void tst_Connection::halfOpenBoundHoldsOnTheClock()
{
    QFETCH(HeartbeatPolicy::Mode, mode);
    constexpr int Interval = 1000;
    constexpr int Timeout = 400;
    ManualClock clock;
    EndpointConfig config = quickEndpoint(u"halfopen"_s, proxiedUrl(*m_proxy, u"halfopen"_s));
    config.heartbeat.mode = mode;
    config.heartbeat.intervalMs = Interval;
    config.heartbeat.timeoutMs = Timeout;
    config.heartbeat.maxMissed = 1;
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    QSignalSpy pings(&connection, &Connection::heartbeatSent);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);

    // One answered round trip, so the link is known to be alive ...
    clock.advance(Interval);
    QCOMPARE(pings.count(), 1);
    QTRY_COMPARE(events.count(u"pong"_s), 1);
    // ... and then it goes silent.
    m_proxy->freeze();
    const qint64 deadAt = clock.now();

    clock.advance(Interval - 1);
    QCOMPARE(pings.count(), 1);
    clock.advance(1);
    QCOMPARE(pings.count(), 2);
    clock.advance(Timeout - 1);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 0);
    QCOMPARE(connection.state(), State::Open);
    clock.advance(1);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 1);
    QCOMPARE(events.lastAt(u"heartbeat_timeout"_s) - deadAt, qint64(Interval + Timeout));
    QCOMPARE(events.last(u"closed"_s).fields.value(u"by"_s).toString(), u"heartbeat"_s);
    QCOMPARE(connection.state(), State::Backoff);
}

void tst_Connection::passiveModeDetectsSilence()
{
    ManualClock clock;
    EndpointConfig config = quickEndpoint(u"passive"_s, m_server->url(u"passive"_s));
    config.heartbeat.mode = HeartbeatPolicy::Mode::Passive;
    config.heartbeat.intervalMs = 1000;
    config.heartbeat.timeoutMs = 500;
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_COMPARE(m_server->clientCount(), 1);

    // Traffic keeps it alive: silence is measured from the latest message.
    clock.advance(1400);
    m_server->pushToAll(u"tick"_s);
    QTRY_COMPARE(connection.stats().messagesIn, 1u);
    clock.advance(1499);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 0);
    QCOMPARE(connection.state(), State::Open);
    clock.advance(1);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 1);
    QCOMPARE(events.last(u"heartbeat_timeout"_s).fields.value(u"silent_ms"_s).toInteger(), 1500);
    QCOMPARE(connection.state(), State::Backoff);
}

void tst_Connection::anyTrafficCountsAsPong()
{
    ManualClock clock;
    m_server->setIgnorePings(true);
    EndpointConfig config = quickEndpoint(u"traffic"_s, m_server->url(u"traffic"_s));
    config.heartbeat.mode = HeartbeatPolicy::Mode::Text;
    config.heartbeat.intervalMs = 1000;
    config.heartbeat.timeoutMs = 500;
    config.heartbeat.anyTrafficResets = true;
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);

    clock.advance(1000); // ping goes out; the server ignores it
    QTRY_COMPARE(m_server->pingsReceived(u"traffic"_s), 1);
    m_server->pushToAll(u"data"_s); // but data arrives, which proves the link
    QTRY_COMPARE(connection.stats().messagesIn, 1u);
    clock.advance(500);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 0);

    // With the option off, the same sequence is a timeout.
    config.heartbeat.anyTrafficResets = false;
    connection.setConfig(config);
    clock.advance(1000);
    QTRY_COMPARE(m_server->pingsReceived(u"traffic"_s), 2);
    m_server->pushToAll(u"data"_s);
    QTRY_COMPARE(connection.stats().messagesIn, 2u);
    clock.advance(500);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 1);
}

void tst_Connection::handshakeHangHitsConnectTimeout()
{
    m_proxy->setHang(true);
    EndpointConfig config = quickEndpoint(u"hang"_s, proxiedUrl(*m_proxy, u"hang"_s));
    config.connectTimeoutMs = 300;
    config.backoff.initialMs = 60'000;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    const qint64 startedAt = Clock::system()->now();
    QTRY_COMPARE_WITH_TIMEOUT(events.count(u"reconnect_scheduled"_s), 1, 3000);
    QCOMPARE(m_proxy->acceptedCount(), 1);
    QVERIFY(events.lastAt(u"error"_s) - startedAt >= 300);
    QVERIFY(events.last(u"error"_s).fields.value(u"message"_s).toString().contains(u"connect_timeout_ms"_s));
    QCOMPARE(events.last(u"error"_s).fields.value(u"phase"_s).toString(), u"connecting"_s);
    QCOMPARE(events.types(), (QStringList{u"connecting"_s, u"error"_s, u"reconnect_scheduled"_s}));
    QCOMPARE(connection.state(), State::Backoff);
    QCOMPARE(connection.stats().lastClosePhase, u"connecting"_s);
}

void tst_Connection::backoffFollowsPolicyUntilServerReturns()
{
    ManualClock clock;
    const quint16 port = m_server->port();
    m_server->close();
    EndpointConfig config = quickEndpoint(u"down"_s, m_server->url(u"down"_s));
    config.backoff = {100, 1000, 2.0, BackoffPolicy::Jitter::None};
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();

    const QList<qint64> expected{100, 200, 400, 800, 1000, 1000};
    for (int i = 0; i < expected.size(); ++i) {
        QTRY_COMPARE(events.count(u"reconnect_scheduled"_s), i + 1);
        const EngineEvent scheduled = events.last(u"reconnect_scheduled"_s);
        QCOMPARE(scheduled.fields.value(u"delay_ms"_s).toInteger(), expected.at(i));
        QCOMPARE(scheduled.fields.value(u"attempt"_s).toInt(), i + 2);
        // Nothing happens one millisecond early; the attempt starts exactly at the delay.
        clock.advance(expected.at(i) - 1);
        QCOMPARE(events.count(u"connecting"_s), i + 1);
        clock.advance(1);
        QCOMPARE(events.count(u"connecting"_s), i + 2);
    }
    // The attempt that just started fails too; only then does the server come back.
    QTRY_COMPARE(events.count(u"reconnect_scheduled"_s), expected.size() + 1);
    QVERIFY(m_server->listen(port));
    clock.advance(1000);
    QTRY_COMPARE(connection.state(), State::Open);
    QCOMPARE(connection.stats().attemptsTotal, quint64(expected.size() + 2));
    QCOMPARE(connection.stats().connects, 1u);
}

void tst_Connection::backoffResetsOnlyAfterStableUptime()
{
    ManualClock clock;
    EndpointConfig config = quickEndpoint(u"flap"_s, m_server->url(u"flap"_s));
    config.backoff = {100, 10'000, 2.0, BackoffPolicy::Jitter::None};
    config.stableMs = 5000;
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();

    // A server that closes every link at once (a flapping server) must see growing delays.
    QList<qint64> delays;
    for (int i = 0; i < 4; ++i) {
        QTRY_COMPARE(connection.state(), State::Open);
        m_server->closeAll(4000, u"flap"_s);
        QTRY_COMPARE(connection.state(), State::Backoff);
        delays << events.last(u"reconnect_scheduled"_s).fields.value(u"delay_ms"_s).toInteger();
        clock.advance(delays.constLast());
    }
    QCOMPARE(delays, (QList<qint64>{100, 200, 400, 800}));

    // Up for just under stable_ms: still no reset.
    QTRY_COMPARE(connection.state(), State::Open);
    clock.advance(4999);
    m_server->closeAll(4000, u"flap"_s);
    QTRY_COMPARE(connection.state(), State::Backoff);
    QCOMPARE(events.last(u"reconnect_scheduled"_s).fields.value(u"delay_ms"_s).toInteger(), 1600);
    clock.advance(1600);

    // Up for stable_ms: the next failure starts again from initial_ms.
    QTRY_COMPARE(connection.state(), State::Open);
    clock.advance(5000);
    QCOMPARE(connection.stats().attemptsInStreak, 0);
    m_server->closeAll(4000, u"flap"_s);
    QTRY_COMPARE(connection.state(), State::Backoff);
    QCOMPARE(events.last(u"reconnect_scheduled"_s).fields.value(u"delay_ms"_s).toInteger(), 100);
    QCOMPARE(events.last(u"closed"_s).fields.value(u"by"_s).toString(), u"server"_s);
    QCOMPARE(events.last(u"closed"_s).fields.value(u"code"_s).toInt(), 4000);
}

void tst_Connection::maxAttemptsLeadsToGaveUpAndRetryNowLeavesIt()
{
    ManualClock clock;
    const quint16 port = m_server->port();
    m_server->close();
    EndpointConfig config = quickEndpoint(u"giveup"_s, m_server->url(u"giveup"_s));
    config.backoff = {100, 1000, 2.0, BackoffPolicy::Jitter::None};
    config.maxAttempts = 3;
    config.slowRetryMs = 60'000;
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(events.count(u"reconnect_scheduled"_s), 1);
    clock.advance(100);
    QTRY_COMPARE(events.count(u"reconnect_scheduled"_s), 2);
    clock.advance(200);
    QTRY_COMPARE(connection.state(), State::GaveUp);
    QCOMPARE(events.count(u"connecting"_s), 3);
    QCOMPARE(events.count(u"gave_up"_s), 1);
    QCOMPARE(events.last(u"gave_up"_s).fields.value(u"attempts"_s).toInt(), 3);
    QVERIFY(events.last(u"reconnect_scheduled"_s).fields.value(u"slow_lane"_s).toBool());

    // The slow lane keeps trying, not a dead end: one more attempt after slow_retry_ms, not before.
    clock.advance(59'999);
    QCOMPARE(events.count(u"connecting"_s), 3);
    clock.advance(1);
    QCOMPARE(events.count(u"connecting"_s), 4);
    QTRY_COMPARE(connection.state(), State::GaveUp);
    QCOMPARE(events.count(u"gave_up"_s), 1);

    // "Retry now" leaves GaveUp at once.
    QVERIFY(m_server->listen(port));
    connection.retryNow();
    QCOMPARE(connection.state(), State::Connecting);
    QTRY_COMPARE(connection.state(), State::Open);
    QCOMPARE(connection.stats().attemptsInStreak, 1);
}

void tst_Connection::stopNeverReconnects()
{
    ManualClock clock;
    Connection connection(quickEndpoint(u"stop"_s, m_server->url(u"stop"_s)), &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_COMPARE(m_server->concurrent(u"stop"_s), 1);
    connection.stop();
    // Closing lasts until the close handshake ends (Qt may finish it within close()).
    QVERIFY(connection.state() == State::Closing || connection.state() == State::Stopped);
    QTRY_COMPARE(connection.state(), State::Stopped);
    QTRY_COMPARE(m_server->concurrent(u"stop"_s), 0);
    const EngineEvent closed = events.last(u"closed"_s);
    QCOMPARE(closed.fields.value(u"by"_s).toString(), u"client"_s);
    QCOMPARE(closed.fields.value(u"code"_s).toInt(), 1000);
    const int before = events.size();
    clock.advance(24 * 3600 * 1000);
    QCOMPARE(events.typesSince(before), QStringList());
    QCOMPARE(connection.state(), State::Stopped);
    QCOMPARE(m_server->connectionCount(u"stop"_s), 1);
}

void tst_Connection::noRetryCloseCodeStops()
{
    ManualClock clock;
    EndpointConfig config = quickEndpoint(u"policy"_s, m_server->url(u"policy"_s));
    config.noRetryCloseCodes = {1008};
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    m_server->closeAll(1008, u"policy violation"_s);
    QTRY_COMPARE(connection.state(), State::Stopped);
    QCOMPARE(events.last(u"closed"_s).fields.value(u"code"_s).toInt(), 1008);
    QCOMPARE(events.last(u"closed"_s).fields.value(u"reason"_s).toString(), u"policy violation"_s);
    QVERIFY(events.last(u"error"_s).fields.value(u"message"_s).toString().contains(u"1008"_s));
    QCOMPARE(events.count(u"reconnect_scheduled"_s), 0);
    clock.advance(3600 * 1000);
    QCOMPARE(events.count(u"connecting"_s), 1);
    QCOMPARE(m_server->connectionCount(u"policy"_s), 1);
}

void tst_Connection::failoverUsesSecondaryUrl()
{
    EndpointConfig config = quickEndpoint(u"failover"_s, m_server->url(u"failover"_s));
    const QString secondary = config.urls.constFirst();
    config.urls = {u"ws://127.0.0.1:%1/?client=failover"_s.arg(deadPort()), secondary};
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QCOMPARE(events.last(u"open"_s).fields.value(u"url"_s).toString(), secondary);
    QCOMPARE(events.count(u"connecting"_s), 2);
    QCOMPARE(connection.stats().url, secondary);
}

void tst_Connection::onOpenBeforeQueuedSendsOnEveryReconnect()
{
    const quint16 port = m_server->port();
    EndpointConfig config = quickEndpoint(u"auth"_s, m_server->url(u"auth"_s));
    config.onOpen = {u"{\"op\":\"auth\"}"_s, u"{\"op\":\"subscribe\"}"_s};
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(m_server->received(u"auth"_s).size(), 2);

    m_server->close();
    QTRY_COMPARE(connection.state(), State::Backoff);
    for (int i = 1; i <= 3; ++i) {
        connection.send(u"q%1"_s.arg(i));
    }
    QCOMPARE(events.count(u"sent"_s), 3);
    QVERIFY(events.last(u"sent"_s).fields.value(u"queued"_s).toBool());
    QCOMPARE(connection.stats().queueDepth, 3);
    QVERIFY(m_server->listen(port));
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_COMPARE(m_server->received(u"auth"_s).size(), 7);
    QCOMPARE(m_server->received(u"auth"_s),
             (QStringList{u"{\"op\":\"auth\"}"_s, u"{\"op\":\"subscribe\"}"_s, u"{\"op\":\"auth\"}"_s,
                          u"{\"op\":\"subscribe\"}"_s, u"q1"_s, u"q2"_s, u"q3"_s}));
    QCOMPARE(connection.stats().queueDepth, 0);

    // A send while open goes straight out, and is reported as not queued.
    connection.send(u"live"_s);
    QTRY_COMPARE(m_server->received(u"auth"_s).size(), 8);
    QVERIFY(!events.last(u"sent"_s).fields.value(u"queued"_s).toBool());
}

void tst_Connection::queueOverflowDropsOldestAndSaysSo()
{
    const quint16 port = m_server->port();
    m_server->close();
    EndpointConfig config = quickEndpoint(u"overflow"_s, m_server->url(u"overflow"_s));
    config.sendQueueLimit = 2;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.stop(); // queued while stopped too: nothing is lost by being offline
    for (int i = 1; i <= 5; ++i) {
        connection.send(u"m%1"_s.arg(i));
    }
    QCOMPARE(events.count(u"queue_dropped"_s), 3);
    QCOMPARE(events.last(u"queue_dropped"_s).fields.value(u"total"_s).toInt(), 3);
    QCOMPARE(connection.stats().queueDropped, 3u);
    QVERIFY(m_server->listen(port));
    connection.start();
    QTRY_COMPARE(m_server->received(u"overflow"_s), (QStringList{u"m4"_s, u"m5"_s}));
}

void tst_Connection::staleAfterSilenceAndFreshOnNextMessage()
{
    ManualClock clock;
    EndpointConfig config = quickEndpoint(u"stale"_s, m_server->url(u"stale"_s));
    config.staleAfterMs = 3000;
    config.heartbeat.mode = HeartbeatPolicy::Mode::Text;
    config.heartbeat.intervalMs = 1000;
    config.heartbeat.timeoutMs = 900;
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    // Heartbeats keep flowing, but heartbeat replies are not data: the feed still goes stale.
    for (int i = 0; i < 2; ++i) {
        clock.advance(1000);
        QTRY_COMPARE(events.count(u"pong"_s), i + 1);
    }
    clock.advance(999);
    QCOMPARE(connection.state(), State::Open);
    QCOMPARE(events.count(u"stale"_s), 0);
    clock.advance(1);
    QCOMPARE(connection.state(), State::Stale);
    QCOMPARE(events.last(u"stale"_s).fields.value(u"silent_ms"_s).toInteger(), 3000);
    m_server->pushToAll(u"{\"price\":1}"_s);
    QTRY_COMPARE(connection.state(), State::Open);
    QCOMPARE(events.count(u"fresh"_s), 1);
    QCOMPARE(connection.stats().staleCount, 1u);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 0);
}

void tst_Connection::oneSocketUnderRandomFaults()
{
    constexpr int Faults = 200;
    EndpointConfig config = quickEndpoint(u"chaos"_s, proxiedUrl(*m_proxy, u"chaos"_s));
    config.heartbeat.intervalMs = 40;
    config.heartbeat.timeoutMs = 60;
    config.connectTimeoutMs = 500;
    config.backoff = {5, 40, 2.0, BackoffPolicy::Jitter::Equal};
    Connection connection(config);
    int socketsCreated = 0;
    connect(&connection, &Connection::socketCreated, this, [&socketsCreated] { ++socketsCreated; });
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);

    QRandomGenerator random(20261122);
    QMap<QString, int> drawn;
    for (int i = 0; i < Faults; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Open, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->concurrent(u"chaos"_s), 1, 5000);
        const quint64 connects = connection.stats().connects;
        switch (random.bounded(6)) {
        case 0:
            drawn[u"freeze"_s]++;
            m_proxy->freeze();
            QTRY_VERIFY_WITH_TIMEOUT(connection.state() != State::Open, 5000);
            m_proxy->thaw();
            break;
        case 1:
            drawn[u"reset"_s]++;
            m_proxy->reset();
            break;
        case 2:
            drawn[u"server close"_s]++;
            m_server->closeAll(4000 + i, u"chaos"_s);
            break;
        case 3:
            drawn[u"abort"_s]++;
            m_server->abortAll();
            break;
        case 4:
            drawn[u"retry during backoff"_s]++;
            m_proxy->reset();
            QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Backoff, 5000);
            connection.retryNow();
            connection.retryNow();
            break;
        case 5:
            drawn[u"stop and start"_s]++;
            connection.stop();
            connection.start();
            connection.start();
            break;
        }
        QTRY_VERIFY_WITH_TIMEOUT(connection.stats().connects == connects + 1, 5000);
    }
    QTRY_COMPARE(connection.state(), State::Open);
    qInfo() << "faults drawn:" << drawn << "sockets created:" << socketsCreated;
    QCOMPARE(m_server->maxConcurrent(u"chaos"_s), 1);
    QCOMPARE(m_server->concurrent(u"chaos"_s), 1);
    QCOMPARE(connection.stats().connects, quint64(Faults + 1));
    QVERIFY(drawn.size() == 6);
}

void tst_Connection::errorThenDisconnectSchedulesOneAttempt()
{
    EndpointConfig config = quickEndpoint(u"double"_s, m_server->url(u"double"_s));
    config.backoff.initialMs = 60'000;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    // An abrupt drop makes QWebSocket report both error() and disconnected().
    m_server->abortAll();
    QTRY_COMPARE(connection.state(), State::Backoff);
    QTRY_COMPARE(m_server->concurrent(u"double"_s), 0);
    QCOMPARE(events.count(u"closed"_s), 1);
    QCOMPARE(events.count(u"reconnect_scheduled"_s), 1);
    QCOMPARE(events.last(u"closed"_s).fields.value(u"by"_s).toString(), u"error"_s);
    QCOMPARE(events.last(u"closed"_s).fields.value(u"code"_s).toInt(), 1006);
}

void tst_Connection::retryNowDuringBackoffMakesOneAttempt()
{
    ManualClock clock;
    EndpointConfig config = quickEndpoint(u"retry"_s, m_server->url(u"retry"_s));
    config.backoff = {1000, 1000, 2.0, BackoffPolicy::Jitter::None};
    Connection connection(config, &clock);
    int sockets = 0;
    connect(&connection, &Connection::socketCreated, this, [&sockets] { ++sockets; });
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    m_server->abortAll();
    QTRY_COMPARE(connection.state(), State::Backoff);
    connection.retryNow();
    connection.retryNow();
    connection.start();
    QCOMPARE(sockets, 2);
    QTRY_COMPARE(connection.state(), State::Open);
    // The backoff deadline that was pending no longer fires an attempt.
    clock.advance(1000);
    QCOMPARE(sockets, 2);
    QTRY_COMPARE(m_server->connectionCount(u"retry"_s), 2);
    QCOMPARE(m_server->maxConcurrent(u"retry"_s), 1);
}

void tst_Connection::networkBackRetriesAtOnce()
{
    ManualClock clock;
    const quint16 port = m_server->port();
    m_server->close();
    EndpointConfig config = quickEndpoint(u"net"_s, m_server->url(u"net"_s));
    config.backoff = {60'000, 60'000, 2.0, BackoffPolicy::Jitter::None};
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Backoff);
    connection.setNetworkAvailable(false);
    // While offline a due attempt waits for the network instead of failing.
    clock.advance(60'000);
    QCOMPARE(events.count(u"connecting"_s), 1);
    QCOMPARE(connection.state(), State::Backoff);
    QVERIFY(m_server->listen(port));
    connection.setNetworkAvailable(true);
    QCOMPARE(connection.state(), State::Connecting);
    QTRY_COMPARE(connection.state(), State::Open);
    QCOMPARE(connection.stats().attemptsInStreak, 1);
}

void tst_Connection::secretsAreRedactedInEvents()
{
    qputenv("FP_TEST_TOKEN", "s3cr3t-value");
    EndpointConfig config = quickEndpoint(u"secret"_s, m_server->url(u"secret"_s));
    // In the query (caught by the parameter name) and in the path (caught by the variable name).
    config.urls = {u"ws://127.0.0.1:%1/feeds/${FP_TEST_TOKEN}/?client=secret&token=${FP_TEST_TOKEN}"_s.arg(
        m_server->port())};
    config.headers = {{u"Authorization"_s, u"Bearer ${FP_TEST_TOKEN}"_s}};
    MessageStore store;
    Connection connection(config);
    connection.setMessageStore(&store);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    // The server got the real secret ...
    QCOMPARE(m_server->lastRequest(u"secret"_s).rawHeader("Authorization"),
             QByteArray("Bearer s3cr3t-value"));
    QVERIFY(m_server->lastRequest(u"secret"_s).url().toString().contains(u"s3cr3t-value"_s));
    // ... and no event, stat or log record shows it.
    for (const auto &entry : events.entries()) {
        QVERIFY2(!entry.event.toJsonLine().contains("s3cr3t"), entry.event.toJsonLine().constData());
    }
    QCOMPARE(events.last(u"open"_s).fields.value(u"url"_s).toString(),
             u"ws://127.0.0.1:%1/feeds/***/?client=secret&token=***"_s.arg(m_server->port()));
    QVERIFY(!connection.stats().url.contains(u"s3cr3t"_s));
    for (const LogRecord &record : store.recordsSince(0)) {
        QVERIFY(!record.text.contains(u"s3cr3t"_s));
    }
    qunsetenv("FP_TEST_TOKEN");
}

void tst_Connection::configChangeRestartsOnlyWhenNeeded()
{
    EndpointConfig config = quickEndpoint(u"live"_s, m_server->url(u"live"_s));
    Connection connection(config);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);

    EndpointConfig tuned = config;
    tuned.heartbeat.intervalMs = 5000;
    tuned.staleAfterMs = 120'000;
    tuned.sendQueueLimit = 10;
    QVERIFY(!connection.setConfig(tuned));
    QCOMPARE(connection.state(), State::Open);

    EndpointConfig moved = tuned;
    moved.urls = {m_server->url(u"live2"_s).toString()};
    QVERIFY(connection.setConfig(moved));
    QTRY_COMPARE(m_server->concurrent(u"live2"_s), 1);
    QTRY_COMPARE(m_server->concurrent(u"live"_s), 0);
    QTRY_COMPARE(connection.state(), State::Open);
    QCOMPARE(m_server->maxConcurrent(u"live"_s), 1);
}

void tst_Connection::statsCountTrafficAndRate()
{
    ManualClock clock;
    Connection connection(quickEndpoint(u"stats"_s, m_server->url(u"stats"_s)), &clock);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    const qint64 openedWall = connection.stats().stateSinceMs;
    QVERIFY(qAbs(openedWall - QDateTime::currentMSecsSinceEpoch()) < 60'000);
    for (int i = 0; i < 10; ++i) {
        m_server->pushToAll(u"0123456789"_s);
    }
    QTRY_COMPARE(connection.stats().messagesIn, 10u);
    connection.send(u"abc"_s);
    clock.advance(1000);
    ConnectionStats stats = connection.stats();
    QCOMPARE(stats.bytesIn, 100u);
    QCOMPARE(stats.messagesOut, 1u);
    QCOMPARE(stats.bytesOut, 3u);
    QCOMPARE(stats.messageRate, 10.0); // ten messages in the last one-second bucket
    QCOMPARE(stats.uptimeMs, 1000);
    QCOMPARE(stats.lastMessageAgeMs, 1000);
    QCOMPARE(stats.attemptsTotal, 1u);
    QCOMPARE(stats.nextRetryInMs, -1);
    // A feed that went quiet reports no rate rather than its last busy second.
    clock.advance(1000);
    QCOMPARE(connection.stats().messageRate, 0.0);
    QCOMPARE(connection.stats().stateSinceMs, openedWall);
}

void tst_Connection::pingCadenceFollowsIntervalWhenTimeoutIsLonger()
{
    // Real clock on purpose: this is about the timer being re-armed once a pong moves the next
    // deadline earlier, which a manual clock (re-checking on every advance) would hide.
    EndpointConfig config = quickEndpoint(u"cadence"_s, m_server->url(u"cadence"_s));
    config.heartbeat.mode = HeartbeatPolicy::Mode::Text;
    config.heartbeat.intervalMs = 50;
    config.heartbeat.timeoutMs = 2000;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_VERIFY_WITH_TIMEOUT(events.count(u"pong"_s) >= 6, 1500);
    const auto first = std::find_if(events.entries().cbegin(), events.entries().cend(),
                                    [](const auto &entry) { return entry.event.type == u"pong"; });
    const qint64 span = events.lastAt(u"pong"_s) - first->at;
    // Five intervals between six pongs: about 250 ms, far from the 10 s a timeout-paced cadence takes.
    QVERIFY2(span < 1000, qPrintable(u"six pongs took %1 ms"_s.arg(span)));
}

void tst_Connection::freshFeedStillGoesStaleAgainOnTime()
{
    EndpointConfig config = quickEndpoint(u"restale"_s, m_server->url(u"restale"_s));
    config.heartbeat.mode = HeartbeatPolicy::Mode::Passive;
    config.heartbeat.intervalMs = 60'000; // the armed timer would otherwise sleep a minute
    config.staleAfterMs = 150;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(events.count(u"stale"_s), 1, 2000);
    m_server->pushToAll(u"tick"_s);
    QTRY_COMPARE(events.count(u"fresh"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(u"stale"_s), 2, 2000);
}

void tst_Connection::onOpenSecretsStayOutOfTheLog()
{
    qputenv("FP_AUTH", "auth-value-42");
    EndpointConfig config = quickEndpoint(u"onopen"_s, m_server->url(u"onopen"_s));
    config.onOpen = {u"{\"op\":\"auth\",\"key\":\"${FP_AUTH}\"}"_s};
    MessageStore store;
    Connection connection(config);
    connection.setMessageStore(&store);
    connection.start();
    // The server gets the real value ...
    QTRY_COMPARE(m_server->received(u"onopen"_s),
                 QStringList{u"{\"op\":\"auth\",\"key\":\"auth-value-42\"}"_s});
    // ... the log shows the message with the value masked.
    QStringList outbound;
    for (const LogRecord &record : store.recordsSince(0)) {
        if (record.direction == LogRecord::Direction::Out) {
            outbound << record.text;
        }
    }
    QCOMPARE(outbound, QStringList{u"{\"op\":\"auth\",\"key\":\"***\"}"_s});
    qunsetenv("FP_AUTH");
}

void tst_Connection::sequenceGapsCountedAcrossReconnects()
{
    EndpointConfig config = quickEndpoint(u"seq"_s, m_server->url(u"seq"_s));
    config.sequenceField = u"seq"_s;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    const auto push = [this](const QList<int> &numbers) {
        for (const int n : numbers)
            m_server->pushToAll(u"{\"feed\":\"t\",\"seq\":%1}"_s.arg(n));
    };

    // 4 and 5 never come; the second 7 is a repeat. A nested or missing seq is not a number.
    push({1, 2, 3, 6, 7, 7, 8});
    m_server->pushToAll(u"{\"data\":{\"seq\":99}}"_s);
    m_server->pushToAll(u"not json"_s);
    QTRY_COMPARE(connection.stats().messagesIn, 9u);
    QCOMPARE(events.count(u"gap"_s), 1);
    EngineEvent gap = events.last(u"gap"_s);
    QCOMPARE(gap.fields.value(u"expected"_s).toInteger(), 4);
    QCOMPARE(gap.fields.value(u"got"_s).toInteger(), 6);
    QCOMPARE(gap.fields.value(u"missing"_s).toInteger(), 2);
    QCOMPARE(gap.fields.value(u"field"_s).toString(), u"seq"_s);
    ConnectionStats stats = connection.stats();
    QVERIFY(stats.sequenceTracked);
    QCOMPARE(stats.sequenceGaps, 2u);
    QCOMPARE(stats.sequenceGapEvents, 1u);
    QCOMPARE(stats.sequenceDuplicates, 1u);

    // Down and back: what the feed numbered meanwhile (9, 10, 11) is missing, counted once.
    m_server->abortAll();
    QTRY_COMPARE(connection.stats().connects, 2u);
    QTRY_COMPARE(connection.state(), State::Open);
    push({12, 13});
    QTRY_COMPARE(connection.stats().messagesIn, 11u);
    QCOMPARE(events.count(u"gap"_s), 2);
    gap = events.last(u"gap"_s);
    QCOMPARE(gap.fields.value(u"expected"_s).toInteger(), 9);
    QCOMPARE(gap.fields.value(u"missing"_s).toInteger(), 3);
    QCOMPARE(gap.fields.value(u"total_missing"_s).toInteger(), 5);

    // A server that starts counting again is a reset, not a loss.
    push({1, 2});
    QTRY_COMPARE(connection.stats().messagesIn, 13u);
    QCOMPARE(events.count(u"sequence_reset"_s), 1);
    stats = connection.stats();
    QCOMPARE(stats.sequenceResets, 1u);
    QCOMPARE(stats.sequenceGaps, 5u);

    // Turning the field off forgets the numbering and stops counting.
    config.sequenceField.clear();
    QVERIFY(!connection.setConfig(config));
    push({40});
    QTRY_COMPARE(connection.stats().messagesIn, 14u);
    stats = connection.stats();
    QVERIFY(!stats.sequenceTracked);
    QCOMPARE(stats.sequenceGaps, 0u);
    QCOMPARE(events.count(u"gap"_s), 2);
}

void tst_Connection::socketKeepsNoIdleBufferAndCarriesLargeMessages_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("ws") << false;
    QTest::newRow("wss") << true;
}

// Once open, the socket's buffers keep no chunk while empty (SocketBuffers). Messages of every size
// still go both ways whole and in order: a few bytes, 100 KiB, 3 MiB, and a burst of small ones.
void tst_Connection::socketKeepsNoIdleBufferAndCarriesLargeMessages()
{
    QFETCH(bool, secure);
    TlsFixture tls;
    std::unique_ptr<TestServer> tlsServer;
    TestServer *server = m_server.get();
    if (secure) {
        QVERIFY2(tls.generate(), qPrintable(tls.errorString()));
        tlsServer = std::make_unique<TestServer>(tls.server().serverConfiguration());
        QVERIFY(tlsServer->listen());
        server = tlsServer.get();
    }
    EndpointConfig config = quickEndpoint(u"buffers"_s, server->url(u"buffers"_s));
    config.caFile = secure ? tls.ca().certificatePath : QString();
    config.sequenceField = u"seq"_s;
    MessageStore store;
    Connection connection(config);
    connection.setMessageStore(&store);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    const auto *socket = connection.findChild<QWebSocket *>();
    QVERIFY(socket);
    const SocketBuffers::ChunkSizes sizes = SocketBuffers::chunkSizes(socket);
    QCOMPARE(sizes.read, 0);
    QCOMPARE(sizes.write, 0);

    const QStringList outgoing{u"x"_s, QString(100 * 1024, u'a'), QString(3 * 1024 * 1024, u'b')};
    for (const QString &text : outgoing) {
        connection.send(text);
    }
    QTRY_COMPARE_WITH_TIMEOUT(server->received(u"buffers"_s).size(), outgoing.size(), 20'000);
    QCOMPARE(server->received(u"buffers"_s), outgoing);

    const QString big = u"{\"big\":\""_s + QString(2 * 1024 * 1024, u'c') + u"\"}"_s;
    server->pushToAll(big);
    QTRY_COMPARE_WITH_TIMEOUT(connection.stats().messagesIn, 1u, 20'000);
    QCOMPARE(connection.stats().bytesIn, quint64(big.size()));
    // Numbered messages in a burst: none lost, none out of order.
    server->startPushing(5000, 200);
    QTRY_VERIFY_WITH_TIMEOUT(connection.stats().messagesIn >= 2001u, 20'000);
    server->stopPushing();
    QCOMPARE(connection.stats().sequenceGaps, 0u);
    QCOMPARE(connection.stats().sequenceDuplicates, 0u);
}

// With a WakeScheduler (the manager shares one among all its connections) a connection makes no
// timer of its own, still pings on time, and leaves no wake behind when it is destroyed.
void tst_Connection::sharedSchedulerServesHeartbeatsWithoutATimerOfItsOwn()
{
    WakeScheduler scheduler;
    EventRecorder events;
    {
        EndpointConfig config = quickEndpoint(u"shared"_s, m_server->url(u"shared"_s));
        config.heartbeat.intervalMs = 50;
        config.heartbeat.timeoutMs = 1000;
        Connection connection(config);
        connection.setWakeScheduler(&scheduler);
        connect(&connection, &Connection::event, &events, &EventRecorder::record);
        connection.start();
        QTRY_COMPARE(connection.state(), State::Open);
        QTRY_VERIFY(events.count(u"pong"_s) >= 5);
        QVERIFY(connection.findChildren<QTimer *>(Qt::FindDirectChildrenOnly).isEmpty());
        QCOMPARE(scheduler.pending(), 1);
        QCOMPARE(connection.stats().heartbeatTimeouts, 0u);
    }
    QCOMPARE(scheduler.pending(), 0);
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
