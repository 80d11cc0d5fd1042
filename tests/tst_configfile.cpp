#include "configfile.h"
#include "configissues.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ConfigIssuesTesting::describe;
using ConfigIssuesTesting::hasIssue;

namespace {

EndpointConfig endpoint(const QString &name, const QString &url)
{
    EndpointConfig config;
    config.name = name;
    config.urls = {url};
    return config;
}

ConfigFile sampleConfig()
{
    ConfigFile config;
    EndpointConfig ticker = endpoint(u"ticker"_s, u"wss://primary.example/feed"_s);
    ticker.urls.append(u"wss://backup.example/feed?token=${TICKER_TOKEN}"_s);
    ticker.headers = {{u"Authorization"_s, u"Bearer ${TICKER_TOKEN}"_s}};
    ticker.heartbeat.mode = HeartbeatPolicy::Mode::Json;
    ticker.heartbeat.payload = u"{\"type\":\"ping\"}"_s;
    ticker.heartbeat.expectField = u"type"_s;
    ticker.heartbeat.expectEquals = QJsonValue(u"pong"_s);
    ticker.backoff.jitter = BackoffPolicy::Jitter::Equal;
    ticker.noRetryCloseCodes = {1008};
    ticker.onOpen = {u"{\"op\":\"subscribe\",\"channel\":\"trades\"}"_s};
    EndpointConfig chat = endpoint(u"聊天"_s, u"ws://127.0.0.1:9000/chat"_s);
    chat.heartbeat.mode = HeartbeatPolicy::Mode::Text;
    chat.heartbeat.expectText = u"PONG"_s;
    chat.staleAfterMs = 0;
    config.endpoints = {ticker, chat};
    return config;
}

void compareConfigs(const ConfigFile &actual, const ConfigFile &expected)
{
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.endpoints.size(), expected.endpoints.size());
    for (qsizetype i = 0; i < actual.endpoints.size(); ++i) {
        QCOMPARE(actual.endpoints.at(i).toJson(), expected.endpoints.at(i).toJson());
        QVERIFY(actual.endpoints.at(i) == expected.endpoints.at(i));
    }
}

} // namespace

class tst_ConfigFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void designExample();
    void syntaxError_data();
    void syntaxError();
    void notAnObject();
    void version_data();
    void version();
    void endpoints_data();
    void endpoints();
    void unknownTopLevelKey();
    void connectBudget();
    void connectBudgetProblems_data();
    void connectBudgetProblems();
    void duplicateNames();
    void validatesEachEndpoint();
    void typeErrorReportedOnce();
    void loadMissingFile();
    void saveLoadRoundTrip();
    void saveFailure();
    void toJsonRoundTrip();
};

void tst_ConfigFile::designExample()
{
    // The example from the README, verbatim.
    const QByteArray json = R"({
  "version": 1,
  "endpoints": [{
    "name": "ticker",
    "urls": ["wss://primary.example/feed", "wss://backup.example/feed"],
    "headers": {"Authorization": "Bearer ${TICKER_TOKEN}"},
    "subprotocols": [],
    "connect_timeout_ms": 10000,
    "heartbeat": {"mode": "json", "interval_ms": 30000, "timeout_ms": 10000, "max_missed": 1,
                  "payload": "{\"type\":\"ping\"}", "expect": {"field": "type", "equals": "pong"}},
    "reconnect": {"initial_ms": 1000, "max_ms": 30000, "factor": 2.0, "jitter": "full",
                  "max_attempts": 0, "stable_ms": 10000, "no_retry_close_codes": [1008]},
    "on_open": ["{\"op\":\"subscribe\",\"channel\":\"trades\"}"],
    "stale_after_ms": 60000,
    "send_queue_limit": 1000
  }]
})";
    ConfigIssues issues;
    const ConfigFile config = ConfigFile::parse(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(config.version, 1);
    QCOMPARE(config.endpoints.size(), 1);
    const EndpointConfig &ticker = config.endpoints.first();
    QCOMPARE(ticker.name, u"ticker"_s);
    QCOMPARE(ticker.urls.size(), 2);
    QCOMPARE(ticker.headers.size(), 1);
    QCOMPARE(ticker.headers.first().second, u"Bearer ${TICKER_TOKEN}"_s);
    QCOMPARE(ticker.heartbeat.mode, HeartbeatPolicy::Mode::Json);
    QCOMPARE(ticker.heartbeat.expectField, u"type"_s);
    QCOMPARE(ticker.heartbeat.expectEquals, QJsonValue(u"pong"_s));
    QCOMPARE(ticker.noRetryCloseCodes, QList<int>{1008});
    QCOMPARE(ticker.onOpen.size(), 1);
}

void tst_ConfigFile::syntaxError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing colon") << QByteArray("{\n  \"version\": 1,\n  \"endpoints\" []\n}") << 3 << 15;
    QTest::newRow("garbage") << QByteArray("hello") << 1 << 1;
    QTest::newRow("empty") << QByteArray() << 1 << 1;
    QTest::newRow("truncated") << QByteArray("{\n  \"version\": 1,\n") << 3 << 1;
    QTest::newRow("after non-ASCII") << QByteArray("{\"name\": \"行情\" x}") << 1 << 15;
}

void tst_ConfigFile::syntaxError()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);

    ConfigIssues issues;
    ConfigFile::parse(json, &issues);
    QCOMPARE(issues.size(), 1);
    const ConfigIssue issue = issues.first();
    QCOMPARE(issue.path, QString());
    const QRegularExpression where(u"line (\\d+), column (\\d+)"_s);
    const QRegularExpressionMatch match = where.match(issue.message);
    QVERIFY2(match.hasMatch(), qPrintable(issue.message));
    QCOMPARE(match.captured(1).toInt(), line);
    // Qt reports the offset at or just past the offending character.
    QVERIFY2(qAbs(match.captured(2).toInt() - column) <= 1, qPrintable(issue.message));
    QCOMPARE(issue.toString(), issue.message);
}

void tst_ConfigFile::notAnObject()
{
    ConfigIssues issues;
    ConfigFile::parse("[1, 2]", &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QString());
}

void tst_ConfigFile::version_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing") << QByteArray() << u"missing"_s;
    QTest::newRow("two") << QByteArray("2") << u"unsupported version 2, expected 1"_s;
    QTest::newRow("zero") << QByteArray("0") << u"unsupported version 0, expected 1"_s;
    QTest::newRow("string") << QByteArray("\"1\"") << u"expected an integer"_s;
    QTest::newRow("fraction") << QByteArray("1.5") << u"expected an integer"_s;
}

void tst_ConfigFile::version()
{
    QFETCH(QByteArray, version);
    QFETCH(QString, message);

    QByteArray json = R"({"endpoints": [{"name": "a", "urls": ["ws://h/"]}]})";
    if (!version.isEmpty())
        json.insert(1, "\"version\": " + version + ", ");
    ConfigIssues issues;
    const ConfigFile config = ConfigFile::parse(json, &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, u"version"_s);
    QVERIFY2(issues.first().message.contains(message), qPrintable(describe(issues)));
    // The endpoints are still read and checked.
    QCOMPARE(config.endpoints.size(), 1);
}

void tst_ConfigFile::endpoints_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing") << QByteArray(R"({"version": 1})") << u"endpoints"_s << u"missing"_s;
    QTest::newRow("empty") << QByteArray(R"({"version": 1, "endpoints": []})") << u"endpoints"_s
                           << u"at least one endpoint"_s;
    QTest::newRow("object") << QByteArray(R"({"version": 1, "endpoints": {}})") << u"endpoints"_s
                            << u"expected an array"_s;
    QTest::newRow("not objects")
        << QByteArray(R"({"version": 1, "endpoints": [{"name": "a", "urls": ["ws://h/"]}, 5]})")
        << u"endpoints[1]"_s << u"expected an object"_s;
    QTest::newRow("missing name") << QByteArray(R"({"version": 1, "endpoints": [{"urls": ["ws://h/"]}]})")
                                  << u"endpoints[0].name"_s << u"missing"_s;
    QTest::newRow("missing urls") << QByteArray(R"({"version": 1, "endpoints": [{"name": "a"}]})")
                                  << u"endpoints[0].urls"_s << u"missing"_s;
}

void tst_ConfigFile::endpoints()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    ConfigIssues issues;
    ConfigFile::parse(json, &issues);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(hasIssue(issues, path, message), qPrintable(describe(issues)));
}

void tst_ConfigFile::connectBudget()
{
    const QByteArray base = R"({"version": 1, "endpoints": [{"name": "a", "urls": ["ws://h/"]}])";
    ConfigIssues issues;
    ConfigFile config = ConfigFile::parse(base + "}", &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(config.attemptsPerSecond, AttemptBudget::DefaultRate);
    QCOMPARE(config.attemptBurst, AttemptBudget::DefaultBurst);

    config = ConfigFile::parse(base + R"(, "connect_budget": {"attempts_per_second": 12.5, "burst": 7}})",
                               &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(config.attemptsPerSecond, 12.5);
    QCOMPARE(config.attemptBurst, 7);
    // Written back, and read again the same.
    const ConfigFile again = ConfigFile::parse(config.toJson(), &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(again.attemptsPerSecond, 12.5);
    QCOMPARE(again.attemptBurst, 7);

    config = ConfigFile::parse(base + R"(, "connect_budget": {"attempts_per_second": 0}})", &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(config.attemptsPerSecond, 0.0); // off
}

void tst_ConfigFile::connectBudgetProblems_data()
{
    QTest::addColumn<QByteArray>("budget");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("not an object") << QByteArray("5") << u"connect_budget"_s << u"expected an object"_s;
    QTest::newRow("negative rate") << QByteArray(R"({"attempts_per_second": -1})")
                                   << u"connect_budget.attempts_per_second"_s << u"must be between 0 (off)"_s;
    QTest::newRow("rate as text") << QByteArray(R"({"attempts_per_second": "50"})")
                                  << u"connect_budget.attempts_per_second"_s << u"expected a number"_s;
    QTest::newRow("zero burst") << QByteArray(R"({"burst": 0})") << u"connect_budget.burst"_s
                                << u"expected an integer between 1 and"_s;
    QTest::newRow("fraction burst") << QByteArray(R"({"burst": 1.5})") << u"connect_budget.burst"_s
                                    << u"expected an integer"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"rate": 5})") << u"connect_budget.rate"_s
                                 << u"unknown key"_s;
}

void tst_ConfigFile::connectBudgetProblems()
{
    QFETCH(QByteArray, budget);
    QFETCH(QString, path);
    QFETCH(QString, message);
    ConfigIssues issues;
    ConfigFile::parse(
        R"({"version": 1, "endpoints": [{"name": "a", "urls": ["ws://h/"]}], "connect_budget": )" + budget +
            "}",
        &issues);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(hasIssue(issues, path, message), qPrintable(describe(issues)));
}

void tst_ConfigFile::unknownTopLevelKey()
{
    ConfigIssues issues;
    ConfigFile::parse(R"({"version": 1, "endpionts": [], "endpoints": [{"name": "a", "urls": ["ws://h/"]}]})",
                      &issues);
    QCOMPARE(issues, (ConfigIssues{{u"endpionts"_s, u"unknown key"_s}}));
}

void tst_ConfigFile::duplicateNames()
{
    ConfigIssues issues;
    const ConfigFile config = ConfigFile::parse(R"({"version": 1, "endpoints": [
        {"name": "a", "urls": ["ws://h/1"]},
        {"name": "b", "urls": ["ws://h/2"]},
        {"name": "a", "urls": ["ws://h/3"]},
        {"name": "b", "urls": ["ws://h/4"]}
    ]})",
                                                &issues);
    QCOMPARE(config.endpoints.size(), 4);
    QCOMPARE(issues.size(), 2);
    QVERIFY2(hasIssue(issues, u"endpoints[2].name"_s, u"duplicates endpoints[0]"_s),
             qPrintable(describe(issues)));
    QVERIFY2(hasIssue(issues, u"endpoints[3].name"_s, u"duplicates endpoints[1]"_s),
             qPrintable(describe(issues)));
}

void tst_ConfigFile::validatesEachEndpoint()
{
    ConfigIssues issues;
    ConfigFile::parse(R"({"version": 1, "endpoints": [
        {"name": "a", "urls": ["ws://h/"]},
        {"name": "b", "urls": ["http://h/"], "connect_timeout_ms": 5, "heartbeat": {"mode": "ping", "interval_ms": 1}}
    ]})",
                      &issues);
    QVERIFY2(hasIssue(issues, u"endpoints[1].urls[0]"_s, u"got http"_s), qPrintable(describe(issues)));
    QVERIFY2(hasIssue(issues, u"endpoints[1].connect_timeout_ms"_s, u"at least 100"_s),
             qPrintable(describe(issues)));
    QVERIFY2(hasIssue(issues, u"endpoints[1].heartbeat.interval_ms"_s), qPrintable(describe(issues)));
    QCOMPARE(issues.size(), 3);
}

void tst_ConfigFile::typeErrorReportedOnce()
{
    // A field that could not be read is not reported again by validation with a vaguer message.
    ConfigIssues issues;
    ConfigFile::parse(R"({"version": 1, "endpoints": [{"name": 5, "urls": "ws://h/"}]})", &issues);
    QCOMPARE(issues.size(), 2);
    QVERIFY2(hasIssue(issues, u"endpoints[0].name"_s, u"expected a string"_s), qPrintable(describe(issues)));
    QVERIFY2(hasIssue(issues, u"endpoints[0].urls"_s, u"expected an array of strings"_s),
             qPrintable(describe(issues)));
}

void tst_ConfigFile::loadMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"nope.json"_s);
    ConfigIssues issues;
    const ConfigFile config = ConfigFile::load(fileName, &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QString());
    QVERIFY2(issues.first().message.contains(fileName), qPrintable(issues.first().message));
    QVERIFY(config.endpoints.isEmpty());
}

void tst_ConfigFile::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"feedpulse.json"_s);
    const ConfigFile original = sampleConfig();

    QString error;
    QVERIFY2(original.save(fileName, &error), qPrintable(error));
    // Saving again replaces the file atomically.
    QVERIFY2(original.save(fileName, &error), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"feedpulse.json"_s});

    ConfigIssues issues;
    const ConfigFile loaded = ConfigFile::load(fileName, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    compareConfigs(loaded, original);
}

void tst_ConfigFile::saveFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"missing-dir/feedpulse.json"_s);
    QString error;
    QVERIFY(!sampleConfig().save(fileName, &error));
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QVERIFY(!QFile::exists(fileName));
}

void tst_ConfigFile::toJsonRoundTrip()
{
    const ConfigFile original = sampleConfig();
    const QByteArray json = original.toJson();

    ConfigIssues issues;
    const ConfigFile parsed = ConfigFile::parse(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    compareConfigs(parsed, original);
    QCOMPARE(parsed.toJson(), json);

    // The same document QJsonDocument would write, but in the documented key order for people.
    QJsonArray endpoints;
    for (const EndpointConfig &endpoint : original.endpoints)
        endpoints.append(endpoint.toJson());
    const QJsonObject budget{{u"attempts_per_second"_s, AttemptBudget::DefaultRate},
                             {u"burst"_s, AttemptBudget::DefaultBurst}};
    const QJsonObject root{{u"version"_s, 1}, {u"endpoints"_s, endpoints}, {u"connect_budget"_s, budget}};
    QCOMPARE(QJsonDocument::fromJson(json), QJsonDocument(root));
    QVERIFY(json.startsWith(
        "{\n    \"version\": 1,\n    \"endpoints\": [\n        {\n            \"name\": \"ticker\",\n"));
    QVERIFY(json.indexOf("\"mode\"") < json.indexOf("\"interval_ms\""));
    QVERIFY(json.indexOf("\"initial_ms\"") < json.indexOf("\"max_ms\""));
    QVERIFY(json.contains("\"no_retry_close_codes\": [1008]"));
    QVERIFY(json.endsWith("}\n"));
}

QTEST_GUILESS_MAIN(tst_ConfigFile)
#include "tst_configfile.moc"
