#include "rawwsserver.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

// Quiet by default: every test links the kit. QT_LOGGING_RULES="feedpulse.testkit.*.debug=true" shows it.
Q_LOGGING_CATEGORY(lcRawWsServer, "feedpulse.testkit.rawws", QtInfoMsg)

namespace {

constexpr qsizetype MaxHeadLength = 64 * 1024;
// Client frames are only ever small control frames or test data; anything larger is a broken stream.
constexpr quint64 MaxClientFrameLength = 64 * 1024 * 1024;

QByteArray standardReason(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols"_ba;
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 426:
        return "Upgrade Required"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray headerLines(const QList<RawWsServer::Header> &headers)
{
    QByteArray lines;
    for (const RawWsServer::Header &header : headers)
        lines += header.first + ": "_ba + header.second + "\r\n"_ba;
    return lines;
}

} // namespace

RawWsServer::RawWsServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RawWsServer::onNewConnection);
}

RawWsServer::~RawWsServer()
{
    m_server->close();
    for (QTcpSocket *socket : m_clients.keys()) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool RawWsServer::listen(quint16 port)
{
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcRawWsServer) << "cannot listen on port" << port << m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

void RawWsServer::close()
{
    m_server->close();
    abortAll();
}

bool RawWsServer::isListening() const
{
    return m_server->isListening();
}

quint16 RawWsServer::port() const
{
    return m_port;
}

QUrl RawWsServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

void RawWsServer::setHandshakeStatus(int status, const QByteArray &reason, const QList<Header> &extraHeaders)
{
    m_status = status;
    m_reason = reason;
    m_extraHeaders = extraHeaders;
}

void RawWsServer::setKeepOpenAfterStatus(bool keepOpen)
{
    m_keepOpenAfterStatus = keepOpen;
}

void RawWsServer::setOnOpen(const QList<QByteArray> &frames)
{
    m_onOpen = frames;
}

void RawWsServer::setAnswerPings(bool answer)
{
    m_answerPings = answer;
}

void RawWsServer::setAnswerClose(bool answer)
{
    m_answerClose = answer;
}

void RawWsServer::sendToAll(const QByteArray &rawFrame)
{
    // A close frame sent here makes the client's answer the end of a handshake, not the start of one.
    const bool isClose = !rawFrame.isEmpty() && (quint8(rawFrame.at(0)) & 0x0f) == CloseOpcode;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (!it->upgraded)
            continue;
        it.key()->write(rawFrame);
        if (isClose)
            it->closing = true;
    }
}

void RawWsServer::abortAll()
{
    for (QTcpSocket *socket : m_clients.keys())
        socket->abort();
}

int RawWsServer::openClients() const
{
    return int(
        std::count_if(m_clients.cbegin(), m_clients.cend(), [](const Client &c) { return c.upgraded; }));
}

QByteArray RawWsServer::lastRequestHeader(const QByteArray &name) const
{
    for (const Header &header : m_lastRequestHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void RawWsServer::resetCounters()
{
    m_handshakes = 0;
    m_connections = 0;
    m_pings = 0;
    m_otherFrames = 0;
    m_closeCodes.clear();
    m_closeReasons.clear();
    m_lastRequestLine.clear();
    m_lastRequestHeaders.clear();
}

QByteArray RawWsServer::frame(quint8 opcode, const QByteArray &payload, bool fin)
{
    QByteArray frame;
    frame.reserve(payload.size() + 10);
    frame.append(char((fin ? 0x80 : 0x00) | (opcode & 0x0f)));
    const auto size = quint64(payload.size());
    if (size < 126) {
        frame.append(char(size));
    } else if (size <= 0xffff) {
        frame.append(char(126));
        const quint16 length = qToBigEndian(quint16(size));
        frame.append(reinterpret_cast<const char *>(&length), sizeof length);
    } else {
        frame.append(char(127));
        const quint64 length = qToBigEndian(size);
        frame.append(reinterpret_cast<const char *>(&length), sizeof length);
    }
    frame.append(payload);
    return frame;
}

QByteArray RawWsServer::textFrame(const QByteArray &payload)
{
    return frame(TextOpcode, payload);
}

QByteArray RawWsServer::binaryFrame(const QByteArray &payload)
{
    return frame(BinaryOpcode, payload);
}

QByteArray RawWsServer::closeFrame(quint16 code, const QByteArray &reason)
{
    const quint16 bigEndian = qToBigEndian(code);
    QByteArray payload(reinterpret_cast<const char *>(&bigEndian), sizeof bigEndian);
    payload += reason;
    return frame(CloseOpcode, payload);
}

QByteArray RawWsServer::acceptKey(const QByteArray &key)
{
    const QByteArray input = key.trimmed() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"_ba;
    return QCryptographicHash::hash(input, QCryptographicHash::Sha1).toBase64();
}

void RawWsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        ++m_connections;
        m_clients.insert(socket, Client{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    }
}

void RawWsServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &client = *it;
    client.buffer += socket->readAll();
    if (client.upgraded) {
        handleFrames(socket, client);
        return;
    }
    const qsizetype end = client.buffer.indexOf("\r\n\r\n"_ba);
    if (end < 0) {
        if (client.buffer.size() > MaxHeadLength) {
            qCWarning(lcRawWsServer) << "request head too long; aborting";
            socket->abort();
        }
        return;
    }
    const QByteArray head = client.buffer.left(end);
    client.buffer.remove(0, end + 4);
    handleRequest(socket, client, head);
}

void RawWsServer::handleRequest(QTcpSocket *socket, Client &client, const QByteArray &head)
{
    ++m_handshakes;
    const QList<QByteArray> lines = head.split('\n');
    m_lastRequestLine = lines.value(0).trimmed();
    m_lastRequestHeaders.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m_lastRequestHeaders.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    qCDebug(lcRawWsServer) << "upgrade request" << m_lastRequestLine << "answered with" << m_status;
    Q_EMIT handshakeReceived();

    const QByteArray key = lastRequestHeader("Sec-WebSocket-Key"_ba);
    int status = m_status;
    QByteArray reason = m_reason;
    if (status == 101 && key.isEmpty()) {
        status = 400;
        reason.clear();
    }
    if (reason.isEmpty())
        reason = standardReason(status);
    QByteArray response = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reason + "\r\n"_ba;

    if (status == 101) {
        response += "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "_ba +
                    acceptKey(key) + "\r\n"_ba + headerLines(m_extraHeaders) + "\r\n"_ba;
        for (const QByteArray &frame : std::as_const(m_onOpen))
            response += frame;
        client.upgraded = true;
        socket->write(response);
        Q_EMIT clientUpgraded();
        // Frames the client sent right behind its request belong to the new connection.
        if (!client.buffer.isEmpty())
            handleFrames(socket, client);
        return;
    }

    const QByteArray body = QByteArray::number(status) + ' ' + reason + '\n';
    response += "Content-Type: text/plain\r\nContent-Length: "_ba + QByteArray::number(body.size()) +
                (m_keepOpenAfterStatus ? "\r\n"_ba : "\r\nConnection: close\r\n"_ba) +
                headerLines(m_extraHeaders) + "\r\n"_ba + body;
    socket->write(response);
    if (!m_keepOpenAfterStatus)
        socket->disconnectFromHost();
}

void RawWsServer::handleFrames(QTcpSocket *socket, Client &client)
{
    for (;;) {
        const QByteArray &buffer = client.buffer;
        if (buffer.size() < 2)
            return;
        const auto *bytes = reinterpret_cast<const uchar *>(buffer.constData());
        const quint8 opcode = bytes[0] & 0x0f;
        const bool masked = bytes[1] & 0x80;
        quint64 length = bytes[1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (buffer.size() < 4)
                return;
            length = qFromBigEndian<quint16>(bytes + 2);
            header = 4;
        } else if (length == 127) {
            if (buffer.size() < 10)
                return;
            length = qFromBigEndian<quint64>(bytes + 2);
            header = 10;
        }
        if (length > MaxClientFrameLength) {
            qCWarning(lcRawWsServer) << "client frame of" << length << "bytes; aborting";
            socket->abort();
            return;
        }
        const qsizetype maskOffset = header;
        if (masked)
            header += 4;
        if (buffer.size() < header + qsizetype(length))
            return;
        QByteArray payload = buffer.mid(header, qsizetype(length));
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload.at(i) ^ buffer.at(maskOffset + i % 4));
        }
        client.buffer.remove(0, header + qsizetype(length));

        switch (opcode) {
        case CloseOpcode:
            // Nothing after a close frame counts (RFC 6455 5.5.1). Cleared first: handleClose() may
            // close the socket at once, and its Client with it.
            client.buffer.clear();
            handleClose(socket, client, payload);
            return;
        case PingOpcode:
            ++m_pings;
            if (m_answerPings && !client.closing)
                socket->write(frame(PongOpcode, payload));
            break;
        default:
            ++m_otherFrames;
            break;
        }
    }
}

void RawWsServer::handleClose(QTcpSocket *socket, Client &client, const QByteArray &payload)
{
    quint16 code = NoStatusCode;
    QByteArray reason;
    if (payload.size() >= 2) {
        code = qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(payload.constData()));
        reason = payload.mid(2);
    }
    qCDebug(lcRawWsServer) << "close frame from client:" << code << reason;
    m_closeCodes.append(code);
    m_closeReasons.append(reason);

    if (client.closing) {
        // The client answered our close frame: the server closes the TCP connection (RFC 6455 7.1.1).
        socket->disconnectFromHost();
    } else {
        client.closing = true;
        if (m_answerClose) {
            socket->write(code == NoStatusCode ? frame(CloseOpcode, {}) : closeFrame(code));
            socket->disconnectFromHost();
        }
    }
    // Last: the socket and its Client may be gone by now, and a slot may close more.
    Q_EMIT closeReceived(code);
}

void RawWsServer::onDisconnected(QTcpSocket *socket)
{
    if (m_clients.remove(socket) == 0)
        return;
    socket->deleteLater();
    Q_EMIT clientDisconnected();
}
