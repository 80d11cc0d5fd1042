#include "configissues.h"
#include "feedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using ConfigIssuesTesting::describe;
using ConfigIssuesTesting::hasIssue;
using ConfigIssuesTesting::parseObject;

namespace {

// A config that differs from the defaults in every field.
FeedServerConfig everythingChanged()
{
    FeedServerConfig config;
    config.bind = QHostAddress(u"0.0.0.0"_s);
    config.allowRemote = true;
    config.port = 65535;
    config.feeds = {{u"/a"_s, 0.5, 0}, {u"/b/c"_s, 100'000, 4096}, {u"/d"_s, 0, 1}};
    config.textPing = u"PING ✓"_s;
    config.textPong = u"PONG \"quoted\""_s;
    config.jsonPingType = u"hb"_s;
    config.jsonPong = u"{\"type\":\"hb\",\"ok\":true}"_s;
    config.heartbeatIntervalMs = 1500;
    config.heartbeatTimeoutMs = 700;
    config.evictCode = 4000;
    config.presenceTimeoutMs = 1234;
    config.maxBufferedBytes = qint64(1) << 40;
    config.highWaterBytes = 1;
    config.ignorePings = true;
    config.stall = true;
    config.closeEveryMs = 250;
    config.closeCode = 4999;
    config.refuseMs = 3000;
    config.controlPort = -1;
    return config;
}

} // namespace

class TestFeedServerConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValid();
    void defaultsAreSafe();
    void invalid_data();
    void invalid();
    void valid_data();
    void valid();
    void everyProblemIsReported();
    void issueText();
    void readIssues_data();
    void readIssues();
    void missingKeysKeepDefaults();
    void wrongTypeKeepsDefault();
    void badFeedKeepsIndices();
    void readsEveryKey();
    void roundTrip_data();
    void roundTrip();
    void toJsonKeys();
};

void TestFeedServerConfig::defaultsAreValid()
{
    const FeedServerConfig config;
    QVERIFY2(config.validate().isEmpty(), qPrintable(describe(config.validate())));
    ConfigIssues issues;
    const FeedServerConfig read = FeedServerConfig::fromJson(QJsonObject{}, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(read.toJson(), config.toJson());
}

void TestFeedServerConfig::defaultsAreSafe()
{
    const FeedServerConfig config;
    QVERIFY(config.bind.isLoopback());
    QVERIFY(!config.allowRemote);
    QCOMPARE(config.feeds.size(), 1);
    QCOMPARE(config.feeds.first().path, u"/ticker"_s);
    QVERIFY(config.heartbeatIntervalMs > 0);
    QVERIFY(config.maxBufferedBytes > 0);
    QCOMPARE(config.controlPort, 0);
}

// Each row lays its JSON over the defaults and must give an issue at path whose message has the text.
void TestFeedServerConfig::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("bind any v4") << R"({"bind":"0.0.0.0"})"_ba << u"bind"_s
                                 << u"0.0.0.0 is not a loopback address; set allow_remote to bind it"_s;
    QTest::newRow("bind any v6") << R"({"bind":"::"})"_ba << u"bind"_s << u"not a loopback address"_s;
    QTest::newRow("bind lan") << R"({"bind":"192.168.1.5"})"_ba << u"bind"_s << u"allow_remote"_s;
    QTest::newRow("allow_remote false")
        << R"({"bind":"10.0.0.1","allow_remote":false})"_ba << u"bind"_s << u"not a loopback"_s;

    QTest::newRow("no feeds") << R"({"feeds":[]})"_ba << u"feeds"_s << u"at least one feed"_s;
    QTest::newRow("path without slash")
        << R"({"feeds":[{"path":"ticker"}]})"_ba << u"feeds[0].path"_s << u"must start with /"_s;
    QTest::newRow("empty path") << R"({"feeds":[{"path":""}]})"_ba << u"feeds[0].path"_s
                                << u"must start with /"_s;
    QTest::newRow("path with query") << R"({"feeds":[{"path":"/a?x=1"}]})"_ba << u"feeds[0].path"_s << u"?"_s;
    QTest::newRow("path with space") << R"({"feeds":[{"path":"/a b"}]})"_ba << u"feeds[0].path"_s
                                     << u"spaces"_s;
    QTest::newRow("duplicate path") << R"({"feeds":[{"path":"/a"},{"path":"/b"},{"path":"/a"}]})"_ba
                                    << u"feeds[2].path"_s << u"/a is already served by feeds[0]"_s;
    QTest::newRow("duplicate default path")
        << R"({"feeds":[{"rate":1},{"rate":2}]})"_ba << u"feeds[1].path"_s << u"already served by feeds[0]"_s;
    QTest::newRow("rate negative") << R"({"feeds":[{"path":"/a"},{"path":"/b","rate":-1}]})"_ba
                                   << u"feeds[1].rate"_s << u"must be between 0 and 100000"_s;
    QTest::newRow("rate too high") << R"({"feeds":[{"path":"/a"},{"path":"/b","rate":100000.5}]})"_ba
                                   << u"feeds[1].rate"_s << u"must be between 0 and 100000"_s;
    QTest::newRow("size negative") << R"({"feeds":[{"size":-1}]})"_ba << u"feeds[0].size"_s
                                   << u"must be between 0 and"_s;
    QTest::newRow("size huge") << R"({"feeds":[{"size":1000000000}]})"_ba << u"feeds[0].size"_s
                               << u"must be between 0 and"_s;

    QTest::newRow("json_pong not json")
        << R"({"json_pong":"{\"type\":"})"_ba << u"json_pong"_s << u"must be valid JSON"_s;
    QTest::newRow("json_pong empty") << R"({"json_pong":""})"_ba << u"json_pong"_s << u"must be valid JSON"_s;

    QTest::newRow("interval negative")
        << R"({"heartbeat":{"interval_ms":-1}})"_ba << u"heartbeat.interval_ms"_s << u"must be at least 0"_s;
    QTest::newRow("timeout 0 with interval")
        << R"({"heartbeat":{"interval_ms":1000,"timeout_ms":0}})"_ba << u"heartbeat.timeout_ms"_s
        << u"must be greater than 0 while heartbeats are on"_s;
    QTest::newRow("timeout negative with interval")
        << R"({"heartbeat":{"interval_ms":1000,"timeout_ms":-5}})"_ba << u"heartbeat.timeout_ms"_s
        << u"greater than 0"_s;
    QTest::newRow("timeout negative without interval")
        << R"({"heartbeat":{"interval_ms":0,"timeout_ms":-5}})"_ba << u"heartbeat.timeout_ms"_s
        << u"must be at least 0"_s;
    QTest::newRow("evict_code 999") << R"({"heartbeat":{"evict_code":999}})"_ba << u"heartbeat.evict_code"_s
                                    << u"between 1000 and 4999"_s;
    QTest::newRow("evict_code 5000") << R"({"heartbeat":{"evict_code":5000}})"_ba << u"heartbeat.evict_code"_s
                                     << u"between 1000 and 4999"_s;
    QTest::newRow("evict_code 1005") << R"({"heartbeat":{"evict_code":1005}})"_ba << u"heartbeat.evict_code"_s
                                     << u"1005 is reserved"_s;
    QTest::newRow("evict_code 1006") << R"({"heartbeat":{"evict_code":1006}})"_ba << u"heartbeat.evict_code"_s
                                     << u"1006 is reserved"_s;
    QTest::newRow("evict_code 1015") << R"({"heartbeat":{"evict_code":1015}})"_ba << u"heartbeat.evict_code"_s
                                     << u"1015 is reserved"_s;

    QTest::newRow("presence 0") << R"({"presence_timeout_ms":0})"_ba << u"presence_timeout_ms"_s
                                << u"must be at least 1"_s;
    QTest::newRow("presence negative")
        << R"({"presence_timeout_ms":-1})"_ba << u"presence_timeout_ms"_s << u"must be at least 1"_s;

    QTest::newRow("high water 0") << R"({"high_water_bytes":0})"_ba << u"high_water_bytes"_s
                                  << u"must be greater than 0"_s;
    QTest::newRow("high water negative")
        << R"({"high_water_bytes":-1})"_ba << u"high_water_bytes"_s << u"must be greater than 0"_s;
    QTest::newRow("max below high water") << R"({"max_buffered_bytes":1000,"high_water_bytes":1001})"_ba
                                          << u"max_buffered_bytes"_s << u"at least high_water_bytes (1001)"_s;
    QTest::newRow("max 0") << R"({"max_buffered_bytes":0})"_ba << u"max_buffered_bytes"_s
                           << u"at least high_water_bytes"_s;

    QTest::newRow("close_every negative")
        << R"({"faults":{"close_every_ms":-1}})"_ba << u"faults.close_every_ms"_s << u"must be at least 0"_s;
    QTest::newRow("close_code 1006") << R"({"faults":{"close_code":1006}})"_ba << u"faults.close_code"_s
                                     << u"reserved"_s;
    QTest::newRow("close_code 1015") << R"({"faults":{"close_code":1015}})"_ba << u"faults.close_code"_s
                                     << u"reserved"_s;
    QTest::newRow("close_code 0") << R"({"faults":{"close_code":0}})"_ba << u"faults.close_code"_s
                                  << u"between 1000 and 4999"_s;
    QTest::newRow("refuse negative") << R"({"faults":{"refuse_ms":-1}})"_ba << u"faults.refuse_ms"_s
                                     << u"must be at least 0"_s;

    QTest::newRow("control_port -2") << R"({"control_port":-2})"_ba << u"control_port"_s
                                     << u"between -1 (any free port) and 65535"_s;
    QTest::newRow("control_port 65536")
        << R"({"control_port":65536})"_ba << u"control_port"_s << u"between -1"_s;
}

void TestFeedServerConfig::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    ConfigIssues readIssues;
    const FeedServerConfig config = FeedServerConfig::fromJson(parseObject(json), &readIssues);
    QVERIFY2(readIssues.isEmpty(), qPrintable(describe(readIssues)));
    const ConfigIssues issues = config.validate();
    QVERIFY2(hasIssue(issues, path, message), qPrintable(describe(issues)));
    // Only the problem the row is about.
    for (const ConfigIssue &issue : issues)
        QCOMPARE(issue.path, path);
}

void TestFeedServerConfig::valid_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << "{}"_ba;
    QTest::newRow("remote allowed") << R"({"bind":"0.0.0.0","allow_remote":true})"_ba;
    QTest::newRow("remote v6 allowed") << R"({"bind":"::","allow_remote":true})"_ba;
    QTest::newRow("loopback v6") << R"({"bind":"::1"})"_ba;
    QTest::newRow("loopback other") << R"({"bind":"127.0.0.2"})"_ba;
    QTest::newRow("localhost") << R"({"bind":"localhost"})"_ba;
    QTest::newRow("port limits") << R"({"port":65535})"_ba;
    QTest::newRow("rate limits") << R"({"feeds":[{"path":"/a","rate":0},{"path":"/b","rate":100000}]})"_ba;
    QTest::newRow("nested path") << R"({"feeds":[{"path":"/"},{"path":"/a/b-c_d.e"}]})"_ba;
    QTest::newRow("size") << R"({"feeds":[{"size":65536}]})"_ba;
    QTest::newRow("heartbeat off") << R"({"heartbeat":{"interval_ms":0,"timeout_ms":0}})"_ba;
    QTest::newRow("close codes low")
        << R"({"heartbeat":{"evict_code":1000},"faults":{"close_code":1000}})"_ba;
    QTest::newRow("close codes high")
        << R"({"heartbeat":{"evict_code":4999},"faults":{"close_code":4999}})"_ba;
    QTest::newRow("close code 1001") << R"({"faults":{"close_code":1001,"close_every_ms":5}})"_ba;
    QTest::newRow("presence 1") << R"({"presence_timeout_ms":1})"_ba;
    QTest::newRow("buffer equal") << R"({"max_buffered_bytes":1,"high_water_bytes":1})"_ba;
    QTest::newRow("control any") << R"({"control_port":-1})"_ba;
    QTest::newRow("control max") << R"({"control_port":65535})"_ba;
    QTest::newRow("pong array") << R"({"json_pong":"[1,2]"})"_ba;
    QTest::newRow("empty pings") << R"({"text_ping":"","text_pong":"","json_ping_type":""})"_ba;
}

void TestFeedServerConfig::valid()
{
    QFETCH(QByteArray, json);
    ConfigIssues issues;
    const FeedServerConfig config = FeedServerConfig::fromJson(parseObject(json), &issues);
    issues.append(config.validate());
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestFeedServerConfig::everyProblemIsReported()
{
    FeedServerConfig config;
    config.bind = QHostAddress(u"0.0.0.0"_s);
    config.feeds = {{u"x"_s, 5, 0}, {u"/a"_s, -1, 0}, {u"/a"_s, 1, -1}};
    config.heartbeatTimeoutMs = 0;
    config.evictCode = 1005;
    config.presenceTimeoutMs = 0;
    config.highWaterBytes = 0;
    config.maxBufferedBytes = -1;
    config.closeCode = 1006;
    config.closeEveryMs = -1;
    config.refuseMs = -1;
    config.controlPort = -5;

    const ConfigIssues issues = config.validate();
    const QStringList expected = {
        u"bind"_s,
        u"feeds[0].path"_s,
        u"feeds[1].rate"_s,
        u"feeds[2].path"_s,
        u"feeds[2].size"_s,
        u"heartbeat.timeout_ms"_s,
        u"heartbeat.evict_code"_s,
        u"presence_timeout_ms"_s,
        u"high_water_bytes"_s,
        u"max_buffered_bytes"_s,
        u"faults.close_every_ms"_s,
        u"faults.close_code"_s,
        u"faults.refuse_ms"_s,
        u"control_port"_s,
    };
    QStringList paths;
    for (const ConfigIssue &issue : issues)
        paths.append(issue.path);
    QCOMPARE(paths, expected);
}

void TestFeedServerConfig::issueText()
{
    FeedServerConfig config;
    config.feeds = {{u"/a"_s, 1, 0}, {u"/b"_s, 200'000, 0}};
    const ConfigIssues issues = config.validate();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().toString(), u"feeds[1].rate: must be between 0 and 100000"_s);

    config = {};
    config.bind = QHostAddress(u"0.0.0.0"_s);
    QCOMPARE(config.validate().first().toString(),
             u"bind: 0.0.0.0 is not a loopback address; set allow_remote to bind it"_s);
}

// fromJson: unknown keys and values of the wrong type, each at its path.
void TestFeedServerConfig::readIssues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown root") << R"({"colour":"red"})"_ba << u"colour"_s << u"unknown key"_s;
    QTest::newRow("unknown heartbeat")
        << R"({"heartbeat":{"intervall_ms":5}})"_ba << u"heartbeat.intervall_ms"_s << u"unknown key"_s;
    QTest::newRow("unknown faults") << R"({"faults":{"drop":true}})"_ba << u"faults.drop"_s
                                    << u"unknown key"_s;
    QTest::newRow("unknown feed key") << R"({"feeds":[{"path":"/a"},{"path":"/b","speed":3}]})"_ba
                                      << u"feeds[1].speed"_s << u"unknown key"_s;
    QTest::newRow("flat heartbeat key")
        << R"({"heartbeat_interval_ms":5})"_ba << u"heartbeat_interval_ms"_s << u"unknown key"_s;

    QTest::newRow("bind number") << R"({"bind":5})"_ba << u"bind"_s << u"expected a string"_s;
    QTest::newRow("bind hostname") << R"({"bind":"example.com"})"_ba << u"bind"_s
                                   << u"\"example.com\" is not an IP address"_s;
    QTest::newRow("allow_remote string")
        << R"({"allow_remote":"yes"})"_ba << u"allow_remote"_s << u"expected true or false"_s;
    QTest::newRow("port string") << R"({"port":"8080"})"_ba << u"port"_s << u"expected an integer"_s;
    QTest::newRow("port fraction") << R"({"port":80.5})"_ba << u"port"_s << u"expected an integer"_s;
    QTest::newRow("port too big") << R"({"port":65536})"_ba << u"port"_s << u"between 0 and 65535"_s;
    QTest::newRow("port negative") << R"({"port":-1})"_ba << u"port"_s << u"between 0 and 65535"_s;
    QTest::newRow("feeds object") << R"({"feeds":{"path":"/a"}})"_ba << u"feeds"_s << u"expected an array"_s;
    QTest::newRow("feed string") << R"({"feeds":["/a"]})"_ba << u"feeds[0]"_s << u"expected an object"_s;
    QTest::newRow("feed path number")
        << R"({"feeds":[{"path":1}]})"_ba << u"feeds[0].path"_s << u"expected a string"_s;
    QTest::newRow("feed rate string")
        << R"({"feeds":[{"rate":"fast"}]})"_ba << u"feeds[0].rate"_s << u"expected a number"_s;
    QTest::newRow("feed size fraction")
        << R"({"feeds":[{"size":1.5}]})"_ba << u"feeds[0].size"_s << u"expected an integer"_s;
    QTest::newRow("text_ping number") << R"({"text_ping":1})"_ba << u"text_ping"_s << u"expected a string"_s;
    QTest::newRow("text_pong null") << R"({"text_pong":null})"_ba << u"text_pong"_s << u"expected a string"_s;
    QTest::newRow("json_ping_type bool")
        << R"({"json_ping_type":true})"_ba << u"json_ping_type"_s << u"expected a string"_s;
    QTest::newRow("json_pong object")
        << R"({"json_pong":{"type":"pong"}})"_ba << u"json_pong"_s << u"expected a string"_s;
    QTest::newRow("heartbeat number")
        << R"({"heartbeat":30000})"_ba << u"heartbeat"_s << u"expected an object"_s;
    QTest::newRow("interval string") << R"({"heartbeat":{"interval_ms":"1s"}})"_ba
                                     << u"heartbeat.interval_ms"_s << u"expected an integer"_s;
    QTest::newRow("timeout fraction")
        << R"({"heartbeat":{"timeout_ms":0.5}})"_ba << u"heartbeat.timeout_ms"_s << u"expected an integer"_s;
    QTest::newRow("evict_code string") << R"({"heartbeat":{"evict_code":"1001"}})"_ba
                                       << u"heartbeat.evict_code"_s << u"expected an integer"_s;
    QTest::newRow("presence huge") << R"({"presence_timeout_ms":1e12})"_ba << u"presence_timeout_ms"_s
                                   << u"expected an integer between"_s;
    QTest::newRow("max_buffered string")
        << R"({"max_buffered_bytes":"8M"})"_ba << u"max_buffered_bytes"_s << u"expected an integer"_s;
    QTest::newRow("high_water fraction")
        << R"({"high_water_bytes":1.25})"_ba << u"high_water_bytes"_s << u"expected an integer"_s;
    QTest::newRow("faults array") << R"({"faults":[]})"_ba << u"faults"_s << u"expected an object"_s;
    QTest::newRow("stall number") << R"({"faults":{"stall":1}})"_ba << u"faults.stall"_s
                                  << u"expected true or false"_s;
    QTest::newRow("ignore_pings string") << R"({"faults":{"ignore_pings":"true"}})"_ba
                                         << u"faults.ignore_pings"_s << u"expected true or false"_s;
    QTest::newRow("close_every string") << R"({"faults":{"close_every_ms":"5"}})"_ba
                                        << u"faults.close_every_ms"_s << u"expected an integer"_s;
    QTest::newRow("close_code bool") << R"({"faults":{"close_code":false}})"_ba << u"faults.close_code"_s
                                     << u"expected an integer"_s;
    QTest::newRow("refuse null") << R"({"faults":{"refuse_ms":null}})"_ba << u"faults.refuse_ms"_s
                                 << u"expected an integer"_s;
    QTest::newRow("control_port bool")
        << R"({"control_port":true})"_ba << u"control_port"_s << u"expected an integer"_s;
}

void TestFeedServerConfig::readIssues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    ConfigIssues issues;
    FeedServerConfig::fromJson(parseObject(json), &issues);
    QVERIFY2(hasIssue(issues, path, message), qPrintable(describe(issues)));
    QCOMPARE(issues.size(), 1);
}

void TestFeedServerConfig::missingKeysKeepDefaults()
{
    ConfigIssues issues;
    const FeedServerConfig config = FeedServerConfig::fromJson(
        parseObject(R"({"heartbeat":{"interval_ms":5},"faults":{"stall":true},"feeds":[{"path":"/x"}]})"),
        &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    const FeedServerConfig defaults;
    QCOMPARE(config.heartbeatIntervalMs, 5);
    QCOMPARE(config.heartbeatTimeoutMs, defaults.heartbeatTimeoutMs);
    QCOMPARE(config.evictCode, defaults.evictCode);
    QVERIFY(config.stall);
    QCOMPARE(config.ignorePings, defaults.ignorePings);
    QCOMPARE(config.closeCode, defaults.closeCode);
    QCOMPARE(config.feeds.size(), 1);
    QCOMPARE(config.feeds.first().path, u"/x"_s);
    QCOMPARE(config.feeds.first().rate, FeedSpec{}.rate);
    QCOMPARE(config.feeds.first().size, FeedSpec{}.size);
    QCOMPARE(config.bind, defaults.bind);
    QCOMPARE(config.maxBufferedBytes, defaults.maxBufferedBytes);
    QCOMPARE(config.jsonPong, defaults.jsonPong);
}

void TestFeedServerConfig::wrongTypeKeepsDefault()
{
    ConfigIssues issues;
    const FeedServerConfig config = FeedServerConfig::fromJson(
        parseObject(R"({"port":"80","bind":"nowhere","heartbeat":{"interval_ms":"x","timeout_ms":5}})"),
        &issues);
    QCOMPARE(issues.size(), 3);
    QCOMPARE(config.port, quint16(0));
    QCOMPARE(config.bind, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(config.heartbeatIntervalMs, FeedServerConfig{}.heartbeatIntervalMs);
    QCOMPARE(config.heartbeatTimeoutMs, 5);
}

void TestFeedServerConfig::badFeedKeepsIndices()
{
    ConfigIssues issues;
    const FeedServerConfig config =
        FeedServerConfig::fromJson(parseObject(R"({"feeds":[{"path":"/a"},7,{"path":"b"}]})"), &issues);
    QVERIFY2(hasIssue(issues, u"feeds[1]"_s), qPrintable(describe(issues)));
    QCOMPARE(config.feeds.size(), 3);
    QVERIFY(hasIssue(config.validate(), u"feeds[2].path"_s, u"must start with /"_s));
}

void TestFeedServerConfig::readsEveryKey()
{
    const QByteArray json = R"({
        "bind": "::", "allow_remote": true, "port": 8080,
        "feeds": [{"path": "/a", "rate": 2.5, "size": 100}, {"path": "/b", "rate": 0}],
        "text_ping": "hi", "text_pong": "ho", "json_ping_type": "hb", "json_pong": "{\"type\":\"hb\"}",
        "heartbeat": {"interval_ms": 100, "timeout_ms": 50, "evict_code": 4001},
        "presence_timeout_ms": 900, "max_buffered_bytes": 10000000000, "high_water_bytes": 1e3,
        "faults": {"ignore_pings": true, "stall": true, "close_every_ms": 10, "close_code": 4002,
                   "refuse_ms": 20},
        "control_port": -1
    })";
    ConfigIssues issues;
    const FeedServerConfig config = FeedServerConfig::fromJson(parseObject(json), &issues);
    issues.append(config.validate());
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(config.bind, QHostAddress(QHostAddress::AnyIPv6));
    QVERIFY(config.allowRemote);
    QCOMPARE(config.port, quint16(8080));
    QCOMPARE(config.feeds, (QList<FeedSpec>{{u"/a"_s, 2.5, 100}, {u"/b"_s, 0, 0}}));
    QCOMPARE(config.textPing, u"hi"_s);
    QCOMPARE(config.textPong, u"ho"_s);
    QCOMPARE(config.jsonPingType, u"hb"_s);
    QCOMPARE(config.jsonPong, u"{\"type\":\"hb\"}"_s);
    QCOMPARE(config.heartbeatIntervalMs, 100);
    QCOMPARE(config.heartbeatTimeoutMs, 50);
    QCOMPARE(config.evictCode, 4001);
    QCOMPARE(config.presenceTimeoutMs, 900);
    QCOMPARE(config.maxBufferedBytes, Q_INT64_C(10000000000));
    QCOMPARE(config.highWaterBytes, Q_INT64_C(1000));
    QVERIFY(config.ignorePings);
    QVERIFY(config.stall);
    QCOMPARE(config.closeEveryMs, 10);
    QCOMPARE(config.closeCode, 4002);
    QCOMPARE(config.refuseMs, 20);
    QCOMPARE(config.controlPort, -1);
}

void TestFeedServerConfig::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("json");

    QTest::newRow("defaults") << FeedServerConfig{}.toJson();
    QTest::newRow("everything changed") << everythingChanged().toJson();
    FeedServerConfig v6;
    v6.bind = QHostAddress(QHostAddress::LocalHostIPv6);
    v6.feeds = {{u"/x"_s, 1.0 / 3.0, 7}};
    v6.heartbeatIntervalMs = 0;
    v6.heartbeatTimeoutMs = 0;
    QTest::newRow("v6, third rate, heartbeat off") << v6.toJson();
    // Invalid values survive the trip too, so a file written from a bad config reports the same problems.
    FeedServerConfig invalid;
    invalid.feeds = {{u"nope"_s, -3, -1}};
    invalid.controlPort = -9;
    QTest::newRow("invalid values") << invalid.toJson();
}

void TestFeedServerConfig::roundTrip()
{
    QFETCH(QJsonObject, json);
    ConfigIssues issues;
    const FeedServerConfig config = FeedServerConfig::fromJson(json, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(config.toJson(), json);

    // Through text as well, as a file would.
    const QByteArray text = QJsonDocument(json).toJson();
    const FeedServerConfig again =
        FeedServerConfig::fromJson(QJsonDocument::fromJson(text).object(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(again.toJson(), json);
}

void TestFeedServerConfig::toJsonKeys()
{
    const FeedServerConfig source = everythingChanged();
    ConfigIssues issues;
    const FeedServerConfig config = FeedServerConfig::fromJson(source.toJson(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(config.bind, source.bind);
    QCOMPARE(config.allowRemote, source.allowRemote);
    QCOMPARE(config.port, source.port);
    QCOMPARE(config.feeds, source.feeds);
    QCOMPARE(config.textPing, source.textPing);
    QCOMPARE(config.textPong, source.textPong);
    QCOMPARE(config.jsonPingType, source.jsonPingType);
    QCOMPARE(config.jsonPong, source.jsonPong);
    QCOMPARE(config.heartbeatIntervalMs, source.heartbeatIntervalMs);
    QCOMPARE(config.heartbeatTimeoutMs, source.heartbeatTimeoutMs);
    QCOMPARE(config.evictCode, source.evictCode);
    QCOMPARE(config.presenceTimeoutMs, source.presenceTimeoutMs);
    QCOMPARE(config.maxBufferedBytes, source.maxBufferedBytes);
    QCOMPARE(config.highWaterBytes, source.highWaterBytes);
    QCOMPARE(config.ignorePings, source.ignorePings);
    QCOMPARE(config.stall, source.stall);
    QCOMPARE(config.closeEveryMs, source.closeEveryMs);
    QCOMPARE(config.closeCode, source.closeCode);
    QCOMPARE(config.refuseMs, source.refuseMs);
    QCOMPARE(config.controlPort, source.controlPort);

    const QJsonObject json = source.toJson();
    QCOMPARE(json.keys(), (QStringList{u"allow_remote"_s, u"bind"_s, u"control_port"_s, u"faults"_s,
                                       u"feeds"_s, u"heartbeat"_s, u"high_water_bytes"_s, u"json_ping_type"_s,
                                       u"json_pong"_s, u"max_buffered_bytes"_s, u"port"_s,
                                       u"presence_timeout_ms"_s, u"text_ping"_s, u"text_pong"_s}));
    QCOMPARE(json.value(u"bind").toString(), u"0.0.0.0"_s);
    QCOMPARE(json.value(u"feeds").toArray().at(1).toObject().value(u"size").toInt(), 4096);
}

QTEST_GUILESS_MAIN(TestFeedServerConfig)
#include "tst_feedserverconfig.moc"
