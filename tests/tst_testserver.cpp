#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 5000;

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Checks that messages are pushed messages numbered 1, 2, 3... with no gap.
bool isSequenceFromOne(const QStringList &messages, int size, QString *problem)
{
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject object = parseObject(messages.at(i));
        if (object.value(u"seq"_s).toInteger() != i + 1 || object.value(u"feed"_s).toString() != u"test"_s) {
            *problem = u"message %1 is %2"_s.arg(i).arg(messages.at(i));
            return false;
        }
        if (size > 0 && messages.at(i).size() != size) {
            *problem = u"message %1 has %2 characters"_s.arg(i).arg(messages.at(i).size());
            return false;
        }
    }
    return true;
}

} // namespace

class tst_TestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(tst_TestServer)

public:
    explicit tst_TestServer() = default;

private Q_SLOTS:
    void url();
    void textPing();
    void jsonPing();
    void ignorePings();
    void pushAtRate();
    void closeAllWithCode();
    void abortAll();
    void concurrentCounting();
    void receivedInOrder();
    void lastRequest();
    void listenAgainAfterClose();
    void standaloneExecutable();

private:
    // Opens a client and waits until both ends see the connection.
    bool connectClient(QWebSocket *client, TestServer *server, const QString &clientId);
};

bool tst_TestServer::connectClient(QWebSocket *client, TestServer *server, const QString &clientId)
{
    QSignalSpy connected(client, &QWebSocket::connected);
    const int before = server->concurrent(clientId);
    client->open(server->url(clientId));
    if (!connected.wait(Timeout))
        return false;
    return QTest::qWaitFor([&] { return server->concurrent(clientId) == before + 1; }, Timeout);
}

void tst_TestServer::url()
{
    TestServer server;
    QVERIFY(server.listen());
    const QString base = u"ws://127.0.0.1:%1"_s.arg(server.port());
    QCOMPARE(server.url(), QUrl(base + u"/"_s));
    QCOMPARE(server.url(u"abc"_s), QUrl(base + u"/?client=abc"_s));
    QCOMPARE(server.url(u"abc"_s, u"/feed"_s), QUrl(base + u"/feed?client=abc"_s));
}

void tst_TestServer::textPing()
{
    TestServer server;
    QVERIFY(server.listen());
    QWebSocket client;
    QVERIFY(connectClient(&client, &server, u"a"_s));
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);

    client.sendTextMessage(u"ping"_s);
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.takeFirst().at(0).toString(), u"pong"_s);
    QCOMPARE(server.pingsReceived(u"a"_s), 1);
    QCOMPARE(server.received(u"a"_s), QStringList());

    server.setTextPing(u"hb"_s, u"hb-ack"_s);
    client.sendTextMessage(u"hb"_s);
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.takeFirst().at(0).toString(), u"hb-ack"_s);
    QCOMPARE(server.pingsReceived(u"a"_s), 2);
}

void tst_TestServer::jsonPing()
{
    TestServer server;
    QVERIFY(server.listen());
    QWebSocket client;
    QVERIFY(connectClient(&client, &server, u"a"_s));
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);

    client.sendTextMessage(u"{\"type\":\"ping\"}"_s);
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.takeFirst().at(0).toString(), u"{\"type\":\"pong\"}"_s);

    // Other fields come back, so that a reply can be matched to its ping.
    client.sendTextMessage(u"{\"type\":\"ping\",\"id\":7}"_s);
    QVERIFY(messages.wait(Timeout));
    const QJsonObject reply = parseObject(messages.takeFirst().at(0).toString());
    QCOMPARE(reply.value(u"type"_s).toString(), u"pong"_s);
    QCOMPARE(reply.value(u"id"_s).toInt(), 7);
    QCOMPARE(server.pingsReceived(u"a"_s), 2);

    // Other JSON is an ordinary message.
    client.sendTextMessage(u"{\"type\":\"subscribe\"}"_s);
    QTRY_COMPARE(server.received(u"a"_s), QStringList{u"{\"type\":\"subscribe\"}"_s});
    QCOMPARE(server.pingsReceived(u"a"_s), 2);
}

void tst_TestServer::ignorePings()
{
    TestServer server;
    QVERIFY(server.listen());
    server.setIgnorePings(true);
    QWebSocket client;
    QVERIFY(connectClient(&client, &server, u"a"_s));
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);

    client.sendTextMessage(u"ping"_s);
    client.sendTextMessage(u"{\"type\":\"ping\"}"_s);
    client.sendTextMessage(u"marker"_s);
    QTRY_COMPARE(server.received(u"a"_s), QStringList{u"marker"_s});
    QCOMPARE(server.pingsReceived(u"a"_s), 2);
    // Sentinel: a reply to either ping would arrive before this.
    server.pushToAll(u"after"_s);
    QVERIFY(messages.wait(Timeout));
    QCOMPARE(messages.at(0).at(0).toString(), u"after"_s);
}

void tst_TestServer::pushAtRate()
{
    constexpr int Rate = 50;
    constexpr int Size = 128;
    constexpr int Wanted = 25;
    TestServer server;
    QVERIFY(server.listen());
    QWebSocket client;
    QVERIFY(connectClient(&client, &server, u"a"_s));
    QStringList messages;
    connect(&client, &QWebSocket::textMessageReceived, this,
            [&messages](const QString &text) { messages.append(text); });

    QElapsedTimer timer;
    timer.start();
    server.startPushing(Rate, Size);
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= Wanted, Timeout);
    // The n-th message is due (n - 1) / rate seconds after the start: a lower bound on the time taken.
    QVERIFY2(timer.elapsed() >= (Wanted - 1) * 1000 / Rate, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));

    // A client that joins later counts from 1 too.
    QWebSocket late;
    QStringList lateMessages;
    connect(&late, &QWebSocket::textMessageReceived, this,
            [&lateMessages](const QString &text) { lateMessages.append(text); });
    QVERIFY(connectClient(&late, &server, u"b"_s));
    QTRY_VERIFY_WITH_TIMEOUT(lateMessages.size() >= 5, Timeout);

    server.stopPushing();
    QString problem;
    QVERIFY2(isSequenceFromOne(messages, Size, &problem), qPrintable(problem));
    QVERIFY2(isSequenceFromOne(lateMessages, Size, &problem), qPrintable(problem));

    // A high rate arrives in batches, still without gaps.
    messages.clear();
    lateMessages.clear();
    server.startPushing(5000, 32);
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 2000, Timeout);
    server.stopPushing();
    // Numbering carries on per connection across stopPushing() and startPushing().
    const qint64 firstSeq = parseObject(messages.first()).value(u"seq"_s).toInteger();
    QVERIFY(firstSeq > Wanted);
    for (int i = 1; i < messages.size(); ++i)
        QCOMPARE(parseObject(messages.at(i)).value(u"seq"_s).toInteger(), firstSeq + i);
    QVERIFY(!lateMessages.isEmpty());
    const qint64 lateFirstSeq = parseObject(lateMessages.first()).value(u"seq"_s).toInteger();
    for (int i = 1; i < lateMessages.size(); ++i)
        QCOMPARE(parseObject(lateMessages.at(i)).value(u"seq"_s).toInteger(), lateFirstSeq + i);
}

void tst_TestServer::closeAllWithCode()
{
    TestServer server;
    QVERIFY(server.listen());
    QWebSocket client;
    QVERIFY(connectClient(&client, &server, u"a"_s));
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy serverSide(&server, &TestServer::clientDisconnected);

    server.closeAll(4001, u"bye"_s);
    QVERIFY(disconnected.wait(Timeout));
    // 4001 is outside the range of the CloseCode enum: compare as int, or UBSan objects to the load.
    QCOMPARE(int(client.closeCode()), 4001);
    QCOMPARE(client.closeReason(), u"bye"_s);
    QTRY_COMPARE(server.clientCount(), 0);
    QCOMPARE(serverSide.count(), 1);
    QCOMPARE(serverSide.at(0).at(0).toString(), u"a"_s);
}

void tst_TestServer::abortAll()
{
    TestServer server;
    QVERIFY(server.listen());
    QWebSocket first;
    QWebSocket second;
    QVERIFY(connectClient(&first, &server, u"a"_s));
    QVERIFY(connectClient(&second, &server, u"b"_s));
    QSignalSpy firstGone(&first, &QWebSocket::disconnected);
    QSignalSpy secondGone(&second, &QWebSocket::disconnected);
    QSignalSpy firstErrors(&first, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));

    server.abortAll();
    QTRY_COMPARE(server.clientCount(), 0);
    QVERIFY(firstGone.count() == 1 || firstGone.wait(Timeout));
    QVERIFY(secondGone.count() == 1 || secondGone.wait(Timeout));
    // No close frame was sent: the client saw the TCP connection go.
    QCOMPARE(firstErrors.count(), 1);
    QCOMPARE(firstErrors.at(0).at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::RemoteHostClosedError);
    QVERIFY(server.isListening());
}

void tst_TestServer::concurrentCounting()
{
    TestServer server;
    QVERIFY(server.listen());
    QSignalSpy connectedIds(&server, &TestServer::clientConnected);
    auto first = std::make_unique<QWebSocket>();
    QWebSocket second;
    QWebSocket solo;
    QVERIFY(connectClient(first.get(), &server, u"dup"_s));
    QVERIFY(connectClient(&second, &server, u"dup"_s));
    QVERIFY(connectClient(&solo, &server, u"solo"_s));
    QCOMPARE(connectedIds.count(), 3);
    QCOMPARE(connectedIds.at(0).at(0).toString(), u"dup"_s);

    QCOMPARE(server.clientCount(), 3);
    QCOMPARE(server.concurrent(u"dup"_s), 2);
    QCOMPARE(server.maxConcurrent(u"dup"_s), 2);
    QCOMPARE(server.connectionCount(u"dup"_s), 2);
    QCOMPARE(server.concurrent(u"solo"_s), 1);
    QCOMPARE(server.maxConcurrentAny(), 2);
    QCOMPARE(server.concurrent(u"nobody"_s), 0);

    first->close();
    QTRY_COMPARE(server.concurrent(u"dup"_s), 1);
    QCOMPARE(server.maxConcurrent(u"dup"_s), 2);
    first = std::make_unique<QWebSocket>();
    QVERIFY(connectClient(first.get(), &server, u"dup"_s));
    QCOMPARE(server.connectionCount(u"dup"_s), 3);
    QCOMPARE(server.maxConcurrent(u"dup"_s), 2);

    server.resetCounters();
    QCOMPARE(server.connectionCount(u"dup"_s), 0);
    QCOMPARE(server.concurrent(u"dup"_s), 2);
    QCOMPARE(server.maxConcurrent(u"dup"_s), 2);
    second.close();
    QTRY_COMPARE(server.concurrent(u"dup"_s), 1);
    QCOMPARE(server.maxConcurrent(u"dup"_s), 2);
    server.resetCounters();
    QCOMPARE(server.maxConcurrent(u"dup"_s), 1);
    QCOMPARE(server.maxConcurrentAny(), 1);
}

void tst_TestServer::receivedInOrder()
{
    TestServer server;
    QVERIFY(server.listen());
    QSignalSpy textReceived(&server, &TestServer::textReceived);
    QWebSocket client;
    QWebSocket other;
    QVERIFY(connectClient(&client, &server, u"a"_s));
    QVERIFY(connectClient(&other, &server, u"b"_s));

    QStringList sent;
    for (int i = 0; i < 50; ++i) {
        sent.append(u"m%1"_s.arg(i));
        client.sendTextMessage(sent.constLast());
        if (i % 10 == 0)
            client.sendTextMessage(u"ping"_s);
    }
    other.sendTextMessage(u"from b"_s);
    QTRY_COMPARE(server.received(u"a"_s), sent);
    QTRY_COMPARE(server.received(u"b"_s), QStringList{u"from b"_s});
    QCOMPARE(server.pingsReceived(u"a"_s), 5);
    QCOMPARE(textReceived.count(), 51);

    server.resetCounters();
    QCOMPARE(server.received(u"a"_s), QStringList());
    QCOMPARE(server.pingsReceived(u"a"_s), 0);
    QCOMPARE(server.clientCount(), 2);
}

void tst_TestServer::lastRequest()
{
    TestServer server;
    QVERIFY(server.listen());
    QNetworkRequest request(server.url(u"h"_s, u"/feed"_s));
    request.setRawHeader("Authorization", "Bearer abc");
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(request);
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE(server.concurrent(u"h"_s), 1);

    const QNetworkRequest seen = server.lastRequest(u"h"_s);
    QCOMPARE(seen.rawHeader("Authorization"), "Bearer abc"_ba);
    QCOMPARE(seen.url().path(), u"/feed"_s);
    QCOMPARE(QUrlQuery(seen.url()).queryItemValue(u"client"_s), u"h"_s);
    QCOMPARE(server.lastRequest(u"nobody"_s).url(), QUrl());
}

void tst_TestServer::listenAgainAfterClose()
{
    TestServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    QWebSocket client;
    QVERIFY(connectClient(&client, &server, u"a"_s));
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);

    server.close();
    QVERIFY(!server.isListening());
    QCOMPARE(server.port(), port);
    QVERIFY(disconnected.count() == 1 || disconnected.wait(Timeout));
    QCOMPARE(server.clientCount(), 0);

    QWebSocket refused;
    QSignalSpy errors(&refused, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    refused.open(server.url(u"a"_s));
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.at(0).at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::ConnectionRefusedError);

    QVERIFY(server.listen(port));
    QVERIFY(server.isListening());
    QCOMPARE(server.port(), port);
    QVERIFY(connectClient(&client, &server, u"a"_s));
    QCOMPARE(server.connectionCount(u"a"_s), 2);
}

void tst_TestServer::standaloneExecutable()
{
    const QString buildDir = qEnvironmentVariable("FEEDPULSE_BUILD_DIR");
    const QString program = buildDir + u"/tests/kit/feedpulse-testserver"_s;
    if (buildDir.isEmpty() || !QFile::exists(program))
        QSKIP("feedpulse-testserver is not built (or FEEDPULSE_BUILD_DIR is unset)");

    QProcess process;
    process.start(program, {u"--rate"_s, u"20"_s});
    QVERIFY2(process.waitForStarted(Timeout), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), Timeout);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"listening on 127.0.0.1:"_s), qPrintable(line));
    bool ok = false;
    const quint16 port = line.section(u':', -1).toUShort(&ok);
    QVERIFY(ok && port != 0);

    QWebSocket client;
    QStringList messages;
    connect(&client, &QWebSocket::textMessageReceived, this,
            [&messages](const QString &text) { messages.append(text); });
    client.open(QUrl(u"ws://127.0.0.1:%1/?client=cli"_s.arg(port)));
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 3, Timeout);
    QString problem;
    QVERIFY2(isSequenceFromOne(messages, 64, &problem), qPrintable(problem));

    // SIGTERM ends it cleanly.
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    process.terminate();
    QVERIFY(process.waitForFinished(Timeout));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(disconnected.count() == 1 || disconnected.wait(Timeout));
}

QTEST_GUILESS_MAIN(tst_TestServer)
#include "tst_testserver.moc"
