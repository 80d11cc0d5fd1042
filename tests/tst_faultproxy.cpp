#include "faultproxy.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QtEndian>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 5000;
constexpr quint8 TextOpcode = 0x1;
constexpr quint8 PingOpcode = 0x9;
constexpr quint8 PongOpcode = 0xA;

QUrl viaProxy(const TestServer &server, const FaultProxy &proxy, const QString &clientId)
{
    QUrl url = server.url(clientId);
    url.setPort(proxy.port());
    return url;
}

// A masked client-to-server frame, as RFC 6455 requires of clients.
QByteArray clientFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else if (payload.size() <= 0xffff) {
        frame.append(char(0x80 | 126));
        const quint16 length = qToBigEndian(quint16(payload.size()));
        frame.append(reinterpret_cast<const char *>(&length), sizeof length);
    } else {
        frame.append(char(0x80 | 127));
        const quint64 length = qToBigEndian(quint64(payload.size()));
        frame.append(reinterpret_cast<const char *>(&length), sizeof length);
    }
    const QByteArray mask = "\x12\x34\x56\x78"_ba;
    frame.append(mask);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask.at(i % 4)));
    return frame;
}

struct ServerFrame
{
    quint8 opcode = 0;
    QByteArray payload;
};

// The whole unmasked server-to-client frame at the front of buffer, if it is all there.
std::optional<ServerFrame> firstServerFrame(const QByteArray &buffer)
{
    if (buffer.size() < 2)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const uchar *>(buffer.constData());
    qsizetype header = 2;
    quint64 length = bytes[1] & 0x7f;
    if (length == 126) {
        if (buffer.size() < 4)
            return std::nullopt;
        length = qFromBigEndian<quint16>(bytes + 2);
        header = 4;
    } else if (length == 127) {
        if (buffer.size() < 10)
            return std::nullopt;
        length = qFromBigEndian<quint64>(bytes + 2);
        header = 10;
    }
    if (buffer.size() < header + qsizetype(length))
        return std::nullopt;
    return ServerFrame{quint8(bytes[0] & 0x0f), buffer.mid(header, qsizetype(length))};
}

} // namespace

class tst_FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(tst_FaultProxy)

public:
    explicit tst_FaultProxy() = default;

private Q_SLOTS:
    void passThrough();
    void freeze();
    void propagateCloseWhileFrozen_data();
    void propagateCloseWhileFrozen();
    void reset();
    void hang();
    void refuse();
    void upstreamRefused();
    void latency();
    void dropClientPings();
    void splitFrames_data();
    void splitFrames();
};

void tst_FaultProxy::passThrough()
{
    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));
    QVERIFY(proxy.port() != 0);
    QVERIFY(proxy.port() != server.port());
    QSignalSpy accepted(&proxy, &FaultProxy::connectionAccepted);
    QSignalSpy closed(&proxy, &FaultProxy::connectionClosed);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(connected.wait(Timeout));
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(proxy.acceptedCount(), 1);
    QCOMPARE(proxy.activeConnections(), 1);
    QTRY_COMPARE(server.clientCount(), 1);
    QCOMPARE(server.connectionCount(u"a"_s), 1);

    // 7-bit, 16-bit and 64-bit frame lengths, upstream.
    const QStringList sent = {u"hello"_s, QString(1000, u'm'), QString(100000, u'l')};
    for (const QString &text : sent)
        client.sendTextMessage(text);
    QTRY_COMPARE(server.received(u"a"_s), sent);

    client.sendTextMessage(u"ping"_s);
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.takeFirst().at(0).toString(), u"pong"_s);

    // And downstream.
    const QString big(70000, u'y');
    server.pushToAll(big);
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.takeFirst().at(0).toString(), big);

    client.close();
    QTRY_COMPARE(server.clientCount(), 0);
    QTRY_COMPARE(proxy.activeConnections(), 0);
    QCOMPARE(closed.count(), 1);
    QCOMPARE(proxy.droppedBytes(), 0);
}

void tst_FaultProxy::freeze()
{
    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE(server.clientCount(), 1);

    proxy.freeze();
    QVERIFY(proxy.isFrozen());
    client.sendTextMessage(u"frozen"_s); // 2 + 4 (mask) + 6 bytes
    server.pushToAll(u"frozen-down"_s);  // 2 + 11 bytes
    QTRY_COMPARE(proxy.droppedBytes(), qint64(12 + 13));

    // A connection made while frozen is accepted, but its upgrade request vanishes.
    QWebSocket late;
    late.open(viaProxy(server, proxy, u"late"_s));
    QTRY_COMPARE(proxy.acceptedCount(), 2);
    QTRY_VERIFY(proxy.droppedBytes() > 12 + 13);
    QCOMPARE(late.state(), QAbstractSocket::ConnectingState);

    // Half-open: nothing passed, and nobody saw a close.
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(server.clientCount(), 1);
    QCOMPARE(proxy.activeConnections(), 2);
    QCOMPARE(server.received(u"a"_s), QStringList());
    QCOMPARE(server.connectionCount(u"late"_s), 0);

    proxy.thaw();
    QVERIFY(!proxy.isFrozen());
    // Sentinels: had the frozen messages passed, TCP order would put them first.
    client.sendTextMessage(u"sentinel"_s);
    QTRY_COMPARE(server.received(u"a"_s), QStringList{u"sentinel"_s});
    server.pushToAll(u"sentinel-down"_s);
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), u"sentinel-down"_s);
    QCOMPARE(server.connectionCount(u"late"_s), 0);
}

void tst_FaultProxy::propagateCloseWhileFrozen_data()
{
    QTest::addColumn<bool>("propagate");
    QTest::addColumn<bool>("clientCloses");
    QTest::newRow("propagate, client closes") << true << true;
    QTest::newRow("propagate, server closes") << true << false;
    QTest::newRow("hold, client closes") << false << true;
    QTest::newRow("hold, server closes") << false << false;
}

void tst_FaultProxy::propagateCloseWhileFrozen()
{
    QFETCH(bool, propagate);
    QFETCH(bool, clientCloses);

    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));
    proxy.setPropagateCloseWhileFrozen(propagate);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE(server.clientCount(), 1);

    proxy.freeze();
    if (clientCloses)
        client.abort();
    else
        server.abortAll();

    if (propagate) {
        QTRY_COMPARE(server.clientCount(), 0);
        QTRY_COMPARE(disconnected.count(), 1);
        QTRY_COMPARE(proxy.activeConnections(), 0);
        return;
    }

    // The proxy has seen the close and holds the other side open.
    QTRY_COMPARE(proxy.halfClosedConnections(), 1);
    QCOMPARE(proxy.activeConnections(), 1);
    if (clientCloses) {
        QCOMPARE(server.clientCount(), 1);
    } else {
        QCOMPARE(disconnected.count(), 0);
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    }

    proxy.thaw();
    QTRY_COMPARE(server.clientCount(), 0);
    QTRY_COMPARE(disconnected.count(), 1);
    QTRY_COMPARE(proxy.activeConnections(), 0);
    QCOMPARE(proxy.halfClosedConnections(), 0);
}

void tst_FaultProxy::reset()
{
    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));
    QSignalSpy closed(&proxy, &FaultProxy::connectionClosed);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy errors(&client, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE(server.clientCount(), 1);
    QSignalSpy serverSideGone(&server, &TestServer::clientDisconnected);

    proxy.reset();
    QCOMPARE(proxy.activeConnections(), 0);
    QCOMPARE(closed.count(), 1);
    QVERIFY(disconnected.wait(Timeout));
    QTRY_COMPARE(serverSideGone.count(), 1);
    QCOMPARE(server.clientCount(), 0);
    // A reset, not a close handshake.
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.at(0).at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::RemoteHostClosedError);

    // The proxy keeps accepting afterwards.
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE(server.clientCount(), 1);
}

void tst_FaultProxy::hang()
{
    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));
    proxy.setHang(true);

    QWebSocket hung;
    QSignalSpy hungConnected(&hung, &QWebSocket::connected);
    hung.open(viaProxy(server, proxy, u"hung"_s));
    QTRY_COMPARE(proxy.acceptedCount(), 1);
    QCOMPARE(proxy.activeConnections(), 1);

    // A later client goes through once hanging is off; the hung one, which asked first, still waits.
    proxy.setHang(false);
    QWebSocket other;
    QSignalSpy otherConnected(&other, &QWebSocket::connected);
    other.open(viaProxy(server, proxy, u"other"_s));
    QVERIFY(otherConnected.wait(Timeout));
    QTRY_COMPARE(server.connectionCount(u"other"_s), 1);
    QCOMPARE(hung.state(), QAbstractSocket::ConnectingState);
    QCOMPARE(hungConnected.count(), 0);
    QCOMPARE(server.connectionCount(u"hung"_s), 0);
    QCOMPARE(proxy.halfClosedConnections(), 0);

    hung.abort();
    QTRY_COMPARE(proxy.activeConnections(), 1);
    QCOMPARE(proxy.acceptedCount(), 2);
}

void tst_FaultProxy::refuse()
{
    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));
    proxy.setRefuse(true);
    QSignalSpy closed(&proxy, &FaultProxy::connectionClosed);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy errors(&client, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(errors.wait(Timeout));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(proxy.acceptedCount(), 1);
    QCOMPARE(closed.count(), 1);
    QCOMPARE(proxy.activeConnections(), 0);
    QCOMPARE(server.connectionCount(u"a"_s), 0);

    proxy.setRefuse(false);
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE(server.connectionCount(u"a"_s), 1);
}

void tst_FaultProxy::upstreamRefused()
{
    TestServer server;
    QVERIFY(server.listen());
    const quint16 deadPort = server.port();
    server.close();
    FaultProxy proxy;
    QVERIFY(proxy.listen(deadPort));

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(connected.count(), 0);
    QCOMPARE(proxy.acceptedCount(), 1);
    QTRY_COMPARE(proxy.activeConnections(), 0);

    // A new target applies to new connections.
    QVERIFY(server.listen());
    proxy.setTargetPort(server.port());
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE(server.clientCount(), 1);
}

void tst_FaultProxy::latency()
{
    constexpr int LatencyMs = 150;
    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));
    proxy.setLatency(LatencyMs);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE(server.clientCount(), 1);

    QSignalSpy serverReceived(&server, &TestServer::textReceived);
    QElapsedTimer timer;
    timer.start();
    client.sendTextMessage(u"late"_s);
    QVERIFY(serverReceived.wait(Timeout));
    QVERIFY2(timer.elapsed() >= LatencyMs, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));

    timer.start();
    client.sendTextMessage(u"ping"_s);
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.at(0).at(0).toString(), u"pong"_s);
    QVERIFY2(timer.elapsed() >= 2 * LatencyMs, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));

    // Delayed chunks keep their order.
    QStringList burst;
    for (int i = 0; i < 20; ++i) {
        burst.append(u"m%1"_s.arg(i));
        client.sendTextMessage(burst.constLast());
    }
    QTRY_COMPARE(server.received(u"a"_s), QStringList{u"late"_s} + burst);
}

void tst_FaultProxy::dropClientPings()
{
    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));
    proxy.setDropClientPings(true);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy pongs(&client, &QWebSocket::pong);
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
    client.open(viaProxy(server, proxy, u"a"_s));
    QVERIFY(connected.wait(Timeout));

    client.ping("dropped"_ba);
    client.sendTextMessage(u"hello"_s);
    client.sendTextMessage(u"ping"_s);
    // Qt answers a protocol ping as soon as it reads it, so its pong would come before this reply.
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.at(0).at(0).toString(), u"pong"_s);
    QCOMPARE(pongs.count(), 0);
    QCOMPARE(server.received(u"a"_s), QStringList{u"hello"_s});
    QCOMPARE(proxy.droppedBytes(), qint64(2 + 4 + 7));

    proxy.setDropClientPings(false);
    client.ping("answered"_ba);
    QVERIFY(pongs.wait(Timeout));
    QCOMPARE(pongs.at(0).at(1).toByteArray(), "answered"_ba);
}

void tst_FaultProxy::splitFrames_data()
{
    QTest::addColumn<bool>("drop");
    QTest::addColumn<int>("textSize");
    QTest::addColumn<bool>("inPing");
    QTest::addColumn<int>("offset");

    // The stream is a text frame, a ping frame and a short text frame. The first write stops at
    // offset into the text frame (capped at its last byte) or into the ping frame.
    const struct
    {
        const char *where;
        bool inPing;
        int offset;
    } splits[] = {{"text header", false, 1},      {"text length or mask", false, 3},
                  {"text payload", false, 10000}, {"ping header", true, 1},
                  {"ping mask", true, 3},         {"ping payload", true, 10}};
    for (const int size : {5, 300, 70000}) {
        for (const auto &split : splits)
            QTest::addRow("drop, %d-byte text, in %s", size, split.where)
                << true << size << split.inPing << split.offset;
    }
    QTest::addRow("pass, 300-byte text, in ping mask") << false << 300 << true << 3;
    QTest::addRow("pass, 70000-byte text, in ping payload") << false << 70000 << true << 10;
}

// A raw client writes frames split at chosen bytes, so the proxy must carry partial frames over reads.
void tst_FaultProxy::splitFrames()
{
    QFETCH(bool, drop);
    QFETCH(int, textSize);
    QFETCH(bool, inPing);
    QFETCH(int, offset);

    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));
    proxy.setDropClientPings(drop);

    QTcpSocket raw;
    QByteArray inbound;
    connect(&raw, &QTcpSocket::readyRead, this, [&raw, &inbound] { inbound += raw.readAll(); });
    QSignalSpy rawConnected(&raw, &QTcpSocket::connected);
    raw.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(rawConnected.wait(Timeout));
    raw.write("GET /?client=raw HTTP/1.1\r\n"
              "Host: 127.0.0.1\r\n"
              "Upgrade: websocket\r\n"
              "Connection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n\r\n"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(inbound.contains("\r\n\r\n"_ba), Timeout);
    QVERIFY2(inbound.startsWith("HTTP/1.1 101"_ba), inbound.constData());
    inbound.remove(0, inbound.indexOf("\r\n\r\n"_ba) + 4);
    QTRY_COMPARE(server.clientCount(), 1);

    const QByteArray text(textSize, 't');
    const QByteArray first = clientFrame(TextOpcode, text);
    const QByteArray ping = clientFrame(PingOpcode, "p-payload"_ba);
    QCOMPARE(ping.size(), 15);
    const QByteArray stream = first + ping + clientFrame(TextOpcode, "end"_ba);
    const qsizetype at = inPing ? first.size() + offset : qMin<qsizetype>(offset, first.size() - 1);

    // The barrier frame proves that the proxy has read the first part before the rest is written.
    raw.write(clientFrame(TextOpcode, "start"_ba) + stream.left(at));
    QStringList expected = {u"start"_s};
    if (inPing)
        expected.append(QString::fromLatin1(text));
    QTRY_COMPARE(server.received(u"raw"_s), expected);
    raw.write(stream.mid(at));
    expected = QStringList{u"start"_s, QString::fromLatin1(text), u"end"_s};
    QTRY_COMPARE(server.received(u"raw"_s), expected);
    QCOMPARE(proxy.droppedBytes(), drop ? qint64(ping.size()) : qint64(0));

    // The server's first frame tells whether the ping reached it: a pong, or the reply to this.
    raw.write(clientFrame(TextOpcode, "ping"_ba));
    QTRY_VERIFY_WITH_TIMEOUT(firstServerFrame(inbound).has_value(), Timeout);
    const std::optional<ServerFrame> reply = firstServerFrame(inbound);
    if (drop) {
        QCOMPARE(reply->opcode, TextOpcode);
        QCOMPARE(reply->payload, "pong"_ba);
    } else {
        QCOMPARE(reply->opcode, PongOpcode);
        QCOMPARE(reply->payload, "p-payload"_ba);
    }
}

QTEST_GUILESS_MAIN(tst_FaultProxy)
#include "tst_faultproxy.moc"
