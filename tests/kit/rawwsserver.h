#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QtGlobal>

class QTcpServer;
class QTcpSocket;

// A WebSocket server on 127.0.0.1 that speaks just enough RFC 6455 by hand to misbehave on purpose,
// which QWebSocketServer cannot: any HTTP status for the upgrade, and any raw frame afterwards
// (invalid UTF-8, oversized, fragmented, bad close codes). Each accepted QTcpSocket first collects the
// HTTP request head; the server answers it with the configured status (a 101 with the correct
// Sec-WebSocket-Accept by default, anything else followed by a close unless kept open), then writes the
// on-open frames. After the upgrade, masked client frames are parsed only to answer pings with pongs and to
// record and echo close frames; all other client frames are counted and dropped.
class RawWsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawWsServer)

public:
    using Header = QPair<QByteArray, QByteArray>;

    // RFC 6455 opcodes, for frame().
    static constexpr quint8 ContinuationOpcode = 0x0;
    static constexpr quint8 TextOpcode = 0x1;
    static constexpr quint8 BinaryOpcode = 0x2;
    static constexpr quint8 CloseOpcode = 0x8;
    static constexpr quint8 PingOpcode = 0x9;
    static constexpr quint8 PongOpcode = 0xA;
    // The close code recorded for a client close frame without a status code (RFC 6455 7.1.5).
    static constexpr quint16 NoStatusCode = 1005;

    explicit RawWsServer(QObject *parent = nullptr);
    ~RawWsServer() override;

    // Listens on 127.0.0.1 (port 0 = any). Can be called again after close().
    bool listen(quint16 port = 0);
    // Stops listening and aborts every connection.
    void close();
    bool isListening() const;
    // The listening port; after close(), the port last listened on.
    quint16 port() const;
    // ws://127.0.0.1:PORT/path
    QUrl url(const QString &path = QStringLiteral("/")) const;

    // Answers every later upgrade request with this HTTP status, the reason phrase (the standard one
    // when empty), the extra headers (e.g. {"Retry-After", "7"}) and a small text body, then closes the
    // connection. 101 restores the default: a proper upgrade.
    void setHandshakeStatus(int status, const QByteArray &reason = {},
                            const QList<Header> &extraHeaders = {});
    // Keeps the connection open after a status other than 101 (default false), as a keep-alive HTTP
    // server may: the client has to close it.
    void setKeepOpenAfterStatus(bool keepOpen);
    // Raw frames written right after every later 101 response, in the same write.
    void setOnOpen(const QList<QByteArray> &frames);
    // Whether client pings get a pong with the same payload (default true).
    void setAnswerPings(bool answer);
    // Whether a client close frame is echoed before the server closes the TCP connection (default
    // true). When false, the connection stays open: the client has to time out its close handshake.
    void setAnswerClose(bool answer);

    // One raw frame (or any bytes) to every upgraded connection.
    void sendToAll(const QByteArray &rawFrame);
    // Drops every connection at once, with no close frame.
    void abortAll();

    // Upgrade requests received (whatever they were answered with).
    int handshakes() const { return m_handshakes; }
    // TCP connections accepted.
    int connections() const { return m_connections; }
    // TCP connections open now, and those of them that were answered with a 101.
    int openConnections() const { return int(m_clients.size()); }
    int openClients() const;
    // The request line (e.g. "GET /path HTTP/1.1") and headers of the latest upgrade request.
    QByteArray lastRequestLine() const { return m_lastRequestLine; }
    QList<Header> lastRequestHeaders() const { return m_lastRequestHeaders; }
    // The value of a header of the latest upgrade request (case-insensitive name), empty if absent.
    QByteArray lastRequestHeader(const QByteArray &name) const;
    // Close codes received from clients in arrival order (NoStatusCode for an empty close frame), and
    // the matching reasons.
    QList<quint16> closeCodes() const { return m_closeCodes; }
    QList<QByteArray> closeReasons() const { return m_closeReasons; }
    // Ping frames received from clients.
    int pingsReceived() const { return m_pings; }
    // Data frames (text, binary, continuation) and pongs received from clients; not kept.
    int otherFramesReceived() const { return m_otherFrames; }
    // Clears every counter and list above; open connections stay.
    void resetCounters();

    // An unmasked server frame: FIN bit as given, no RSV bits, the 7-bit, 16-bit or 64-bit length
    // encoding as the payload size needs, and the payload as-is.
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true);
    // The payload bytes are not checked, so invalid UTF-8 is possible.
    static QByteArray textFrame(const QByteArray &payload);
    static QByteArray binaryFrame(const QByteArray &payload);
    static QByteArray closeFrame(quint16 code, const QByteArray &reason = {});
    // Sec-WebSocket-Accept for a Sec-WebSocket-Key: base64(SHA-1(key + the RFC 6455 GUID)).
    static QByteArray acceptKey(const QByteArray &key);

Q_SIGNALS:
    void handshakeReceived();
    // A connection was answered with a 101.
    void clientUpgraded();
    void closeReceived(quint16 code);
    // A connection closed, upgraded or not.
    void clientDisconnected();

private:
    struct Client
    {
        QByteArray buffer;
        bool upgraded = false;
        bool closing = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, Client &client, const QByteArray &head);
    void handleFrames(QTcpSocket *socket, Client &client);
    void handleClose(QTcpSocket *socket, Client &client, const QByteArray &payload);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Client> m_clients;
    QList<QByteArray> m_onOpen;
    QList<Header> m_extraHeaders;
    QByteArray m_reason;
    QByteArray m_lastRequestLine;
    QList<Header> m_lastRequestHeaders;
    QList<quint16> m_closeCodes;
    QList<QByteArray> m_closeReasons;
    int m_status = 101;
    int m_handshakes = 0;
    int m_connections = 0;
    int m_pings = 0;
    int m_otherFrames = 0;
    quint16 m_port = 0;
    bool m_answerPings = true;
    bool m_answerClose = true;
    bool m_keepOpenAfterStatus = false;
};
