#pragma once

#include "configissue.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class Clock;
class QTimer;
class QWebSocket;
class QWebSocketServer;

// One feed served on a path: `rate` messages a second to every client connected to that path.
// Rate 0 means "as fast as each client takes them" (bounded by FeedServerConfig::highWaterBytes).
struct FeedSpec
{
    // Whose counter numbers the messages ("seq"). Connection: every connection counts from 1 on its
    // own. Feed: one counter per feed; each message is made once and sent to every client of the
    // path, so a client that was away sees a jump of exactly the numbers it missed. Needs rate > 0.
    enum class SeqScope { Connection, Feed };

    QString path = QStringLiteral("/ticker"); // starts with '/'
    double rate = 20.0;                       // messages per second, 0..100'000
    int size = 0; // pad each message to at least this many bytes (0: no padding); for benchmarks
    SeqScope seqScope = SeqScope::Connection;

    // "connection" or "feed", the JSON spelling; nullopt for another name.
    static QString seqScopeName(SeqScope scope);
    static std::optional<SeqScope> seqScopeFromName(const QString &name);

    friend bool operator==(const FeedSpec &, const FeedSpec &) = default;
};

// Everything feedpulse-server can be told, from flags or from a JSON file (the same keys, see
// fromJson). Defaults are safe: loopback only, heartbeats on, a bounded buffer per client.
struct FeedServerConfig
{
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    bool allowRemote = false; // binding anything but a loopback address needs this
    quint16 port = 0;         // 0: any free port
    QList<FeedSpec> feeds = {FeedSpec{}};

    // Application-level ping replies. The text ping is compared exactly; a JSON ping is any object
    // whose "type" equals jsonPingType, answered with jsonPong. Protocol pings are answered by Qt.
    QString textPing = QStringLiteral("ping");
    QString textPong = QStringLiteral("pong");
    QString jsonPingType = QStringLiteral("ping");
    QString jsonPong = QStringLiteral(R"({"type":"pong"})");

    // Server-side heartbeat: a protocol ping to every client every interval; a client that shows no
    // pong and no traffic within timeout of a ping is evicted with evictCode. Interval 0: off.
    int heartbeatIntervalMs = 30'000;
    int heartbeatTimeoutMs = 10'000;
    int evictCode = 1001;

    // Presence: a known client is online while connected and seen within this time.
    int presenceTimeoutMs = 60'000;

    // Backpressure: a client whose unsent bytes exceed maxBufferedBytes is dropped (close 1008,
    // logged with the figure). Rate-0 feeds stop filling a client at highWaterBytes.
    qint64 maxBufferedBytes = 8 * 1024 * 1024;
    qint64 highWaterBytes = 256 * 1024;

    // Fault switches at start (also switchable at run time, see FeedServer).
    bool ignorePings = false; // application pings go unanswered
    bool stall = false;       // feeds send nothing; sockets stay open
    int closeEveryMs = 0;     // close every client with closeCode every N ms (0: off)
    int closeCode = 1000;
    int refuseMs = 0; // refuse new connections (listener closed) for N ms after start

    // Port of the loopback-only HTTP control endpoint (FeedServerControl); 0: none. -1: any free port.
    int controlPort = 0;

    // Every problem, each with its path ("feeds[1].rate", "bind").
    ConfigIssues validate() const;

    // JSON keys: bind, allow_remote, port, feeds [{path, rate, size, seq_scope}], text_ping, text_pong,
    // json_ping_type, json_pong, heartbeat {interval_ms, timeout_ms, evict_code}, presence_timeout_ms,
    // max_buffered_bytes, high_water_bytes, faults {ignore_pings, stall, close_every_ms, close_code,
    // refuse_ms}, control_port. Unknown keys and wrong types are issues; missing keys keep defaults.
    static FeedServerConfig fromJson(const QJsonObject &json, ConfigIssues *issues);
    QJsonObject toJson() const;
};

// The server half of heartbeats: feeds numbered per connection or per feed (FeedSpec::SeqScope),
// ping replies, a server-side heartbeat that evicts dead clients, a presence table, fault switches
// (for all clients or for one client id), and backpressure. Per client id it keeps what each
// connection was sent (sentRanges), so that a test can account for every number a client missed.
// Every event is also reported as one JSON line through logLine() (feedpulse-server prints them).
class FeedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedServer)

public:
    struct Presence
    {
        QString id;
        qint64 lastSeenMs = 0; // wall clock, ms since the epoch
        bool online = false;
        int connections = 0; // live connections with this id
    };

    // The feed messages one connection was sent: seq first..last, count of them (0: none yet).
    // A connection's numbers are contiguous in both scopes, so count == last - first + 1.
    struct SentRange
    {
        quint64 first = 0;
        quint64 last = 0;
        quint64 count = 0;
        qint64 openedAt = 0; // Clock time of the accept
        qint64 closedAt = 0; // Clock time it was dropped or closed; 0 while live

        friend bool operator==(const SentRange &, const SentRange &) = default;
    };
    // Connections remembered per client id in sentRanges(), the newest kept.
    static constexpr qsizetype SentRangesKept = 10'000;

    explicit FeedServer(const FeedServerConfig &config, Clock *clock = nullptr, QObject *parent = nullptr);
    ~FeedServer() override;

    const FeedServerConfig &config() const;

    // Listens on config().bind:port. False with a message naming the problem (invalid config,
    // non-loopback bind without allowRemote, port in use).
    bool start(QString *error = nullptr);
    // Closes every client (abort) and the listener. The presence table is kept until start().
    void stop();
    // Drop everything, clear the presence table, listen again on the same port. Feed-scoped counters
    // start again from 1, as in a new process (a client reports it as a sequence reset).
    bool restart(QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;
    // ws://127.0.0.1:port<path>[?client=id]
    QUrl url(const QString &path = QStringLiteral("/ticker"), const QString &clientId = {}) const;

    // Fault switches at run time; each is logged as a "fault" line.
    void setIgnorePings(bool on);
    void setStall(bool on);
    void setCloseEvery(int ms, int code = 1000); // ms 0: off
    void refuseFor(int ms);                      // close the listener for ms, then listen again
    bool isRefusing() const;

    // Faults for one client id, on its live connections and on those it opens later; logged as
    // "fault" lines with the client.
    // Starts a close handshake with code on every live connection of id; returns how many. A code
    // that cannot go in a close frame (outside 1000..4999, or 1005, 1006, 1015) closes nothing: -1.
    int closeClient(const QString &id, int code, const QString &reason = {});
    // While on, the feeds send that client nothing; its sockets stay open and pings are answered.
    // A feed-scoped feed's numbers move on meanwhile, and what the client missed is sent when the
    // stall lifts, so its numbers stay contiguous: a link that pauses without losing anything. A
    // connection-scoped feed owes it nothing, as with setStall().
    void setStallClient(const QString &id, bool on);
    bool isClientStalled(const QString &id) const;

    // Presence table, sorted by id. Starts empty on every start() / restart().
    QList<Presence> presence() const;
    bool isOnline(const QString &id) const;

    // Counters since construction.
    int clientCount() const;
    quint64 accepted() const;    // completed handshakes
    quint64 evicted() const;     // heartbeat evictions
    quint64 droppedSlow() const; // backpressure drops
    quint64 messagesSent() const;
    // The most live connections one client id ever had at the same time (1 when no client ever
    // held two sockets), since construction.
    int maxConnectionsPerClient() const;
    // Monotonic (Clock) times of every accepted connection, oldest first, at most the last 100,000.
    QList<qint64> acceptTimes() const;
    // What every connection of id was sent, in accept order: the closed ones (the last
    // SentRangesKept) and then the live ones. Kept across restart(); costs two stores per message.
    QList<SentRange> sentRanges(const QString &id) const;
    // A JSON object of the counters, the fault switches and the presence table (the control
    // endpoint's GET /stats).
    QJsonObject statsJson() const;

Q_SIGNALS:
    // One event as one JSON line without newline: {"ts":…,"event":…, …}. Events: listening,
    // connected {client, path, peer}, disconnected {client, code}, evicted {client, silent_ms},
    // dropped_slow {client, buffered}, presence {client, online}, fault {name, value}, refusing,
    // restarted, error {message}.
    void logLine(const QByteArray &line);
    void presenceChanged(const QString &id, bool online);
    // A text message from a client that is not an application ping (those are answered).
    void textReceived(const QString &clientId, const QString &text);
    void clientEvicted(const QString &id);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The loopback-only HTTP control endpoint of a FeedServer:
//   POST /fault/ignore-pings?on=1|0    POST /fault/stall?on=1|0
//   POST /fault/close-every?ms=N&code=C    POST /fault/refuse?ms=N    POST /restart
//   GET  /stats    GET /presence
// Answers JSON; a bad parameter gets 400 with {"error": "..."} naming it.
class FeedServerControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedServerControl)

public:
    explicit FeedServerControl(FeedServer *server, QObject *parent = nullptr);
    ~FeedServerControl() override;

    // Binds 127.0.0.1 only. port 0: any free port.
    bool listen(quint16 port, QString *error = nullptr);
    quint16 port() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
