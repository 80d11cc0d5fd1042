#pragma once

#include "endpointconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSslConfiguration;
class QTimer;
class QWebSocket;
class QWebSocketServer;

// An in-process WebSocket server (QWebSocketServer: ws://, or wss:// when made with a server-side TLS
// configuration, e.g. TlsFixture::server().serverConfiguration()) on 127.0.0.1 for tests. Each client
// is identified by the `client` query parameter of its URL. Text messages are either app-level pings
// ("ping", or a JSON object whose type is "ping"), answered unless pings are ignored, or kept per
// client id in arrival order. A push timer sends numbered JSON messages to every client. Counters
// per id (live, highest concurrent, total connections, pings) let tests check reconnect behaviour.
class TestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestServer)

public:
    explicit TestServer(QObject *parent = nullptr);
    // A secure (wss://) server presenting the certificate and key of tls; everything else is the same.
    explicit TestServer(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~TestServer() override;

    // Listens on 127.0.0.1 (port 0 = any). Can be called again after close(), on the same port too.
    bool listen(quint16 port = 0);
    // Stops listening and aborts every client (a "server down").
    void close();
    bool isListening() const;
    bool isSecure() const;
    // The listening port; after close(), the port last listened on.
    quint16 port() const;
    // ws://127.0.0.1:PORT/path?client=ID (wss:// when secure; no query when clientId is empty).
    QUrl url(const QString &clientId = {}, const QString &path = QStringLiteral("/")) const;
    // An endpoint named clientId that connects here: protocol pings every 60 s, and quick retries
    // (50 ms, doubling to 200 ms, no jitter, the streak reset at once), so tests do not wait.
    EndpointConfig endpoint(const QString &clientId) const;

    // App-level ping replies: text "ping" -> "pong", and a JSON object {"type":"ping"} -> the same
    // object with type "pong". Protocol-level pings are answered by Qt itself.
    void setIgnorePings(bool ignore);
    void setTextPing(const QString &ping, const QString &pong);
    // Pushes messagesPerSecond messages to every client, batched per timer tick at high rates. Each is
    // {"seq":N,"feed":"test","pad":"..."} padded to about size bytes. seq counts per connection from 1
    // and carries on across stopPushing() and startPushing(), so a client never sees a false gap.
    void startPushing(int messagesPerSecond, int size = 64);
    void stopPushing();
    // One text message to every client.
    void pushToAll(const QString &text);
    // A close handshake with that code to every client.
    void closeAll(int code, const QString &reason = {});
    // Drops every client's TCP connection at once, with no close frame.
    void abortAll();

    int clientCount() const;
    int concurrent(const QString &clientId) const;
    int maxConcurrent(const QString &clientId) const;
    int maxConcurrentAny() const;
    int connectionCount(const QString &clientId) const;
    // Text messages from that id in arrival order, app-level pings excluded.
    QStringList received(const QString &clientId) const;
    // App-level pings seen from that id, answered or not.
    int pingsReceived(const QString &clientId) const;
    // The upgrade request (URL and headers) of the latest connection with that id.
    QNetworkRequest lastRequest(const QString &clientId) const;
    // Clears messages, pings, connection counts and maxima; live connections stay and keep counting.
    void resetCounters();

Q_SIGNALS:
    void clientConnected(const QString &clientId);
    void clientDisconnected(const QString &clientId);
    // A text message that is not an app-level ping.
    void textReceived(const QString &clientId, const QString &text);

private:
    TestServer(QWebSocketServer *server, QObject *parent);

    struct Client
    {
        QString id;
        qint64 nextSeq = 1;
    };
    struct Stats
    {
        int concurrent = 0;
        int maxConcurrent = 0;
        int connections = 0;
        int pings = 0;
        QStringList received;
        QNetworkRequest lastRequest;
    };

    void onNewConnection();
    void onTextMessage(QWebSocket *socket, const QString &text);
    void onDisconnected(QWebSocket *socket);
    void onPushTick();
    bool answerPing(QWebSocket *socket, const QString &text);

    QWebSocketServer *m_server = nullptr;
    QTimer *m_pushTimer = nullptr;
    QHash<QWebSocket *, Client> m_clients;
    QHash<QString, Stats> m_stats;
    QString m_pingText;
    QString m_pongText;
    QElapsedTimer m_pushClock;
    qint64 m_pushed = 0;
    int m_pushRate = 0;
    int m_pushSize = 64;
    quint16 m_port = 0;
    bool m_ignorePings = false;
};

// An endpoint for tests that time things: protocol pings every 60 s (10 s timeout), a 2 s connect
// deadline, quick retries (50 ms doubling to 200 ms, no jitter, the streak reset at once), never
// stale. Tests change what they exercise.
EndpointConfig quickEndpoint(const QString &name, const QUrl &url);
