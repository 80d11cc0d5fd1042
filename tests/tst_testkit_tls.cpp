#include "rawwsserver.h"
#include "testserver.h"
#include "tlsfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

// The test kit's RawWsServer, TlsFixture and secure TestServer against a plain QWebSocket (no
// FeedPulse engine). Besides proving the kit works, each case prints (qInfo) what Qt reports, because
// the engine classifies failures from exactly these codes and strings; the checks pin them to the
// Qt version we ship with, so a Qt upgrade that changes them fails here first.

namespace {

constexpr int Timeout = 5000;
using Headers = QList<RawWsServer::Header>;

// "Name (value)" of a Q_ENUM value; QDebug prints some socket errors as bare numbers.
template <typename Enum> QString enumName(Enum value)
{
    const char *key = QMetaEnum::fromType<Enum>().valueToKey(int(value));
    return QString::fromLatin1(key ? key : "?") + u" ("_s + QString::number(int(value)) + u')';
}

QStringList enumNames(const QList<QAbstractSocket::SocketError> &errors)
{
    QStringList names;
    for (const QAbstractSocket::SocketError error : errors)
        names << enumName(error);
    return names;
}

// Everything a QWebSocket reports, in order.
class SocketLog final : public QObject
{
public:
    explicit SocketLog(QWebSocket *socket) : m_socket(socket)
    {
        connect(socket, &QWebSocket::connected, this, [this] {
            connected = true;
            events << u"connected"_s;
        });
        connect(socket, &QWebSocket::disconnected, this, [this] {
            disconnected = true;
            events << u"disconnected"_s;
        });
        // Qt 6.4 calls the signal error(); errorOccurred() only comes with 6.5.
        connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [this](QAbstractSocket::SocketError error) {
                    errors << error;
                    errorStrings << m_socket->errorString();
                    events << u"error"_s;
                });
        connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            texts << text;
            events << u"text"_s;
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
            binaries << data;
            events << u"binary"_s;
        });
        connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            sslErrors << errors;
            events << u"sslErrors"_s;
        });
    }

    bool finished() const { return disconnected || !errors.isEmpty(); }

    // One line of what was seen, for qInfo.
    QString summary() const
    {
        QString result;
        QDebug debug(&result);
        debug.nospace() << "events=" << events << " errors=" << enumNames(errors)
                        << " errorStrings=" << errorStrings << " closeCode=" << int(m_socket->closeCode())
                        << " closeReason=" << m_socket->closeReason() << " texts=" << texts.size();
        return result;
    }

    QStringList events;
    QList<QAbstractSocket::SocketError> errors;
    QStringList errorStrings;
    QStringList texts;
    QByteArrayList binaries;
    QList<QSslError> sslErrors;
    bool connected = false;
    bool disconnected = false;

private:
    QWebSocket *m_socket;
};

QList<QSslError::SslError> sslErrorCodes(const QList<QSslError> &errors)
{
    QList<QSslError::SslError> codes;
    for (const QSslError &error : errors)
        codes << error.error();
    return codes;
}

QString describe(const QList<QSslError> &errors)
{
    QString result;
    QDebug debug(&result);
    debug.nospace();
    for (const QSslError &error : errors) {
        debug << "\n    " << qUtf8Printable(enumName(error.error())) << " " << error.errorString()
              << " certificate CN=" << error.certificate().subjectInfo(QSslCertificate::CommonName);
    }
    return result;
}

QString opensslFingerprint(const QString &certificatePath)
{
    QProcess process;
    process.start(TlsFixture::opensslProgram(),
                  {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, certificatePath});
    if (!process.waitForFinished(Timeout) || process.exitCode() != 0)
        return {};
    // "sha256 Fingerprint=AB:CD:..." (OpenSSL 3) or "SHA256 Fingerprint=..." (1.1).
    const QString line = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    return line.mid(line.indexOf(u'=') + 1);
}

} // namespace

class TestKitTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void frameEncoding_data();
    void frameEncoding();
    void acceptKey();
    void rawServerUpgradesAndSends();
    void rawServerAnswersPingsAndCloses();
    void rawServerClosesFirst();
    void handshakeStatus_data();
    void handshakeStatus();
    void handshakeStatusKeptOpen();
    void invalidUtf8_data();
    void invalidUtf8();
    void oversized_data();
    void oversized();

    void fixtureFingerprints();
    void plainTestServerStaysPlain();
    void wssUnknownIssuerFails_data();
    void wssUnknownIssuerFails();
    void wssTrustedCaConnects();
    void wssPinnedFingerprint_data();
    void wssPinnedFingerprint();

private:
    TlsFixture m_tls;
};

void TestKitTls::initTestCase()
{
    qInfo().noquote() << "TLS: supportsSsl" << QSslSocket::supportsSsl() << "backends"
                      << QSslSocket::availableBackends().join(u", "_s) << "active"
                      << QSslSocket::activeBackend() << "library" << QSslSocket::sslLibraryVersionString();
    // The openssl backend ships in libqt6network6 (plugins/tls/libqopensslbackend.so) and needs libssl3.
    QVERIFY2(
        QSslSocket::availableBackends().contains(u"openssl"_s),
        "no Qt TLS backend 'openssl' in /usr/lib/x86_64-linux-gnu/qt6/plugins/tls (package libqt6network6)");
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's openssl TLS backend cannot load libssl (package libssl3)");
    QVERIFY2(m_tls.generate(), qPrintable(m_tls.errorString()));
}

void TestKitTls::frameEncoding_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("empty") << 0 << "\x81\x00"_ba;
    QTest::newRow("7-bit max") << 125 << "\x81\x7d"_ba;
    QTest::newRow("16-bit min") << 126 << "\x81\x7e\x00\x7e"_ba;
    QTest::newRow("16-bit max") << 0xffff << "\x81\x7e\xff\xff"_ba;
    QTest::newRow("64-bit") << 0x10000 << "\x81\x7f\x00\x00\x00\x00\x00\x01\x00\x00"_ba;
}

void TestKitTls::frameEncoding()
{
    QFETCH(int, size);
    QFETCH(QByteArray, header);

    const QByteArray payload(size, 'x');
    const QByteArray frame = RawWsServer::textFrame(payload);
    QCOMPARE(frame.left(header.size()), header);
    QCOMPARE(frame.mid(header.size()), payload);

    QCOMPARE(RawWsServer::frame(RawWsServer::ContinuationOpcode, "a"_ba, false), "\x00\x01\x61"_ba);
    QCOMPARE(RawWsServer::binaryFrame("\xff"_ba), "\x82\x01\xff"_ba);
    QCOMPARE(RawWsServer::closeFrame(1009, "big"_ba), "\x88\x05\x03\xf1\x62\x69\x67"_ba);
}

void TestKitTls::acceptKey()
{
    // The example of RFC 6455 section 1.3.
    QCOMPARE(RawWsServer::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="_ba), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="_ba);
}

void TestKitTls::rawServerUpgradesAndSends()
{
    RawWsServer server;
    QVERIFY(server.listen());
    QCOMPARE(server.url(u"/feed"_s), QUrl(u"ws://127.0.0.1:%1/feed"_s.arg(server.port())));
    server.setOnOpen({RawWsServer::textFrame("hello"_ba), RawWsServer::binaryFrame("\x00\x01"_ba)});

    QWebSocket socket;
    SocketLog log(&socket);
    QNetworkRequest request(server.url(u"/feed"_s));
    request.setRawHeader("X-Token"_ba, "secret"_ba);
    socket.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(log.connected, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(log.texts, QStringList{u"hello"_s}, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(log.binaries, QByteArrayList{"\x00\x01"_ba}, Timeout);
    QCOMPARE(server.handshakes(), 1);
    QCOMPARE(server.connections(), 1);
    QCOMPARE(server.openClients(), 1);
    QCOMPARE(server.lastRequestLine(), "GET /feed HTTP/1.1"_ba);
    QCOMPARE(server.lastRequestHeader("x-token"_ba), "secret"_ba);
    QCOMPARE(server.lastRequestHeader("upgrade"_ba).toLower(), "websocket"_ba);
    QVERIFY(!server.lastRequestHeader("Sec-WebSocket-Key"_ba).isEmpty());

    // All three length encodings, and a message in fragments split between two characters.
    const QString medium(300, u'm');
    const QString large(70'000, u'l');
    server.sendToAll(RawWsServer::textFrame(medium.toUtf8()));
    server.sendToAll(RawWsServer::textFrame(large.toUtf8()));
    server.sendToAll(RawWsServer::frame(RawWsServer::TextOpcode, "1 \xe2\x82\xac"_ba, false));
    server.sendToAll(RawWsServer::frame(RawWsServer::ContinuationOpcode, " 2"_ba, false));
    server.sendToAll(RawWsServer::frame(RawWsServer::ContinuationOpcode, " 3"_ba, true));
    QTRY_COMPARE_WITH_TIMEOUT(log.texts.size(), 4, Timeout);
    QCOMPARE(log.texts.at(1), medium);
    QCOMPARE(log.texts.at(2), large);
    QCOMPARE(log.texts.at(3), u"1 \u20ac 2 3"_s);
    QVERIFY(log.errors.isEmpty());
}

void TestKitTls::rawServerAnswersPingsAndCloses()
{
    RawWsServer server;
    QVERIFY(server.listen());
    QWebSocket socket;
    SocketLog log(&socket);
    QSignalSpy pongs(&socket, &QWebSocket::pong);
    socket.open(server.url());
    QTRY_VERIFY_WITH_TIMEOUT(log.connected, Timeout);

    socket.ping("abc"_ba);
    QVERIFY(pongs.wait(Timeout));
    QCOMPARE(pongs.first().at(1).toByteArray(), "abc"_ba);
    QCOMPARE(server.pingsReceived(), 1);

    socket.sendTextMessage(u"counted, not kept"_s);
    QTRY_COMPARE_WITH_TIMEOUT(server.otherFramesReceived(), 1, Timeout);

    QSignalSpy closes(&server, &RawWsServer::closeReceived);
    socket.close(QWebSocketProtocol::CloseCodeGoingAway, u"bye"_s);
    QVERIFY(closes.wait(Timeout));
    QCOMPARE(server.closeCodes(), QList<quint16>{1001});
    QCOMPARE(server.closeReasons(), QByteArrayList{"bye"_ba});
    QTRY_VERIFY_WITH_TIMEOUT(log.disconnected, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(server.openClients(), 0, Timeout);
    qInfo().noquote() << "client close(1001, bye):" << log.summary();
    QVERIFY(log.errors.isEmpty());
}

void TestKitTls::rawServerClosesFirst()
{
    RawWsServer server;
    QVERIFY(server.listen());
    QWebSocket socket;
    SocketLog log(&socket);
    socket.open(server.url());
    QTRY_VERIFY_WITH_TIMEOUT(log.connected, Timeout);

    server.sendToAll(RawWsServer::closeFrame(4000, "maintenance"_ba));
    QTRY_VERIFY_WITH_TIMEOUT(log.disconnected, Timeout);
    qInfo().noquote() << "server close(4000, maintenance):" << log.summary();
    QCOMPARE(int(socket.closeCode()), 4000); // not an enumerator: compare as int
    QCOMPARE(socket.closeReason(), u"maintenance"_s);
    // The client echoes the code, and the server then closes the TCP connection.
    QTRY_COMPARE_WITH_TIMEOUT(server.closeCodes(), QList<quint16>{4000}, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(server.openClients(), 0, Timeout);
}

void TestKitTls::handshakeStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("401") << 401 << Headers{{"WWW-Authenticate"_ba, "Bearer realm=\"feed\""_ba}}
                         << u"Unauthorized"_s;
    QTest::newRow("403") << 403 << Headers{} << u"Forbidden"_s;
    QTest::newRow("404") << 404 << Headers{} << u"Not Found"_s;
    QTest::newRow("429") << 429 << Headers{{"Retry-After"_ba, "7"_ba}} << u"Too Many Requests"_s;
    QTest::newRow("503") << 503 << Headers{{"Retry-After"_ba, "7"_ba}} << u"Service Unavailable"_s;
}

void TestKitTls::handshakeStatus()
{
    QFETCH(int, status);
    QFETCH(Headers, headers);
    QFETCH(QString, phrase);

    RawWsServer server;
    QVERIFY(server.listen());
    server.setHandshakeStatus(status, {}, headers);
    QWebSocket socket;
    SocketLog log(&socket);
    socket.open(server.url(u"/feed"_s));
    QTRY_VERIFY_WITH_TIMEOUT(log.disconnected, Timeout);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    qInfo().noquote() << "HTTP" << status << "->" << log.summary() << "error() =" << enumName(socket.error());

    QCOMPARE(server.handshakes(), 1);
    QVERIFY(!log.connected);
    // The refusal, then the server's close. errorString() keeps the first text; Retry-After and the
    // other response headers are not available through QWebSocket in Qt 6.4.
    const QString expected =
        u"QWebSocketPrivate::processHandshake: Unhandled http status code: %1 (%2)."_s.arg(
            QString::number(status), phrase);
    QCOMPARE(log.errors,
             (QList{QAbstractSocket::ConnectionRefusedError, QAbstractSocket::RemoteHostClosedError}));
    QCOMPARE(log.errorStrings, (QStringList{expected, expected}));
    QCOMPARE(log.events, (QStringList{u"error"_s, u"error"_s, u"disconnected"_s}));
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
}

void TestKitTls::handshakeStatusKeptOpen()
{
    RawWsServer server;
    QVERIFY(server.listen());
    server.setHandshakeStatus(401);
    server.setKeepOpenAfterStatus(true);
    QWebSocket socket;
    SocketLog log(&socket);
    socket.open(server.url(u"/feed"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!log.errors.isEmpty(), Timeout);
    qInfo().noquote() << "HTTP 401, connection kept open ->" << log.summary() << "state" << socket.state();

    // Qt 6.4 reports the refusal but neither closes the connection nor leaves ConnectingState: the
    // client has to abort().
    QCOMPARE(log.errors, QList{QAbstractSocket::ConnectionRefusedError});
    QCOMPARE(socket.state(), QAbstractSocket::ConnectingState);
    QCOMPARE(server.openConnections(), 1);
    socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, Timeout);
}

void TestKitTls::invalidUtf8_data()
{
    QTest::addColumn<QList<QByteArray>>("frames");

    QTest::newRow("one frame") << QList<QByteArray>{RawWsServer::textFrame("ok"_ba),
                                                    RawWsServer::textFrame("bad \xc3\x28 utf8"_ba),
                                                    RawWsServer::textFrame("after"_ba)};
    QTest::newRow("overlong") << QList<QByteArray>{RawWsServer::textFrame("ok"_ba),
                                                   RawWsServer::textFrame("\xc0\xaf"_ba)};
    QTest::newRow("surrogate") << QList<QByteArray>{RawWsServer::textFrame("ok"_ba),
                                                    RawWsServer::textFrame("\xed\xa0\x80"_ba)};
    QTest::newRow("truncated at the end")
        << QList<QByteArray>{RawWsServer::textFrame("ok"_ba), RawWsServer::textFrame("end \xe2\x82"_ba)};
    QTest::newRow("fragments") << QList<QByteArray>{
        RawWsServer::textFrame("ok"_ba), RawWsServer::frame(RawWsServer::TextOpcode, "a \xe2"_ba, false),
        RawWsServer::frame(RawWsServer::ContinuationOpcode, "\x28 b"_ba, true)};
    // RFC 6455 5.6 allows a frame to end inside a character, but Qt 6.4 checks every frame on its own.
    QTest::newRow("valid, a character split between fragments") << QList<QByteArray>{
        RawWsServer::textFrame("ok"_ba), RawWsServer::frame(RawWsServer::TextOpcode, "1 \xe2\x82"_ba, false),
        RawWsServer::frame(RawWsServer::ContinuationOpcode, "\xac 2"_ba, true)};
}

void TestKitTls::invalidUtf8()
{
    QFETCH(QList<QByteArray>, frames);

    RawWsServer server;
    QVERIFY(server.listen());
    server.setOnOpen(frames);
    QWebSocket socket;
    SocketLog log(&socket);
    socket.open(server.url());
    QTRY_VERIFY_WITH_TIMEOUT(log.disconnected, Timeout);
    qInfo().noquote() << "invalid UTF-8" << QTest::currentDataTag() << "->" << log.summary()
                      << "server got close codes" << server.closeCodes() << server.closeReasons();

    QVERIFY(log.connected);
    QCOMPARE(log.texts, QStringList{u"ok"_s});
    // A close handshake that Qt starts, with no error signal.
    QVERIFY(log.errors.isEmpty());
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeWrongDatatype);
    QCOMPARE(socket.closeReason(), u"Invalid UTF-8 code encountered."_s);
    QCOMPARE(server.closeCodes(), QList<quint16>{1007});
    QCOMPARE(server.closeReasons(), QByteArrayList{"Invalid UTF-8 code encountered."_ba});
}

void TestKitTls::oversized_data()
{
    QTest::addColumn<bool>("limitFrame");
    QTest::addColumn<QList<QByteArray>>("frames");
    QTest::addColumn<QString>("reason");

    const QString frameReason = u"Maximum framesize exceeded."_s;
    const QByteArray part(600, 'p');
    QTest::newRow("text frame over maxAllowedIncomingFrameSize")
        << true
        << QList<QByteArray>{RawWsServer::textFrame("ok"_ba), RawWsServer::textFrame(QByteArray(2000, 'x'))}
        << frameReason;
    QTest::newRow("binary frame over maxAllowedIncomingFrameSize")
        << true
        << QList<QByteArray>{RawWsServer::textFrame("ok"_ba), RawWsServer::binaryFrame(QByteArray(2000, 'x'))}
        << frameReason;
    QTest::newRow("message over maxAllowedIncomingMessageSize, frames under it")
        << false
        << QList<QByteArray>{RawWsServer::textFrame("ok"_ba),
                             RawWsServer::frame(RawWsServer::TextOpcode, part, false),
                             RawWsServer::frame(RawWsServer::ContinuationOpcode, part, false),
                             RawWsServer::frame(RawWsServer::ContinuationOpcode, part, true)}
        << u"Received message is too big."_s;
    QTest::newRow("one frame over maxAllowedIncomingMessageSize")
        << false
        << QList<QByteArray>{RawWsServer::textFrame("ok"_ba), RawWsServer::textFrame(QByteArray(2000, 'x'))}
        << u"Received message is too big."_s;
}

void TestKitTls::oversized()
{
    QFETCH(bool, limitFrame);
    QFETCH(QList<QByteArray>, frames);
    QFETCH(QString, reason);

    RawWsServer server;
    QVERIFY(server.listen());
    server.setOnOpen(frames);
    QWebSocket socket;
    SocketLog log(&socket);
    qInfo() << "defaults: maxAllowedIncomingFrameSize" << socket.maxAllowedIncomingFrameSize()
            << "maxAllowedIncomingMessageSize" << socket.maxAllowedIncomingMessageSize();
    if (limitFrame)
        socket.setMaxAllowedIncomingFrameSize(1024);
    else
        socket.setMaxAllowedIncomingMessageSize(1024);
    socket.open(server.url());
    QTRY_VERIFY_WITH_TIMEOUT(log.disconnected, Timeout);
    qInfo().noquote() << QTest::currentDataTag() << "(limit 1024) ->" << log.summary()
                      << "server got close codes" << server.closeCodes() << server.closeReasons();

    QVERIFY(log.connected);
    QCOMPARE(log.texts, QStringList{u"ok"_s});
    QVERIFY(log.binaries.isEmpty());
    QVERIFY(log.errors.isEmpty());
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    QCOMPARE(socket.closeReason(), reason);
    QCOMPARE(server.closeCodes(), QList<quint16>{1009});
    QCOMPARE(server.closeReasons(), QByteArrayList{reason.toUtf8()});
}

void TestKitTls::fixtureFingerprints()
{
    for (const TlsFixture::Identity *identity : {&m_tls.ca(), &m_tls.server(), &m_tls.other()}) {
        QVERIFY(!identity->certificate.isNull());
        QVERIFY(!identity->key.isNull());
        QCOMPARE(identity->sha256Hex.size(), 64);
        QCOMPARE(identity->sha256Hex, identity->sha256Hex.toLower());
        QCOMPARE(identity->sha256Colons.size(), 32 * 3 - 1);
        QCOMPARE(QString(identity->sha256Colons).remove(u':').toLower(), identity->sha256Hex);
        // The colon spelling is what operators copy from openssl.
        QCOMPARE(opensslFingerprint(identity->certificatePath).toUpper(), identity->sha256Colons);
    }
    QCOMPARE(m_tls.server().certificate.issuerInfo(QSslCertificate::CommonName),
             m_tls.ca().certificate.subjectInfo(QSslCertificate::CommonName));
    QVERIFY(
        m_tls.server().certificate.subjectAlternativeNames().contains(QSsl::IpAddressEntry, u"127.0.0.1"_s));
    QVERIFY(m_tls.server().certificate.subjectAlternativeNames().contains(QSsl::DnsEntry, u"localhost"_s));
    QVERIFY(m_tls.other().certificate.isSelfSigned());
    QVERIFY(m_tls.server().sha256Hex != m_tls.other().sha256Hex);
    qInfo().noquote() << "server certificate sha256:" << m_tls.server().sha256Hex << "/"
                      << m_tls.server().sha256Colons;
}

void TestKitTls::plainTestServerStaysPlain()
{
    TestServer server;
    QVERIFY(server.listen());
    QVERIFY(!server.isSecure());
    QCOMPARE(server.url(u"a"_s).scheme(), u"ws"_s);

    TestServer secure(m_tls.server().serverConfiguration());
    QVERIFY(secure.listen());
    QVERIFY(secure.isSecure());
    QCOMPARE(secure.url(u"a"_s), QUrl(u"wss://127.0.0.1:%1/?client=a"_s.arg(secure.port())));
}

void TestKitTls::wssUnknownIssuerFails_data()
{
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<QList<QSslError::SslError>>("expected");

    QTest::newRow("signed by an unknown CA")
        << false
        << QList{QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate};
    QTest::newRow("self-signed") << true << QList{QSslError::SelfSignedCertificate};
}

void TestKitTls::wssUnknownIssuerFails()
{
    QFETCH(bool, selfSigned);
    QFETCH(QList<QSslError::SslError>, expected);

    const TlsFixture::Identity &identity = selfSigned ? m_tls.other() : m_tls.server();
    TestServer server(identity.serverConfiguration());
    QVERIFY(server.listen());
    QWebSocket socket;
    SocketLog log(&socket);
    socket.open(server.url(u"a"_s));
    QTRY_VERIFY_WITH_TIMEOUT(log.disconnected, Timeout);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    qInfo().noquote() << QTest::currentDataTag() << "->" << log.summary()
                      << "sslErrors:" << describe(log.sslErrors);

    QVERIFY(!log.connected);
    QCOMPARE(log.events, (QStringList{u"sslErrors"_s, u"error"_s, u"disconnected"_s}));
    QCOMPARE(sslErrorCodes(log.sslErrors), expected);
    for (const QSslError &error : std::as_const(log.sslErrors))
        QCOMPARE(error.certificate(), identity.certificate);
    // errorString() is the text of the first TLS error.
    QCOMPARE(log.errors, QList{QAbstractSocket::SslHandshakeFailedError});
    QCOMPARE(log.errorStrings, QStringList{log.sslErrors.constFirst().errorString()});
    QCOMPARE(server.connectionCount(u"a"_s), 0);
}

void TestKitTls::wssTrustedCaConnects()
{
    TestServer server(m_tls.server().serverConfiguration());
    QVERIFY(server.listen());
    QWebSocket socket;
    SocketLog log(&socket);
    socket.setSslConfiguration(m_tls.clientConfiguration());
    socket.open(server.url(u"a"_s));
    QTRY_VERIFY_WITH_TIMEOUT(log.connected, Timeout);
    QVERIFY(log.sslErrors.isEmpty());
    QCOMPARE(socket.sslConfiguration().peerCertificate(), m_tls.server().certificate);

    socket.sendTextMessage(u"ping"_s);
    QTRY_COMPARE_WITH_TIMEOUT(log.texts, QStringList{u"pong"_s}, Timeout);
    QCOMPARE(server.pingsReceived(u"a"_s), 1);
    QCOMPARE(server.connectionCount(u"a"_s), 1);
}

void TestKitTls::wssPinnedFingerprint_data()
{
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<bool>("pinMatches");
    QTest::addColumn<bool>("ignoreAll");

    QTest::newRow("CA-signed, pin matches, ignoreSslErrors(errors)") << false << true << false;
    QTest::newRow("CA-signed, pin matches, ignoreSslErrors()") << false << true << true;
    QTest::newRow("self-signed, pin matches, ignoreSslErrors(errors)") << true << true << false;
    QTest::newRow("self-signed, pin matches, ignoreSslErrors()") << true << true << true;
    QTest::newRow("CA-signed, another pin") << false << false << false;
}

void TestKitTls::wssPinnedFingerprint()
{
    QFETCH(bool, selfSigned);
    QFETCH(bool, pinMatches);
    QFETCH(bool, ignoreAll);

    const TlsFixture::Identity &identity = selfSigned ? m_tls.other() : m_tls.server();
    const QString pin = pinMatches ? identity.sha256Hex : m_tls.ca().sha256Hex;
    TestServer server(identity.serverConfiguration());
    QVERIFY(server.listen());
    QWebSocket socket;
    SocketLog log(&socket);
    QSslCertificate peerInSlot;
    connect(&socket, &QWebSocket::sslErrors, this, [&](const QList<QSslError> &errors) {
        // The live peer certificate is already there while the handshake waits for this slot.
        peerInSlot = socket.sslConfiguration().peerCertificate();
        if (TlsFixture::sha256Hex(peerInSlot) != pin)
            return;
        if (ignoreAll)
            socket.ignoreSslErrors();
        else
            socket.ignoreSslErrors(errors);
    });
    socket.open(server.url(u"a"_s));
    QTRY_VERIFY_WITH_TIMEOUT(log.connected || log.finished(), Timeout);
    qInfo().noquote() << QTest::currentDataTag() << "->" << log.summary()
                      << "sslErrors:" << describe(log.sslErrors);

    QVERIFY(!log.sslErrors.isEmpty());
    QCOMPARE(peerInSlot, identity.certificate);
    if (pinMatches) {
        QVERIFY(log.connected);
        socket.sendTextMessage(u"ping"_s);
        QTRY_COMPARE_WITH_TIMEOUT(log.texts, QStringList{u"pong"_s}, Timeout);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(log.disconnected, Timeout);
        QVERIFY(!log.connected);
        QCOMPARE(log.errors, QList{QAbstractSocket::SslHandshakeFailedError});
    }
}

QTEST_GUILESS_MAIN(TestKitTls)
#include "tst_testkit_tls.moc"
