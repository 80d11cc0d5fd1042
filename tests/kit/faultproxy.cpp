#include "faultproxy.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <deque>
#include <utility>

using namespace Qt::StringLiterals;

// Quiet by default: every test links the kit. QT_LOGGING_RULES="feedpulse.testkit.*.debug=true" shows it.
Q_LOGGING_CATEGORY(lcFaultProxy, "feedpulse.testkit.proxy", QtInfoMsg)

namespace {

constexpr qint64 IncompleteFrame = -1;
constexpr qint64 InvalidFrame = -2;
constexpr quint64 MaxFrameLength = quint64(1) << 31;
constexpr qsizetype MaxHeadLength = 64 * 1024;
constexpr uchar PingOpcode = 0x9;

// The size of the WebSocket frame starting at offset, IncompleteFrame when more bytes are needed,
// or InvalidFrame when the length cannot be a real frame.
qint64 frameSize(const QByteArray &buffer, qsizetype offset)
{
    const qsizetype available = buffer.size() - offset;
    if (available < 2)
        return IncompleteFrame;
    const auto *bytes = reinterpret_cast<const uchar *>(buffer.constData() + offset);
    quint64 length = bytes[1] & 0x7f;
    qint64 header = 2;
    if (length == 126) {
        if (available < 4)
            return IncompleteFrame;
        length = qFromBigEndian<quint16>(bytes + 2);
        header = 4;
    } else if (length == 127) {
        if (available < 10)
            return IncompleteFrame;
        length = qFromBigEndian<quint64>(bytes + 2);
        header = 10;
    }
    if (length > MaxFrameLength)
        return InvalidFrame;
    if (bytes[1] & 0x80)
        header += 4;
    const qint64 size = header + qint64(length);
    return size <= available ? size : IncompleteFrame;
}

struct Chunk
{
    QDeadlineTimer due;
    QByteArray bytes;
};

// The bytes flowing from one side of a Link to the other.
struct Direction
{
    // Raw: forwarded as read. Head: collecting the upstream's HTTP response head. Frames: cut into
    // whole WebSocket frames, so that a freeze or a dropped ping never leaves half a frame behind.
    enum class Mode { Raw, Head, Frames };

    Mode mode = Mode::Raw;
    QByteArray pending;
    // Part of the frame in pending was read while frozen, so the whole frame is dropped.
    bool tainted = false;
    std::deque<Chunk> queue;
    QTimer timer;
    bool sourceClosed = false;
};

} // namespace

// One accepted connection: the client socket, the upstream socket (none when hung) and the two
// directions between them. It is the context object of every connection to its sockets.
class FaultProxy::Link final : public QObject
{
    Q_DISABLE_COPY_MOVE(Link)

public:
    explicit Link(QObject *parent) : QObject(parent)
    {
        fromClient.timer.setSingleShot(true);
        fromClient.timer.setTimerType(Qt::PreciseTimer);
        fromUpstream.timer.setSingleShot(true);
        fromUpstream.timer.setTimerType(Qt::PreciseTimer);
    }

    static Side other(Side side) { return side == Side::Client ? Side::Upstream : Side::Client; }

    QTcpSocket *socket(Side side) const { return side == Side::Client ? client : upstream; }
    Direction &from(Side side) { return side == Side::Client ? fromClient : fromUpstream; }
    bool &closed(Side side) { return side == Side::Client ? clientClosed : upstreamClosed; }

    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    Direction fromClient;
    Direction fromUpstream;
    bool upstreamConnected = false;
    bool clientClosed = false;
    bool upstreamClosed = false;
    bool done = false;
};

FaultProxy::FaultProxy(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    for (Link *link : std::as_const(m_links)) {
        for (QTcpSocket *socket : {link->client, link->upstream}) {
            if (socket) {
                socket->disconnect(link);
                socket->abort();
            }
        }
        delete link;
    }
}

bool FaultProxy::listen(quint16 targetPort, quint16 listenPort)
{
    m_targetPort = targetPort;
    if (m_server->isListening())
        m_server->close();
    m_acceptedCount = 0;
    m_droppedBytes = 0;
    if (!m_server->listen(QHostAddress::LocalHost, listenPort)) {
        qCWarning(lcFaultProxy) << "cannot listen on port" << listenPort << m_server->errorString();
        return false;
    }
    return true;
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

void FaultProxy::setTargetPort(quint16 port)
{
    m_targetPort = port;
}

void FaultProxy::freeze()
{
    m_frozen = true;
}

void FaultProxy::thaw()
{
    m_frozen = false;
    const QList<Link *> links = m_links;
    for (Link *link : links) {
        for (const Side side : {Side::Client, Side::Upstream}) {
            if (link->done)
                break;
            if (link->closed(side))
                propagateClose(link, side);
            else
                deliverDue(link, side);
        }
    }
}

void FaultProxy::setPropagateCloseWhileFrozen(bool propagate)
{
    m_propagateWhileFrozen = propagate;
    if (!propagate || !m_frozen)
        return;
    const QList<Link *> links = m_links;
    for (Link *link : links) {
        for (const Side side : {Side::Client, Side::Upstream}) {
            if (!link->done && link->closed(side))
                propagateClose(link, side);
        }
    }
}

void FaultProxy::reset()
{
    const QList<Link *> links = m_links;
    for (Link *link : links) {
        // Silence the sockets first: an abort here must not turn into a graceful close of the peer.
        for (const Side side : {Side::Client, Side::Upstream}) {
            if (QTcpSocket *socket = link->socket(side)) {
                socket->disconnect(link);
                socket->abort();
            }
            link->closed(side) = true;
        }
        finishIfDone(link);
    }
}

void FaultProxy::setHang(bool hang)
{
    m_hang = hang;
}

void FaultProxy::setRefuse(bool refuse)
{
    m_refuse = refuse;
}

void FaultProxy::setLatency(int ms)
{
    m_latencyMs = qMax(0, ms);
}

void FaultProxy::setDropClientPings(bool drop)
{
    m_dropClientPings = drop;
}

int FaultProxy::activeConnections() const
{
    return int(m_links.size());
}

int FaultProxy::halfClosedConnections() const
{
    return int(std::count_if(m_links.cbegin(), m_links.cend(), [](const Link *link) {
        return link->upstream && link->clientClosed != link->upstreamClosed;
    }));
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_acceptedCount;
        if (m_refuse) {
            qCDebug(lcFaultProxy) << "refusing a connection";
            Q_EMIT connectionAccepted();
            socket->abort();
            socket->deleteLater();
            Q_EMIT connectionClosed();
            continue;
        }

        auto *link = new Link(this);
        m_links.append(link);
        socket->setParent(link);
        link->client = socket;
        connect(socket, &QTcpSocket::readyRead, link, [this, link] { onReadable(link, Side::Client); });
        connect(socket, &QTcpSocket::stateChanged, link, [this, link](QAbstractSocket::SocketState state) {
            if (state == QAbstractSocket::UnconnectedState)
                onUnconnected(link, Side::Client);
        });
        for (const Side side : {Side::Client, Side::Upstream}) {
            connect(&link->from(side).timer, &QTimer::timeout, link,
                    [this, link, side] { deliverDue(link, side); });
        }

        if (m_hang) {
            qCDebug(lcFaultProxy) << "hanging a connection";
            link->upstreamClosed = true;
        } else {
            link->upstream = new QTcpSocket(link);
            link->fromUpstream.mode = Direction::Mode::Head;
            QTcpSocket *upstream = link->upstream;
            connect(upstream, &QTcpSocket::readyRead, link,
                    [this, link] { onReadable(link, Side::Upstream); });
            connect(upstream, &QTcpSocket::connected, link, [this, link] { onUpstreamConnected(link); });
            connect(upstream, &QTcpSocket::stateChanged, link,
                    [this, link](QAbstractSocket::SocketState state) {
                        if (state == QAbstractSocket::UnconnectedState)
                            onUnconnected(link, Side::Upstream);
                    });
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
        Q_EMIT connectionAccepted();
    }
}

void FaultProxy::onReadable(Link *link, Side from)
{
    if (link->done)
        return;
    const QByteArray bytes = link->socket(from)->readAll();
    // A hung connection is never answered: what its client sends goes nowhere.
    if (bytes.isEmpty() || !link->upstream)
        return;
    feed(link, from, bytes);
}

void FaultProxy::onUpstreamConnected(Link *link)
{
    if (link->done)
        return;
    link->upstreamConnected = true;
    deliverDue(link, Side::Client);
}

void FaultProxy::onUnconnected(Link *link, Side side)
{
    if (link->done || link->closed(side))
        return;
    if (side == Side::Upstream && !link->upstreamConnected) {
        qCDebug(lcFaultProxy) << "upstream connect failed:" << link->upstream->errorString();
        link->upstreamClosed = true;
        link->fromClient.queue.clear();
        closeTowards(link, Side::Client);
        return;
    }
    // What the socket still buffers was sent before its close, so it goes first.
    QTcpSocket *socket = link->socket(side);
    if (socket->bytesAvailable() > 0 && link->upstream)
        feed(link, side, socket->readAll());
    if (link->done)
        return;
    link->closed(side) = true;
    link->from(side).sourceClosed = true;
    link->from(Link::other(side)).queue.clear();
    finishIfDone(link);
    propagateClose(link, side);
}

void FaultProxy::feed(Link *link, Side from, const QByteArray &bytes)
{
    Direction &direction = link->from(from);
    switch (direction.mode) {
    case Direction::Mode::Raw:
        if (m_frozen)
            m_droppedBytes += bytes.size();
        else
            forward(link, from, bytes);
        return;
    case Direction::Mode::Head: {
        if (m_frozen) {
            // Part of the upgrade response is lost, so its end can no longer be found.
            m_droppedBytes += direction.pending.size() + bytes.size();
            direction.pending.clear();
            direction.mode = Direction::Mode::Raw;
            return;
        }
        direction.pending += bytes;
        const qsizetype end = direction.pending.indexOf("\r\n\r\n"_ba);
        if (end < 0) {
            if (!"HTTP/"_ba.startsWith(direction.pending.left(5)) ||
                direction.pending.size() > MaxHeadLength) {
                direction.mode = Direction::Mode::Raw;
                forward(link, from, std::exchange(direction.pending, {}));
            }
            return;
        }
        const QByteArray head = direction.pending.left(end + 4);
        const QByteArray rest = direction.pending.mid(end + 4);
        direction.pending.clear();
        forward(link, from, head);
        if (head.startsWith("HTTP/1.1 101"_ba)) {
            direction.mode = Direction::Mode::Frames;
            link->from(Link::other(from)).mode = Direction::Mode::Frames;
        } else {
            direction.mode = Direction::Mode::Raw;
        }
        if (!rest.isEmpty())
            feed(link, from, rest);
        return;
    }
    case Direction::Mode::Frames:
        break;
    }

    if (m_frozen)
        direction.tainted = true;
    direction.pending += bytes;
    qsizetype offset = 0;
    for (;;) {
        const qint64 size = frameSize(direction.pending, offset);
        if (size == IncompleteFrame)
            break;
        if (size == InvalidFrame) {
            qCWarning(lcFaultProxy) << "not a WebSocket stream; forwarding raw bytes";
            direction.mode = Direction::Mode::Raw;
            const QByteArray rest = direction.pending.mid(offset);
            direction.pending.clear();
            if (m_frozen)
                m_droppedBytes += rest.size();
            else
                forward(link, from, rest);
            return;
        }
        const auto opcode = uchar(direction.pending.at(offset)) & 0x0f;
        const bool drop =
            direction.tainted || (from == Side::Client && m_dropClientPings && opcode == PingOpcode);
        if (drop)
            m_droppedBytes += size;
        else
            forward(link, from, direction.pending.mid(offset, size));
        offset += size;
        // Every byte after the first frame came in this read.
        direction.tainted = m_frozen;
    }
    if (offset == direction.pending.size())
        direction.tainted = false;
    direction.pending.remove(0, offset);
}

void FaultProxy::forward(Link *link, Side from, const QByteArray &chunk)
{
    Direction &direction = link->from(from);
    QTcpSocket *target = link->socket(Link::other(from));
    const bool ready = target && target->state() == QAbstractSocket::ConnectedState;
    if (m_latencyMs == 0 && direction.queue.empty() && ready) {
        target->write(chunk);
        return;
    }
    direction.queue.push_back({QDeadlineTimer(m_latencyMs, Qt::PreciseTimer), chunk});
    deliverDue(link, from);
}

void FaultProxy::deliverDue(Link *link, Side from)
{
    if (link->done)
        return;
    Direction &direction = link->from(from);
    QTcpSocket *target = link->socket(Link::other(from));
    if (!target || link->closed(Link::other(from))) {
        direction.queue.clear();
        return;
    }
    if (target->state() != QAbstractSocket::ConnectedState)
        return; // the upstream is still connecting; onUpstreamConnected() calls again
    while (!direction.queue.empty() && direction.queue.front().due.hasExpired()) {
        if (m_frozen)
            m_droppedBytes += direction.queue.front().bytes.size();
        else
            target->write(direction.queue.front().bytes);
        direction.queue.pop_front();
    }
    if (!direction.queue.empty()) {
        direction.timer.start(std::chrono::milliseconds(direction.queue.front().due.remainingTime()));
        return;
    }
    if (direction.sourceClosed)
        propagateClose(link, from);
}

void FaultProxy::propagateClose(Link *link, Side from)
{
    const Side to = Link::other(from);
    if (link->done || link->closed(to))
        return;
    if (m_frozen) {
        if (m_propagateWhileFrozen)
            closeTowards(link, to);
        return;
    }
    // Chunks still waiting for their latency go out first; deliverDue() closes once they are gone.
    if (link->from(from).queue.empty())
        closeTowards(link, to);
}

void FaultProxy::closeTowards(Link *link, Side to)
{
    if (link->done || link->closed(to))
        return;
    QTcpSocket *socket = link->socket(to);
    if (socket && socket->state() == QAbstractSocket::ConnectedState) {
        // Flushes what was already written; the socket reports Unconnected once it is closed.
        socket->disconnectFromHost();
        return;
    }
    link->closed(to) = true;
    if (socket)
        socket->abort();
    finishIfDone(link);
}

void FaultProxy::finishIfDone(Link *link)
{
    if (link->done || !link->clientClosed || !link->upstreamClosed)
        return;
    link->done = true;
    link->fromClient.timer.stop();
    link->fromUpstream.timer.stop();
    m_links.removeOne(link);
    link->deleteLater();
    Q_EMIT connectionClosed();
}
