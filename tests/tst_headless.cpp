// The real `feedpulse --headless` binary against an in-process TestServer: JSON lines on stdout,
// commands on stdin, exit codes.

#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

QString feedpulseBinary()
{
    return qEnvironmentVariable("FEEDPULSE_BUILD_DIR") + u"/app/feedpulse"_s;
}

// Runs the binary and collects every stdout line as a parsed object (and counts lines that aren't).
class Headless final : public QObject
{
    Q_OBJECT

public:
    explicit Headless(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&process, &QProcess::readyReadStandardOutput, this, &Headless::onOutput);
    }

    void start(const QStringList &arguments) { process.start(feedpulseBinary(), arguments); }

    QList<QJsonObject> events(const QString &type) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &line : lines) {
            if (line.value(u"event"_s).toString() == type) {
                result << line;
            }
        }
        return result;
    }

    int count(const QString &type) const { return int(events(type).size()); }

    void command(const QJsonObject &object)
    {
        process.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    }

    QProcess process;
    QList<QJsonObject> lines;
    QList<QByteArray> malformed;

private:
    void onOutput()
    {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject()) {
                lines << document.object();
            } else {
                malformed << line;
            }
        }
    }
};

QString writeConfig(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(u"config.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(json);
    return path;
}

QByteArray endpointConfig(const QUrl &url, const QString &name = u"feed"_s)
{
    QJsonObject endpoint{
        {u"name"_s, name},
        {u"urls"_s, QJsonArray{url.toString()}},
        {u"heartbeat"_s,
         QJsonObject{{u"mode"_s, u"text"_s}, {u"interval_ms"_s, 100}, {u"timeout_ms"_s, 1000}}},
        {u"reconnect"_s, QJsonObject{{u"initial_ms"_s, 50}, {u"max_ms"_s, 200}, {u"jitter"_s, u"none"_s}}},
    };
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"endpoints"_s, QJsonArray{endpoint}}}).toJson();
}

} // namespace

class tst_Headless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenConfigExitsWithStatus2_data();
    void brokenConfigExitsWithStatus2();
    void printsEventsAndStats();
    void sendWhileServerDownArrivesAfterReconnect();
    void endOfInputQuits();
    void durationEndsTheRunCleanly();
    void tooManyEndpointsForTheFileLimitIsRefused();
};

void tst_Headless::initTestCase()
{
    QVERIFY2(QFile::exists(feedpulseBinary()), qPrintable(feedpulseBinary()));
}

void tst_Headless::brokenConfigExitsWithStatus2_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("syntax") << QByteArray("{\"version\":1,\n \"endpoints\": [}") << QStringList{u"line 2"_s};
    QTest::newRow("bad url and unknown key")
        << QByteArray(R"({"version":1,"endpoints":[{"name":"x","urls":["http://a"],"colour":1}]})")
        << QStringList{u"endpoints[0].urls[0]"_s, u"endpoints[0].colour"_s};
    QTest::newRow("wrong type")
        << QByteArray(
               R"({"version":1,"endpoints":[{"name":"x","urls":["ws://a"],"heartbeat":{"timeout_ms":"10"}}]})")
        << QStringList{u"endpoints[0].heartbeat.timeout_ms"_s};
}

void tst_Headless::brokenConfigExitsWithStatus2()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString path = writeConfig(dir, json);
    QProcess process;
    process.start(feedpulseBinary(), {u"--headless"_s, u"--config"_s, path});
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(path), qPrintable(errors));
    for (const QString &text : expected) {
        QVERIFY2(errors.contains(text), qPrintable(errors));
    }
    QVERIFY(process.readAllStandardOutput().isEmpty());

    QProcess missing;
    missing.start(feedpulseBinary(), {u"--headless"_s, u"--config"_s, dir.filePath(u"nope.json"_s)});
    QVERIFY(missing.waitForFinished(10'000));
    QCOMPARE(missing.exitCode(), 2);
    QVERIFY(QString::fromUtf8(missing.readAllStandardError()).contains(u"nope.json"_s));
}

void tst_Headless::printsEventsAndStats()
{
    TestServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString path = writeConfig(dir, endpointConfig(server.url(u"feed"_s)));
    Headless headless;
    headless.start(
        {u"--headless"_s, u"--config"_s, path, u"--stats-interval"_s, u"200"_s, u"--log-messages"_s});
    QTRY_COMPARE_WITH_TIMEOUT(headless.count(u"open"_s), 1, 10'000);
    QTRY_VERIFY(headless.count(u"pong"_s) >= 2);
    server.pushToAll(u"{\"price\":101.5}"_s);
    server.pushToAll(u"hello"_s);
    QTRY_COMPARE(headless.count(u"message"_s), 2);
    QTRY_VERIFY(headless.count(u"stats"_s) >= 2);
    QTRY_VERIFY(headless.events(u"stats"_s).constLast().value(u"messages_in"_s).toInt() == 2);

    const QRegularExpression timestamp(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    for (const QJsonObject &line : std::as_const(headless.lines)) {
        QVERIFY2(timestamp.match(line.value(u"ts"_s).toString()).hasMatch(),
                 qPrintable(line.value(u"ts"_s).toString()));
        QCOMPARE(line.value(u"endpoint"_s).toString(), u"feed"_s);
    }
    QVERIFY(headless.malformed.isEmpty());
    const QJsonObject connecting = headless.events(u"connecting"_s).constFirst();
    QCOMPARE(connecting.value(u"url"_s).toString(), server.url(u"feed"_s).toString());
    QCOMPARE(connecting.value(u"attempt"_s).toInt(), 1);
    QCOMPARE(headless.events(u"open"_s).constFirst().value(u"url"_s).toString(),
             server.url(u"feed"_s).toString());
    QVERIFY(headless.events(u"pong"_s).constFirst().value(u"rtt_ms"_s).isDouble());

    const QList<QJsonObject> messages = headless.events(u"message"_s);
    QCOMPARE(messages.at(0).value(u"text"_s).toString(), u"{\"price\":101.5}"_s);
    QCOMPARE(messages.at(0).value(u"size"_s).toInt(), 15);
    QCOMPARE(messages.at(1).value(u"text"_s).toString(), u"hello"_s);
    QCOMPARE(messages.at(1).value(u"size"_s).toInt(), 5);

    const QJsonObject stats = headless.events(u"stats"_s).constLast();
    QCOMPARE(stats.value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(stats.value(u"bytes_in"_s).toInt(), 20);
    QCOMPARE(stats.value(u"messages_out"_s).toInt(), 0); // heartbeats are not messages
    QVERIFY(stats.value(u"rtt_ms"_s).isDouble());

    // SIGTERM: every socket closed cleanly, exit status 0.
    ::kill(pid_t(headless.process.processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(headless.process.state(), QProcess::NotRunning, 10'000);
    QCOMPARE(headless.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(headless.process.exitCode(), 0);
    QTRY_COMPARE(headless.count(u"closed"_s), 1);
    const QJsonObject closed = headless.events(u"closed"_s).constFirst();
    QCOMPARE(closed.value(u"by"_s).toString(), u"client"_s);
    QCOMPARE(closed.value(u"code"_s).toInt(), 1000);
    QTRY_COMPARE(server.clientCount(), 0);
}

void tst_Headless::sendWhileServerDownArrivesAfterReconnect()
{
    TestServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    QTemporaryDir dir;
    const QString path = writeConfig(dir, endpointConfig(server.url(u"cmd"_s), u"cmd"_s));
    Headless headless;
    headless.start({u"--headless"_s, u"--config"_s, path, u"--commands"_s});
    QTRY_COMPARE_WITH_TIMEOUT(headless.count(u"open"_s), 1, 10'000);

    server.close();
    QTRY_VERIFY(headless.count(u"reconnect_scheduled"_s) >= 1);
    const QJsonObject scheduled = headless.events(u"reconnect_scheduled"_s).constFirst();
    QCOMPARE(scheduled.value(u"attempt"_s).toInt(), 2);
    QCOMPARE(scheduled.value(u"delay_ms"_s).toInt(), 50);
    // close() aborts every client: a dropped link, not a close handshake.
    QCOMPARE(headless.events(u"closed"_s).constFirst().value(u"by"_s).toString(), u"error"_s);
    QCOMPARE(headless.events(u"closed"_s).constFirst().value(u"code"_s).toInt(), 1006);

    headless.command({{u"cmd"_s, u"stop"_s}, {u"endpoint"_s, u"cmd"_s}});
    headless.command({{u"cmd"_s, u"send"_s}, {u"endpoint"_s, u"cmd"_s}, {u"text"_s, u"while-down"_s}});
    QTRY_COMPARE(headless.count(u"sent"_s), 1);
    const QJsonObject sent = headless.events(u"sent"_s).constFirst();
    QCOMPARE(sent.value(u"ok"_s).toBool(), true);
    QCOMPARE(sent.value(u"queued"_s).toBool(), true);

    // Bad commands get an error event and change nothing.
    headless.process.write("this is not json\n");
    headless.command({{u"cmd"_s, u"send"_s}, {u"endpoint"_s, u"nope"_s}, {u"text"_s, u"x"_s}});
    headless.command({{u"cmd"_s, u"dance"_s}});
    // Failed connection attempts report errors too (with their phase); pick the command errors.
    const auto commandErrors = [&headless] {
        QList<QJsonObject> errors = headless.events(u"error"_s);
        errors.removeIf([](const QJsonObject &error) { return error.contains(u"phase"_s); });
        return errors;
    };
    QTRY_COMPARE(commandErrors().size(), 3);
    const QList<QJsonObject> errors = commandErrors();
    QVERIFY(errors.at(0).value(u"message"_s).toString().contains(u"not valid JSON"_s));
    QVERIFY(errors.at(1).value(u"message"_s).toString().contains(u"nope"_s));
    QVERIFY(errors.at(2).value(u"message"_s).toString().contains(u"dance"_s));

    QVERIFY(server.listen(port));
    headless.command({{u"cmd"_s, u"start"_s}, {u"endpoint"_s, u"cmd"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(headless.count(u"open"_s), 2, 10'000);
    QTRY_COMPARE(server.received(u"cmd"_s), QStringList{u"while-down"_s});

    headless.command({{u"cmd"_s, u"quit"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(headless.process.state(), QProcess::NotRunning, 10'000);
    QCOMPARE(headless.process.exitCode(), 0);
    QVERIFY(headless.malformed.isEmpty());
}

void tst_Headless::endOfInputQuits()
{
    TestServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString path = writeConfig(dir, endpointConfig(server.url(u"eof"_s), u"eof"_s));
    Headless headless;
    headless.start({u"--headless"_s, u"--config"_s, path, u"--commands"_s});
    QTRY_COMPARE_WITH_TIMEOUT(headless.count(u"open"_s), 1, 10'000);
    headless.process.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(headless.process.state(), QProcess::NotRunning, 10'000);
    QCOMPARE(headless.process.exitCode(), 0);
    QTRY_COMPARE(headless.count(u"closed"_s), 1);
}

void tst_Headless::durationEndsTheRunCleanly()
{
    TestServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString path = writeConfig(dir, endpointConfig(server.url(u"timed"_s), u"timed"_s));
    Headless headless;
    headless.start({u"--headless"_s, u"--config"_s, path, u"--duration"_s, u"1"_s});
    // Keep the event loop (and so the in-process server) running while the child works.
    QTRY_COMPARE_WITH_TIMEOUT(headless.process.state(), QProcess::NotRunning, 15'000);
    QCOMPARE(headless.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(headless.process.exitCode(), 0);
    QCOMPARE(headless.count(u"open"_s), 1);
    QTRY_COMPARE(headless.count(u"closed"_s), 1);
    QCOMPARE(headless.events(u"closed"_s).constFirst().value(u"code"_s).toInt(), 1000);
    QCOMPARE(headless.events(u"closed"_s).constFirst().value(u"by"_s).toString(), u"client"_s);
    QCOMPARE(server.connectionCount(u"timed"_s), 1);

    QProcess bad;
    bad.start(feedpulseBinary(), {u"--headless"_s, u"--config"_s, path, u"--duration"_s, u"soon"_s});
    QVERIFY(bad.waitForFinished(10'000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(u"--duration"_s));
}

void tst_Headless::tooManyEndpointsForTheFileLimitIsRefused()
{
    // 100 endpoints need 164 descriptors; the child may open only 100 (soft and hard).
    QJsonArray endpoints;
    for (int i = 0; i < 100; ++i)
        endpoints.append(
            QJsonObject{{u"name"_s, u"e%1"_s.arg(i)}, {u"urls"_s, QJsonArray{u"ws://127.0.0.1:9/"_s}}});
    QTemporaryDir dir;
    const QString path =
        writeConfig(dir, QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"endpoints"_s, endpoints}}).toJson());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // the message is checked in English
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] {
        rlimit limit{100, 100};
        ::setrlimit(RLIMIT_NOFILE, &limit);
    });
    process.start(feedpulseBinary(), {u"--headless"_s, u"--config"_s, path});
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 2);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(u"100 endpoints need about 164 open files"_s) && errors.contains(u"only 100"_s),
             qPrintable(errors));
    // Refused before connecting: not one event.
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
