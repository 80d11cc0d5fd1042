#include "demo.h"

#include "feedserver.h"

#include <QJsonValue>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

enum ServerIndex { Ticker, Orders, Chat, Sensors, ServerCount };

FeedServerConfig serverConfig(const QString &path, double rate)
{
    FeedServerConfig config;
    config.feeds = {FeedSpec{path, rate, 0}};
    config.heartbeatIntervalMs = 15'000;
    config.heartbeatTimeoutMs = 5'000;
    return config;
}

EndpointConfig endpoint(const QString &name, const QUrl &url)
{
    EndpointConfig config;
    config.name = name;
    config.urls = {url.toString()};
    config.backoff.initialMs = 1'000;
    config.backoff.maxMs = 8'000;
    config.backoff.jitter = BackoffPolicy::Jitter::Full;
    config.stableMs = 10'000;
    return config;
}

} // namespace

Demo::Demo(QObject *parent) : Demo(Timing{}, parent) {}

Demo::Demo(const Timing &timing, QObject *parent)
    : QObject(parent), m_timing(timing), m_stallTimer(new QTimer(this))
{
    // The sensors feed alternates: flowing, then stalled for stallMs of every cycle.
    m_stallTimer->setSingleShot(true);
    connect(m_stallTimer, &QTimer::timeout, this, [this] {
        m_stalled = !m_stalled;
        m_servers[Sensors]->setStall(m_stalled);
        m_stallTimer->start(m_stalled ? m_timing.stallMs : m_timing.stallCycleMs - m_timing.stallMs);
    });
}

Demo::~Demo() = default;

bool Demo::start(QString *error)
{
    stop();
    FeedServerConfig ticker = serverConfig(u"/ticker"_s, 5);
    // One counter for the whole orders feed: what it sends while the client reconnects shows as gaps.
    FeedServerConfig orders = serverConfig(u"/orders"_s, 4);
    orders.feeds.first().seqScope = FeedSpec::SeqScope::Feed;
    orders.closeEveryMs = m_timing.flakyCloseEveryMs;
    orders.closeCode = 1001;
    FeedServerConfig chat = serverConfig(u"/chat"_s, 1);
    chat.ignorePings = true;
    FeedServerConfig sensors = serverConfig(u"/sensors"_s, 10);
    for (const FeedServerConfig &config : {ticker, orders, chat, sensors}) {
        m_servers.push_back(std::make_unique<FeedServer>(config));
        if (!m_servers.back()->start(error)) {
            stop();
            return false;
        }
    }
    m_stalled = false;
    m_stallTimer->start(m_timing.stallCycleMs - m_timing.stallMs);
    return true;
}

void Demo::stop()
{
    m_stallTimer->stop();
    for (const auto &server : m_servers) {
        server->stop();
    }
    m_servers.clear();
}

QList<EndpointConfig> Demo::endpoints() const
{
    if (m_servers.size() != ServerCount) {
        return {};
    }
    EndpointConfig ticker = endpoint(u"ticker"_s, m_servers[Ticker]->url(u"/ticker"_s, u"ticker"_s));
    ticker.heartbeat.mode = HeartbeatPolicy::Mode::Json;
    ticker.heartbeat.intervalMs = 3'000;
    ticker.heartbeat.timeoutMs = 1'000;
    ticker.heartbeat.payload = uR"({"type":"ping"})"_s;
    ticker.heartbeat.expectField = u"type"_s;
    ticker.heartbeat.expectEquals = QJsonValue(u"pong"_s);
    ticker.onOpen = {uR"({"op":"subscribe","channel":"trades"})"_s};
    ticker.staleAfterMs = 5'000;
    ticker.sequenceField = u"seq"_s;

    EndpointConfig orders = endpoint(u"orders"_s, m_servers[Orders]->url(u"/orders"_s, u"orders"_s));
    orders.heartbeat.mode = HeartbeatPolicy::Mode::Ping;
    orders.heartbeat.intervalMs = 5'000;
    orders.heartbeat.timeoutMs = 2'000;
    orders.stableMs = 5'000;
    orders.sequenceField = u"seq"_s;
    // Away for 1 to 2 s after each close, so the feed moves on by a few numbers meanwhile.
    orders.backoff.initialMs = 2'000;
    orders.backoff.jitter = BackoffPolicy::Jitter::Equal;

    // Chat traffic must not answer the ping, or the ignored pings would never show.
    EndpointConfig chat = endpoint(u"chat"_s, m_servers[Chat]->url(u"/chat"_s, u"chat"_s));
    chat.heartbeat.mode = HeartbeatPolicy::Mode::Text;
    chat.heartbeat.intervalMs = m_timing.chatPingIntervalMs;
    chat.heartbeat.timeoutMs = m_timing.chatPingTimeoutMs;
    chat.heartbeat.payload = u"ping"_s;
    chat.heartbeat.expectText = u"pong"_s;
    chat.heartbeat.anyTrafficResets = false;

    EndpointConfig sensors = endpoint(u"sensors"_s, m_servers[Sensors]->url(u"/sensors"_s, u"sensors"_s));
    sensors.heartbeat.mode = HeartbeatPolicy::Mode::Ping;
    sensors.heartbeat.intervalMs = 5'000;
    sensors.heartbeat.timeoutMs = 2'000;
    sensors.staleAfterMs = m_timing.staleAfterMs;
    return {ticker, orders, chat, sensors};
}

QList<FeedServer *> Demo::servers() const
{
    QList<FeedServer *> result;
    for (const auto &server : m_servers) {
        result << server.get();
    }
    return result;
}
