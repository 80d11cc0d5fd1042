#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QtGlobal>

class QTcpServer;
class QTcpSocket;

// A TCP proxy on 127.0.0.1 that sits between a WebSocket client and its server and injects link
// faults: a freeze (a half-open link where bytes vanish with no FIN or RST), resets, handshake hangs,
// refusals, latency and dropped client pings. Each accepted connection becomes a pair of sockets (a
// Link); bytes read from one side are cut into chunks (whole WebSocket frames once the 101 upgrade
// response has passed), delayed by the latency, and written to the other side unless frozen.
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 (port 0 = any) and forwards every accepted connection to 127.0.0.1:targetPort.
    bool listen(quint16 targetPort, quint16 listenPort = 0);
    // The proxy's own listening port.
    quint16 port() const;
    // The target for new connections.
    void setTargetPort(quint16 port);

    // Stops forwarding in both directions, on current and new connections; all sockets stay open.
    // Data read while frozen is discarded.
    void freeze();
    // Forwards again; data dropped while frozen stays lost.
    void thaw();
    bool isFrozen() const { return m_frozen; }
    // When a side closes while frozen, close the other side too (default true). When false, the other
    // side stays open until thaw() or until it closes by itself.
    void setPropagateCloseWhileFrozen(bool propagate);

    // Aborts both sides of every current connection.
    void reset();
    // New connections are accepted but never connected upstream and never answered.
    void setHang(bool hang);
    // New connections are accepted and then aborted at once.
    void setRefuse(bool refuse);
    // Delays every forwarded chunk by ms, keeping the order.
    void setLatency(int ms);
    // Drops WebSocket ping frames going client->server, so that the server never answers them.
    void setDropClientPings(bool drop);

    // Connections currently open (hung ones included).
    int activeConnections() const;
    // Connections accepted since listen() (refused and hung ones included).
    int acceptedCount() const { return m_acceptedCount; }
    // Connections with one side closed and the other held open (a close while frozen, not propagated).
    int halfClosedConnections() const;
    // Bytes discarded since listen(): read or due while frozen, and dropped client pings.
    qint64 droppedBytes() const { return m_droppedBytes; }

Q_SIGNALS:
    void connectionAccepted();
    // Emitted once for every accepted connection, when both of its sides are closed.
    void connectionClosed();

private:
    // The side a socket of a Link faces; a Direction is named by the side its bytes come from.
    enum class Side { Client, Upstream };
    class Link;

    void onNewConnection();
    void onReadable(Link *link, Side from);
    void onUnconnected(Link *link, Side side);
    void onUpstreamConnected(Link *link);
    void feed(Link *link, Side from, const QByteArray &bytes);
    void forward(Link *link, Side from, const QByteArray &chunk);
    void deliverDue(Link *link, Side from);
    void propagateClose(Link *link, Side from);
    void closeTowards(Link *link, Side to);
    void finishIfDone(Link *link);

    QTcpServer *m_server = nullptr;
    QList<Link *> m_links;
    quint16 m_targetPort = 0;
    qint64 m_droppedBytes = 0;
    int m_acceptedCount = 0;
    int m_latencyMs = 0;
    bool m_frozen = false;
    bool m_propagateWhileFrozen = true;
    bool m_hang = false;
    bool m_refuse = false;
    bool m_dropClientPings = false;
};
