#include "heartbeatpolicy.h"

#include <QJsonValue>
#include <QTest>

using namespace Qt::StringLiterals;

using Mode = HeartbeatPolicy::Mode;

class tst_HeartbeatPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isPong_data();
    void isPong();
    void pingPayload_data();
    void pingPayload();
    void effectiveExpectations();
    void passiveSilenceLimit_data();
    void passiveSilenceLimit();
    void modeNames_data();
    void modeNames();
    void unknownModeName_data();
    void unknownModeName();
};

void tst_HeartbeatPolicy::isPong_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("expectText");
    QTest::addColumn<QString>("expectField");
    QTest::addColumn<QJsonValue>("expectEquals");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("expected");

    const QString none;
    const QJsonValue unset;

    // Text mode: exact match only.
    QTest::newRow("text/default") << Mode::Text << none << none << unset << u"pong"_s << true;
    QTest::newRow("text/trailing-space") << Mode::Text << none << none << unset << u"pong "_s << false;
    QTest::newRow("text/leading-space") << Mode::Text << none << none << unset << u" pong"_s << false;
    QTest::newRow("text/upper") << Mode::Text << none << none << unset << u"PONG"_s << false;
    QTest::newRow("text/empty") << Mode::Text << none << none << unset << QString() << false;
    QTest::newRow("text/json-pong") << Mode::Text << none << none << unset << u"{\"type\":\"pong\"}"_s
                                    << false;
    QTest::newRow("text/custom") << Mode::Text << u"HB-ACK"_s << none << unset << u"HB-ACK"_s << true;
    QTest::newRow("text/custom-default-word")
        << Mode::Text << u"HB-ACK"_s << none << unset << u"pong"_s << false;
    QTest::newRow("text/custom-prefix")
        << Mode::Text << u"HB-ACK"_s << none << unset << u"HB-ACK2"_s << false;

    // Json mode, default expectation: {"type":"pong"}.
    QTest::newRow("json/default") << Mode::Json << none << none << unset << u"{\"type\":\"pong\"}"_s << true;
    QTest::newRow("json/default-spaced")
        << Mode::Json << none << none << unset << u"  { \"type\" : \"pong\" }\n"_s << true;
    QTest::newRow("json/undefined-is-default")
        << Mode::Json << none << none << QJsonValue(QJsonValue::Undefined) << u"{\"type\":\"pong\"}"_s
        << true;
    QTest::newRow("json/nested-irrelevant")
        << Mode::Json << none << none << unset
        << u"{\"id\":7,\"meta\":{\"type\":\"ping\",\"list\":[1,2,{\"a\":null}]},\"type\":\"pong\",\"ts\":1.5}"_s
        << true;
    QTest::newRow("json/only-nested-field")
        << Mode::Json << none << none << unset << u"{\"data\":{\"type\":\"pong\"}}"_s << false;
    QTest::newRow("json/other-value")
        << Mode::Json << none << none << unset << u"{\"type\":\"ping\"}"_s << false;
    QTest::newRow("json/other-value-pong-elsewhere")
        << Mode::Json << none << none << unset << u"{\"type\":\"trade\",\"note\":\"pong\"}"_s << false;
    QTest::newRow("json/words-in-other-field")
        << Mode::Json << none << none << unset << u"{\"msg\":\"type pong\"}"_s << false;
    QTest::newRow("json/quoted-words-in-string")
        << Mode::Json << none << none << unset << u"{\"msg\":\"\\\"type\\\":\\\"pong\\\"\"}"_s << false;
    QTest::newRow("json/upper-value")
        << Mode::Json << none << none << unset << u"{\"type\":\"PONG\"}"_s << false;
    QTest::newRow("json/invalid") << Mode::Json << none << none << unset << u"{\"type\":\"pong\""_s << false;
    QTest::newRow("json/invalid-trailing")
        << Mode::Json << none << none << unset << u"{\"type\":\"pong\"} x"_s << false;
    QTest::newRow("json/array") << Mode::Json << none << none << unset << u"[{\"type\":\"pong\"}]"_s << false;
    QTest::newRow("json/string") << Mode::Json << none << none << unset << u"\"pong\""_s << false;
    QTest::newRow("json/plain-text") << Mode::Json << none << none << unset << u"pong"_s << false;
    QTest::newRow("json/empty") << Mode::Json << none << none << unset << QString() << false;

    // Json mode, custom expectation.
    QTest::newRow("json/custom-field")
        << Mode::Json << none << u"op"_s << unset << u"{\"op\":\"pong\"}"_s << true;
    QTest::newRow("json/custom-field-default-msg")
        << Mode::Json << none << u"op"_s << unset << u"{\"type\":\"pong\"}"_s << false;
    QTest::newRow("json/custom-value") << Mode::Json << none << u"event"_s << QJsonValue(u"heartbeat"_s)
                                       << u"{\"event\":\"heartbeat\",\"seq\":3}"_s << true;
    QTest::newRow("json/custom-value-mismatch")
        << Mode::Json << none << u"event"_s << QJsonValue(u"heartbeat"_s) << u"{\"event\":\"pong\"}"_s
        << false;
    QTest::newRow("json/number") << Mode::Json << none << u"op"_s << QJsonValue(10) << u"{\"op\":10}"_s
                                 << true;
    QTest::newRow("json/number-as-double")
        << Mode::Json << none << u"op"_s << QJsonValue(10) << u"{\"op\":10.0}"_s << true;
    QTest::newRow("json/number-exponent")
        << Mode::Json << none << u"op"_s << QJsonValue(10) << u"{\"op\":1e1}"_s << true;
    QTest::newRow("json/number-other")
        << Mode::Json << none << u"op"_s << QJsonValue(10) << u"{\"op\":11}"_s << false;
    QTest::newRow("json/number-as-string")
        << Mode::Json << none << u"op"_s << QJsonValue(10) << u"{\"op\":\"10\"}"_s << false;
    QTest::newRow("json/bool") << Mode::Json << none << u"pong"_s << QJsonValue(true) << u"{\"pong\":true}"_s
                               << true;
    QTest::newRow("json/bool-false") << Mode::Json << none << u"pong"_s << QJsonValue(true)
                                     << u"{\"pong\":false}"_s << false;
    QTest::newRow("json/escaped-slash")
        << Mode::Json << none << u"type"_s << QJsonValue(u"a/b"_s) << u"{\"type\":\"a\\/b\"}"_s << true;
    QTest::newRow("json/unicode-value") << Mode::Json << none << u"type"_s << QJsonValue(u"p\u00f6ng"_s)
                                        << u"{\"type\":\"p\\u00f6ng\"}"_s << true;

    // Ping and passive modes never match an application message.
    QTest::newRow("ping/pong") << Mode::Ping << none << none << unset << u"pong"_s << false;
    QTest::newRow("ping/json") << Mode::Ping << none << none << unset << u"{\"type\":\"pong\"}"_s << false;
    QTest::newRow("passive/pong") << Mode::Passive << none << none << unset << u"pong"_s << false;
    QTest::newRow("passive/json") << Mode::Passive << none << none << unset << u"{\"type\":\"pong\"}"_s
                                  << false;
}

void tst_HeartbeatPolicy::isPong()
{
    QFETCH(Mode, mode);
    QFETCH(QString, expectText);
    QFETCH(QString, expectField);
    QFETCH(QJsonValue, expectEquals);
    QFETCH(QString, message);
    QFETCH(bool, expected);

    HeartbeatPolicy policy;
    policy.mode = mode;
    policy.expectText = expectText;
    policy.expectField = expectField;
    policy.expectEquals = expectEquals;
    QCOMPARE(policy.isPong(message), expected);
}

void tst_HeartbeatPolicy::pingPayload_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text/default") << Mode::Text << QString() << u"ping"_s;
    QTest::newRow("text/custom") << Mode::Text << u"HB"_s << u"HB"_s;
    QTest::newRow("json/default") << Mode::Json << QString() << u"{\"type\":\"ping\"}"_s;
    QTest::newRow("json/custom") << Mode::Json << u"{\"op\":\"ping\"}"_s << u"{\"op\":\"ping\"}"_s;
    QTest::newRow("ping/default") << Mode::Ping << QString() << QString();
    QTest::newRow("ping/custom-ignored") << Mode::Ping << u"HB"_s << QString();
    QTest::newRow("passive/default") << Mode::Passive << QString() << QString();
    QTest::newRow("passive/custom-ignored") << Mode::Passive << u"HB"_s << QString();
}

void tst_HeartbeatPolicy::pingPayload()
{
    QFETCH(Mode, mode);
    QFETCH(QString, payload);
    QFETCH(QString, expected);

    HeartbeatPolicy policy;
    policy.mode = mode;
    policy.payload = payload;
    QCOMPARE(policy.pingPayload(), expected);
    QCOMPARE(policy.pingPayload().isEmpty(), expected.isEmpty());
}

void tst_HeartbeatPolicy::effectiveExpectations()
{
    HeartbeatPolicy policy;
    QCOMPARE(policy.effectiveExpectText(), u"pong"_s);
    QCOMPARE(policy.effectiveExpectField(), u"type"_s);
    QCOMPARE(policy.effectiveExpectEquals(), QJsonValue(u"pong"_s));

    policy.expectEquals = QJsonValue(QJsonValue::Undefined);
    QCOMPARE(policy.effectiveExpectEquals(), QJsonValue(u"pong"_s));

    policy.expectText = u"ack"_s;
    policy.expectField = u"op"_s;
    policy.expectEquals = QJsonValue(3);
    QCOMPARE(policy.effectiveExpectText(), u"ack"_s);
    QCOMPARE(policy.effectiveExpectField(), u"op"_s);
    QCOMPARE(policy.effectiveExpectEquals(), QJsonValue(3));
}

void tst_HeartbeatPolicy::passiveSilenceLimit_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("maxMissed");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("defaults") << 30000 << 10000 << 1 << qint64(40000);
    QTest::newRow("three-missed") << 5000 << 2000 << 3 << qint64(17000);
    QTest::newRow("no-timeout") << 1000 << 0 << 2 << qint64(2000);
    QTest::newRow("large-no-overflow") << 2'000'000'000 << 2'000'000'000 << 4 << qint64(10'000'000'000);
}

void tst_HeartbeatPolicy::passiveSilenceLimit()
{
    QFETCH(int, intervalMs);
    QFETCH(int, timeoutMs);
    QFETCH(int, maxMissed);
    QFETCH(qint64, expected);

    HeartbeatPolicy policy;
    policy.mode = Mode::Passive;
    policy.intervalMs = intervalMs;
    policy.timeoutMs = timeoutMs;
    policy.maxMissed = maxMissed;
    QCOMPARE(policy.passiveSilenceLimitMs(), expected);
}

void tst_HeartbeatPolicy::modeNames_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("name");

    QTest::newRow("ping") << Mode::Ping << u"ping"_s;
    QTest::newRow("text") << Mode::Text << u"text"_s;
    QTest::newRow("json") << Mode::Json << u"json"_s;
    QTest::newRow("passive") << Mode::Passive << u"passive"_s;
}

void tst_HeartbeatPolicy::modeNames()
{
    QFETCH(Mode, mode);
    QFETCH(QString, name);

    QCOMPARE(HeartbeatPolicy::modeName(mode), name);
    QCOMPARE(HeartbeatPolicy::modeFromName(name), std::optional<Mode>(mode));
}

void tst_HeartbeatPolicy::unknownModeName_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("upper") << u"JSON"_s;
    QTest::newRow("padded") << u"ping "_s;
    QTest::newRow("unknown") << u"websocket"_s;
}

void tst_HeartbeatPolicy::unknownModeName()
{
    QFETCH(QString, name);

    QVERIFY(!HeartbeatPolicy::modeFromName(name).has_value());
}

QTEST_GUILESS_MAIN(tst_HeartbeatPolicy)
#include "tst_heartbeatpolicy.moc"
