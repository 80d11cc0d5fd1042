// The bad-input matrix: broken config files, and servers that misbehave on purpose (refused
// upgrades, oversized frames, invalid UTF-8, a flood, self-signed certificates). Every row must end
// in a clear message that names the field or the frame, and in the state the policy promises; no
// row may crash or lose anything silently. "Never retries" is proved on a ManualClock: ten minutes
// pass in one step and no socket is opened.
#include "clock.h"
#include "configfile.h"
#include "configissues.h"
#include "connection.h"
#include "connectionstats.h"
#include "eventrecorder.h"
#include "manualclock.h"
#include "messagestore.h"
#include "rawwsserver.h"
#include "testserver.h"
#include "tlsfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConfigIssuesTesting;
using State = Connection::State;

namespace {

// What a misbehaving server does in one row of the engine matrix.
enum class Serve {
    Status,       // answers the upgrade with an HTTP status
    Oversized,    // a text message over max_message_bytes after one good message
    InvalidUtf8,  // a text frame with bytes that are not UTF-8 after one good message
    Binary,       // a binary frame: kept, shown as hex, not an error
    SelfSigned,   // wss:// with a self-signed certificate
    PrivateCa,    // wss:// with a certificate from a CA the system does not know
    Unresolvable, // a host name that cannot resolve
};

// Where the endpoint must end up.
enum class Outcome {
    Stopped,  // fatal: no attempt ever again by itself
    Retrying, // back off and try again
    Open,     // accepted
};

constexpr int BackoffMs = 1000;
constexpr int GoodMessages = 1;

} // namespace

Q_DECLARE_METATYPE(Serve)
Q_DECLARE_METATYPE(Outcome)

class tst_BadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void config_data();
    void config();
    void engine_data();
    void engine();
    void fatalRefusalTriesEveryUrlFirst();
    void floodOfAMillionMessages();

private:
    TlsFixture m_tls;
};

void tst_BadInput::initTestCase()
{
    QVERIFY2(m_tls.generate(), qPrintable(m_tls.errorString()));
}

void tst_BadInput::config_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto endpoint = [](const char *extra) -> QByteArray {
        return QByteArray(R"({"version":1,"endpoints":[{"name":"t","urls":["wss://h.example/"])") + extra +
               "}]}";
    };
    QTest::newRow("malformed JSON") << QByteArray(R"({"version":1,"endpoints":[{"name":"t",}]})") << QString()
                                    << u"line 1, column"_s;
    QTest::newRow("not an object") << QByteArray("[1,2]") << QString() << u"object"_s;
    QTest::newRow("empty file") << QByteArray() << QString() << u""_s;
    QTest::newRow("wrong version") << QByteArray(R"({"version":2,"endpoints":[]})") << u"version"_s << u"1"_s;
    QTest::newRow("endpoints not a list")
        << QByteArray(R"({"version":1,"endpoints":{}})") << u"endpoints"_s << u"array"_s;
    QTest::newRow("wrong type") << endpoint(R"(,"connect_timeout_ms":"10s")")
                                << u"endpoints[0].connect_timeout_ms"_s << u"expected an integer"_s;
    QTest::newRow("unknown jitter") << endpoint(R"(,"reconnect":{"jitter":"random"})")
                                    << u"endpoints[0].reconnect.jitter"_s << u"unknown jitter \"random\""_s;
    QTest::newRow("unknown heartbeat mode") << endpoint(R"(,"heartbeat":{"mode":"tcp"})")
                                            << u"endpoints[0].heartbeat.mode"_s << u"unknown mode \"tcp\""_s;
    QTest::newRow("negative timeout") << endpoint(R"(,"heartbeat":{"timeout_ms":-5})")
                                      << u"endpoints[0].heartbeat.timeout_ms"_s << u"at least 10"_s;
    QTest::newRow("negative connect timeout") << endpoint(R"(,"connect_timeout_ms":-1)")
                                              << u"endpoints[0].connect_timeout_ms"_s << u"at least 100"_s;
    QTest::newRow("empty urls") << QByteArray(R"({"version":1,"endpoints":[{"name":"t","urls":[]}]})")
                                << u"endpoints[0].urls"_s << u"at least one URL"_s;
    QTest::newRow("http scheme")
        << QByteArray(R"({"version":1,"endpoints":[{"name":"t","urls":["http://h.example/"]}]})")
        << u"endpoints[0].urls[0]"_s << u"scheme must be ws or wss, got http"_s;
    QTest::newRow("no scheme") << QByteArray(
                                      R"({"version":1,"endpoints":[{"name":"t","urls":["h.example/feed"]}]})")
                               << u"endpoints[0].urls[0]"_s << u"scheme"_s;
    QTest::newRow("unknown key") << endpoint(R"(,"retry":true)") << u"endpoints[0].retry"_s
                                 << u"unknown key"_s;
    QTest::newRow("single url key")
        << QByteArray(R"({"version":1,"endpoints":[{"name":"t","url":"wss://h.example/"}]})")
        << u"endpoints[0].url"_s << u"urls"_s;
    QTest::newRow("duplicate names")
        << QByteArray(
               R"({"version":1,"endpoints":[{"name":"t","urls":["ws://a/"]},{"name":"t","urls":["ws://b/"]}]})")
        << u"endpoints[1].name"_s << u"t"_s;
    QTest::newRow("message limit too small")
        << endpoint(R"(,"max_message_bytes":10)") << u"endpoints[0].max_message_bytes"_s << u"between 1024"_s;
    QTest::newRow("bad pin") << endpoint(R"(,"tls":{"pin_sha256":["sha256/abc"]})")
                             << u"endpoints[0].tls.pin_sha256[0]"_s << u"64 hex digits"_s;
    QTest::newRow("ignore TLS errors is no option")
        << endpoint(R"(,"tls":{"ignore_errors":true})") << u"endpoints[0].tls.ignore_errors"_s
        << u"unknown key"_s;
    QTest::newRow("budget negative") << QByteArray(
                                            R"({"version":1,"endpoints":[],"connect_budget":{"burst":-1}})")
                                     << u"connect_budget.burst"_s << u""_s;
}

void tst_BadInput::config()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    ConfigIssues issues;
    ConfigFile::parse(json, &issues);
    QVERIFY2(!issues.isEmpty(), "accepted");
    QVERIFY2(hasIssue(issues, path, message), qPrintable(describe(issues)));
    // Every issue is a readable sentence with its place.
    for (const ConfigIssue &issue : std::as_const(issues))
        QVERIFY2(!issue.message.trimmed().isEmpty(), qPrintable(describe(issues)));
}

void tst_BadInput::engine_data()
{
    QTest::addColumn<Serve>("serve");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("pin"); // "", "server" (the matching one) or "other"
    QTest::addColumn<bool>("caFile");
    QTest::addColumn<bool>("retryAuth");
    QTest::addColumn<QString>("message"); // in the error event and the stats' lastError
    QTest::addColumn<Outcome>("outcome");

    QTest::newRow("401") << Serve::Status << 401 << QString() << false << false
                         << u"refused the credentials (HTTP 401)"_s << Outcome::Stopped;
    QTest::newRow("403") << Serve::Status << 403 << QString() << false << false
                         << u"refused the credentials (HTTP 403)"_s << Outcome::Stopped;
    QTest::newRow("401 retried") << Serve::Status << 401 << QString() << false << true << u"HTTP 401"_s
                                 << Outcome::Retrying;
    QTest::newRow("404") << Serve::Status << 404 << QString() << false << false
                         << u"Configuration error: the server has no WebSocket at ws://127.0.0.1:"_s
                         << Outcome::Stopped;
    QTest::newRow("429") << Serve::Status << 429 << QString() << false << false << u"rate limiting"_s
                         << Outcome::Retrying;
    QTest::newRow("503") << Serve::Status << 503 << QString() << false << false << u"unavailable (HTTP 503)"_s
                         << Outcome::Retrying;
    QTest::newRow("frame over the limit")
        << Serve::Oversized << 0 << QString() << false << false
        << u"larger than max_message_bytes (1024 bytes)"_s << Outcome::Retrying;
    QTest::newRow("invalid UTF-8") << Serve::InvalidUtf8 << 0 << QString() << false << false
                                   << u"not valid UTF-8"_s << Outcome::Retrying;
    QTest::newRow("binary frame") << Serve::Binary << 0 << QString() << false << false << QString()
                                  << Outcome::Open;
    QTest::newRow("self-signed")
        << Serve::SelfSigned << 0 << QString() << false << false
        << u"TLS certificate rejected: The certificate is self-signed, and untrusted"_s << Outcome::Retrying;
    QTest::newRow("self-signed, pinned")
        << Serve::SelfSigned << 0 << u"server"_s << false << false << QString() << Outcome::Open;
    QTest::newRow("self-signed, other pin") << Serve::SelfSigned << 0 << u"other"_s << false << false
                                            << u"matches no tls.pin_sha256"_s << Outcome::Retrying;
    QTest::newRow("private CA") << Serve::PrivateCa << 0 << QString() << false << false
                                << u"TLS certificate rejected"_s << Outcome::Retrying;
    QTest::newRow("private CA, ca_file")
        << Serve::PrivateCa << 0 << QString() << true << false << QString() << Outcome::Open;
    QTest::newRow("private CA, ca_file, other pin") << Serve::PrivateCa << 0 << u"other"_s << true << false
                                                    << u"matches no tls.pin_sha256"_s << Outcome::Retrying;
    QTest::newRow("unresolvable host")
        << Serve::Unresolvable << 0 << QString() << false << false
        << u"urls[0]: the host feedpulse-test.invalid cannot be resolved"_s << Outcome::Retrying;
}

void tst_BadInput::engine()
{
    QFETCH(Serve, serve);
    QFETCH(int, status);
    QFETCH(QString, pin);
    QFETCH(bool, caFile);
    QFETCH(bool, retryAuth);
    QFETCH(QString, message);
    QFETCH(Outcome, outcome);

    RawWsServer raw;
    std::unique_ptr<TestServer> secure;
    QUrl url;
    const QByteArray good = R"({"seq":1})";
    switch (serve) {
    case Serve::Status:
        raw.setHandshakeStatus(status);
        break;
    case Serve::Oversized:
        raw.setOnOpen({RawWsServer::textFrame(good), RawWsServer::textFrame(QByteArray(2000, 'x'))});
        break;
    case Serve::InvalidUtf8:
        raw.setOnOpen({RawWsServer::textFrame(good), RawWsServer::textFrame("caf\xc3(\xff\xfe")});
        break;
    case Serve::Binary:
        raw.setOnOpen({RawWsServer::binaryFrame(QByteArray("\x00\x01\xfe\xff", 4))});
        break;
    case Serve::SelfSigned:
        secure = std::make_unique<TestServer>(m_tls.other().serverConfiguration());
        break;
    case Serve::PrivateCa:
        secure = std::make_unique<TestServer>(m_tls.server().serverConfiguration());
        break;
    case Serve::Unresolvable:
        url = QUrl(u"ws://feedpulse-test.invalid/feed"_s);
        break;
    }
    if (secure) {
        QVERIFY(secure->listen());
        url = secure->url(u"bad"_s);
    } else if (url.isEmpty()) {
        QVERIFY(raw.listen());
        url = raw.url(u"/feed"_s);
    }

    EndpointConfig config;
    config.name = u"bad"_s;
    config.urls = {url.toString()};
    config.heartbeat.intervalMs = 60000;
    config.backoff.initialMs = BackoffMs;
    config.backoff.maxMs = BackoffMs;
    config.backoff.jitter = BackoffPolicy::Jitter::None;
    config.maxMessageBytes = 1024;
    config.retryAuthFailures = retryAuth;
    if (caFile)
        config.caFile = m_tls.ca().certificatePath;
    if (pin == u"server")
        config.pinSha256 = {m_tls.other().sha256Colons}; // the self-signed server's own
    else if (pin == u"other")
        config.pinSha256 = {QString(64, u'0')};
    QCOMPARE(config.validate(), ConfigIssues());

    ManualClock clock;
    MessageStore store;
    Connection connection(config, &clock);
    connection.setMessageStore(&store);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    QSignalSpy sockets(&connection, &Connection::socketCreated);
    connection.start();

    if (outcome == Outcome::Open) {
        QTRY_COMPARE(connection.state(), State::Open);
        QCOMPARE(events.count(u"error"_s), 0);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(events.count(u"error"_s) > 0, 30000);
        const EngineEvent error = events.last(u"error"_s);
        const QString text = error.fields.value(u"message"_s).toString();
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY2(connection.stats().lastError.contains(message), qPrintable(connection.stats().lastError));
        if (serve == Serve::Status) {
            QCOMPARE(error.fields.value(u"http_status"_s).toInt(), status);
            QCOMPARE(error.fields.value(u"fatal"_s).toBool(), outcome == Outcome::Stopped);
            QCOMPARE(connection.stats().lastHttpStatus, status);
        }
        if (serve == Serve::SelfSigned || serve == Serve::PrivateCa) {
            // The fingerprint to check and pin comes with the error.
            const QString served =
                serve == Serve::SelfSigned ? m_tls.other().sha256Colons : m_tls.server().sha256Colons;
            QVERIFY2(text.contains(served), qPrintable(text));
        }
    }

    switch (outcome) {
    case Outcome::Stopped:
        QCOMPARE(connection.state(), State::Stopped);
        QCOMPARE(connection.stats().nextRetryInMs, -1);
        clock.advance(10 * 60 * 1000);
        QCOMPARE(connection.state(), State::Stopped);
        QCOMPARE(sockets.count(), 1);
        QCOMPARE(events.count(u"reconnect_scheduled"_s), 0);
        // Retry now is the way out, and it really connects again.
        connection.retryNow();
        QCOMPARE(sockets.count(), 2);
        break;
    case Outcome::Retrying:
        QTRY_COMPARE(connection.state(), State::Backoff);
        QCOMPARE(sockets.count(), 1);
        clock.advance(BackoffMs);
        QCOMPARE(sockets.count(), 2);
        break;
    case Outcome::Open:
        break;
    }

    const QList<LogRecord> records = store.recordsSince(0);
    if (serve == Serve::Oversized || serve == Serve::InvalidUtf8) {
        // The good message before it arrived; the bad one is neither shown nor counted, and the
        // link ended as an error of the feed, with the code Qt closed it with.
        const EngineEvent closed = events.last(u"closed"_s);
        QCOMPARE(closed.fields.value(u"by"_s).toString(), u"error"_s);
        QCOMPARE(closed.fields.value(u"code"_s).toInt(), serve == Serve::Oversized ? 1009 : 1007);
        QCOMPARE(connection.stats().messagesIn, quint64(GoodMessages));
        int inbound = 0;
        for (const LogRecord &record : records) {
            if (record.direction == LogRecord::Direction::In) {
                ++inbound;
                QCOMPARE(record.text, QString::fromUtf8(good));
            }
        }
        QCOMPARE(inbound, GoodMessages);
        QTRY_COMPARE(raw.closeCodes().value(0), quint16(serve == Serve::Oversized ? 1009 : 1007));
    }
    if (serve == Serve::Binary) {
        QTRY_COMPARE(connection.stats().messagesIn, 1u);
        const QList<LogRecord> kept = store.recordsSince(0);
        const auto binary =
            std::find_if(kept.cbegin(), kept.cend(), [](const LogRecord &r) { return r.binary; });
        QVERIFY(binary != kept.cend());
        QCOMPARE(binary->data, QByteArray("\x00\x01\xfe\xff", 4));
        QVERIFY(binary->toJsonLine().contains("\"hex\":\"0001feff\""));
    }
}

void tst_BadInput::fatalRefusalTriesEveryUrlFirst()
{
    // A 404 on the primary URL is a configuration error of that URL only: the backup gets its turn.
    RawWsServer notFound;
    notFound.setHandshakeStatus(404);
    QVERIFY(notFound.listen());
    TestServer backup;
    QVERIFY(backup.listen());
    EndpointConfig config = backup.endpoint(u"failover"_s);
    config.urls.prepend(notFound.url(u"/feed"_s).toString());
    ManualClock clock;
    Connection connection(config, &clock);
    EventRecorder events(&clock);
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    QTRY_COMPARE(connection.state(), State::Backoff);
    QCOMPARE(events.last(u"error"_s).fields.value(u"fatal"_s).toBool(), false);
    clock.advance(config.backoff.maxMs);
    QTRY_COMPARE(connection.state(), State::Open);
    QCOMPARE(backup.connectionCount(u"failover"_s), 1);

    // When every URL refuses the credentials, the endpoint stops after trying each once.
    RawWsServer first;
    RawWsServer second;
    first.setHandshakeStatus(401);
    second.setHandshakeStatus(403);
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    config.urls = {first.url(u"/"_s).toString(), second.url(u"/"_s).toString()};
    Connection refused(config, &clock);
    EventRecorder refusals(&clock);
    connect(&refused, &Connection::event, &refusals, &EventRecorder::record);
    refused.start();
    QTRY_COMPARE(refused.state(), State::Backoff);
    clock.advance(config.backoff.maxMs);
    QTRY_COMPARE(refused.state(), State::Stopped);
    QCOMPARE(first.handshakes(), 1);
    QCOMPARE(second.handshakes(), 1);
    QCOMPARE(refusals.count(u"error"_s), 2);
    QCOMPARE(refusals.last(u"error"_s).fields.value(u"fatal"_s).toBool(), true);
    clock.advance(10 * 60 * 1000);
    QCOMPARE(refused.state(), State::Stopped);
    QCOMPARE(first.handshakes() + second.handshakes(), 2);
}

void tst_BadInput::floodOfAMillionMessages()
{
    // A million small frames written at once: every one is counted, the log keeps its cap and says
    // how many it dropped, and the link stays up.
    constexpr int Count = 1'000'000;
    constexpr qsizetype Capacity = 10'000;
    QByteArray flood;
    const QByteArray one = RawWsServer::textFrame(R"({"n":1})");
    flood.reserve(one.size() * Count);
    for (int i = 0; i < Count; ++i)
        flood += one;
    RawWsServer raw;
    raw.setOnOpen({flood});
    QVERIFY(raw.listen());

    EndpointConfig config;
    config.name = u"flood"_s;
    config.urls = {raw.url(u"/"_s).toString()};
    config.heartbeat.intervalMs = 60000;
    MessageStore store(Capacity);
    Connection connection(config);
    connection.setMessageStore(&store);
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.stats().messagesIn, quint64(Count), 120000);
    QCOMPARE(connection.state(), State::Open);
    QCOMPARE(store.size(), Capacity);
    QVERIFY(store.dropped() >= quint64(Count - Capacity));
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
