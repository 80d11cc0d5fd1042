#include "feedserver.h"

#include "clock.h"
#include "engineevent.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int FeedTickMs = 10;
constexpr std::size_t AcceptTimesKept = 100'000;
constexpr std::size_t AbortSlice = 64; // old clients aborted per pass of the loop after a restart
constexpr int SlowCloseCode = 1008;    // policy violation: it would not read

qint64 wallNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct FeedServer::Private
{
    // A feed-scoped feed: one counter, and the messages of the current tick, made once for all.
    struct FeedState
    {
        quint64 seq = 0;
        double credit = 0;
        quint64 tickFirst = 0;    // seq of tickMessages.front()
        QStringList tickMessages; // made in this tick; older numbers are made again for a catch-up
    };
    struct Client
    {
        QWebSocket *socket = nullptr;
        QString id;
        QString path;
        const FeedSpec *feed = nullptr;
        FeedState *shared = nullptr; // the feed's counter when it is feed-scoped
        quint64 seq = 0;             // the last number sent (feed scope: the feed's when accepted)
        double credit = 0;           // messages owed by a connection-scoped rated feed
        bool stalled = false;        // setStallClient() for its id
        FeedServer::SentRange sent;  // what this connection was sent
        qint64 lastSeenAt = 0;       // clock time of the last frame from the client
        qint64 lastPingAt = 0;       // clock time of the last heartbeat ping
        qint64 pingSentAt = 0;       // the unanswered ping's time; 0 when none is outstanding
    };
    struct Entry
    {
        qint64 lastSeenAt = 0; // clock
        qint64 lastSeenMs = 0; // wall
        bool online = false;
        int connections = 0;
    };

    FeedServer *q;
    FeedServerConfig config;
    Clock *clock;
    QWebSocketServer *server = nullptr;
    quint16 boundPort = 0;
    bool refusing = false;
    std::vector<Client *> clients;
    quint64 removals = 0; // clients forgotten so far; lets a pass over a snapshot skip its lookups
    std::map<QString, Entry> presence;
    std::map<QString, double> prices;
    std::map<QString, FeedState> feedStates; // by path; feed-scoped feeds only
    std::set<QString> stalledIds;
    std::map<QString, std::deque<FeedServer::SentRange>> sentHistory; // closed connections, by id
    QTimer feedTimer;
    QTimer heartbeatTimer;
    QTimer closeTimer;
    QTimer refuseTimer;
    qint64 lastFeedTick = 0;
    quint64 accepted = 0;
    int maxConnectionsPerClient = 0; // the most live connections one id ever had at once
    std::vector<Client *> retiring;  // dropped by a restart, aborted a slice at a time
    quint64 evicted = 0;
    quint64 droppedSlow = 0;
    quint64 messagesSent = 0;
    std::deque<qint64> acceptTimes;

    // The timers are children of the server, so that they follow it to another thread.
    Private(FeedServer *owner, const FeedServerConfig &c, Clock *k)
        : q(owner), config(c), clock(k ? k : Clock::system()), feedTimer(owner), heartbeatTimer(owner),
          closeTimer(owner), refuseTimer(owner)
    {}

    void log(const QString &event, const QJsonObject &fields = {})
    {
        QByteArray line = "{\"ts\":\"" + EngineEvent::formatTimestamp(wallNow()).toLatin1() +
                          "\",\"event\":\"" + event.toLatin1() + '"';
        if (!fields.isEmpty()) {
            const QByteArray rest = QJsonDocument(fields).toJson(QJsonDocument::Compact);
            line += ',' + rest.mid(1); // drop the opening brace, keep the closing one
        } else {
            line += '}';
        }
        Q_EMIT q->logLine(line);
    }

    bool listen(QString *error)
    {
        if (!server) {
            server = new QWebSocketServer(u"feedpulse-server"_s, QWebSocketServer::NonSecureMode, q);
            QObject::connect(server, &QWebSocketServer::newConnection, q, [this] { acceptPending(); });
        }
        if (server->isListening()) {
            return true;
        }
        const quint16 port = boundPort ? boundPort : config.port;
        if (!server->listen(config.bind, port)) {
            const QString message = FeedServer::tr("Cannot listen on %1:%2: %3")
                                        .arg(config.bind.toString())
                                        .arg(port)
                                        .arg(server->errorString());
            log(u"error"_s, {{u"message"_s, message}});
            if (error) {
                *error = message;
            }
            return false;
        }
        boundPort = server->serverPort();
        log(u"listening"_s, {{u"address"_s, config.bind.toString()}, {u"port"_s, boundPort}});
        return true;
    }

    const FeedSpec *feedFor(const QString &path) const
    {
        for (const FeedSpec &feed : config.feeds) {
            if (feed.path == path) {
                return &feed;
            }
        }
        return nullptr;
    }

    void acceptPending()
    {
        while (server && server->hasPendingConnections()) {
            QWebSocket *socket = server->nextPendingConnection();
            if (!socket) {
                break;
            }
            accept(socket);
        }
    }

    void accept(QWebSocket *socket)
    {
        auto *client = new Client;
        client->socket = socket;
        const QUrl url = socket->requestUrl();
        client->path = url.path().isEmpty() ? u"/"_s : url.path();
        client->feed = feedFor(client->path);
        const qint64 now = clock->now();
        if (client->feed && client->feed->seqScope == FeedSpec::SeqScope::Feed) {
            // A new client is owed only what the feed makes from now on.
            client->shared = &feedStates[client->feed->path];
            client->seq = client->shared->seq;
        }
        client->sent.openedAt = now;
        client->lastSeenAt = now;
        client->lastPingAt = now;
        clients.push_back(client);
        ++accepted;
        acceptTimes.push_back(now);
        if (acceptTimes.size() > AcceptTimesKept) {
            acceptTimes.pop_front();
        }
        QObject::connect(socket, &QWebSocket::textMessageReceived, q,
                         [this, client](const QString &text) { onText(client, text); });
        QObject::connect(socket, &QWebSocket::binaryMessageReceived, q,
                         [this, client](const QByteArray &) { touch(client); });
        QObject::connect(socket, &QWebSocket::pong, q,
                         [this, client](quint64, const QByteArray &) { touch(client); });
        QObject::connect(socket, &QWebSocket::disconnected, q, [this, client] {
            log(u"disconnected"_s, {{u"client"_s, client->id},
                                    {u"code"_s, int(client->socket->closeCode())},
                                    {u"reason"_s, client->socket->closeReason()}});
            remove(client);
        });
        if (client->feed && client->feed->rate <= 0) {
            QObject::connect(socket, &QWebSocket::bytesWritten, q, [this, client] { fill(client); });
        }
        const QString id = QUrlQuery(url).queryItemValue(u"client"_s);
        log(u"connected"_s, {{u"client"_s, id},
                             {u"path"_s, client->path},
                             {u"feed"_s, client->feed != nullptr},
                             {u"peer"_s, QString(socket->peerAddress().toString() + u':' +
                                                 QString::number(socket->peerPort()))}});
        if (!id.isEmpty()) {
            identify(client, id);
        }
        if (client->feed && client->feed->rate <= 0) {
            fill(client);
        }
    }

    // Forgets a client whose socket is gone or going; the socket is deleted later.
    void remove(Client *client)
    {
        // From the back: dropAll() removes the last client, so a mass drop stays linear.
        const auto it = std::find(clients.rbegin(), clients.rend(), client);
        if (it == clients.rend()) {
            return;
        }
        clients.erase(std::next(it).base());
        ++removals;
        QObject::disconnect(client->socket, nullptr, q, nullptr);
        client->socket->deleteLater();
        recordSent(client);
        if (!client->id.isEmpty()) {
            const auto entry = presence.find(client->id);
            if (entry != presence.end() && --entry->second.connections <= 0) {
                entry->second.connections = 0;
                setOnline(client->id, entry->second, false);
            }
        }
        delete client;
    }

    void drop(Client *client, int code, const QString &reason)
    {
        QObject::disconnect(client->socket, nullptr, q,
                            nullptr); // no "disconnected" line: the caller logs why
        client->socket->close(QWebSocketProtocol::CloseCode(code), reason);
        client->socket->abort();
        remove(client);
    }

    // Keeps what a connection that is going was sent, for sentRanges().
    void recordSent(Client *client)
    {
        if (client->id.isEmpty()) {
            return;
        }
        std::deque<FeedServer::SentRange> &history = sentHistory[client->id];
        history.push_back(client->sent);
        history.back().closedAt = clock->now();
        if (qsizetype(history.size()) > FeedServer::SentRangesKept) {
            history.pop_front();
        }
    }

    void identify(Client *client, const QString &id)
    {
        client->id = id;
        client->stalled = stalledIds.count(id) > 0;
        Entry &entry = presence[id];
        ++entry.connections;
        maxConnectionsPerClient = std::max(maxConnectionsPerClient, entry.connections);
        entry.lastSeenAt = clock->now();
        entry.lastSeenMs = wallNow();
        setOnline(id, entry, true);
    }

    void setOnline(const QString &id, Entry &entry, bool online)
    {
        if (entry.online == online) {
            return;
        }
        entry.online = online;
        log(u"presence"_s, {{u"client"_s, id}, {u"online"_s, online}});
        Q_EMIT q->presenceChanged(id, online);
    }

    // Any frame from the client proves it alive: it answers the outstanding ping.
    void touch(Client *client)
    {
        const qint64 now = clock->now();
        client->lastSeenAt = now;
        client->pingSentAt = 0;
        if (!client->id.isEmpty()) {
            Entry &entry = presence[client->id];
            entry.lastSeenAt = now;
            entry.lastSeenMs = wallNow();
            setOnline(client->id, entry, true);
        }
    }

    void onText(Client *client, const QString &text)
    {
        touch(client);
        if (text == config.textPing) {
            if (!config.ignorePings) {
                send(client, config.textPong);
            }
            return;
        }
        if (!text.startsWith(u'{')) {
            Q_EMIT q->textReceived(client->id, text);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = object.value(u"type"_s).toString();
        if (type == config.jsonPingType) {
            if (!config.ignorePings) {
                send(client, config.jsonPong);
            }
            return;
        }
        if (type == u"hello"_s && client->id.isEmpty()) {
            const QString id = object.value(u"id"_s).toString();
            if (!id.isEmpty()) {
                identify(client, id);
            }
        }
        Q_EMIT q->textReceived(client->id, text);
    }

    // False when the client was dropped for being too slow.
    bool send(Client *client, const QString &text)
    {
        const qint64 buffered = client->socket->bytesToWrite();
        if (buffered > config.maxBufferedBytes) {
            ++droppedSlow;
            log(u"dropped_slow"_s, {{u"client"_s, client->id}, {u"buffered"_s, buffered}});
            drop(client, SlowCloseCode, u"too slow: %1 bytes unsent"_s.arg(buffered));
            return false;
        }
        client->socket->sendTextMessage(text);
        ++messagesSent;
        return true;
    }

    QString makeMessage(const FeedSpec &feed, quint64 seq)
    {
        double &price = prices[feed.path];
        if (price <= 0) {
            price = 100.0;
        }
        price = std::max(0.01, price + (QRandomGenerator::global()->generateDouble() - 0.5) * 0.2);
        QString message = u"{\"seq\":"_s + QString::number(seq) + u",\"ts\":"_s + QString::number(wallNow()) +
                          u",\"feed\":\""_s + feed.path.mid(1) + u"\",\"price\":"_s +
                          QString::number(price, 'f', 2);
        if (message.size() + 1 < feed.size) {
            const qsizetype pad = feed.size - message.size() - 10; // ,"pad":"" and the closing brace
            message += u",\"pad\":\""_s + QString(std::max<qsizetype>(0, pad), u'x') + u'"';
        }
        message += u'}';
        return message;
    }

    // One feed message to one client. False when the client was dropped (and freed) for being
    // too slow.
    bool sendFeed(Client *client, quint64 seq, const QString &text)
    {
        if (!send(client, text)) {
            return false;
        }
        client->seq = seq;
        FeedServer::SentRange &sent = client->sent;
        if (sent.count++ == 0) {
            sent.first = seq;
        }
        sent.last = seq;
        return true;
    }

    // A socket in its close handshake must not be sent data frames (RFC 6455 5.5.1).
    static bool canFeed(const Client *client)
    {
        return client->feed && !client->stalled && client->socket->state() == QAbstractSocket::ConnectedState;
    }

    // An as-fast-as-possible feed keeps the client's buffer topped up to the high-water mark.
    void fill(Client *client)
    {
        if (config.stall || !canFeed(client)) {
            return;
        }
        while (client->socket->bytesToWrite() < config.highWaterBytes) {
            const quint64 seq = client->seq + 1;
            if (!sendFeed(client, seq, makeMessage(*client->feed, seq))) {
                return;
            }
        }
    }

    // Every feed-scoped feed makes the messages it owes for this tick, once for all its clients.
    void produceShared(qint64 elapsed)
    {
        for (const FeedSpec &feed : std::as_const(config.feeds)) {
            if (feed.seqScope != FeedSpec::SeqScope::Feed) {
                continue;
            }
            FeedState &state = feedStates[feed.path];
            state.tickMessages.clear();
            state.credit += feed.rate * double(elapsed) / 1000.0;
            const auto due = qint64(std::floor(state.credit));
            state.credit -= double(due);
            state.tickFirst = state.seq + 1;
            for (qint64 i = 0; i < due; ++i) {
                state.tickMessages.append(makeMessage(feed, ++state.seq));
            }
        }
    }

    // Sends a feed-scoped client everything it has not had, the numbers made before this tick
    // (after a stall) made again. False when the client was dropped.
    bool catchUp(Client *client)
    {
        const FeedState &state = *client->shared;
        while (client->seq < state.seq) {
            const quint64 seq = client->seq + 1;
            const QString text = seq >= state.tickFirst
                                     ? state.tickMessages.at(qsizetype(seq - state.tickFirst))
                                     : makeMessage(*client->feed, seq);
            if (!sendFeed(client, seq, text)) {
                return false;
            }
        }
        return true;
    }

    void feedTick()
    {
        const qint64 now = clock->now();
        const qint64 elapsed = lastFeedTick ? std::clamp<qint64>(now - lastFeedTick, 0, 1000) : FeedTickMs;
        lastFeedTick = now;
        if (config.stall) {
            return;
        }
        produceShared(elapsed);
        const std::vector<Client *> snapshot = clients;
        const quint64 removalsBefore = removals;
        for (Client *client : snapshot) {
            // Only once a client was dropped during this tick can the snapshot hold a stale one.
            if (removals != removalsBefore &&
                std::find(clients.begin(), clients.end(), client) == clients.end()) {
                continue; // dropped while this tick ran
            }
            if (!canFeed(client)) {
                client->credit = 0; // a stalled client is owed nothing by a connection-scoped feed
                continue;
            }
            if (client->shared) {
                catchUp(client);
                continue;
            }
            if (client->feed->rate <= 0) {
                fill(client);
                continue;
            }
            client->credit += client->feed->rate * double(elapsed) / 1000.0;
            const auto due = qint64(std::floor(client->credit));
            client->credit -= double(due);
            for (qint64 i = 0; i < due; ++i) {
                const quint64 seq = client->seq + 1;
                if (!sendFeed(client, seq, makeMessage(*client->feed, seq))) {
                    break;
                }
            }
        }
    }

    void heartbeatTick()
    {
        if (config.heartbeatIntervalMs <= 0) {
            return;
        }
        const qint64 now = clock->now();
        const std::vector<Client *> snapshot = clients;
        for (Client *client : snapshot) {
            if (client->pingSentAt && now - client->pingSentAt >= config.heartbeatTimeoutMs) {
                ++evicted;
                const qint64 silent = now - client->lastSeenAt;
                log(u"evicted"_s, {{u"client"_s, client->id}, {u"silent_ms"_s, silent}});
                const QString id = client->id;
                drop(client, config.evictCode, u"heartbeat timeout"_s);
                Q_EMIT q->clientEvicted(id);
                continue;
            }
            if (!client->pingSentAt && now - client->lastPingAt >= config.heartbeatIntervalMs) {
                client->lastPingAt = now;
                client->pingSentAt = now;
                client->socket->ping(QByteArray::number(now));
            }
        }
        // Presence is judged by the time since a client was last seen.
        for (auto &[id, entry] : presence) {
            if (entry.online && now - entry.lastSeenAt >= config.presenceTimeoutMs) {
                setOnline(id, entry, false);
            }
        }
    }

    void closeAll(int code, const QString &reason)
    {
        const std::vector<Client *> snapshot = clients;
        for (Client *client : snapshot) {
            client->socket->close(QWebSocketProtocol::CloseCode(code), reason);
        }
    }

    // Aborts and frees clients that are no longer in `clients` (a restart retired them),
    // AbortSlice per pass of the event loop. Without a loop (destruction) it frees them all.
    void retireSlice(std::size_t slice)
    {
        const std::size_t count = std::min(retiring.size(), slice);
        for (std::size_t i = 0; i < count; ++i) {
            retiring[i]->socket->abort();
            retiring[i]->socket->deleteLater();
            delete retiring[i];
        }
        retiring.erase(retiring.begin(), retiring.begin() + qsizetype(count));
        if (!retiring.empty()) {
            QTimer::singleShot(0, q, [this] { retireSlice(AbortSlice); });
        }
    }

    void dropAll()
    {
        while (!clients.empty()) {
            Client *client = clients.back();
            QObject::disconnect(client->socket, nullptr, q, nullptr);
            client->socket->abort();
            remove(client);
        }
    }
};

// --- FeedServer ----------------------------------------------------------------------------------

FeedServer::FeedServer(const FeedServerConfig &config, Clock *clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, config, clock))
{
    d->feedTimer.setTimerType(Qt::PreciseTimer);
    d->feedTimer.setInterval(FeedTickMs);
    connect(&d->feedTimer, &QTimer::timeout, this, [this] { d->feedTick(); });
    const int shortest = std::min(d->config.heartbeatIntervalMs, d->config.heartbeatTimeoutMs);
    d->heartbeatTimer.setTimerType(Qt::PreciseTimer);
    d->heartbeatTimer.setInterval(std::clamp(shortest / 10, 10, 500));
    connect(&d->heartbeatTimer, &QTimer::timeout, this, [this] { d->heartbeatTick(); });
    connect(&d->closeTimer, &QTimer::timeout, this, [this] {
        d->closeAll(d->config.closeCode, u"fault: close every %1 ms"_s.arg(d->config.closeEveryMs));
    });
    d->refuseTimer.setSingleShot(true);
    connect(&d->refuseTimer, &QTimer::timeout, this, [this] {
        d->refusing = false;
        d->listen(nullptr);
    });
    if (d->clock->isManual()) {
        connect(d->clock, &Clock::advanced, this, [this] { d->heartbeatTick(); });
    }
}

FeedServer::~FeedServer()
{
    d->dropAll();
    d->retireSlice(d->retiring.size());
}

const FeedServerConfig &FeedServer::config() const
{
    return d->config;
}

bool FeedServer::start(QString *error)
{
    const ConfigIssues issues = d->config.validate();
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ConfigIssue &issue : issues) {
            lines << issue.toString();
        }
        if (error) {
            *error = lines.join(u'\n');
        }
        return false;
    }
    if (!d->config.allowRemote && !d->config.bind.isLoopback()) {
        if (error) {
            *error = tr("%1 is not a loopback address; binding it needs allow_remote (--allow-remote)")
                         .arg(d->config.bind.toString());
        }
        return false;
    }
    d->presence.clear();
    if (!d->listen(error)) {
        return false;
    }
    d->lastFeedTick = 0;
    d->feedTimer.start();
    d->heartbeatTimer.start(); // heartbeats and the presence sweep
    if (d->config.closeEveryMs > 0) {
        d->closeTimer.start(d->config.closeEveryMs);
    }
    if (d->config.refuseMs > 0) {
        refuseFor(d->config.refuseMs);
    }
    return true;
}

void FeedServer::stop()
{
    d->feedTimer.stop();
    d->heartbeatTimer.stop();
    d->closeTimer.stop();
    d->refuseTimer.stop();
    d->refusing = false;
    // The listener first: a client that reconnects while the others are being dropped must be
    // refused, not accepted into a queue that is about to be thrown away.
    if (d->server) {
        d->server->close();
    }
    d->dropAll();
}

bool FeedServer::restart(QString *error)
{
    // Everything goes, presence included: after a restart nobody is known until they come back.
    // The old clients leave the table before the listener reopens, and are aborted after it: so
    // the server is down only for a moment, however many clients it had, and a client that
    // reconnects at once is accepted rather than refused. The old sockets no longer touch presence.
    if (d->server) {
        d->server->close();
    }
    std::vector<Private::Client *> old;
    old.swap(d->clients);
    for (Private::Client *client : old) {
        d->recordSent(client);
    }
    d->presence.clear();
    // A new process would number from 1 again. The retired clients no longer point at the states.
    for (auto &[path, state] : d->feedStates) {
        state = Private::FeedState();
    }
    d->refuseTimer.stop();
    d->refusing = false;
    d->log(u"restarted"_s);
    const bool listening = d->listen(error);
    // Old clients are aborted in slices between passes of the event loop, so that the new
    // listener keeps accepting while thousands go (its accept queue is only 50 deep).
    for (Private::Client *client : old) {
        QObject::disconnect(client->socket, nullptr, this, nullptr);
    }
    const bool idle = d->retiring.empty();
    d->retiring.insert(d->retiring.end(), old.begin(), old.end());
    if (idle) {
        d->retireSlice(AbortSlice);
    }
    if (!listening) {
        return false;
    }
    d->feedTimer.start();
    d->heartbeatTimer.start();
    return true;
}

bool FeedServer::isListening() const
{
    return d->server && d->server->isListening();
}

quint16 FeedServer::port() const
{
    return d->boundPort;
}

QUrl FeedServer::url(const QString &path, const QString &clientId) const
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(d->config.bind.isLoopback() || d->config.bind == QHostAddress(QHostAddress::AnyIPv4)
                    ? u"127.0.0.1"_s
                    : d->config.bind.toString());
    url.setPort(d->boundPort);
    url.setPath(path);
    if (!clientId.isEmpty()) {
        url.setQuery(u"client="_s + QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    }
    return url;
}

void FeedServer::setIgnorePings(bool on)
{
    d->config.ignorePings = on;
    d->log(u"fault"_s, {{u"name"_s, u"ignore_pings"_s}, {u"value"_s, on}});
}

void FeedServer::setStall(bool on)
{
    d->config.stall = on;
    d->lastFeedTick = 0; // a stall owes nothing when it ends
    for (auto *client : d->clients) {
        client->credit = 0;
    }
    for (auto &[path, state] : d->feedStates) {
        state.credit = 0;
    }
    d->log(u"fault"_s, {{u"name"_s, u"stall"_s}, {u"value"_s, on}});
    if (!on) {
        const std::vector<Private::Client *> snapshot = d->clients;
        for (auto *client : snapshot) {
            if (client->feed && client->feed->rate <= 0) {
                d->fill(client);
            }
        }
    }
}

void FeedServer::setCloseEvery(int ms, int code)
{
    d->config.closeEveryMs = std::max(0, ms);
    d->config.closeCode = code;
    if (d->config.closeEveryMs > 0) {
        d->closeTimer.start(d->config.closeEveryMs);
    } else {
        d->closeTimer.stop();
    }
    d->log(u"fault"_s,
           {{u"name"_s, u"close_every_ms"_s}, {u"value"_s, d->config.closeEveryMs}, {u"code"_s, code}});
}

void FeedServer::refuseFor(int ms)
{
    if (ms <= 0) {
        return;
    }
    d->refusing = true;
    if (d->server) {
        d->server->close(); // a closed listener refuses (connection refused), clients stay
    }
    d->log(u"refusing"_s, {{u"ms"_s, ms}});
    d->refuseTimer.start(ms);
}

bool FeedServer::isRefusing() const
{
    return d->refusing;
}

int FeedServer::closeClient(const QString &id, int code, const QString &reason)
{
    const bool sendable = code >= 1000 && code <= 4999 && code != 1005 && code != 1006 && code != 1015;
    if (!sendable) {
        d->log(u"error"_s, {{u"message"_s, tr("close code %1 cannot be sent in a close frame").arg(code)},
                            {u"client"_s, id}});
        return -1;
    }
    int closed = 0;
    const std::vector<Private::Client *> snapshot = d->clients;
    for (Private::Client *client : snapshot) {
        if (client->id == id && client->socket->state() == QAbstractSocket::ConnectedState) {
            client->socket->close(QWebSocketProtocol::CloseCode(code), reason);
            ++closed;
        }
    }
    d->log(u"fault"_s,
           {{u"name"_s, u"close_client"_s}, {u"client"_s, id}, {u"code"_s, code}, {u"closed"_s, closed}});
    return closed;
}

void FeedServer::setStallClient(const QString &id, bool on)
{
    if (on) {
        d->stalledIds.insert(id);
    } else {
        d->stalledIds.erase(id);
    }
    std::vector<Private::Client *> resumed;
    for (Private::Client *client : d->clients) {
        if (client->id == id) {
            client->stalled = on;
            client->credit = 0;
            resumed.push_back(client);
        }
    }
    d->log(u"fault"_s, {{u"name"_s, u"stall_client"_s}, {u"client"_s, id}, {u"value"_s, on}});
    if (on || d->config.stall) {
        return;
    }
    // A rate-0 feed refills at once; a rated one catches up on its next tick.
    for (Private::Client *client : resumed) {
        if (client->feed && client->feed->rate <= 0 && !client->shared &&
            std::find(d->clients.begin(), d->clients.end(), client) != d->clients.end()) {
            d->fill(client);
        }
    }
}

bool FeedServer::isClientStalled(const QString &id) const
{
    return d->stalledIds.count(id) > 0;
}

QList<FeedServer::Presence> FeedServer::presence() const
{
    QList<Presence> result;
    for (const auto &[id, entry] : d->presence) {
        result.append({id, entry.lastSeenMs, entry.online, entry.connections});
    }
    return result;
}

bool FeedServer::isOnline(const QString &id) const
{
    const auto it = d->presence.find(id);
    return it != d->presence.end() && it->second.online;
}

int FeedServer::clientCount() const
{
    return int(d->clients.size());
}

quint64 FeedServer::accepted() const
{
    return d->accepted;
}

quint64 FeedServer::evicted() const
{
    return d->evicted;
}

quint64 FeedServer::droppedSlow() const
{
    return d->droppedSlow;
}

quint64 FeedServer::messagesSent() const
{
    return d->messagesSent;
}

int FeedServer::maxConnectionsPerClient() const
{
    return d->maxConnectionsPerClient;
}

QList<qint64> FeedServer::acceptTimes() const
{
    return QList<qint64>(d->acceptTimes.begin(), d->acceptTimes.end());
}

QList<FeedServer::SentRange> FeedServer::sentRanges(const QString &id) const
{
    QList<SentRange> result;
    if (const auto it = d->sentHistory.find(id); it != d->sentHistory.end()) {
        result = QList<SentRange>(it->second.begin(), it->second.end());
    }
    QList<SentRange> live;
    for (const Private::Client *client : d->clients) {
        if (client->id == id) {
            live.append(client->sent);
        }
    }
    std::sort(live.begin(), live.end(),
              [](const SentRange &a, const SentRange &b) { return a.openedAt < b.openedAt; });
    return result + live;
}

QJsonObject FeedServer::statsJson() const
{
    QJsonArray presence;
    for (const Presence &p : this->presence()) {
        presence.append(QJsonObject{{u"client"_s, p.id},
                                    {u"online"_s, p.online},
                                    {u"last_seen"_s, EngineEvent::formatTimestamp(p.lastSeenMs)},
                                    {u"connections"_s, p.connections}});
    }
    return QJsonObject{
        {u"listening"_s, isListening()},
        {u"port"_s, d->boundPort},
        {u"clients"_s, clientCount()},
        {u"accepted"_s, qint64(d->accepted)},
        {u"evicted"_s, qint64(d->evicted)},
        {u"dropped_slow"_s, qint64(d->droppedSlow)},
        {u"messages_sent"_s, qint64(d->messagesSent)},
        {u"refusing"_s, d->refusing},
        {u"faults"_s, QJsonObject{{u"ignore_pings"_s, d->config.ignorePings},
                                  {u"stall"_s, d->config.stall},
                                  {u"close_every_ms"_s, d->config.closeEveryMs},
                                  {u"close_code"_s, d->config.closeCode}}},
        {u"presence"_s, presence},
    };
}

// --- FeedServerControl ---------------------------------------------------------------------------

struct FeedServerControl::Private
{
    FeedServer *server;
    QHttpServer http;
    quint16 port = 0;
};

namespace {

QHttpServerResponse badRequest(const QString &message)
{
    return QHttpServerResponse(QJsonObject{{u"error"_s, message}},
                               QHttpServerResponse::StatusCode::BadRequest);
}

// An integer query parameter within [low, high]; *ok is false (and *error names it) otherwise.
int intParam(const QHttpServerRequest &request, const QString &name, int low, int high, bool *ok,
             QString *error)
{
    const QString text = request.query().queryItemValue(name);
    bool parsed = false;
    const int value = text.toInt(&parsed);
    *ok = parsed && value >= low && value <= high;
    if (!*ok) {
        *error = FeedServerControl::tr("%1: expected an integer from %2 to %3, got \"%4\"")
                     .arg(name)
                     .arg(low)
                     .arg(high)
                     .arg(text);
    }
    return value;
}

} // namespace

FeedServerControl::FeedServerControl(FeedServer *server, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->server = server;
    using Method = QHttpServerRequest::Method;
    const auto onOff = [](const QHttpServerRequest &request, bool *ok, QString *error) {
        const QString value = request.query().queryItemValue(u"on"_s);
        *ok = value == u"1"_s || value == u"0"_s || value == u"true"_s || value == u"false"_s;
        if (!*ok) {
            *error = tr("on: expected 1 or 0, got \"%1\"").arg(value);
        }
        return value == u"1"_s || value == u"true"_s;
    };
    d->http.route(u"/fault/ignore-pings"_s, Method::Post, [this, onOff](const QHttpServerRequest &request) {
        bool ok = false;
        QString error;
        const bool on = onOff(request, &ok, &error);
        if (!ok) {
            return badRequest(error);
        }
        d->server->setIgnorePings(on);
        return QHttpServerResponse(d->server->statsJson());
    });
    d->http.route(u"/fault/stall"_s, Method::Post, [this, onOff](const QHttpServerRequest &request) {
        bool ok = false;
        QString error;
        const bool on = onOff(request, &ok, &error);
        if (!ok) {
            return badRequest(error);
        }
        d->server->setStall(on);
        return QHttpServerResponse(d->server->statsJson());
    });
    d->http.route(u"/fault/close-every"_s, Method::Post, [this](const QHttpServerRequest &request) {
        bool ok = false;
        QString error;
        const int ms = intParam(request, u"ms"_s, 0, 86'400'000, &ok, &error);
        if (!ok) {
            return badRequest(error);
        }
        int code = 1000;
        if (request.query().hasQueryItem(u"code"_s)) {
            code = intParam(request, u"code"_s, 1000, 4999, &ok, &error);
            if (!ok) {
                return badRequest(error);
            }
        }
        d->server->setCloseEvery(ms, code);
        return QHttpServerResponse(d->server->statsJson());
    });
    d->http.route(u"/fault/refuse"_s, Method::Post, [this](const QHttpServerRequest &request) {
        bool ok = false;
        QString error;
        const int ms = intParam(request, u"ms"_s, 1, 86'400'000, &ok, &error);
        if (!ok) {
            return badRequest(error);
        }
        d->server->refuseFor(ms);
        return QHttpServerResponse(d->server->statsJson());
    });
    d->http.route(u"/restart"_s, Method::Post, [this](const QHttpServerRequest &) {
        QString error;
        if (!d->server->restart(&error)) {
            return QHttpServerResponse(QJsonObject{{u"error"_s, error}},
                                       QHttpServerResponse::StatusCode::InternalServerError);
        }
        return QHttpServerResponse(d->server->statsJson());
    });
    d->http.route(u"/stats"_s, Method::Get,
                  [this](const QHttpServerRequest &) { return QHttpServerResponse(d->server->statsJson()); });
    d->http.route(u"/presence"_s, Method::Get, [this](const QHttpServerRequest &) {
        return QHttpServerResponse(d->server->statsJson().value(u"presence"_s).toArray());
    });
}

FeedServerControl::~FeedServerControl() = default;

bool FeedServerControl::listen(quint16 port, QString *error)
{
    d->port = d->http.listen(QHostAddress(QHostAddress::LocalHost), port);
    if (d->port == 0 && error) {
        *error = tr("Cannot listen for control on 127.0.0.1:%1").arg(port);
    }
    return d->port != 0;
}

quint16 FeedServerControl::port() const
{
    return d->port;
}
