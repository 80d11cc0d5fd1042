// EngineEvent::toJsonLine is the headless contract: one valid JSON object per line, ts/endpoint/event
// first, every value surviving a round trip through a JSON parser.

#include "engineevent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class tst_EngineEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void fixedKeysComeFirst();
    void timestampIsUtcWithMilliseconds_data();
    void timestampIsUtcWithMilliseconds();
    void jsonStringsAreEscaped_data();
    void jsonStringsAreEscaped();
};

void tst_EngineEvent::roundTrip_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("plain string") << u"ticker"_s << QJsonValue(u"hello"_s);
    QTest::newRow("quotes and backslash") << u"a\"b\\c"_s << QJsonValue(u"say \"hi\" \\ bye"_s);
    QTest::newRow("newline and tab") << u"line\nbreak"_s << QJsonValue(u"a\tb\r\nc"_s);
    QTest::newRow("control characters") << u"x"_s << QJsonValue(QString(QChar(1)) + QChar(0x1f));
    QTest::newRow("chinese") << u"行情"_s << QJsonValue(u"心跳超时，正在重连"_s);
    QTest::newRow("emoji") << u"e"_s << QJsonValue(u"\U0001F4C8 up"_s);
    QTest::newRow("integer") << u"n"_s << QJsonValue(42);
    QTest::newRow("negative") << u"n"_s << QJsonValue(-1);
    QTest::newRow("large integer") << u"n"_s << QJsonValue(qint64(1) << 50);
    QTest::newRow("fraction") << u"n"_s << QJsonValue(101.25);
    QTest::newRow("tiny fraction") << u"n"_s << QJsonValue(1e-9);
    QTest::newRow("true") << u"b"_s << QJsonValue(true);
    QTest::newRow("false") << u"b"_s << QJsonValue(false);
    QTest::newRow("null") << u"z"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("nested object") << u"o"_s << QJsonValue(QJsonObject{{u"k"_s, QJsonArray{1, u"two"_s}}});
}

void tst_EngineEvent::roundTrip()
{
    QFETCH(QString, endpoint);
    QFETCH(QJsonValue, value);
    const EngineEvent event{1'700'000'000'123, endpoint, u"error"_s, {{u"message"_s, value}, {u"n"_s, 7}}};
    const QByteArray line = event.toJsonLine();
    QVERIFY2(!line.contains('\n'), line.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + u": "_s + QString::fromUtf8(line)));
    const QJsonObject object = document.object();
    QCOMPARE(object.value(u"endpoint"_s).toString(), endpoint);
    QCOMPARE(object.value(u"event"_s).toString(), u"error"_s);
    QCOMPARE(object.value(u"message"_s), value);
    QCOMPARE(object.value(u"n"_s).toInt(), 7);
    QCOMPARE(object.size(), 5);
}

void tst_EngineEvent::fixedKeysComeFirst()
{
    const EngineEvent event{0, u"e"_s, u"open"_s, {{u"a"_s, 1}, {u"url"_s, u"ws://x"_s}}};
    QCOMPARE(event.toJsonLine(),
             QByteArray("{\"ts\":\"1970-01-01T00:00:00.000Z\",\"endpoint\":\"e\",\"event\":\"open\","
                        "\"a\":1,\"url\":\"ws://x\"}"));
}

void tst_EngineEvent::timestampIsUtcWithMilliseconds_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    // In this order on purpose: the formatter keeps the last second, so repeats, neighbours and
    // jumps back must all come out right.
    QTest::newRow("new year") << qint64(1'767'225'600'007) << u"2026-01-01T00:00:00.007Z"_s;
    QTest::newRow("same second") << qint64(1'767'225'600'999) << u"2026-01-01T00:00:00.999Z"_s;
    QTest::newRow("next second") << qint64(1'767'225'601'000) << u"2026-01-01T00:00:01.000Z"_s;
    QTest::newRow("back a year") << qint64(1'735'689'599'123) << u"2024-12-31T23:59:59.123Z"_s;
    QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("before the epoch") << qint64(-1) << u"1969-12-31T23:59:59.999Z"_s;
    QTest::newRow("tens") << qint64(1'767'225'600'050) << u"2026-01-01T00:00:00.050Z"_s;
}

void tst_EngineEvent::timestampIsUtcWithMilliseconds()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(EngineEvent::formatTimestamp(ms), text);
    // The same as Qt's own formatting.
    QCOMPARE(EngineEvent::formatTimestamp(ms),
             QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s));
}

void tst_EngineEvent::jsonStringsAreEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"ticker-1"_s;
    QTest::newRow("quotes and backslash") << u"a\"b\\c"_s;
    QTest::newRow("controls") << u"line\nnext\ttab\r\x01"_s;
    QTest::newRow("chinese") << u"行情 \"引号\""_s;
    QTest::newRow("emoji") << u"feed 📈"_s;
}

void tst_EngineEvent::jsonStringsAreEscaped()
{
    QFETCH(QString, text);
    QByteArray out;
    EngineEvent::appendJsonString(out, text);
    // Whatever the path (ASCII or not), a JSON parser reads back exactly the text.
    const QJsonDocument document = QJsonDocument::fromJson("[" + out + "]");
    QVERIFY2(document.isArray(), out.constData());
    QCOMPARE(document.array().at(0).toString(), text);
    QVERIFY(!out.contains('\n'));
}

QTEST_GUILESS_MAIN(tst_EngineEvent)
#include "tst_engineevent.moc"
