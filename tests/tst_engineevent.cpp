// EngineEvent::toJsonLine is the headless contract: one valid JSON object per line, ts/endpoint/event
// first, every value surviving a round trip through a JSON parser.

#include "engineevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_EngineEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void fixedKeysComeFirst();
    void timestampIsUtcWithMilliseconds();
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

void tst_EngineEvent::timestampIsUtcWithMilliseconds()
{
    QCOMPARE(EngineEvent::formatTimestamp(1'767'225'600'007), u"2026-01-01T00:00:00.007Z"_s);
}

QTEST_GUILESS_MAIN(tst_EngineEvent)
#include "tst_engineevent.moc"
