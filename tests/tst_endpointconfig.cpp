#include "configissues.h"
#include "endpointconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ConfigIssuesTesting::describe;
using ConfigIssuesTesting::hasIssue;
using ConfigIssuesTesting::parseObject;

using Mode = HeartbeatPolicy::Mode;
using Jitter = BackoffPolicy::Jitter;

namespace {

const QString Prefix = u"endpoints[0]"_s;

// A valid minimal endpoint with the row's keys laid over it.
QJsonObject endpointWith(const QByteArray &overrides)
{
    QJsonObject object{{u"name"_s, u"t"_s}, {u"urls"_s, QJsonArray{u"wss://h.example/feed"_s}}};
    const QJsonObject extra = parseObject(overrides);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// What the config file does for each endpoint: read, then validate.
ConfigIssues readAndValidate(const QJsonObject &object, EndpointConfig *out = nullptr)
{
    ConfigIssues issues;
    const EndpointConfig config = EndpointConfig::fromJson(object, Prefix, &issues);
    issues.append(config.validate(Prefix));
    if (out)
        *out = config;
    return issues;
}

EndpointConfig richEndpoint()
{
    EndpointConfig config;
    config.name = u"ticker feed-1"_s;
    config.urls = {u"wss://primary.example/feed?token=${TICKER_TOKEN}"_s, u"ws://backup.example:8080/feed"_s};
    // Sorted by name: the file format keeps headers in an object, which sorts its keys.
    config.headers = {{u"Authorization"_s, u"Bearer ${TICKER_TOKEN}"_s}, {u"X-Client"_s, u"feedpulse"_s}};
    config.subprotocols = {u"v2.feed"_s, u"json"_s};
    config.connectTimeoutMs = 2500;
    config.heartbeat.mode = Mode::Json;
    config.heartbeat.intervalMs = 15000;
    config.heartbeat.timeoutMs = 4000;
    config.heartbeat.maxMissed = 3;
    config.heartbeat.anyTrafficResets = false;
    config.heartbeat.payload = u"{\"op\":\"ping\"}"_s;
    config.heartbeat.expectField = u"op"_s;
    config.heartbeat.expectEquals = QJsonValue(u"pong"_s);
    config.backoff.initialMs = 250;
    config.backoff.maxMs = 60000;
    config.backoff.factor = 1.5;
    config.backoff.jitter = Jitter::Decorrelated;
    config.maxAttempts = 7;
    config.stableMs = 20000;
    config.slowRetryMs = 600000;
    config.noRetryCloseCodes = {1008, 4001};
    config.onOpen = {u"{\"op\":\"subscribe\",\"channel\":\"trades\"}"_s, u"hello"_s};
    config.staleAfterMs = 0;
    config.sendQueueLimit = 50;
    config.retryAuthFailures = true;
    config.sequenceField = u"seq"_s;
    config.maxMessageBytes = 65536;
    config.pinSha256 = {QString(64, u'a'), u"AB:"_s.repeated(31) + u"AB"_s};
    return config;
}

} // namespace

class tst_EndpointConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void richRoundTrip();
    void modeRoundTrip_data();
    void modeRoundTrip();
    void defaults();
    void integerForms_data();
    void integerForms();
    void goodUrls_data();
    void goodUrls();
    void goodNames_data();
    void goodNames();
    void badInput_data();
    void badInput();
    void everyProblemReported();
    void validateWithoutPrefix();
    void issueToString();
};

void tst_EndpointConfig::richRoundTrip()
{
    const EndpointConfig original = richEndpoint();
    // Every key differs from its default, so a key that is not written or not read shows up here.
    const EndpointConfig defaults;
    QVERIFY(original.connectTimeoutMs != defaults.connectTimeoutMs);
    QVERIFY(!(original.heartbeat == defaults.heartbeat));
    QVERIFY(!(original.backoff == defaults.backoff));
    QCOMPARE(original.validate(), ConfigIssues());

    // Through text, as the file does it.
    const QByteArray text = QJsonDocument(original.toJson()).toJson();
    ConfigIssues issues;
    const EndpointConfig parsed = EndpointConfig::fromJson(parseObject(text), Prefix, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(parsed.toJson(), original.toJson());
    QVERIFY(parsed == original);

    // Every key is written, defaults included.
    const QJsonObject json = original.toJson();
    for (const QString &key : {u"name"_s, u"urls"_s, u"headers"_s, u"subprotocols"_s, u"connect_timeout_ms"_s,
                               u"heartbeat"_s, u"reconnect"_s, u"on_open"_s, u"stale_after_ms"_s,
                               u"send_queue_limit"_s, u"sequence_field"_s, u"max_message_bytes"_s, u"tls"_s})
        QVERIFY2(json.contains(key), qPrintable(key));
    const QJsonObject hb = json.value(u"heartbeat").toObject();
    for (const QString &key : {u"mode"_s, u"interval_ms"_s, u"timeout_ms"_s, u"max_missed"_s,
                               u"any_traffic_resets"_s, u"payload"_s, u"expect"_s})
        QVERIFY2(hb.contains(key), qPrintable(key));
    QCOMPARE(hb.value(u"expect"), QJsonValue(QJsonObject{{u"field"_s, u"op"_s}, {u"equals"_s, u"pong"_s}}));
    const QJsonObject rc = json.value(u"reconnect").toObject();
    for (const QString &key :
         {u"initial_ms"_s, u"max_ms"_s, u"factor"_s, u"jitter"_s, u"max_attempts"_s, u"stable_ms"_s,
          u"slow_retry_ms"_s, u"no_retry_close_codes"_s, u"retry_auth_failures"_s})
        QVERIFY2(rc.contains(key), qPrintable(key));
    QCOMPARE(rc.value(u"jitter").toString(), u"decorrelated"_s);
    QCOMPARE(hb.value(u"mode").toString(), u"json"_s);
}

void tst_EndpointConfig::modeRoundTrip_data()
{
    QTest::addColumn<QByteArray>("heartbeat");

    QTest::newRow("ping default") << QByteArray(R"({})");
    QTest::newRow("text with expect") << QByteArray(R"({"mode":"text","payload":"hi","expect":"ho"})");
    QTest::newRow("text defaults") << QByteArray(R"({"mode":"text"})");
    QTest::newRow("json defaults") << QByteArray(R"({"mode":"json"})");
    QTest::newRow("json number value")
        << QByteArray(R"({"mode":"json","expect":{"field":"seq","equals":42}})");
    QTest::newRow("json object value")
        << QByteArray(R"({"mode":"json","expect":{"field":"ev","equals":{"a":[1,true,null]}}})");
    QTest::newRow("json only field") << QByteArray(R"({"mode":"json","expect":{"field":"kind"}})");
    QTest::newRow("passive") << QByteArray(R"({"mode":"passive","interval_ms":10,"max_missed":5})");
}

void tst_EndpointConfig::modeRoundTrip()
{
    QFETCH(QByteArray, heartbeat);
    EndpointConfig original;
    const ConfigIssues readIssues =
        readAndValidate(endpointWith("{\"heartbeat\":" + heartbeat + '}'), &original);
    QVERIFY2(readIssues.isEmpty(), qPrintable(describe(readIssues)));

    const QByteArray text = QJsonDocument(original.toJson()).toJson();
    ConfigIssues issues;
    const EndpointConfig parsed = EndpointConfig::fromJson(parseObject(text), Prefix, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(parsed.toJson(), original.toJson());
    QVERIFY(parsed == original);
}

void tst_EndpointConfig::defaults()
{
    EndpointConfig config;
    const ConfigIssues issues = readAndValidate(endpointWith("{}"), &config);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));

    // The defaults documented in docs/CONFIG.md.
    QCOMPARE(config.name, u"t"_s);
    QCOMPARE(config.urls, QStringList{u"wss://h.example/feed"_s});
    QVERIFY(config.headers.isEmpty());
    QVERIFY(config.subprotocols.isEmpty());
    QCOMPARE(config.connectTimeoutMs, 10000);
    QCOMPARE(config.heartbeat.mode, Mode::Ping);
    QCOMPARE(config.heartbeat.intervalMs, 30000);
    QCOMPARE(config.heartbeat.timeoutMs, 10000);
    QCOMPARE(config.heartbeat.maxMissed, 1);
    QCOMPARE(config.heartbeat.anyTrafficResets, true);
    QCOMPARE(config.heartbeat.payload, QString());
    QCOMPARE(config.heartbeat.expectText, QString());
    QCOMPARE(config.heartbeat.expectField, QString());
    QVERIFY(config.heartbeat.expectEquals.isNull() || config.heartbeat.expectEquals.isUndefined());
    QCOMPARE(config.backoff.initialMs, 1000);
    QCOMPARE(config.backoff.maxMs, 30000);
    QCOMPARE(config.backoff.factor, 2.0);
    QCOMPARE(config.backoff.jitter, Jitter::Full);
    QCOMPARE(config.maxAttempts, 0);
    QCOMPARE(config.stableMs, 10000);
    QCOMPARE(config.slowRetryMs, 300000);
    QVERIFY(config.noRetryCloseCodes.isEmpty());
    QVERIFY(config.onOpen.isEmpty());
    QCOMPARE(config.staleAfterMs, 60000);
    QCOMPARE(config.sendQueueLimit, 1000);

    // Omitted sub-objects and empty sub-objects mean the same.
    EndpointConfig withEmpty;
    QVERIFY(readAndValidate(endpointWith(R"({"heartbeat":{},"reconnect":{},"headers":{}})"), &withEmpty)
                .isEmpty());
    QVERIFY(withEmpty == config);
}

void tst_EndpointConfig::integerForms_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");

    QTest::newRow("plain") << QByteArray("2500") << 2500;
    QTest::newRow("trailing .0") << QByteArray("2500.0") << 2500;
    QTest::newRow("exponent") << QByteArray("1e3") << 1000;
    QTest::newRow("int max") << QByteArray("2147483647") << 2147483647;
}

void tst_EndpointConfig::integerForms()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    EndpointConfig config;
    const ConfigIssues issues =
        readAndValidate(endpointWith("{\"connect_timeout_ms\":" + value + '}'), &config);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(config.connectTimeoutMs, expected);
}

void tst_EndpointConfig::goodUrls_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("wss") << u"wss://h.example/feed"_s;
    QTest::newRow("ws with port") << u"ws://127.0.0.1:8080"_s;
    QTest::newRow("ipv6") << u"ws://[::1]:9000/x"_s;
    QTest::newRow("query") << u"wss://h.example/feed?a=1&b=2"_s;
    QTest::newRow("token placeholder") << u"wss://h.example/feed?token=${TOKEN}"_s;
    QTest::newRow("host placeholder") << u"wss://${FEED_HOST}/feed"_s;
    QTest::newRow("port placeholder") << u"wss://h.example:${FEED_PORT}/feed"_s;
    QTest::newRow("userinfo placeholders") << u"wss://${USER}:${PASS}@h.example/"_s;
    QTest::newRow("path placeholder") << u"wss://h.example/${REGION}/feed"_s;
}

void tst_EndpointConfig::goodUrls()
{
    QFETCH(QString, url);
    EndpointConfig config;
    config.name = u"x"_s;
    config.urls = {url};
    const ConfigIssues issues = config.validate(Prefix);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void tst_EndpointConfig::goodNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("simple") << u"ticker"_s;
    QTest::newRow("punctuation") << u"Binance BTC-USD_1.2:x"_s;
    QTest::newRow("chinese") << u"行情 源1"_s;
    QTest::newRow("accents") << u"Zürich café"_s;
    QTest::newRow("combining mark") << u"cafe\u0301"_s;
    QTest::newRow("64 characters") << QString(64, u'a');
    QTest::newRow("64 non-BMP characters")
        << QString::fromUcs4(std::u32string(64, U'\U00020000').c_str(), 64);
}

void tst_EndpointConfig::goodNames()
{
    QFETCH(QString, name);
    EndpointConfig config;
    config.name = name;
    config.urls = {u"wss://h.example/"_s};
    const ConfigIssues issues = config.validate();
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void tst_EndpointConfig::badInput_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *tag, const char *json, const QString &path, const QString &message) {
        QTest::newRow(tag) << QByteArray(json) << QString(Prefix % u'.' % path) << message;
    };

    // Wrong types.
    row("string for int", R"({"connect_timeout_ms":"10000"})", u"connect_timeout_ms"_s,
        u"expected an integer"_s);
    row("fraction for int", R"({"stale_after_ms":1.5})", u"stale_after_ms"_s, u"expected an integer"_s);
    row("int out of range", R"({"send_queue_limit":1e12})", u"send_queue_limit"_s, u"expected an integer"_s);
    row("bool for int", R"({"heartbeat":{"interval_ms":true}})", u"heartbeat.interval_ms"_s,
        u"expected an integer"_s);
    row("null for int", R"({"reconnect":{"max_attempts":null}})", u"reconnect.max_attempts"_s,
        u"expected an integer"_s);
    row("number for name", R"({"name":5})", u"name"_s, u"expected a string"_s);
    row("string for urls", R"({"urls":"wss://h/"})", u"urls"_s, u"expected an array of strings"_s);
    row("number in urls", R"({"urls":["wss://h/",3]})", u"urls[1]"_s, u"expected a string"_s);
    row("object for subprotocols", R"({"subprotocols":{}})", u"subprotocols"_s,
        u"expected an array of strings"_s);
    row("number in on_open", R"({"on_open":["a",{}]})", u"on_open[1]"_s, u"expected a string"_s);
    row("array for headers", R"({"headers":["a"]})", u"headers"_s, u"expected an object"_s);
    row("number header value", R"({"headers":{"X-Id":7}})", u"headers.X-Id"_s, u"expected a string"_s);
    row("string for heartbeat", R"({"heartbeat":"ping"})", u"heartbeat"_s, u"expected an object"_s);
    row("array for reconnect", R"({"reconnect":[]})", u"reconnect"_s, u"expected an object"_s);
    row("string for bool", R"({"heartbeat":{"any_traffic_resets":"yes"}})", u"heartbeat.any_traffic_resets"_s,
        u"expected true or false"_s);
    row("string for factor", R"({"reconnect":{"factor":"2"}})", u"reconnect.factor"_s,
        u"expected a number"_s);
    row("number for payload", R"({"heartbeat":{"mode":"text","payload":1}})", u"heartbeat.payload"_s,
        u"expected a string"_s);
    row("string for close codes", R"({"reconnect":{"no_retry_close_codes":"1008"}})",
        u"reconnect.no_retry_close_codes"_s, u"expected an array of integers"_s);
    row("string close code", R"({"reconnect":{"no_retry_close_codes":[1008,"x"]}})",
        u"reconnect.no_retry_close_codes[1]"_s, u"expected an integer"_s);

    // Unknown names.
    row("unknown jitter", R"({"reconnect":{"jitter":"random"}})", u"reconnect.jitter"_s, u"unknown jitter"_s);
    row("number for jitter", R"({"reconnect":{"jitter":1}})", u"reconnect.jitter"_s, u"expected a string"_s);
    row("unknown mode", R"({"heartbeat":{"mode":"pingpong"}})", u"heartbeat.mode"_s, u"unknown mode"_s);
    row("mode is case-sensitive", R"({"heartbeat":{"mode":"Ping"}})", u"heartbeat.mode"_s, u"unknown mode"_s);
    row("unknown key", R"({"nmae":"x"})", u"nmae"_s, u"unknown key"_s);
    row("single url key", R"({"url":"wss://h/"})", u"url"_s, u"unknown key"_s);
    row("unknown heartbeat key", R"({"heartbeat":{"intervall_ms":5}})", u"heartbeat.intervall_ms"_s,
        u"unknown key"_s);
    row("unknown reconnect key", R"({"reconnect":{"jiter":"full"}})", u"reconnect.jiter"_s, u"unknown key"_s);
    row("unknown expect key", R"({"heartbeat":{"mode":"json","expect":{"field":"t","equal":"x"}}})",
        u"heartbeat.expect.equal"_s, u"unknown key"_s);

    // Negative and zero timeouts.
    row("negative connect timeout", R"({"connect_timeout_ms":-1})", u"connect_timeout_ms"_s,
        u"must be at least 100"_s);
    row("zero connect timeout", R"({"connect_timeout_ms":0})", u"connect_timeout_ms"_s,
        u"must be at least 100"_s);
    row("connect timeout 99", R"({"connect_timeout_ms":99})", u"connect_timeout_ms"_s,
        u"must be at least 100"_s);
    row("negative heartbeat timeout", R"({"heartbeat":{"timeout_ms":-5}})", u"heartbeat.timeout_ms"_s,
        u"must be at least 10"_s);
    row("zero heartbeat timeout", R"({"heartbeat":{"timeout_ms":0}})", u"heartbeat.timeout_ms"_s,
        u"must be at least 10"_s);
    row("zero interval", R"({"heartbeat":{"interval_ms":0}})", u"heartbeat.interval_ms"_s,
        u"must be at least 10"_s);
    row("passive interval 9", R"({"heartbeat":{"mode":"passive","interval_ms":9}})",
        u"heartbeat.interval_ms"_s, u"must be at least 10"_s);
    row("zero max missed", R"({"heartbeat":{"max_missed":0}})", u"heartbeat.max_missed"_s,
        u"must be at least 1"_s);
    row("negative stale", R"({"stale_after_ms":-1})", u"stale_after_ms"_s, u"must be at least 0"_s);
    row("negative initial", R"({"reconnect":{"initial_ms":-1}})", u"reconnect.initial_ms"_s,
        u"must be at least 1"_s);
    row("zero initial", R"({"reconnect":{"initial_ms":0}})", u"reconnect.initial_ms"_s,
        u"must be at least 1"_s);
    row("negative attempts", R"({"reconnect":{"max_attempts":-1}})", u"reconnect.max_attempts"_s,
        u"must be at least 0"_s);
    row("negative stable", R"({"reconnect":{"stable_ms":-1}})", u"reconnect.stable_ms"_s,
        u"must be at least 0"_s);
    row("slow retry 999", R"({"reconnect":{"slow_retry_ms":999}})", u"reconnect.slow_retry_ms"_s,
        u"must be at least 1000"_s);
    row("negative queue", R"({"send_queue_limit":-1})", u"send_queue_limit"_s, u"between 0 and 1000000"_s);
    row("huge queue", R"({"send_queue_limit":1000001})", u"send_queue_limit"_s, u"between 0 and 1000000"_s);

    // URLs.
    row("empty urls", R"({"urls":[]})", u"urls"_s, u"at least one URL"_s);
    row("empty url", R"({"urls":[""]})", u"urls[0]"_s, u"must not be empty"_s);
    row("http", R"({"urls":["wss://ok.example/","http://h.example/feed"]})", u"urls[1]"_s,
        u"scheme must be ws or wss, got http"_s);
    row("ftp", R"({"urls":["ftp://h.example/"]})", u"urls[0]"_s, u"scheme must be ws or wss, got ftp"_s);
    row("no scheme", R"({"urls":["h.example/feed"]})", u"urls[0]"_s, u"scheme must be ws or wss"_s);
    row("whole url a placeholder", R"({"urls":["${FEED_URL}"]})", u"urls[0]"_s, u"written out"_s);
    row("no host", R"({"urls":["wss:///feed"]})", u"urls[0]"_s, u"missing host"_s);
    row("no host with placeholder", R"({"urls":["wss:///feed?token=${T}"]})", u"urls[0]"_s,
        u"missing host"_s);
    row("bad port", R"({"urls":["wss://h.example:99999999/"]})", u"urls[0]"_s, u"not a valid URL"_s);
    row("space in host", R"({"urls":["wss://h example/"]})", u"urls[0]"_s, u"not a valid URL"_s);

    // Headers and subprotocols.
    row("space in header name", R"({"headers":{"Bad Header":"x"}})", u"headers.Bad Header"_s,
        u"not a valid HTTP header name"_s);
    row("colon in header name", R"({"headers":{"X:Y":"x"}})", u"headers.X:Y"_s,
        u"not a valid HTTP header name"_s);
    row("empty header name", R"({"headers":{"":"x"}})", u"headers"_s, u"must not be empty"_s);
    row("line break in header value", R"({"headers":{"X-A":"a\r\nX-B: c"}})", u"headers.X-A"_s,
        u"line break"_s);
    row("bad subprotocol", R"({"subprotocols":["a b"]})", u"subprotocols[0]"_s, u"not a valid subprotocol"_s);

    // expect of the wrong shape for the mode.
    row("object expect in text mode", R"({"heartbeat":{"mode":"text","expect":{"field":"a"}}})",
        u"heartbeat.expect"_s, u"expected a string"_s);
    row("string expect in json mode", R"({"heartbeat":{"mode":"json","expect":"pong"}})",
        u"heartbeat.expect"_s, u"expected an object"_s);
    row("number field in json mode", R"({"heartbeat":{"mode":"json","expect":{"field":1,"equals":2}}})",
        u"heartbeat.expect.field"_s, u"expected a string"_s);
    row("expect in ping mode", R"({"heartbeat":{"mode":"ping","expect":"pong"}})", u"heartbeat.expect"_s,
        u"not used in ping mode"_s);
    row("expect in default mode", R"({"heartbeat":{"expect":"pong"}})", u"heartbeat.expect"_s,
        u"not used in ping mode"_s);
    row("expect in passive mode", R"({"heartbeat":{"mode":"passive","expect":{"field":"a","equals":1}}})",
        u"heartbeat.expect"_s, u"not used in passive mode"_s);
    row("json payload not json", R"({"heartbeat":{"mode":"json","payload":"ping"}})", u"heartbeat.payload"_s,
        u"JSON object"_s);
    row("json payload an array", R"({"heartbeat":{"mode":"json","payload":"[1]"}})", u"heartbeat.payload"_s,
        u"JSON object"_s);

    // Backoff.
    row("factor below 1", R"({"reconnect":{"factor":0.5}})", u"reconnect.factor"_s, u"at least 1.0"_s);
    row("max below initial", R"({"reconnect":{"initial_ms":5000,"max_ms":1000}})", u"reconnect.max_ms"_s,
        u"at least initial_ms (5000)"_s);
    row("close code 999", R"({"reconnect":{"no_retry_close_codes":[1008,999]}})",
        u"reconnect.no_retry_close_codes[1]"_s, u"between 1000 and 4999, got 999"_s);
    row("close code 1013", R"({"reconnect":{"no_retry_close_codes":[4001,1013]}})",
        u"reconnect.no_retry_close_codes[1]"_s, u"close code 1013 never reaches the client"_s);
    row("close code 1006", R"({"reconnect":{"no_retry_close_codes":[1006]}})",
        u"reconnect.no_retry_close_codes[0]"_s, u"reserved"_s);
    row("close code 5000", R"({"reconnect":{"no_retry_close_codes":[5000]}})",
        u"reconnect.no_retry_close_codes[0]"_s, u"between 1000 and 4999"_s);

    // Names.
    row("empty name", R"({"name":""})", u"name"_s, u"must not be empty"_s);
    row("name too long", R"({"name":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})",
        u"name"_s, u"at most 64"_s);
    row("slash in name", R"({"name":"a/b"})", u"name"_s, u"\"/\""_s);
    row("tab in name", R"({"name":"a\tb"})", u"name"_s, u"U+0009"_s);
    row("newline in name", R"({"name":"a\nb"})", u"name"_s, u"U+000A"_s);
    row("emoji in name", R"({"name":"feed 🚀"})", u"name"_s, u"not allowed"_s);
    row("leading space", R"({"name":" feed"})", u"name"_s, u"space"_s);

    // Limits, sequence numbers and TLS.
    row("message limit tiny", R"({"max_message_bytes":100})", u"max_message_bytes"_s, u"between 1024 and"_s);
    row("message limit huge", R"({"max_message_bytes":1e10})", u"max_message_bytes"_s, u"between 1024 and"_s);
    row("message limit string", R"({"max_message_bytes":"1M"})", u"max_message_bytes"_s,
        u"expected an integer"_s);
    row("sequence field number", R"({"sequence_field":1})", u"sequence_field"_s, u"expected a string"_s);
    row("sequence field spaces", R"({"sequence_field":" seq"})", u"sequence_field"_s, u"space"_s);
    row("tls not an object", R"({"tls":"on"})", u"tls"_s, u"expected an object"_s);
    row("tls unknown key", R"({"tls":{"ignore_errors":true}})", u"tls.ignore_errors"_s, u"unknown key"_s);
    row("ca file missing", R"({"tls":{"ca_file":"/nonexistent/ca.pem"}})", u"tls.ca_file"_s,
        u"cannot read the file /nonexistent/ca.pem"_s);
    row("ca file not PEM", R"({"tls":{"ca_file":"/etc/passwd"}})", u"tls.ca_file"_s, u"no PEM certificate"_s);
    row("pin too short", R"({"tls":{"pin_sha256":["abcd"]}})", u"tls.pin_sha256[0]"_s, u"64 hex digits"_s);
    row("pin not hex", R"({"tls":{"pin_sha256":["zz:aa"]}})", u"tls.pin_sha256[0]"_s, u"64 hex digits"_s);
    row("pin a string", R"({"tls":{"pin_sha256":"abcd"}})", u"tls.pin_sha256"_s,
        u"expected an array of strings"_s);
    row("auth retry string", R"({"reconnect":{"retry_auth_failures":"yes"}})",
        u"reconnect.retry_auth_failures"_s, u"expected"_s);
}

void tst_EndpointConfig::badInput()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const ConfigIssues issues = readAndValidate(endpointWith(overrides));
    QVERIFY2(hasIssue(issues, path, message), qPrintable(describe(issues)));
    // Nothing else is blamed: every issue names this field.
    for (const ConfigIssue &issue : issues)
        QVERIFY2(issue.path == path, qPrintable(describe(issues)));
}

void tst_EndpointConfig::everyProblemReported()
{
    const QJsonObject object = parseObject(R"({
        "name": "a/b",
        "urls": ["http://h.example/", 5],
        "headers": {"Bad Header": "x"},
        "connect_timeout_ms": "fast",
        "heartbeat": {"mode": "text", "timeout_ms": -1, "expect": {"field": "x"}, "intervall_ms": 5},
        "reconnect": {"factor": 0.5, "jitter": "random", "no_retry_close_codes": [1, 1008, 7000]},
        "stale_after_ms": -1,
        "colour": "red"
    })");
    const ConfigIssues issues = readAndValidate(object);

    const QStringList expected{
        u"endpoints[0].name"_s,
        u"endpoints[0].urls[0]"_s,
        u"endpoints[0].urls[1]"_s,
        u"endpoints[0].headers.Bad Header"_s,
        u"endpoints[0].connect_timeout_ms"_s,
        u"endpoints[0].heartbeat.timeout_ms"_s,
        u"endpoints[0].heartbeat.expect"_s,
        u"endpoints[0].heartbeat.intervall_ms"_s,
        u"endpoints[0].reconnect.factor"_s,
        u"endpoints[0].reconnect.jitter"_s,
        u"endpoints[0].reconnect.no_retry_close_codes[0]"_s,
        u"endpoints[0].reconnect.no_retry_close_codes[2]"_s,
        u"endpoints[0].stale_after_ms"_s,
        u"endpoints[0].colour"_s,
    };
    for (const QString &path : expected)
        QVERIFY2(hasIssue(issues, path), qPrintable(path % u" missing from:\n"_s % describe(issues)));
    QVERIFY2(!hasIssue(issues, u"endpoints[0].reconnect.no_retry_close_codes[1]"_s),
             qPrintable(describe(issues)));
}

void tst_EndpointConfig::validateWithoutPrefix()
{
    // The settings dialog validates a config it edits, with paths relative to the endpoint.
    EndpointConfig config;
    config.name = u"ok"_s;
    config.urls = {u"wss://h.example/"_s};
    QCOMPARE(config.validate(), ConfigIssues());

    config.heartbeat.intervalMs = 5;
    config.backoff.maxMs = 10;
    config.urls.append(u"https://h.example/"_s);
    const ConfigIssues issues = config.validate();
    QVERIFY2(hasIssue(issues, u"heartbeat.interval_ms"_s, u"must be at least 10"_s),
             qPrintable(describe(issues)));
    QVERIFY2(hasIssue(issues, u"reconnect.max_ms"_s), qPrintable(describe(issues)));
    QVERIFY2(hasIssue(issues, u"urls[1]"_s, u"got https"_s), qPrintable(describe(issues)));
    QCOMPARE(issues.size(), 3);

    // Header names compare case-insensitively; a file cannot repeat a key, but the dialog could.
    config = EndpointConfig();
    config.name = u"ok"_s;
    config.urls = {u"wss://h.example/"_s};
    config.headers = {{u"X-Token"_s, u"a"_s}, {u"x-token"_s, u"b"_s}};
    QCOMPARE(config.validate(), (ConfigIssues{{u"headers.x-token"_s, u"duplicate header name"_s}}));
}

void tst_EndpointConfig::issueToString()
{
    QCOMPARE((ConfigIssue{u"endpoints[0].name"_s, u"must not be empty"_s}.toString()),
             u"endpoints[0].name: must not be empty"_s);
    QCOMPARE((ConfigIssue{QString(), u"cannot read x"_s}.toString()), u"cannot read x"_s);
}

QTEST_GUILESS_MAIN(tst_EndpointConfig)
#include "tst_endpointconfig.moc"
