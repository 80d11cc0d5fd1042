// FeedServerConfig: validation and the JSON form (see feedserver.h for the keys).
#include "feedserver.h"
#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Gives the messages below a translation context without making FeedServerConfig a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FeedServerConfig)
};

constexpr double MaxRate = 100'000;
constexpr int MaxMessageSize = 16 * 1024 * 1024;

QString feedPath(qsizetype index)
{
    return u"feeds[%1]"_s.arg(index);
}

QString seqScopeChoices()
{
    return Tr::tr("expected connection or feed");
}

void readFeed(JsonReader &r, const QJsonObject &object, const QString &path, FeedSpec *feed)
{
    r.checkKeys(object, path, {u"path", u"rate", u"size", u"seq_scope"});
    r.optional(object, path, u"path",
               [&](const QJsonValue &v, const QString &p) { r.readString(v, p, &feed->path); });
    r.optional(object, path, u"rate",
               [&](const QJsonValue &v, const QString &p) { r.readNumber(v, p, &feed->rate); });
    r.optional(object, path, u"size",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &feed->size); });
    r.optional(object, path, u"seq_scope", [&](const QJsonValue &v, const QString &p) {
        QString name;
        if (!r.readString(v, p, &name))
            return;
        if (const auto scope = FeedSpec::seqScopeFromName(name))
            feed->seqScope = *scope;
        else
            r.add(p, Tr::tr("unknown seq_scope \"%1\", %2").arg(name, seqScopeChoices()));
    });
}

void readFeeds(JsonReader &r, const QJsonValue &value, const QString &path, QList<FeedSpec> *feeds)
{
    if (!value.isArray()) {
        r.add(path, Tr::tr("expected an array of feeds"));
        return;
    }
    // A bad element becomes a default feed rather than vanishing, so that validate() still reports
    // the others under their own index.
    const QJsonArray array = value.toArray();
    QList<FeedSpec> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        FeedSpec feed;
        QJsonObject object;
        if (r.readObject(array.at(i), feedPath(i), &object))
            readFeed(r, object, feedPath(i), &feed);
        result.append(feed);
    }
    *feeds = result;
}

void readHeartbeat(JsonReader &r, const QJsonObject &object, const QString &path, FeedServerConfig *config)
{
    r.checkKeys(object, path, {u"interval_ms", u"timeout_ms", u"evict_code"});
    r.optional(object, path, u"interval_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config->heartbeatIntervalMs); });
    r.optional(object, path, u"timeout_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config->heartbeatTimeoutMs); });
    r.optional(object, path, u"evict_code",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config->evictCode); });
}

void readFaults(JsonReader &r, const QJsonObject &object, const QString &path, FeedServerConfig *config)
{
    r.checkKeys(object, path, {u"ignore_pings", u"stall", u"close_every_ms", u"close_code", u"refuse_ms"});
    r.optional(object, path, u"ignore_pings",
               [&](const QJsonValue &v, const QString &p) { r.readBool(v, p, &config->ignorePings); });
    r.optional(object, path, u"stall",
               [&](const QJsonValue &v, const QString &p) { r.readBool(v, p, &config->stall); });
    r.optional(object, path, u"close_every_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config->closeEveryMs); });
    r.optional(object, path, u"close_code",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config->closeCode); });
    r.optional(object, path, u"refuse_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config->refuseMs); });
}

// --- validation helpers ---

QString closeCodeProblem(int code)
{
    if (code < 1000 || code > 4999)
        return Tr::tr("must be a close code between 1000 and 4999, got %1").arg(code);
    // These are reserved for reporting what happened and must never be sent in a close frame.
    if (code == 1005 || code == 1006 || code == 1015)
        return Tr::tr("%1 is reserved and cannot be sent in a close frame").arg(code);
    return {};
}

void checkMinimum(ConfigIssues &issues, const QString &path, qint64 value, qint64 minimum)
{
    if (value < minimum)
        issues.append({path, Tr::tr("must be at least %1").arg(minimum)});
}

QString feedPathProblem(const QString &path)
{
    if (!path.startsWith(u'/'))
        return Tr::tr("must start with /");
    // The query carries the client id, so a path with '?' or '#' could never be matched.
    for (const QChar ch : path) {
        if (ch == u'?' || ch == u'#' || ch.isSpace() || !ch.isPrint())
            return Tr::tr("must not contain spaces, control characters, ? or #");
    }
    return {};
}

} // namespace

QString FeedSpec::seqScopeName(SeqScope scope)
{
    switch (scope) {
    case SeqScope::Connection:
        return u"connection"_s;
    case SeqScope::Feed:
        return u"feed"_s;
    }
    return {};
}

std::optional<FeedSpec::SeqScope> FeedSpec::seqScopeFromName(const QString &name)
{
    for (const SeqScope scope : {SeqScope::Connection, SeqScope::Feed}) {
        if (name == seqScopeName(scope))
            return scope;
    }
    return std::nullopt;
}

ConfigIssues FeedServerConfig::validate() const
{
    ConfigIssues issues;

    if (bind.isNull())
        issues.append({u"bind"_s, Tr::tr("must be an IP address")});
    else if (!allowRemote && !bind.isLoopback())
        issues.append(
            {u"bind"_s,
             Tr::tr("%1 is not a loopback address; set allow_remote to bind it").arg(bind.toString())});

    if (feeds.isEmpty())
        issues.append({u"feeds"_s, Tr::tr("must list at least one feed")});
    QHash<QString, qsizetype> firstIndex;
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        const FeedSpec &feed = feeds.at(i);
        const QString prefix = feedPath(i);
        if (const QString problem = feedPathProblem(feed.path); !problem.isEmpty()) {
            issues.append({prefix % u".path"_s, problem});
        } else if (const auto it = firstIndex.constFind(feed.path); it != firstIndex.constEnd()) {
            issues.append({prefix % u".path"_s,
                           Tr::tr("%1 is already served by %2").arg(feed.path, feedPath(it.value()))});
        } else {
            firstIndex.insert(feed.path, i);
        }
        if (!std::isfinite(feed.rate) || feed.rate < 0 || feed.rate > MaxRate)
            issues.append({prefix % u".rate"_s, Tr::tr("must be between 0 and %1").arg(int(MaxRate))});
        if (feed.size < 0 || feed.size > MaxMessageSize)
            issues.append({prefix % u".size"_s, Tr::tr("must be between 0 and %1").arg(MaxMessageSize)});
        if (FeedSpec::seqScopeName(feed.seqScope).isEmpty())
            issues.append({prefix % u".seq_scope"_s, seqScopeChoices()});
        // Rate 0 fills each client as fast as it reads, so there is no one stream to number.
        else if (feed.seqScope == FeedSpec::SeqScope::Feed && feed.rate == 0)
            issues.append({prefix % u".seq_scope"_s, Tr::tr("feed needs a rate above 0")});
    }

    QJsonParseError pongError;
    QJsonDocument::fromJson(jsonPong.toUtf8(), &pongError);
    if (pongError.error != QJsonParseError::NoError)
        issues.append({u"json_pong"_s, Tr::tr("must be valid JSON: %1").arg(pongError.errorString())});

    checkMinimum(issues, u"heartbeat.interval_ms"_s, heartbeatIntervalMs, 0);
    if (heartbeatIntervalMs > 0 && heartbeatTimeoutMs <= 0)
        issues.append({u"heartbeat.timeout_ms"_s, Tr::tr("must be greater than 0 while heartbeats are on")});
    else
        checkMinimum(issues, u"heartbeat.timeout_ms"_s, heartbeatTimeoutMs, 0);
    if (const QString problem = closeCodeProblem(evictCode); !problem.isEmpty())
        issues.append({u"heartbeat.evict_code"_s, problem});

    checkMinimum(issues, u"presence_timeout_ms"_s, presenceTimeoutMs, 1);

    if (highWaterBytes <= 0)
        issues.append({u"high_water_bytes"_s, Tr::tr("must be greater than 0")});
    if (maxBufferedBytes < highWaterBytes || maxBufferedBytes <= 0)
        issues.append(
            {u"max_buffered_bytes"_s,
             Tr::tr("must be at least high_water_bytes (%1)").arg(std::max<qint64>(highWaterBytes, 1))});

    checkMinimum(issues, u"faults.close_every_ms"_s, closeEveryMs, 0);
    if (const QString problem = closeCodeProblem(closeCode); !problem.isEmpty())
        issues.append({u"faults.close_code"_s, problem});
    checkMinimum(issues, u"faults.refuse_ms"_s, refuseMs, 0);

    if (controlPort < -1 || controlPort > 65535)
        issues.append({u"control_port"_s, Tr::tr("must be between -1 (any free port) and 65535")});

    return issues;
}

FeedServerConfig FeedServerConfig::fromJson(const QJsonObject &json, ConfigIssues *issues)
{
    FeedServerConfig config;
    JsonReader r;
    const QString root;

    r.checkKeys(json, root,
                {u"bind", u"allow_remote", u"port", u"feeds", u"text_ping", u"text_pong", u"json_ping_type",
                 u"json_pong", u"heartbeat", u"presence_timeout_ms", u"max_buffered_bytes",
                 u"high_water_bytes", u"faults", u"control_port"});

    r.optional(json, root, u"bind", [&](const QJsonValue &v, const QString &p) {
        QString text;
        if (!r.readString(v, p, &text))
            return;
        QHostAddress address;
        if (text == u"localhost"_s)
            address = QHostAddress(QHostAddress::LocalHost);
        else
            address = QHostAddress(text);
        if (address.isNull())
            r.add(p, Tr::tr("\"%1\" is not an IP address").arg(text));
        else
            config.bind = address;
    });
    r.optional(json, root, u"allow_remote",
               [&](const QJsonValue &v, const QString &p) { r.readBool(v, p, &config.allowRemote); });
    r.optional(json, root, u"port", [&](const QJsonValue &v, const QString &p) {
        qint64 port = 0;
        if (r.readInteger(v, p, 0, 65535, &port))
            config.port = quint16(port);
    });
    r.optional(json, root, u"feeds",
               [&](const QJsonValue &v, const QString &p) { readFeeds(r, v, p, &config.feeds); });
    r.optional(json, root, u"text_ping",
               [&](const QJsonValue &v, const QString &p) { r.readString(v, p, &config.textPing); });
    r.optional(json, root, u"text_pong",
               [&](const QJsonValue &v, const QString &p) { r.readString(v, p, &config.textPong); });
    r.optional(json, root, u"json_ping_type",
               [&](const QJsonValue &v, const QString &p) { r.readString(v, p, &config.jsonPingType); });
    r.optional(json, root, u"json_pong",
               [&](const QJsonValue &v, const QString &p) { r.readString(v, p, &config.jsonPong); });
    r.optional(json, root, u"heartbeat", [&](const QJsonValue &v, const QString &p) {
        QJsonObject object;
        if (r.readObject(v, p, &object))
            readHeartbeat(r, object, p, &config);
    });
    r.optional(json, root, u"presence_timeout_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config.presenceTimeoutMs); });
    r.optional(json, root, u"max_buffered_bytes",
               [&](const QJsonValue &v, const QString &p) { r.readInt64(v, p, &config.maxBufferedBytes); });
    r.optional(json, root, u"high_water_bytes",
               [&](const QJsonValue &v, const QString &p) { r.readInt64(v, p, &config.highWaterBytes); });
    r.optional(json, root, u"faults", [&](const QJsonValue &v, const QString &p) {
        QJsonObject object;
        if (r.readObject(v, p, &object))
            readFaults(r, object, p, &config);
    });
    r.optional(json, root, u"control_port",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config.controlPort); });

    if (issues)
        issues->append(r.issues);
    return config;
}

QJsonObject FeedServerConfig::toJson() const
{
    QJsonArray feedArray;
    for (const FeedSpec &feed : feeds)
        feedArray.append(QJsonObject{{u"path"_s, feed.path},
                                     {u"rate"_s, feed.rate},
                                     {u"size"_s, feed.size},
                                     {u"seq_scope"_s, FeedSpec::seqScopeName(feed.seqScope)}});

    return QJsonObject{
        {u"bind"_s, bind.toString()},
        {u"allow_remote"_s, allowRemote},
        {u"port"_s, int(port)},
        {u"feeds"_s, feedArray},
        {u"text_ping"_s, textPing},
        {u"text_pong"_s, textPong},
        {u"json_ping_type"_s, jsonPingType},
        {u"json_pong"_s, jsonPong},
        {u"heartbeat"_s, QJsonObject{{u"interval_ms"_s, heartbeatIntervalMs},
                                     {u"timeout_ms"_s, heartbeatTimeoutMs},
                                     {u"evict_code"_s, evictCode}}},
        {u"presence_timeout_ms"_s, presenceTimeoutMs},
        {u"max_buffered_bytes"_s, maxBufferedBytes},
        {u"high_water_bytes"_s, highWaterBytes},
        {u"faults"_s, QJsonObject{{u"ignore_pings"_s, ignorePings},
                                  {u"stall"_s, stall},
                                  {u"close_every_ms"_s, closeEveryMs},
                                  {u"close_code"_s, closeCode},
                                  {u"refuse_ms"_s, refuseMs}}},
        {u"control_port"_s, controlPort},
    };
}
