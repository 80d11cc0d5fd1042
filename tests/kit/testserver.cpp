#include "testserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

using namespace Qt::StringLiterals;

// Quiet by default: every test links the kit. QT_LOGGING_RULES="feedpulse.testkit.*.debug=true" shows it.
Q_LOGGING_CATEGORY(lcTestServer, "feedpulse.testkit.server", QtInfoMsg)

namespace {

const QString ClientQueryKey = u"client"_s;

QString pushMessage(qint64 seq, int size)
{
    const QString head = u"{\"seq\":"_s % QString::number(seq) % u",\"feed\":\"test\",\"pad\":\""_s;
    const QString tail = u"\"}"_s;
    const qsizetype padding = std::max<qsizetype>(0, size - head.size() - tail.size());
    return head % QString(padding, u'x') % tail;
}

} // namespace

TestServer::TestServer(QObject *parent)
    : TestServer(new QWebSocketServer(u"FeedPulse test server"_s, QWebSocketServer::NonSecureMode), parent)
{}

TestServer::TestServer(const QSslConfiguration &tls, QObject *parent)
    : TestServer(new QWebSocketServer(u"FeedPulse test server"_s, QWebSocketServer::SecureMode), parent)
{
    m_server->setSslConfiguration(tls);
    // A client that rejects our certificate fails its TLS handshake; tests check that on the client.
    connect(m_server, &QWebSocketServer::sslErrors, this,
            [](const QList<QSslError> &errors) { qCDebug(lcTestServer) << "TLS errors:" << errors; });
    connect(m_server, &QWebSocketServer::peerVerifyError, this,
            [](const QSslError &error) { qCDebug(lcTestServer) << "peer verify error:" << error; });
    connect(m_server, &QWebSocketServer::serverError, this,
            [](QWebSocketProtocol::CloseCode code) { qCDebug(lcTestServer) << "server error:" << code; });
}

TestServer::TestServer(QWebSocketServer *server, QObject *parent)
    : QObject(parent), m_server(server), m_pushTimer(new QTimer(this)), m_pingText(u"ping"_s),
      m_pongText(u"pong"_s)
{
    m_server->setParent(this);
    m_pushTimer->setTimerType(Qt::PreciseTimer);
    connect(m_server, &QWebSocketServer::newConnection, this, &TestServer::onNewConnection);
    connect(m_pushTimer, &QTimer::timeout, this, &TestServer::onPushTick);
}

TestServer::~TestServer()
{
    m_server->close();
    for (QWebSocket *socket : m_clients.keys()) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool TestServer::listen(quint16 port)
{
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcTestServer) << "cannot listen on port" << port << m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

void TestServer::close()
{
    m_server->close();
    abortAll();
}

bool TestServer::isListening() const
{
    return m_server->isListening();
}

bool TestServer::isSecure() const
{
    return m_server->secureMode() == QWebSocketServer::SecureMode;
}

quint16 TestServer::port() const
{
    return m_port;
}

QUrl TestServer::url(const QString &clientId, const QString &path) const
{
    QUrl url;
    url.setScheme(isSecure() ? u"wss"_s : u"ws"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(path);
    if (!clientId.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(ClientQueryKey, clientId);
        url.setQuery(query);
    }
    return url;
}

EndpointConfig TestServer::endpoint(const QString &clientId) const
{
    EndpointConfig config;
    config.name = clientId;
    config.urls = {url(clientId).toString()};
    config.heartbeat.intervalMs = 60'000;
    config.backoff = {50, 200, 2.0, BackoffPolicy::Jitter::None};
    config.stableMs = 0;
    return config;
}

void TestServer::setIgnorePings(bool ignore)
{
    m_ignorePings = ignore;
}

void TestServer::setTextPing(const QString &ping, const QString &pong)
{
    m_pingText = ping;
    m_pongText = pong;
}

void TestServer::startPushing(int messagesPerSecond, int size)
{
    if (messagesPerSecond <= 0) {
        stopPushing();
        return;
    }
    m_pushRate = messagesPerSecond;
    m_pushSize = size;
    m_pushed = 0;
    m_pushClock.start();
    // Ticks of at most 50 ms keep slow rates punctual; at high rates each tick sends a batch.
    m_pushTimer->start(std::clamp(1000 / messagesPerSecond, 5, 50));
    onPushTick();
}

void TestServer::stopPushing()
{
    m_pushTimer->stop();
    m_pushRate = 0;
}

void TestServer::pushToAll(const QString &text)
{
    for (QWebSocket *socket : m_clients.keys())
        socket->sendTextMessage(text);
}

void TestServer::closeAll(int code, const QString &reason)
{
    for (QWebSocket *socket : m_clients.keys())
        socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void TestServer::abortAll()
{
    for (QWebSocket *socket : m_clients.keys())
        socket->abort();
}

int TestServer::clientCount() const
{
    return int(m_clients.size());
}

int TestServer::concurrent(const QString &clientId) const
{
    return m_stats.value(clientId).concurrent;
}

int TestServer::maxConcurrent(const QString &clientId) const
{
    return m_stats.value(clientId).maxConcurrent;
}

int TestServer::maxConcurrentAny() const
{
    int result = 0;
    for (const Stats &stats : m_stats)
        result = std::max(result, stats.maxConcurrent);
    return result;
}

int TestServer::connectionCount(const QString &clientId) const
{
    return m_stats.value(clientId).connections;
}

QStringList TestServer::received(const QString &clientId) const
{
    return m_stats.value(clientId).received;
}

int TestServer::pingsReceived(const QString &clientId) const
{
    return m_stats.value(clientId).pings;
}

QNetworkRequest TestServer::lastRequest(const QString &clientId) const
{
    return m_stats.value(clientId).lastRequest;
}

void TestServer::resetCounters()
{
    for (Stats &stats : m_stats) {
        stats.received.clear();
        stats.pings = 0;
        stats.connections = 0;
        stats.maxConcurrent = stats.concurrent;
    }
}

void TestServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        const QString id = QUrlQuery(socket->requestUrl()).queryItemValue(ClientQueryKey, QUrl::FullyDecoded);
        m_clients.insert(socket, Client{id});
        Stats &stats = m_stats[id];
        ++stats.concurrent;
        ++stats.connections;
        stats.maxConcurrent = std::max(stats.maxConcurrent, stats.concurrent);
        stats.lastRequest = socket->request();
        qCDebug(lcTestServer) << "client connected:" << id << "now" << stats.concurrent;

        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onTextMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        Q_EMIT clientConnected(id);
    }
}

void TestServer::onTextMessage(QWebSocket *socket, const QString &text)
{
    const auto it = m_clients.constFind(socket);
    if (it == m_clients.constEnd())
        return;
    const QString id = it->id;
    if (answerPing(socket, text)) {
        ++m_stats[id].pings;
        return;
    }
    m_stats[id].received.append(text);
    Q_EMIT textReceived(id, text);
}

bool TestServer::answerPing(QWebSocket *socket, const QString &text)
{
    if (text == m_pingText) {
        if (!m_ignorePings)
            socket->sendTextMessage(m_pongText);
        return true;
    }
    if (!text.startsWith(u'{'))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    QJsonObject object = document.object();
    if (object.value(u"type"_s).toString() != u"ping"_s)
        return false;
    if (!m_ignorePings) {
        // Other fields (an id, a timestamp) are echoed, so a client can match the reply to its ping.
        object.insert(u"type"_s, u"pong"_s);
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    return true;
}

void TestServer::onDisconnected(QWebSocket *socket)
{
    const auto it = m_clients.constFind(socket);
    if (it == m_clients.constEnd())
        return;
    const QString id = it->id;
    m_clients.erase(it);
    --m_stats[id].concurrent;
    socket->deleteLater();
    qCDebug(lcTestServer) << "client disconnected:" << id;
    Q_EMIT clientDisconnected(id);
}

void TestServer::onPushTick()
{
    // Counting from the start time rather than per tick keeps the rate exact despite timer drift.
    const qint64 due = 1 + m_pushClock.elapsed() * m_pushRate / 1000;
    const qint64 batch = due - m_pushed;
    if (batch <= 0)
        return;
    m_pushed = due;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        for (qint64 i = 0; i < batch; ++i)
            it.key()->sendTextMessage(pushMessage(it->nextSeq++, m_pushSize));
    }
}

EndpointConfig quickEndpoint(const QString &name, const QUrl &url)
{
    EndpointConfig config;
    config.name = name;
    config.urls = {url.toString()};
    config.connectTimeoutMs = 2000;
    config.heartbeat.mode = HeartbeatPolicy::Mode::Ping;
    config.heartbeat.intervalMs = 60'000;
    config.heartbeat.timeoutMs = 10'000;
    config.backoff.initialMs = 50;
    config.backoff.maxMs = 200;
    config.backoff.factor = 2.0;
    config.backoff.jitter = BackoffPolicy::Jitter::None;
    config.stableMs = 0;
    config.staleAfterMs = 0;
    return config;
}
