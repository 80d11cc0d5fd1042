// FeedServer against real clients: Connection (the engine) and raw QWebSockets, directly or through a
// FaultProxy. Timing claims use the monotonic clock with generous upper bounds; "nothing happens before
// X" claims use a ManualClock handed to the server.

#include "clock.h"
#include "configissues.h"
#include "connection.h"
#include "connectionstats.h"
#include "eventrecorder.h"
#include "faultproxy.h"
#include "feedserver.h"
#include "manualclock.h"
#include "messagestore.h"
#include "sequencetracker.h"
#include "testhttp.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using State = Connection::State;

namespace {

// The log lines of one event type, parsed.
QList<QJsonObject> logEvents(const QSignalSpy &spy, const QString &event)
{
    QList<QJsonObject> result;
    for (const QList<QVariant> &arguments : spy) {
        const QJsonObject line = QJsonDocument::fromJson(arguments.at(0).toByteArray()).object();
        if (line.value(u"event"_s).toString() == event) {
            result.append(line);
        }
    }
    return result;
}

// Resident set size of this process in KiB, from /proc/self/status; -1 when unknown.
qint64 residentKiB()
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// A raw WebSocket client that keeps the seq and text of every message, in arrival order.
class SeqCollector final : public QObject
{
public:
    explicit SeqCollector(const QUrl &url)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const std::optional<qint64> seq = SequenceTracker::extract(text, u"seq");
            if (seq) {
                seqs.append(*seq);
                texts.insert(*seq, text);
            }
        });
        socket.open(url);
    }

    qint64 last() const { return seqs.isEmpty() ? -1 : seqs.last(); }
    // Empty when every number follows the one before; otherwise where it did not.
    QString contiguity() const
    {
        for (qsizetype i = 1; i < seqs.size(); ++i) {
            if (seqs.at(i) != seqs.at(i - 1) + 1) {
                return u"%1 followed by %2"_s.arg(seqs.at(i - 1)).arg(seqs.at(i));
            }
        }
        return {};
    }

    QWebSocket socket;
    QList<qint64> seqs;
    QHash<qint64, QString> texts;
};

// The seq and text of every inbound message an engine connection logged into store.
QList<QPair<qint64, QString>> inboundSeqs(MessageStore &store)
{
    QList<QPair<qint64, QString>> result;
    for (const LogRecord &record : store.recordsSince(0)) {
        if (record.direction != LogRecord::Direction::In || record.heartbeat) {
            continue;
        }
        if (const std::optional<qint64> seq = SequenceTracker::extract(record.text, u"seq")) {
            result.append({*seq, record.text});
        }
    }
    return result;
}

QString describeRanges(const QList<FeedServer::SentRange> &ranges)
{
    QStringList parts;
    for (const FeedServer::SentRange &range : ranges) {
        parts << u"[%1..%2 n=%3 closed=%4]"_s.arg(range.first)
                     .arg(range.last)
                     .arg(range.count)
                     .arg(range.closedAt);
    }
    return parts.join(u' ');
}

// A TCP client that completes the WebSocket upgrade request and then never reads a byte: a plain
// blocking socket that the event loop never touches, with a tiny receive buffer.
class NonReadingClient
{
public:
    NonReadingClient() = default;
    ~NonReadingClient()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    NonReadingClient(const NonReadingClient &) = delete;
    NonReadingClient &operator=(const NonReadingClient &) = delete;

    bool connectAndUpgrade(quint16 port, const QByteArray &target)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0) {
            return false;
        }
        int receiveBuffer = 4096;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            return false;
        }
        const QByteArray request = "GET " + target +
                                   " HTTP/1.1\r\n"
                                   "Host: 127.0.0.1:" +
                                   QByteArray::number(port) +
                                   "\r\n"
                                   "Upgrade: websocket\r\n"
                                   "Connection: Upgrade\r\n"
                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                   "Sec-WebSocket-Version: 13\r\n"
                                   "\r\n";
        return ::send(m_fd, request.constData(), size_t(request.size()), 0) == request.size();
    }

private:
    int m_fd = -1;
};

} // namespace

class tst_FeedServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonModeStaysOpenTenCycles();
    void frozenClientIsEvictedWithinIntervalPlusTimeout();
    void evictionWaitsForTheTimeoutOnTheClock();
    void restartStartsWithEmptyPresence();
    void ignorePingsLeadsToHeartbeatTimeout();
    void stallMakesTheFeedStaleUntilLifted();
    void closeEveryClosesWithTheCode();
    void refuseForFailsAttemptsThenAccepts();
    void restartMakesTheClientReconnect();
    void seqHasNoGapAt10kPerSecond();
    void slowClientIsDroppedAtTheCap();
    void textAndJsonPingsAreAnswered();
    void bindsLoopbackByDefaultAndRefusesRemoteWithoutFlag();
    void controlEndpoint();
    void seqScopeIsReadValidatedAndWritten();
    void feedScopeJumpsByWhatTheClientMissed();
    void stallClientHoldsOneClientThenCatchesUp();
    void closeClientClosesOnlyThatClient();
};

void tst_FeedServer::jsonModeStaysOpenTenCycles()
{
    FeedServer server(FeedServerConfig{});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    EndpointConfig config = quickEndpoint(u"c1"_s, server.url(u"/ticker"_s, u"c1"_s));
    config.heartbeat.mode = HeartbeatPolicy::Mode::Json;
    config.heartbeat.payload = u"{\"type\":\"ping\"}"_s;
    config.heartbeat.expectField = u"type"_s;
    config.heartbeat.expectEquals = QJsonValue(u"pong"_s);
    config.heartbeat.intervalMs = 100;
    config.heartbeat.timeoutMs = 500;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_VERIFY_WITH_TIMEOUT(events.count(u"pong"_s) >= 10, 10'000);
    QCOMPARE(connection.state(), State::Open);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 0);
    QCOMPARE(events.count(u"closed"_s), 0);
    const ConnectionStats stats = connection.stats();
    QCOMPARE(stats.connects, 1u);
    QCOMPARE(stats.heartbeatTimeouts, 0u);
    QVERIFY(stats.rttLastMs >= 0);
    // The ticker's messages are data; the pongs are not.
    QVERIFY(stats.messagesIn > 0);
    QVERIFY(server.isOnline(u"c1"_s));
    QCOMPARE(server.accepted(), 1u);
}

void tst_FeedServer::frozenClientIsEvictedWithinIntervalPlusTimeout()
{
    constexpr int Interval = 200;
    constexpr int Timeout = 300;
    constexpr int Margin = 400;
    FeedServerConfig serverConfig;
    serverConfig.heartbeatIntervalMs = Interval;
    serverConfig.heartbeatTimeoutMs = Timeout;
    FeedServer server(serverConfig);
    QSignalSpy lines(&server, &FeedServer::logLine);
    QSignalSpy evictions(&server, &FeedServer::clientEvicted);
    qint64 evictedAt = -1;
    connect(&server, &FeedServer::clientEvicted, this, [&evictedAt] { evictedAt = Clock::system()->now(); });
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));

    // The client only listens, with limits so long that the server always gives up first.
    EndpointConfig config =
        quickEndpoint(u"c2"_s, QUrl(u"ws://127.0.0.1:%1/ticker?client=c2"_s.arg(proxy.port())));
    config.heartbeat.mode = HeartbeatPolicy::Mode::Passive;
    config.heartbeat.intervalMs = 60'000;
    config.heartbeat.timeoutMs = 60'000;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_VERIFY(server.isOnline(u"c2"_s));
    // A few server heartbeats are answered while the link is healthy.
    const qint64 openedAt = events.lastAt(u"open"_s);
    QTRY_VERIFY(Clock::system()->now() - openedAt >= 2 * Interval);
    QCOMPARE(server.evicted(), 0u);
    QCOMPARE(evictions.count(), 0);

    proxy.freeze();
    const qint64 frozenAt = Clock::system()->now();
    QTRY_COMPARE_WITH_TIMEOUT(evictions.count(), 1, 5000);
    QCOMPARE(evictions.at(0).at(0).toString(), u"c2"_s);
    QVERIFY2(evictedAt - frozenAt <= Interval + Timeout + Margin,
             qPrintable(u"evicted %1 ms after the freeze"_s.arg(evictedAt - frozenAt)));
    QCOMPARE(server.evicted(), 1u);
    QVERIFY(!server.isOnline(u"c2"_s));
    const QList<QJsonObject> evictedLines = logEvents(lines, u"evicted"_s);
    QCOMPARE(evictedLines.size(), 1);
    QCOMPARE(evictedLines.at(0).value(u"client"_s).toString(), u"c2"_s);
    bool offlineLogged = false;
    for (const QJsonObject &line : logEvents(lines, u"presence"_s)) {
        offlineLogged |= line.value(u"client"_s).toString() == u"c2"_s && line.value(u"online"_s).isBool() &&
                         !line.value(u"online"_s).toBool();
    }
    QVERIFY(offlineLogged);

    // The link heals: the client gets through again and is back online.
    proxy.thaw();
    proxy.reset();
    QTRY_VERIFY_WITH_TIMEOUT(server.isOnline(u"c2"_s), 10'000);
    QTRY_COMPARE(connection.state(), State::Open);
    QVERIFY(server.accepted() >= 2u);
    QCOMPARE(server.evicted(), 1u);
}

void tst_FeedServer::evictionWaitsForTheTimeoutOnTheClock()
{
    constexpr int Interval = 1000;
    constexpr int Timeout = 500;
    ManualClock clock;
    FeedServerConfig serverConfig;
    serverConfig.heartbeatIntervalMs = Interval;
    serverConfig.heartbeatTimeoutMs = Timeout;
    FeedServer server(serverConfig, &clock);
    QSignalSpy lines(&server, &FeedServer::logLine);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));
    QWebSocket socket;
    socket.open(QUrl(u"ws://127.0.0.1:%1/ticker?client=mc"_s.arg(proxy.port())));
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QTRY_VERIFY(server.isOnline(u"mc"_s));
    proxy.freeze();

    // The ping goes out one interval after the connection; the eviction comes exactly one timeout
    // after that ping, not a millisecond earlier.
    clock.advance(Interval);
    QCoreApplication::processEvents();
    QCOMPARE(server.evicted(), 0u);
    clock.advance(Timeout - 1);
    QCoreApplication::processEvents();
    QCOMPARE(server.evicted(), 0u);
    QVERIFY(server.isOnline(u"mc"_s));
    clock.advance(1);
    QTRY_COMPARE(server.evicted(), 1u);
    QVERIFY(!server.isOnline(u"mc"_s));
    const QList<QJsonObject> evictedLines = logEvents(lines, u"evicted"_s);
    QCOMPARE(evictedLines.size(), 1);
    QCOMPARE(evictedLines.at(0).value(u"client"_s).toString(), u"mc"_s);
    QCOMPARE(evictedLines.at(0).value(u"silent_ms"_s).toInteger(), qint64(Interval + Timeout));
}

void tst_FeedServer::restartStartsWithEmptyPresence()
{
    FeedServer server(FeedServerConfig{});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const quint16 port = server.port();
    Connection first(quickEndpoint(u"ra"_s, server.url(u"/ticker"_s, u"ra"_s)));
    Connection second(quickEndpoint(u"rb"_s, server.url(u"/ticker"_s, u"rb"_s)));
    first.start();
    second.start();
    QTRY_VERIFY(server.isOnline(u"ra"_s) && server.isOnline(u"rb"_s));
    QCOMPARE(server.presence().size(), 2);
    QCOMPARE(server.presence().at(0).id, u"ra"_s);
    QCOMPARE(server.presence().at(1).id, u"rb"_s);

    QVERIFY2(server.restart(&error), qPrintable(error));
    // Nobody is known until they come back.
    QVERIFY(server.presence().isEmpty());
    QVERIFY(!server.isOnline(u"ra"_s));
    QVERIFY(!server.isOnline(u"rb"_s));
    QCOMPARE(server.clientCount(), 0);
    QVERIFY(server.isListening());
    QCOMPARE(server.port(), port);

    QTRY_VERIFY_WITH_TIMEOUT(server.isOnline(u"ra"_s) && server.isOnline(u"rb"_s), 10'000);
    QTRY_VERIFY(first.state() == State::Open && second.state() == State::Open);
    QCOMPARE(first.stats().connects, 2u);
    QCOMPARE(second.stats().connects, 2u);
    QCOMPARE(server.presence().size(), 2);
    for (const FeedServer::Presence &entry : server.presence()) {
        QVERIFY(entry.online);
        QCOMPARE(entry.connections, 1);
    }
}

void tst_FeedServer::ignorePingsLeadsToHeartbeatTimeout()
{
    FeedServer server(FeedServerConfig{});
    QSignalSpy lines(&server, &FeedServer::logLine);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    EndpointConfig config = quickEndpoint(u"ig"_s, server.url(u"/ticker"_s, u"ig"_s));
    config.heartbeat.mode = HeartbeatPolicy::Mode::Text;
    config.heartbeat.intervalMs = 100;
    config.heartbeat.timeoutMs = 300;
    // The ticker's messages must not stand in for the missing pongs.
    config.heartbeat.anyTrafficResets = false;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_VERIFY(events.count(u"pong"_s) >= 2);
    QCOMPARE(events.count(u"heartbeat_timeout"_s), 0);

    server.setIgnorePings(true);
    QCOMPARE(logEvents(lines, u"fault"_s).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(events.count(u"heartbeat_timeout"_s) >= 1, 5000);
    QCOMPARE(events.last(u"closed"_s).fields.value(u"by"_s).toString(), u"heartbeat"_s);
    QTRY_VERIFY_WITH_TIMEOUT(connection.stats().connects >= 2u, 5000);

    // Answered again: pongs come back on the new link.
    server.setIgnorePings(false);
    const int pongs = events.count(u"pong"_s);
    QTRY_VERIFY_WITH_TIMEOUT(events.count(u"pong"_s) >= pongs + 2, 5000);
}

void tst_FeedServer::stallMakesTheFeedStaleUntilLifted()
{
    FeedServer server(FeedServerConfig{});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    EndpointConfig config = quickEndpoint(u"st"_s, server.url(u"/ticker"_s, u"st"_s));
    config.staleAfterMs = 300;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_VERIFY(connection.stats().messagesIn >= 3u);

    const int mark = events.size();
    server.setStall(true);
    QTRY_VERIFY_WITH_TIMEOUT(events.typesSince(mark).contains(u"stale"_s), 3000);
    QCOMPARE(connection.state(), State::Stale);
    QVERIFY(server.statsJson().value(u"faults"_s).toObject().value(u"stall"_s).toBool());
    // The socket stays open through the stall.
    QVERIFY(!events.typesSince(mark).contains(u"closed"_s));
    QCOMPARE(server.clientCount(), 1);

    const quint64 before = connection.stats().messagesIn;
    server.setStall(false);
    QTRY_VERIFY_WITH_TIMEOUT(events.typesSince(mark).contains(u"fresh"_s), 3000);
    QTRY_COMPARE(connection.state(), State::Open);
    QVERIFY(connection.stats().messagesIn > before);
    QCOMPARE(connection.stats().connects, 1u);
}

void tst_FeedServer::closeEveryClosesWithTheCode()
{
    FeedServer server(FeedServerConfig{});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Connection connection(quickEndpoint(u"ce"_s, server.url(u"/ticker"_s, u"ce"_s)));
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);

    server.setCloseEvery(200, 4001);
    QTRY_VERIFY_WITH_TIMEOUT(events.count(u"closed"_s) >= 1, 5000);
    const EngineEvent closed = events.last(u"closed"_s);
    QCOMPARE(closed.fields.value(u"code"_s).toInt(), 4001);
    QCOMPARE(closed.fields.value(u"by"_s).toString(), u"server"_s);
    QTRY_VERIFY_WITH_TIMEOUT(connection.stats().connects >= 2u, 5000);
    server.setCloseEvery(0);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Open, 5000);
    QCOMPARE(server.statsJson().value(u"faults"_s).toObject().value(u"close_every_ms"_s).toInt(), 0);
}

void tst_FeedServer::refuseForFailsAttemptsThenAccepts()
{
    constexpr int RefuseMs = 500;
    FeedServer server(FeedServerConfig{});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Connection connection(quickEndpoint(u"rf"_s, server.url(u"/ticker"_s, u"rf"_s)));
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    connection.stop();
    QTRY_COMPARE(connection.state(), State::Stopped);
    QTRY_COMPARE(server.clientCount(), 0);

    const int mark = events.size();
    const qint64 refusedAt = Clock::system()->now();
    server.refuseFor(RefuseMs);
    QVERIFY(server.isRefusing());
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Open, 5000);
    const qint64 openedAt = events.lastAt(u"open"_s);
    const QStringList since = events.typesSince(mark);
    // At least one attempt failed and was rescheduled before the one that opened.
    QVERIFY2(since.count(u"connecting"_s) >= 2, qPrintable(since.join(u' ')));
    const qsizetype rescheduled = since.indexOf(u"reconnect_scheduled"_s);
    QVERIFY2(rescheduled >= 0 && rescheduled < since.indexOf(u"open"_s), qPrintable(since.join(u' ')));
    // Not before the listener came back (a coarse timer may fire 5 % early).
    QVERIFY2(openedAt - refusedAt >= RefuseMs * 9 / 10,
             qPrintable(u"open %1 ms after refuseFor"_s.arg(openedAt - refusedAt)));
    QVERIFY(!server.isRefusing());
    QVERIFY(server.isListening());
    QTRY_VERIFY(server.isOnline(u"rf"_s));
}

void tst_FeedServer::restartMakesTheClientReconnect()
{
    FeedServer server(FeedServerConfig{});
    QSignalSpy lines(&server, &FeedServer::logLine);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Connection connection(quickEndpoint(u"rs"_s, server.url(u"/ticker"_s, u"rs"_s)));
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QCOMPARE(server.accepted(), 1u);

    QVERIFY2(server.restart(&error), qPrintable(error));
    QCOMPARE(logEvents(lines, u"restarted"_s).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(events.count(u"closed"_s) >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(connection.stats().connects >= 2u && connection.state() == State::Open, 5000);
    QCOMPARE(server.accepted(), 2u);
    QTRY_VERIFY(server.isOnline(u"rs"_s));
}

void tst_FeedServer::seqHasNoGapAt10kPerSecond()
{
    constexpr int Wanted = 20'000;
    FeedServerConfig serverConfig;
    serverConfig.feeds = {FeedSpec{u"/fast"_s, 10'000.0, 0}};
    FeedServer server(serverConfig);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QWebSocket socket;
    QStringList messages;
    messages.reserve(Wanted + 1000);
    qint64 connectedAt = -1;
    qint64 completeAt = -1;
    connect(&socket, &QWebSocket::connected, this, [&connectedAt] { connectedAt = Clock::system()->now(); });
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &message) {
        messages.append(message);
        if (messages.size() == Wanted) {
            completeAt = Clock::system()->now();
        }
    });
    socket.open(server.url(u"/fast"_s));
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= Wanted, 30'000);
    socket.abort();

    qint64 expected = 1;
    for (const QString &message : std::as_const(messages)) {
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(message.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(message));
        QVERIFY2(object.contains(u"feed"_s), qPrintable(message));
        QVERIFY2(object.contains(u"ts"_s), qPrintable(message));
        QVERIFY2(object.value(u"seq"_s).isDouble(), qPrintable(message));
        const qint64 seq = object.value(u"seq"_s).toInteger();
        QVERIFY2(seq == expected, qPrintable(u"expected seq %1, got %2"_s.arg(expected).arg(seq)));
        ++expected;
    }
    // The rate holds: 20,000 messages at 10,000 a second cannot arrive much sooner than in 2 s, and on
    // a loaded machine should not take five times as long.
    const qint64 took = completeAt - connectedAt;
    QVERIFY2(took >= 1500, qPrintable(u"%1 messages in %2 ms"_s.arg(Wanted).arg(took)));
    QVERIFY2(took <= 10'000, qPrintable(u"%1 messages in %2 ms"_s.arg(Wanted).arg(took)));
}

void tst_FeedServer::slowClientIsDroppedAtTheCap()
{
    constexpr qint64 Cap = 1024 * 1024;
    FeedServerConfig serverConfig;
    serverConfig.feeds = {FeedSpec{u"/bulk"_s, 50'000.0, 1024}};
    serverConfig.maxBufferedBytes = Cap;
    FeedServer server(serverConfig);
    QSignalSpy lines(&server, &FeedServer::logLine);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const qint64 rssBefore = residentKiB();
    QVERIFY(rssBefore > 0);

    NonReadingClient client;
    QVERIFY(client.connectAndUpgrade(server.port(), "/bulk?client=slow"));
    QTRY_COMPARE(server.accepted(), 1u);
    QTRY_COMPARE_WITH_TIMEOUT(server.droppedSlow(), 1u, 20'000);
    const qint64 rssAfter = residentKiB();

    const QList<QJsonObject> dropped = logEvents(lines, u"dropped_slow"_s);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).value(u"client"_s).toString(), u"slow"_s);
    QVERIFY2(dropped.at(0).value(u"buffered"_s).toInteger() > Cap,
             dropped.at(0).value(u"buffered"_s).toVariant().toString().toLatin1().constData());
    QCOMPARE(server.clientCount(), 0);
    QTRY_VERIFY(!server.isOnline(u"slow"_s));
    QCOMPARE(server.evicted(), 0u);
    QVERIFY2(rssAfter - rssBefore < 64 * 1024, qPrintable(u"RSS grew by %1 KiB"_s.arg(rssAfter - rssBefore)));
}

void tst_FeedServer::textAndJsonPingsAreAnswered()
{
    const QString jsonPing = u"{\"type\":\"ping\"}"_s;
    const QString jsonPong = u"{\"type\":\"pong\"}"_s;
    {
        FeedServerConfig serverConfig;
        serverConfig.stall = true; // only replies come back
        FeedServer server(serverConfig);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QWebSocket socket;
        QStringList received;
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [&received](const QString &message) { received.append(message); });
        socket.open(server.url(u"/ticker"_s));
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.sendTextMessage(u"ping"_s);
        QTRY_COMPARE(received, QStringList{u"pong"_s});
        socket.sendTextMessage(jsonPing);
        QTRY_COMPARE(received, (QStringList{u"pong"_s, jsonPong}));

        // Presence from a hello on a connection without ?client=.
        QWebSocket anonymous;
        anonymous.open(server.url(u"/ticker"_s));
        QTRY_COMPARE(anonymous.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(server.clientCount(), 2);
        QVERIFY(server.presence().isEmpty());
        anonymous.sendTextMessage(u"{\"type\":\"hello\",\"id\":\"h1\"}"_s);
        QTRY_VERIFY(server.isOnline(u"h1"_s));
        QCOMPARE(server.presence().size(), 1);
        QCOMPARE(server.presence().at(0).id, u"h1"_s);
        QCOMPARE(server.presence().at(0).connections, 1);
        anonymous.close();
        QTRY_VERIFY(!server.isOnline(u"h1"_s));
    }
    {
        FeedServerConfig serverConfig;
        serverConfig.stall = true;
        serverConfig.textPing = u"hb"_s;
        serverConfig.textPong = u"hb-ack"_s;
        serverConfig.jsonPingType = u"beat"_s;
        serverConfig.jsonPong = u"{\"type\":\"beat-ack\"}"_s;
        FeedServer server(serverConfig);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QWebSocket socket;
        QStringList received;
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [&received](const QString &message) { received.append(message); });
        socket.open(server.url(u"/ticker"_s));
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        // The default pings are no longer pings: had they been answered, the answers would come first.
        socket.sendTextMessage(u"ping"_s);
        socket.sendTextMessage(u"hb"_s);
        QTRY_COMPARE(received, QStringList{u"hb-ack"_s});
        socket.sendTextMessage(jsonPing);
        socket.sendTextMessage(u"{\"type\":\"beat\"}"_s);
        const QString beatAck = u"{\"type\":\"beat-ack\"}"_s;
        QTRY_COMPARE(received, (QStringList{u"hb-ack"_s, beatAck}));
    }
}

void tst_FeedServer::bindsLoopbackByDefaultAndRefusesRemoteWithoutFlag()
{
    {
        FeedServerConfig serverConfig;
        serverConfig.bind = QHostAddress(QHostAddress::AnyIPv4);
        FeedServer server(serverConfig);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(u"allow"_s, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(!server.isListening());
    }
    FeedServer server(FeedServerConfig{});
    QCOMPARE(server.config().bind, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!server.config().allowRemote);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.isListening());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.url().host(), u"127.0.0.1"_s);
    QCOMPARE(server.url(u"/ticker"_s, u"x"_s).toString(),
             u"ws://127.0.0.1:%1/ticker?client=x"_s.arg(server.port()));

    QTcpSocket loopback;
    loopback.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
    QVERIFY(loopback.waitForConnected(5000));

    // Another address of this machine reaches the port only if the server listens beyond loopback.
    QHostAddress other;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            other = address;
            break;
        }
    }
    if (other.isNull()) {
        qInfo("no non-loopback IPv4 address here; only the loopback side is checked");
        return;
    }
    QTcpSocket remote;
    QSignalSpy errors(&remote, &QAbstractSocket::errorOccurred);
    remote.connectToHost(other, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10'000);
    QCOMPARE(remote.error(), QAbstractSocket::ConnectionRefusedError);
}

void tst_FeedServer::controlEndpoint()
{
    FeedServer server(FeedServerConfig{});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    FeedServerControl control(&server);
    QVERIFY2(control.listen(0, &error), qPrintable(error));
    QVERIFY(control.port() != 0);
    const auto endpoint = [&control](const QString &pathAndQuery) {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(control.port()).arg(pathAndQuery));
    };

    QVERIFY(!server.statsJson().value(u"faults"_s).toObject().value(u"stall"_s).toBool());
    const TestHttp::Reply stall = TestHttp::post(endpoint(u"/fault/stall?on=1"_s));
    QCOMPARE(stall.status, 200);
    QVERIFY(QJsonDocument::fromJson(stall.body).isObject());
    QVERIFY(server.statsJson().value(u"faults"_s).toObject().value(u"stall"_s).toBool());

    // A client shows up in GET /presence.
    QWebSocket socket;
    socket.open(server.url(u"/ticker"_s, u"ctl"_s));
    QTRY_VERIFY(server.isOnline(u"ctl"_s));
    const TestHttp::Reply presence = TestHttp::get(endpoint(u"/presence"_s));
    QCOMPARE(presence.status, 200);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(presence.body, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, presence.body.constData());
    QVERIFY2(document.isArray() || document.isObject(), presence.body.constData());
    QVERIFY2(presence.body.contains("\"ctl\""), presence.body.constData());

    const TestHttp::Reply stats = TestHttp::get(endpoint(u"/stats"_s));
    QCOMPARE(stats.status, 200);
    QVERIFY(QJsonDocument::fromJson(stats.body).isObject());

    const TestHttp::Reply bad = TestHttp::post(endpoint(u"/fault/close-every?ms=abc"_s));
    QCOMPARE(bad.status, 400);
    const QString message = QJsonDocument::fromJson(bad.body).object().value(u"error"_s).toString();
    QVERIFY2(message.contains(u"ms"_s), bad.body.constData());
    // The bad request changed nothing.
    QCOMPARE(server.statsJson().value(u"faults"_s).toObject().value(u"close_every_ms"_s).toInt(), 0);

    const TestHttp::Reply unstall = TestHttp::post(endpoint(u"/fault/stall?on=0"_s));
    QCOMPARE(unstall.status, 200);
    QVERIFY(!server.statsJson().value(u"faults"_s).toObject().value(u"stall"_s).toBool());
}

void tst_FeedServer::seqScopeIsReadValidatedAndWritten()
{
    using ConfigIssuesTesting::describe;
    using ConfigIssuesTesting::hasIssue;
    using ConfigIssuesTesting::parseObject;
    using Scope = FeedSpec::SeqScope;

    QCOMPARE(FeedSpec{}.seqScope, Scope::Connection);
    ConfigIssues issues;
    const FeedServerConfig config = FeedServerConfig::fromJson(
        parseObject(R"({"feeds":[{"path":"/a","seq_scope":"feed"},{"path":"/b","seq_scope":"connection"},
                                 {"path":"/c"}]})"),
        &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(config.feeds.size(), 3);
    QCOMPARE(config.feeds.at(0).seqScope, Scope::Feed);
    QCOMPARE(config.feeds.at(1).seqScope, Scope::Connection);
    QCOMPARE(config.feeds.at(2).seqScope, Scope::Connection);
    QVERIFY2(config.validate().isEmpty(), qPrintable(describe(config.validate())));

    const QJsonArray written = config.toJson().value(u"feeds"_s).toArray();
    QCOMPARE(written.at(0).toObject().value(u"seq_scope"_s).toString(), u"feed"_s);
    QCOMPARE(written.at(2).toObject().value(u"seq_scope"_s).toString(), u"connection"_s);
    const FeedServerConfig reread = FeedServerConfig::fromJson(config.toJson(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(reread.feeds, config.feeds);

    // Read problems name the feed by its index.
    issues.clear();
    FeedServerConfig::fromJson(parseObject(R"({"feeds":[{"path":"/a"},{"path":"/b","seq_scope":"global"}]})"),
                               &issues);
    QVERIFY2(hasIssue(issues, u"feeds[1].seq_scope"_s,
                      u"unknown seq_scope \"global\", expected connection or feed"_s),
             qPrintable(describe(issues)));
    issues.clear();
    FeedServerConfig::fromJson(parseObject(R"({"feeds":[{"seq_scope":1}]})"), &issues);
    QVERIFY2(hasIssue(issues, u"feeds[0].seq_scope"_s), qPrintable(describe(issues)));

    // A rate-0 feed has no one stream to number.
    FeedServerConfig unrated;
    unrated.feeds = {FeedSpec{u"/ok"_s, 5, 0, Scope::Feed}, FeedSpec{u"/fast"_s, 0, 0, Scope::Feed}};
    QVERIFY2(hasIssue(unrated.validate(), u"feeds[1].seq_scope"_s, u"rate above 0"_s),
             qPrintable(describe(unrated.validate())));
    QCOMPARE(unrated.validate().size(), 1);
    FeedServer server(unrated);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(u"feeds[1].seq_scope"_s), qPrintable(error));
}

// A feed-scoped feed numbers each message once for every client: one that leaves and comes back sees
// a jump of exactly what the feed made meanwhile, plus what was still in flight when it left; a
// client that stays sees every number. A connection-scoped feed still counts from 1 per connection.
void tst_FeedServer::feedScopeJumpsByWhatTheClientMissed()
{
    FeedServerConfig serverConfig;
    serverConfig.feeds = {FeedSpec{u"/shared"_s, 100.0, 0, FeedSpec::SeqScope::Feed},
                          FeedSpec{u"/own"_s, 100.0, 0}};
    FeedServer server(serverConfig);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    SeqCollector observer(server.url(u"/shared"_s, u"observer"_s));
    QTRY_VERIFY(observer.seqs.size() >= 5);

    EndpointConfig config = quickEndpoint(u"away"_s, server.url(u"/shared"_s, u"away"_s));
    config.sequenceField = u"seq"_s;
    MessageStore store;
    Connection connection(config);
    connection.setMessageStore(&store);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_VERIFY(connection.stats().messagesIn >= 5);
    connection.stop();
    QTRY_COMPARE(connection.state(), State::Stopped);
    QTRY_COMPARE(server.clientCount(), 1); // the observer
    const qint64 lastBefore = inboundSeqs(store).last().first;
    QVERIFY2(inboundSeqs(store).first().first > 1, "a client that joins later starts at the feed's count");

    // Away while the feed moves on, by the observer's count.
    const qint64 leftAt = observer.last();
    QTRY_VERIFY(observer.last() >= leftAt + 20);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_COMPARE(events.count(u"gap"_s), 1);

    const QList<FeedServer::SentRange> ranges = server.sentRanges(u"away"_s);
    QCOMPARE(ranges.size(), 2);
    const FeedServer::SentRange &first = ranges.at(0);
    const FeedServer::SentRange &second = ranges.at(1);
    for (const FeedServer::SentRange &range : ranges) {
        QVERIFY2(range.count > 0 && range.count == range.last - range.first + 1,
                 qPrintable(describeRanges(ranges)));
    }
    QVERIFY2(first.closedAt >= first.openedAt && first.openedAt > 0, qPrintable(describeRanges(ranges)));
    QCOMPARE(second.closedAt, 0);
    QVERIFY(second.openedAt >= first.closedAt);
    QCOMPARE(qint64(first.first), inboundSeqs(store).first().first);
    QVERIFY(qint64(first.last) >= lastBefore);

    const EngineEvent gap = events.last(u"gap"_s);
    QCOMPARE(gap.fields.value(u"expected"_s).toInteger(), lastBefore + 1);
    QCOMPARE(gap.fields.value(u"got"_s).toInteger(), qint64(second.first));
    // Made while it was away, and sent on the first connection after the last one that arrived.
    const qint64 whileAway = qint64(second.first - first.last - 1);
    const qint64 inFlight = qint64(first.last) - lastBefore;
    QVERIFY(whileAway >= 20);
    QCOMPARE(gap.fields.value(u"missing"_s).toInteger(), whileAway + inFlight);
    const ConnectionStats stats = connection.stats();
    QCOMPARE(stats.sequenceGaps, quint64(whileAway + inFlight));
    QCOMPARE(stats.sequenceGapEvents, 1u);
    QCOMPARE(stats.sequenceDuplicates, 0u);
    QCOMPARE(stats.sequenceResets, 0u);

    // The observer saw every number, and each message is made once: both got the same text.
    QVERIFY2(observer.contiguity().isEmpty(), qPrintable(observer.contiguity()));
    QTRY_VERIFY(observer.last() >= inboundSeqs(store).last().first);
    for (const auto &[seq, text] : inboundSeqs(store)) {
        QCOMPARE(text, observer.texts.value(seq));
    }

    // Connection scope: every connection from 1.
    SeqCollector own(server.url(u"/own"_s, u"own"_s));
    QTRY_VERIFY(own.seqs.size() >= 3);
    QCOMPARE(own.seqs.first(), 1);
    QVERIFY2(own.contiguity().isEmpty(), qPrintable(own.contiguity()));
}

// A stalled client is sent nothing while the others carry on; its link stays up (stale, not
// closed); when the stall lifts it gets every number it missed, so it sees no gap.
void tst_FeedServer::stallClientHoldsOneClientThenCatchesUp()
{
    FeedServerConfig serverConfig;
    serverConfig.feeds = {FeedSpec{u"/shared"_s, 100.0, 0, FeedSpec::SeqScope::Feed}};
    FeedServer server(serverConfig);
    QSignalSpy lines(&server, &FeedServer::logLine);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    SeqCollector other(server.url(u"/shared"_s, u"other"_s));

    EndpointConfig config = quickEndpoint(u"held"_s, server.url(u"/shared"_s, u"held"_s));
    config.sequenceField = u"seq"_s;
    config.staleAfterMs = 300;
    MessageStore store;
    Connection connection(config);
    connection.setMessageStore(&store);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_VERIFY(connection.stats().messagesIn >= 5);

    server.setStallClient(u"held"_s, true);
    QVERIFY(server.isClientStalled(u"held"_s));
    QVERIFY(!server.isClientStalled(u"other"_s));
    const quint64 lastSent = server.sentRanges(u"held"_s).last().last;
    QTRY_COMPARE(connection.state(), State::Stale);
    // Nothing after the stall's start ever reached it, while the other client moved on.
    const qint64 stalledAt = other.last();
    QTRY_VERIFY(other.last() >= stalledAt + 20);
    QCOMPARE(inboundSeqs(store).last().first, qint64(lastSent));
    QCOMPARE(server.sentRanges(u"held"_s).last().last, lastSent);

    server.setStallClient(u"held"_s, false);
    QTRY_COMPARE(connection.state(), State::Open);
    QTRY_VERIFY(inboundSeqs(store).last().first > other.last() - 5);
    QCOMPARE(events.count(u"gap"_s), 0);
    QCOMPARE(events.count(u"closed"_s), 0);
    QCOMPARE(events.count(u"stale"_s), 1);
    QCOMPARE(events.count(u"fresh"_s), 1);
    const QList<QPair<qint64, QString>> seen = inboundSeqs(store);
    for (qsizetype i = 1; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).first, seen.at(i - 1).first + 1);
    }
    const QList<FeedServer::SentRange> ranges = server.sentRanges(u"held"_s);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges.at(0).count, ranges.at(0).last - ranges.at(0).first + 1);
    QCOMPARE(connection.stats().connects, 1u);
    QVERIFY2(other.contiguity().isEmpty(), qPrintable(other.contiguity()));
    bool logged = false;
    for (const QJsonObject &line : logEvents(lines, u"fault"_s)) {
        logged |= line.value(u"name"_s).toString() == u"stall_client"_s &&
                  line.value(u"client"_s).toString() == u"held"_s;
    }
    QVERIFY(logged);
}

void tst_FeedServer::closeClientClosesOnlyThatClient()
{
    FeedServerConfig serverConfig;
    serverConfig.feeds = {FeedSpec{u"/shared"_s, 50.0, 0, FeedSpec::SeqScope::Feed}};
    FeedServer server(serverConfig);
    QSignalSpy texts(&server, &FeedServer::textReceived);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    Connection target(quickEndpoint(u"target"_s, server.url(u"/shared"_s, u"target"_s)));
    Connection bystander(quickEndpoint(u"bystander"_s, server.url(u"/shared"_s, u"bystander"_s)));
    EventRecorder targetEvents;
    EventRecorder bystanderEvents;
    connect(&target, &Connection::event, &targetEvents, &EventRecorder::record);
    connect(&bystander, &Connection::event, &bystanderEvents, &EventRecorder::record);
    target.start();
    bystander.start();
    QTRY_COMPARE(target.state(), State::Open);
    QTRY_COMPARE(bystander.state(), State::Open);
    QTRY_VERIFY(server.isOnline(u"target"_s) && server.isOnline(u"bystander"_s));

    QCOMPARE(server.closeClient(u"target"_s, 1006), -1);
    QCOMPARE(server.closeClient(u"nobody"_s, 4000), 0);
    QCOMPARE(server.closeClient(u"target"_s, 4002, u"soak"_s), 1);
    QTRY_COMPARE(targetEvents.count(u"closed"_s), 1);
    const EngineEvent closed = targetEvents.last(u"closed"_s);
    QCOMPARE(closed.fields.value(u"code"_s).toInt(), 4002);
    QCOMPARE(closed.fields.value(u"by"_s).toString(), u"server"_s);
    QTRY_VERIFY(target.stats().connects >= 2u && target.state() == State::Open);
    QCOMPARE(bystanderEvents.count(u"closed"_s), 0);
    QCOMPARE(bystander.stats().connects, 1u);
    QCOMPARE(server.sentRanges(u"target"_s).size(), 2);

    // What a client sends (pings aside) is reported with its id.
    target.send(u"{\"op\":\"hi\"}"_s);
    QTRY_COMPARE(texts.count(), 1);
    QCOMPARE(texts.at(0).at(0).toString(), u"target"_s);
    QCOMPARE(texts.at(0).at(1).toString(), u"{\"op\":\"hi\"}"_s);
}

QTEST_GUILESS_MAIN(tst_FeedServer)
#include "tst_feedserver.moc"
