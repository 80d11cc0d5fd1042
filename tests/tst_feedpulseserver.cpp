// The real feedpulse-server binary: flags, config errors, the ready line, a live feed, presence, a
// FeedPulse Connection in json mode, the control endpoint and SIGTERM. Also parseServerOptions() in process.

#include "connection.h"
#include "connectionstats.h"
#include "eventrecorder.h"
#include "feedserver.h"
#include "serveroptions.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using State = Connection::State;

namespace {

constexpr int ExitTimeoutMs = 15'000;

QString serverBinary()
{
    return qEnvironmentVariable("FEEDPULSE_BUILD_DIR") + u"/app/feedpulse-server"_s;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(u"server.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

// Runs the binary and collects stdout lines as parsed objects, keeping the event loop free for the
// clients this process runs against it.
class Server final : public QObject
{
    Q_OBJECT

public:
    explicit Server(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&process, &QProcess::readyReadStandardOutput, this, &Server::onOutput);
        connect(&process, &QProcess::readyReadStandardError, this,
                [this] { errors += QString::fromUtf8(process.readAllStandardError()); });
    }

    ~Server() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    void start(const QStringList &arguments) { process.start(serverBinary(), arguments); }

    QList<QJsonObject> events(const QString &type) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &line : lines) {
            if (line.value(u"event"_s).toString() == type)
                result << line;
        }
        return result;
    }

    bool hasPresence(const QString &client, bool online) const
    {
        const QList<QJsonObject> presence = events(u"presence"_s);
        return std::any_of(presence.cbegin(), presence.cend(), [&](const QJsonObject &line) {
            return line.value(u"client"_s).toString() == client && line.value(u"online"_s).toBool() == online;
        });
    }

    void terminate() { ::kill(pid_t(process.processId()), SIGTERM); }

    // Whatever arrived after the last readyRead.
    void drain()
    {
        onOutput();
        errors += QString::fromUtf8(process.readAllStandardError());
        const QByteArray rest = process.readAllStandardOutput();
        output += QString::fromUtf8(rest);
    }

    QProcess process;
    QList<QJsonObject> lines;
    QList<QByteArray> malformed;
    QString output;
    QString errors;

private:
    void onOutput()
    {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            output += QString::fromUtf8(line);
            const QJsonDocument document = QJsonDocument::fromJson(line.trimmed());
            if (document.isObject())
                lines << document.object();
            else
                malformed << line.trimmed();
        }
    }
};

// The received feed messages of one client.
class Client final : public QObject
{
    Q_OBJECT

public:
    explicit Client(QObject *parent = nullptr) : QObject(parent)
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [this](const QString &text) { messages << QJsonDocument::fromJson(text.toUtf8()).object(); });
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
};

} // namespace

class TestFeedPulseServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // parseServerOptions(), in process.
    void optionsDefaults();
    void optionsEveryFlag();
    void optionsFeedsReplaceDefault();
    void optionsBadFlag_data();
    void optionsBadFlag();
    void optionsFlagsOverrideFile();
    void optionsFileIssuesHavePaths();
    void optionsHelpAndVersion();

    // The binary.
    void helpMentionsFlags();
    void version();
    void badFlagExits2_data();
    void badFlagExits2();
    void brokenConfigExits2_data();
    void brokenConfigExits2();
    void remoteBindNeedsAllowRemote();
    void servesFeedAndPresence();
    void controlEndpointStallsFeed();
};

void TestFeedPulseServer::initTestCase()
{
    QVERIFY2(QFile::exists(serverBinary()), qPrintable(serverBinary()));
}

void TestFeedPulseServer::optionsDefaults()
{
    const ServerOptions options = parseServerOptions({u"feedpulse-server"_s});
    QVERIFY2(options.ok, qPrintable(options.errors.join(u'\n')));
    QVERIFY(options.errors.isEmpty());
    QVERIFY(!options.helpRequested);
    QCOMPARE(options.config.toJson(), FeedServerConfig{}.toJson());
}

void TestFeedPulseServer::optionsEveryFlag()
{
    const ServerOptions options = parseServerOptions({
        u"feedpulse-server"_s,
        u"--bind"_s,
        u"0.0.0.0"_s,
        u"--allow-remote"_s,
        u"--port"_s,
        u"8080"_s,
        u"--feed"_s,
        u"/a"_s,
        u"--feed"_s,
        u"/b:2.5"_s,
        u"--feed=/c:0:512"_s,
        u"--text-ping"_s,
        u"hi"_s,
        u"--text-pong"_s,
        u"ho"_s,
        u"--json-ping-type"_s,
        u"hb"_s,
        u"--json-pong"_s,
        u"{\"type\":\"hb\"}"_s,
        u"--heartbeat-interval"_s,
        u"500"_s,
        u"--heartbeat-timeout"_s,
        u"200"_s,
        u"--evict-code"_s,
        u"4000"_s,
        u"--presence-timeout"_s,
        u"1000"_s,
        u"--max-buffered-bytes"_s,
        u"1048576"_s,
        u"--high-water-bytes"_s,
        u"4096"_s,
        u"--ignore-pings"_s,
        u"--stall"_s,
        u"--close-every"_s,
        u"300:4001"_s,
        u"--refuse"_s,
        u"250"_s,
        u"--control-port"_s,
        u"-1"_s,
    });
    QVERIFY2(options.ok, qPrintable(options.errors.join(u'\n')));
    const FeedServerConfig &c = options.config;
    QCOMPARE(c.bind, QHostAddress(QHostAddress::AnyIPv4));
    QVERIFY(c.allowRemote);
    QCOMPARE(c.port, quint16(8080));
    QCOMPARE(c.feeds, (QList<FeedSpec>{{u"/a"_s, 20, 0}, {u"/b"_s, 2.5, 0}, {u"/c"_s, 0, 512}}));
    QCOMPARE(c.textPing, u"hi"_s);
    QCOMPARE(c.textPong, u"ho"_s);
    QCOMPARE(c.jsonPingType, u"hb"_s);
    QCOMPARE(c.jsonPong, u"{\"type\":\"hb\"}"_s);
    QCOMPARE(c.heartbeatIntervalMs, 500);
    QCOMPARE(c.heartbeatTimeoutMs, 200);
    QCOMPARE(c.evictCode, 4000);
    QCOMPARE(c.presenceTimeoutMs, 1000);
    QCOMPARE(c.maxBufferedBytes, Q_INT64_C(1048576));
    QCOMPARE(c.highWaterBytes, Q_INT64_C(4096));
    QVERIFY(c.ignorePings);
    QVERIFY(c.stall);
    QCOMPARE(c.closeEveryMs, 300);
    QCOMPARE(c.closeCode, 4001);
    QCOMPARE(c.refuseMs, 250);
    QCOMPARE(c.controlPort, -1);
}

void TestFeedPulseServer::optionsFeedsReplaceDefault()
{
    const ServerOptions options = parseServerOptions({u"s"_s, u"--feed"_s, u"/quotes:5"_s});
    QVERIFY2(options.ok, qPrintable(options.errors.join(u'\n')));
    QCOMPARE(options.config.feeds, (QList<FeedSpec>{{u"/quotes"_s, 5, 0}}));

    const ServerOptions closeOnly = parseServerOptions({u"s"_s, u"--close-every"_s, u"100"_s});
    QVERIFY(closeOnly.ok);
    QCOMPARE(closeOnly.config.closeEveryMs, 100);
    QCOMPARE(closeOnly.config.closeCode, 1000);
}

// Each row must fail and name its flag in the first error; errors never pile up for one bad value.
void TestFeedPulseServer::optionsBadFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown flag") << QStringList{u"--colour"_s, u"red"_s} << u"colour"_s;
    QTest::newRow("missing value") << QStringList{u"--port"_s} << u"port"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"\"extra\""_s;
    QTest::newRow("bind hostname") << QStringList{u"--bind"_s, u"example.com"_s} << u"--bind: "_s;
    QTest::newRow("bind any") << QStringList{u"--bind"_s, u"0.0.0.0"_s} << u"--bind (bind): "_s;
    QTest::newRow("port text") << QStringList{u"--port"_s, u"http"_s} << u"--port: "_s;
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"65536"_s} << u"--port: "_s;
    QTest::newRow("port negative") << QStringList{u"--port"_s, u"-1"_s} << u"--port: "_s;
    QTest::newRow("feed empty") << QStringList{u"--feed"_s, u""_s} << u"--feed: "_s;
    QTest::newRow("feed too many parts") << QStringList{u"--feed"_s, u"/a:1:2:3"_s} << u"--feed: "_s;
    QTest::newRow("feed rate text") << QStringList{u"--feed"_s, u"/a:fast"_s} << u"--feed: "_s;
    QTest::newRow("feed size text") << QStringList{u"--feed"_s, u"/a:1:big"_s} << u"--feed: "_s;
    QTest::newRow("feed no slash") << QStringList{u"--feed"_s, u"ticker"_s} << u"--feed (feeds[0].path): "_s;
    QTest::newRow("feed rate range") << QStringList{u"--feed"_s, u"/a:200000"_s}
                                     << u"--feed (feeds[0].rate): "_s;
    QTest::newRow("feed duplicate") << QStringList{u"--feed"_s, u"/a"_s, u"--feed"_s, u"/a:3"_s}
                                    << u"--feed (feeds[1].path): "_s;
    QTest::newRow("json pong") << QStringList{u"--json-pong"_s, u"{"_s} << u"--json-pong (json_pong): "_s;
    QTest::newRow("interval text") << QStringList{u"--heartbeat-interval"_s, u"1s"_s}
                                   << u"--heartbeat-interval: "_s;
    QTest::newRow("interval negative") << QStringList{u"--heartbeat-interval"_s, u"-1"_s}
                                       << u"--heartbeat-interval (heartbeat.interval_ms): "_s;
    QTest::newRow("timeout zero") << QStringList{u"--heartbeat-timeout"_s, u"0"_s}
                                  << u"--heartbeat-timeout (heartbeat.timeout_ms): "_s;
    QTest::newRow("timeout text") << QStringList{u"--heartbeat-timeout"_s, u"x"_s}
                                  << u"--heartbeat-timeout: "_s;
    QTest::newRow("evict reserved") << QStringList{u"--evict-code"_s, u"1006"_s}
                                    << u"--evict-code (heartbeat.evict_code): "_s;
    QTest::newRow("evict text") << QStringList{u"--evict-code"_s, u"going-away"_s} << u"--evict-code: "_s;
    QTest::newRow("presence zero") << QStringList{u"--presence-timeout"_s, u"0"_s}
                                   << u"--presence-timeout (presence_timeout_ms): "_s;
    QTest::newRow("presence text") << QStringList{u"--presence-timeout"_s, u"soon"_s}
                                   << u"--presence-timeout: "_s;
    QTest::newRow("max buffered text")
        << QStringList{u"--max-buffered-bytes"_s, u"8M"_s} << u"--max-buffered-bytes: "_s;
    QTest::newRow("max buffered small") << QStringList{u"--max-buffered-bytes"_s, u"10"_s}
                                        << u"--max-buffered-bytes (max_buffered_bytes): "_s;
    QTest::newRow("high water zero") << QStringList{u"--high-water-bytes"_s, u"0"_s}
                                     << u"--high-water-bytes (high_water_bytes): "_s;
    QTest::newRow("close every text") << QStringList{u"--close-every"_s, u"often"_s} << u"--close-every: "_s;
    QTest::newRow("close every negative") << QStringList{u"--close-every"_s, u"-5"_s} << u"--close-every: "_s;
    QTest::newRow("close every parts")
        << QStringList{u"--close-every"_s, u"5:1000:1"_s} << u"--close-every: "_s;
    QTest::newRow("close every code")
        << QStringList{u"--close-every"_s, u"5:1015"_s} << u"--close-every (faults.close_code): "_s;
    QTest::newRow("refuse text") << QStringList{u"--refuse"_s, u"x"_s} << u"--refuse: "_s;
    QTest::newRow("refuse negative") << QStringList{u"--refuse"_s, u"-1"_s}
                                     << u"--refuse (faults.refuse_ms): "_s;
    QTest::newRow("control port text") << QStringList{u"--control-port"_s, u"any"_s} << u"--control-port: "_s;
    QTest::newRow("control port range")
        << QStringList{u"--control-port"_s, u"-2"_s} << u"--control-port (control_port): "_s;
    QTest::newRow("config missing") << QStringList{u"--config"_s, u"/nonexistent/server.json"_s}
                                    << u"--config: "_s;
}

void TestFeedPulseServer::optionsBadFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const ServerOptions options = parseServerOptions(QStringList{u"feedpulse-server"_s} + arguments);
    QVERIFY(!options.ok);
    QCOMPARE(options.errors.size(), 1);
    QVERIFY2(options.errors.first().contains(expected), qPrintable(options.errors.first()));
}

void TestFeedPulseServer::optionsFlagsOverrideFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = writeFile(dir, R"({"port": 9000, "feeds": [{"path": "/file"}],
        "heartbeat": {"interval_ms": 100, "timeout_ms": 50}, "faults": {"stall": true}})");
    const ServerOptions options = parseServerOptions(
        {u"s"_s, u"--config"_s, file, u"--port"_s, u"9001"_s, u"--heartbeat-timeout"_s, u"60"_s});
    QVERIFY2(options.ok, qPrintable(options.errors.join(u'\n')));
    QCOMPARE(options.config.port, quint16(9001));
    QCOMPARE(options.config.feeds, (QList<FeedSpec>{{u"/file"_s, 20, 0}}));
    QCOMPARE(options.config.heartbeatIntervalMs, 100);
    QCOMPARE(options.config.heartbeatTimeoutMs, 60);
    QVERIFY(options.config.stall);

    // A flag can also mend what the file got wrong for validation.
    const QString remote = writeFile(dir, R"({"bind": "0.0.0.0"})");
    QVERIFY(!parseServerOptions({u"s"_s, u"--config"_s, remote}).ok);
    QVERIFY(parseServerOptions({u"s"_s, u"--config"_s, remote, u"--allow-remote"_s}).ok);
}

void TestFeedPulseServer::optionsFileIssuesHavePaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = writeFile(dir, R"({"feeds": [{"path": "/a"}, {"path": "/b", "rate": -1, "speed": 2}],
        "heartbeat": {"evict_code": "x"}, "control_port": 70000})");
    const ServerOptions options = parseServerOptions({u"s"_s, u"--config"_s, file});
    QVERIFY(!options.ok);
    const QStringList expected = {
        file + u": feeds[1].speed: unknown key"_s,
        file + u": heartbeat.evict_code: expected an integer"_s,
        file + u": feeds[1].rate: must be between 0 and 100000"_s,
        file + u": control_port: must be between -1 (any free port) and 65535"_s,
    };
    QCOMPARE(options.errors, expected);

    const QString broken = writeFile(dir, "{\n  \"port\": 1,\n  oops\n}");
    const ServerOptions syntax = parseServerOptions({u"s"_s, u"--config"_s, broken});
    QVERIFY(!syntax.ok);
    QCOMPARE(syntax.errors.size(), 1);
    QVERIFY2(syntax.errors.first().startsWith(broken + u": JSON syntax error at line 3"_s),
             qPrintable(syntax.errors.first()));

    const QString array = writeFile(dir, "[]");
    QVERIFY(parseServerOptions({u"s"_s, u"--config"_s, array}).errors.first().contains(u"JSON object"_s));
}

void TestFeedPulseServer::optionsHelpAndVersion()
{
    const ServerOptions help = parseServerOptions({u"s"_s, u"--help"_s, u"--port"_s, u"x"_s});
    QVERIFY(help.helpRequested);
    QVERIFY(help.helpText.contains(u"--close-every"_s));
    const ServerOptions version = parseServerOptions({u"s"_s, u"--version"_s});
    QVERIFY(version.versionRequested);
}

void TestFeedPulseServer::helpMentionsFlags()
{
    Server server;
    server.start({u"--help"_s});
    // Not waitForFinished(): the event loop keeps running while we wait.
    QTRY_COMPARE_WITH_TIMEOUT(server.process.state(), QProcess::NotRunning, ExitTimeoutMs);
    server.drain();
    QCOMPARE(server.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process.exitCode(), 0);
    const QString help = server.output;
    for (const QString &flag : {u"--config"_s,
                                u"--bind"_s,
                                u"--allow-remote"_s,
                                u"--port"_s,
                                u"--feed"_s,
                                u"--text-ping"_s,
                                u"--text-pong"_s,
                                u"--json-ping-type"_s,
                                u"--json-pong"_s,
                                u"--heartbeat-interval"_s,
                                u"--heartbeat-timeout"_s,
                                u"--evict-code"_s,
                                u"--presence-timeout"_s,
                                u"--max-buffered-bytes"_s,
                                u"--ignore-pings"_s,
                                u"--stall"_s,
                                u"--close-every"_s,
                                u"--refuse"_s,
                                u"--control-port"_s,
                                u"--help"_s,
                                u"--version"_s}) {
        QVERIFY2(help.contains(flag), qPrintable(flag));
    }
}

void TestFeedPulseServer::version()
{
    Server server;
    server.start({u"--version"_s});
    // Not waitForFinished(): the event loop keeps running while we wait.
    QTRY_COMPARE_WITH_TIMEOUT(server.process.state(), QProcess::NotRunning, ExitTimeoutMs);
    server.drain();
    QCOMPARE(server.process.exitCode(), 0);
    QVERIFY2(server.output.contains(QStringLiteral(FEEDPULSE_VERSION)), qPrintable(server.output));
}

void TestFeedPulseServer::badFlagExits2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("port") << QStringList{u"--port"_s, u"http"_s} << u"--port"_s;
    QTest::newRow("feed") << QStringList{u"--feed"_s, u"/a:fast"_s} << u"--feed"_s;
    QTest::newRow("evict code") << QStringList{u"--evict-code"_s, u"1005"_s} << u"--evict-code"_s;
    QTest::newRow("close every") << QStringList{u"--close-every"_s, u"x"_s} << u"--close-every"_s;
    QTest::newRow("control port") << QStringList{u"--control-port"_s, u"-3"_s} << u"--control-port"_s;
    QTest::newRow("unknown") << QStringList{u"--no-such-flag"_s} << u"no-such-flag"_s;
}

void TestFeedPulseServer::badFlagExits2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    Server server;
    server.start(arguments);
    // Not waitForFinished(): the event loop keeps running while we wait.
    QTRY_COMPARE_WITH_TIMEOUT(server.process.state(), QProcess::NotRunning, ExitTimeoutMs);
    server.drain();
    QCOMPARE(server.process.exitCode(), 2);
    QVERIFY2(server.errors.contains(expected), qPrintable(server.errors));
    QVERIFY2(server.lines.isEmpty(), qPrintable(server.output));
}

void TestFeedPulseServer::brokenConfigExits2_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rate") << R"({"feeds": [{"path": "/a", "rate": -1}]})"_ba << u"feeds[0].rate: "_s;
    QTest::newRow("unknown key") << R"({"heartbeat": {"interval": 5}})"_ba
                                 << u"heartbeat.interval: unknown key"_s;
    QTest::newRow("wrong type") << R"({"faults": {"stall": "yes"}})"_ba
                                << u"faults.stall: expected true or false"_s;
    QTest::newRow("syntax") << "{\"port\": }"_ba << u"JSON syntax error at line 1"_s;
}

void TestFeedPulseServer::brokenConfigExits2()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Server server;
    server.start({u"--config"_s, writeFile(dir, json)});
    // Not waitForFinished(): the event loop keeps running while we wait.
    QTRY_COMPARE_WITH_TIMEOUT(server.process.state(), QProcess::NotRunning, ExitTimeoutMs);
    server.drain();
    QCOMPARE(server.process.exitCode(), 2);
    QVERIFY2(server.errors.contains(expected), qPrintable(server.errors));
}

void TestFeedPulseServer::remoteBindNeedsAllowRemote()
{
    Server server;
    server.start({u"--bind"_s, u"0.0.0.0"_s});
    // Not waitForFinished(): the event loop keeps running while we wait.
    QTRY_COMPARE_WITH_TIMEOUT(server.process.state(), QProcess::NotRunning, ExitTimeoutMs);
    server.drain();
    QCOMPARE(server.process.exitCode(), 2);
    QVERIFY2(server.errors.contains(u"--bind"_s), qPrintable(server.errors));
    QVERIFY2(server.errors.contains(u"not a loopback address"_s), qPrintable(server.errors));
    QVERIFY(server.lines.isEmpty());
}

void TestFeedPulseServer::servesFeedAndPresence()
{
    Server server;
    server.start({u"--feed"_s, u"/ticker:50"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!server.lines.isEmpty(), 10'000);
    const QJsonObject ready = server.lines.first();
    QCOMPARE(ready.value(u"event"_s).toString(), u"ready"_s);
    const int port = ready.value(u"port"_s).toInt();
    QVERIFY(port > 0);
    QCOMPARE(ready.value(u"control_port"_s).toInt(-1), 0);

    Client client;
    client.socket.open(QUrl(u"ws://127.0.0.1:%1/ticker?client=t1"_s.arg(port)));
    QTRY_VERIFY_WITH_TIMEOUT(client.messages.size() >= 3, 10'000);
    for (qsizetype i = 0; i < 3; ++i) {
        const QJsonObject message = client.messages.at(i);
        QCOMPARE(message.value(u"seq"_s).toInteger(), i + 1);
        QCOMPARE(message.value(u"feed"_s).toString(), u"ticker"_s);
    }
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPresence(u"t1"_s, true), 10'000);
    QVERIFY2(server.malformed.isEmpty(), server.malformed.join('\n').constData());

    server.terminate();
    // Not waitForFinished(): the event loop keeps running while we wait.
    QTRY_COMPARE_WITH_TIMEOUT(server.process.state(), QProcess::NotRunning, ExitTimeoutMs);
    server.drain();
    QCOMPARE(server.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process.exitCode(), 0);
}

void TestFeedPulseServer::controlEndpointStallsFeed()
{
    Server server;
    server.start({u"--feed"_s, u"/ticker:50"_s, u"--control-port"_s, u"-1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!server.lines.isEmpty(), 10'000);
    const QJsonObject ready = server.lines.first();
    QCOMPARE(ready.value(u"event"_s).toString(), u"ready"_s);
    const int port = ready.value(u"port"_s).toInt();
    const int controlPort = ready.value(u"control_port"_s).toInt();
    QVERIFY(port > 0);
    QVERIFY(controlPort > 0);
    QVERIFY(controlPort != port);

    // A FeedPulse Connection in json mode, and a bare client that keeps every message for seq.
    EndpointConfig config;
    config.name = u"t2"_s;
    config.urls = {u"ws://127.0.0.1:%1/ticker?client=t2"_s.arg(port)};
    config.heartbeat.mode = HeartbeatPolicy::Mode::Json;
    config.heartbeat.payload = u"{\"type\":\"ping\"}"_s;
    config.heartbeat.expectField = u"type"_s;
    config.heartbeat.expectEquals = QJsonValue(u"pong"_s);
    config.heartbeat.intervalMs = 100;
    config.heartbeat.timeoutMs = 1000;
    config.heartbeat.anyTrafficResets = false; // every cycle needs its pong
    config.staleAfterMs = 300;
    Connection connection(config);
    EventRecorder events;
    connect(&connection, &Connection::event, &events, &EventRecorder::record);
    connection.start();
    Client client;
    client.socket.open(QUrl(u"ws://127.0.0.1:%1/ticker?client=t3"_s.arg(port)));

    // Ten heartbeat cycles, each answered by the binary's JSON pong, on one connection.
    QTRY_VERIFY_WITH_TIMEOUT(events.count(u"pong"_s) >= 10, 10'000);
    QCOMPARE(connection.state(), State::Open);
    QCOMPARE(connection.stats().connects, 1u);
    QVERIFY(events.last(u"pong"_s).fields.value(u"rtt_ms"_s).toDouble() >= 0.0);
    QVERIFY(connection.stats().rttLastMs >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(client.messages.size() >= 3, 10'000);

    const auto post = [controlPort](const QString &path) {
        return TestHttp::post(QUrl(u"http://127.0.0.1:%1%2"_s.arg(controlPort).arg(path)), {},
                              "application/json");
    };
    const int mark = events.size();
    QCOMPARE(post(u"/fault/stall?on=1"_s).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!server.events(u"fault"_s).isEmpty(), 10'000);
    const QJsonObject fault = server.events(u"fault"_s).first();
    QCOMPARE(fault.value(u"name"_s).toString(), u"stall"_s);
    QCOMPARE(fault.value(u"value"_s).toBool(), true);

    // The stalled feed goes stale on the Connection's own deadline; pings are still answered, so
    // the link stays up.
    QTRY_VERIFY_WITH_TIMEOUT(events.typesSince(mark).contains(u"stale"_s), 10'000);
    QCOMPARE(connection.state(), State::Stale);
    QVERIFY(!events.typesSince(mark).contains(u"closed"_s));
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    const qsizetype stalledAt = client.messages.size();

    QCOMPARE(post(u"/fault/stall?on=0"_s).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(events.typesSince(mark).contains(u"fresh"_s), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(client.messages.size() > stalledAt + 2, 10'000);
    // seq runs on across the stall: 1, 2, 3, … with no gap and no restart.
    for (qsizetype i = 0; i < client.messages.size(); ++i)
        QCOMPARE(client.messages.at(i).value(u"seq"_s).toInteger(), i + 1);
    QCOMPARE(connection.stats().connects, 1u);
    connection.stop();

    QCOMPARE(post(u"/fault/stall?on=maybe"_s).status, 400);

    server.terminate();
    // Not waitForFinished(): the event loop keeps running while we wait.
    QTRY_COMPARE_WITH_TIMEOUT(server.process.state(), QProcess::NotRunning, ExitTimeoutMs);
    server.drain();
    QCOMPARE(server.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestFeedPulseServer)
#include "tst_feedpulseserver.moc"
