// HandshakeError: the HTTP status of a refused upgrade, read from Qt's error string, and what it
// means for the reconnect policy.
#include "handshakeerror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = HandshakeError::Kind;

class tst_HandshakeError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseStatus_data();
    void parseStatus();
    void policy_data();
    void policy();
};

void tst_HandshakeError::parseStatus_data()
{
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<int>("status");

    // What qtwebsockets 6.4 writes for a refused upgrade.
    QTest::newRow("401")
        << u"QWebSocketPrivate::processHandshake: Unhandled http status code: 401 (Unauthorized)."_s << 401;
    QTest::newRow("429")
        << u"QWebSocketPrivate::processHandshake: Unhandled http status code: 429 (Too Many Requests)."_s
        << 429;
    QTest::newRow("no reason phrase") << u"Unhandled http status code: 503 ()."_s << 503;
    QTest::newRow("socket error") << u"Connection refused"_s << 0;
    QTest::newRow("host not found") << u"Host not found"_s << 0;
    QTest::newRow("tls") << u"SSL handshake failed: The certificate is self-signed, and untrusted"_s << 0;
    QTest::newRow("number elsewhere") << u"Connection to port 4010 timed out"_s << 0;
    QTest::newRow("four digits") << u"Unhandled http status code: 4011 (x)."_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void tst_HandshakeError::parseStatus()
{
    QFETCH(QString, errorString);
    QFETCH(int, status);
    QCOMPARE(HandshakeError::parseStatus(errorString), status);
}

void tst_HandshakeError::policy_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<bool>("fatalWhenAuthRetried");

    QTest::newRow("none") << 0 << Kind::None << QString() << false << false;
    QTest::newRow("401") << 401 << Kind::Auth << u"auth"_s << true << false;
    QTest::newRow("403") << 403 << Kind::Auth << u"auth"_s << true << false;
    QTest::newRow("404") << 404 << Kind::NotFound << u"not_found"_s << true << true;
    QTest::newRow("410") << 410 << Kind::NotFound << u"not_found"_s << true << true;
    QTest::newRow("429") << 429 << Kind::RateLimited << u"rate_limited"_s << false << false;
    QTest::newRow("502") << 502 << Kind::Unavailable << u"unavailable"_s << false << false;
    QTest::newRow("503") << 503 << Kind::Unavailable << u"unavailable"_s << false << false;
    QTest::newRow("500") << 500 << Kind::OtherStatus << u"http"_s << false << false;
    QTest::newRow("200") << 200 << Kind::OtherStatus << u"http"_s << false << false;
}

void tst_HandshakeError::policy()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QFETCH(bool, fatal);
    QFETCH(bool, fatalWhenAuthRetried);
    QCOMPARE(HandshakeError::kindOf(status), kind);
    QCOMPARE(HandshakeError::kindName(kind), name);
    QCOMPARE(HandshakeError::isFatal(kind, false), fatal);
    QCOMPARE(HandshakeError::isFatal(kind, true), fatalWhenAuthRetried);
}

QTEST_APPLESS_MAIN(tst_HandshakeError)
#include "tst_handshakeerror.moc"
