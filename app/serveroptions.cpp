#include "serveroptions.h"

#include "jsonreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)
};

// A validation issue at one of these paths came from the flag, if the flag was given.
struct FlagPath
{
    QString flag;
    QString path;
};

const QList<FlagPath> &flagPaths()
{
    static const QList<FlagPath> list = {
        {u"bind"_s, u"bind"_s},
        {u"allow-remote"_s, u"bind"_s},
        {u"port"_s, u"port"_s},
        {u"feed"_s, u"feeds"_s},
        {u"json-pong"_s, u"json_pong"_s},
        {u"heartbeat-interval"_s, u"heartbeat.interval_ms"_s},
        {u"heartbeat-timeout"_s, u"heartbeat.timeout_ms"_s},
        {u"evict-code"_s, u"heartbeat.evict_code"_s},
        {u"presence-timeout"_s, u"presence_timeout_ms"_s},
        {u"max-buffered-bytes"_s, u"max_buffered_bytes"_s},
        {u"high-water-bytes"_s, u"high_water_bytes"_s},
        {u"close-every"_s, u"faults.close_every_ms"_s},
        {u"close-every"_s, u"faults.close_code"_s},
        {u"refuse"_s, u"faults.refuse_ms"_s},
        {u"control-port"_s, u"control_port"_s},
    };
    return list;
}

// path is at or below prefix ("feeds[1].rate" is below "feeds" and "feeds[1]").
bool isUnder(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == u'.' || next == u'[';
}

class FlagReader
{
public:
    FlagReader(const QCommandLineParser &parser, QStringList *errors) : m_parser(parser), m_errors(errors) {}

    void error(const QString &flag, const QString &message)
    {
        m_errors->append(u"--"_s % flag % u": "_s % message);
    }

    bool readInteger(const QString &flag, const QString &text, qint64 minimum, qint64 maximum, qint64 *out)
    {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (!ok || value < minimum || value > maximum) {
            error(flag, Tr::tr("expected a whole number between %1 and %2, got \"%3\"")
                            .arg(minimum)
                            .arg(maximum)
                            .arg(text));
            return false;
        }
        *out = value;
        return true;
    }

    // Any int: the range is the config's business, so validate() reports it with the flag's name.
    void readInt(const QString &flag, int *out)
    {
        if (!m_parser.isSet(flag))
            return;
        qint64 value = 0;
        if (readInteger(flag, m_parser.value(flag), std::numeric_limits<int>::min(),
                        std::numeric_limits<int>::max(), &value))
            *out = int(value);
    }

    void readInt64(const QString &flag, qint64 *out)
    {
        if (!m_parser.isSet(flag))
            return;
        qint64 value = 0;
        if (readInteger(flag, m_parser.value(flag), std::numeric_limits<qint64>::min(),
                        std::numeric_limits<qint64>::max(), &value))
            *out = value;
    }

    void readString(const QString &flag, QString *out)
    {
        if (m_parser.isSet(flag))
            *out = m_parser.value(flag);
    }

    void readSwitch(const QString &flag, bool *out)
    {
        if (m_parser.isSet(flag))
            *out = true;
    }

    bool readFeed(const QString &text, FeedSpec *feed)
    {
        const QStringList parts = text.split(u':');
        if (parts.size() > 3 || parts.first().isEmpty()) {
            error(u"feed"_s, Tr::tr("expected PATH[:RATE[:SIZE]], got \"%1\"").arg(text));
            return false;
        }
        feed->path = parts.first();
        if (parts.size() > 1) {
            bool ok = false;
            feed->rate = parts.at(1).toDouble(&ok);
            if (!ok || !std::isfinite(feed->rate)) {
                error(u"feed"_s, Tr::tr("rate \"%1\" in \"%2\" is not a number").arg(parts.at(1), text));
                return false;
            }
        }
        if (parts.size() > 2) {
            bool ok = false;
            feed->size = parts.at(2).toInt(&ok);
            if (!ok) {
                error(u"feed"_s,
                      Tr::tr("size \"%1\" in \"%2\" is not a whole number").arg(parts.at(2), text));
                return false;
            }
        }
        return true;
    }

private:
    const QCommandLineParser &m_parser;
    QStringList *m_errors;
};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(Tr::tr("Serve WebSocket feeds with heartbeats, presence and fault "
                                            "switches, for testing FeedPulse and other clients."));
    parser.addOptions({
        {u"config"_s, Tr::tr("Server config file (JSON); flags override it."), Tr::tr("file")},
        {u"bind"_s, Tr::tr("Address to listen on (default 127.0.0.1)."), Tr::tr("address")},
        {u"allow-remote"_s, Tr::tr("Allow binding an address that is not loopback.")},
        {u"port"_s, Tr::tr("Port to listen on; 0 picks a free one (default 0)."), Tr::tr("port")},
        {u"feed"_s,
         Tr::tr("Serve a feed on PATH at RATE messages a second (0: as fast as the client reads), "
                "padded to SIZE bytes. Repeatable; replaces the default /ticker:20."),
         Tr::tr("path[:rate[:size]]")},
        {u"text-ping"_s, Tr::tr("Text message answered as a ping (default \"ping\")."), Tr::tr("text")},
        {u"text-pong"_s, Tr::tr("Reply to the text ping (default \"pong\")."), Tr::tr("text")},
        {u"json-ping-type"_s, Tr::tr("\"type\" of a JSON message answered as a ping (default \"ping\")."),
         Tr::tr("type")},
        {u"json-pong"_s, Tr::tr("Reply to a JSON ping (default {\"type\":\"pong\"})."), Tr::tr("json")},
        {u"heartbeat-interval"_s,
         Tr::tr("Ping every client this often; 0 turns heartbeats off (default 30000)."), Tr::tr("ms")},
        {u"heartbeat-timeout"_s, Tr::tr("Evict a client silent this long after a ping (default 10000)."),
         Tr::tr("ms")},
        {u"evict-code"_s, Tr::tr("Close code for evicted clients (default 1001)."), Tr::tr("code")},
        {u"presence-timeout"_s, Tr::tr("A client not seen for this long is offline (default 60000)."),
         Tr::tr("ms")},
        {u"max-buffered-bytes"_s, Tr::tr("Drop a client with more unsent bytes than this (default 8 MiB)."),
         Tr::tr("bytes")},
        {u"high-water-bytes"_s, Tr::tr("Rate-0 feeds stop filling a client here (default 256 KiB)."),
         Tr::tr("bytes")},
        {u"ignore-pings"_s, Tr::tr("Fault: leave application pings unanswered.")},
        {u"stall"_s, Tr::tr("Fault: send no feed data; keep sockets open.")},
        {u"close-every"_s,
         Tr::tr("Fault: close every client every MS milliseconds with CODE (default 1000)."),
         Tr::tr("ms[:code]")},
        {u"refuse"_s, Tr::tr("Fault: refuse connections for this long after start."), Tr::tr("ms")},
        {u"control-port"_s,
         Tr::tr("Port of the loopback HTTP control endpoint; -1 picks a free one (default 0: none)."),
         Tr::tr("port")},
    });
}

bool loadConfigFile(const QString &fileName, FeedServerConfig *config, ConfigIssues *readIssues,
                    QStringList *errors)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(Tr::tr("--config: cannot read %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(fileName % u": "_s % JsonReader::syntaxError(json, parseError));
        return false;
    }
    if (!document.isObject()) {
        errors->append(fileName % u": "_s % Tr::tr("expected a JSON object at the top level"));
        return false;
    }
    *config = FeedServerConfig::fromJson(document.object(), readIssues);
    for (const ConfigIssue &issue : std::as_const(*readIssues))
        errors->append(fileName % u": "_s % issue.toString());
    return readIssues->isEmpty();
}

} // namespace

ServerOptions parseServerOptions(const QStringList &arguments)
{
    ServerOptions options;
    QCommandLineParser parser;
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    addOptions(parser);

    if (!parser.parse(arguments)) {
        options.errors.append(parser.errorText());
        return options;
    }
    if (parser.isSet(helpOption)) {
        options.helpRequested = true;
        options.helpText = parser.helpText();
        options.ok = true;
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.versionRequested = true;
        options.ok = true;
        return options;
    }
    for (const QString &argument : parser.positionalArguments())
        options.errors.append(Tr::tr("unexpected argument \"%1\"").arg(argument));

    FeedServerConfig &config = options.config;
    ConfigIssues readIssues;
    const QString configFile = parser.value(u"config"_s);
    if (parser.isSet(u"config"_s))
        loadConfigFile(configFile, &config, &readIssues, &options.errors);

    FlagReader r(parser, &options.errors);
    if (parser.isSet(u"bind"_s)) {
        const QString text = parser.value(u"bind"_s);
        const QHostAddress address =
            text == u"localhost"_s ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(text);
        if (address.isNull())
            r.error(u"bind"_s, Tr::tr("\"%1\" is not an IP address").arg(text));
        else
            config.bind = address;
    }
    r.readSwitch(u"allow-remote"_s, &config.allowRemote);
    if (parser.isSet(u"port"_s)) {
        qint64 port = 0;
        if (r.readInteger(u"port"_s, parser.value(u"port"_s), 0, 65535, &port))
            config.port = quint16(port);
    }
    if (parser.isSet(u"feed"_s)) {
        QList<FeedSpec> feeds;
        bool allRead = true;
        for (const QString &text : parser.values(u"feed"_s)) {
            FeedSpec feed;
            allRead = r.readFeed(text, &feed) && allRead;
            feeds.append(feed);
        }
        // A feed that could not be read is reported; the rest would only add noise to validation.
        if (allRead)
            config.feeds = feeds;
    }
    r.readString(u"text-ping"_s, &config.textPing);
    r.readString(u"text-pong"_s, &config.textPong);
    r.readString(u"json-ping-type"_s, &config.jsonPingType);
    r.readString(u"json-pong"_s, &config.jsonPong);
    r.readInt(u"heartbeat-interval"_s, &config.heartbeatIntervalMs);
    r.readInt(u"heartbeat-timeout"_s, &config.heartbeatTimeoutMs);
    r.readInt(u"evict-code"_s, &config.evictCode);
    r.readInt(u"presence-timeout"_s, &config.presenceTimeoutMs);
    r.readInt64(u"max-buffered-bytes"_s, &config.maxBufferedBytes);
    r.readInt64(u"high-water-bytes"_s, &config.highWaterBytes);
    r.readSwitch(u"ignore-pings"_s, &config.ignorePings);
    r.readSwitch(u"stall"_s, &config.stall);
    if (parser.isSet(u"close-every"_s)) {
        const QString text = parser.value(u"close-every"_s);
        const QStringList parts = text.split(u':');
        qint64 ms = 0;
        qint64 code = 1000;
        if (parts.size() > 2) {
            r.error(u"close-every"_s, Tr::tr("expected MS[:CODE], got \"%1\"").arg(text));
        } else if (r.readInteger(u"close-every"_s, parts.first(), 0, std::numeric_limits<int>::max(), &ms) &&
                   (parts.size() < 2 || r.readInteger(u"close-every"_s, parts.at(1), 0, 65535, &code))) {
            config.closeEveryMs = int(ms);
            config.closeCode = int(code);
        }
    }
    r.readInt(u"refuse"_s, &config.refuseMs);
    r.readInt(u"control-port"_s, &config.controlPort);

    // Name the flag a value came from; a value from the file is named by file and path.
    for (const ConfigIssue &issue : config.validate()) {
        bool reported = false;
        for (const ConfigIssue &read : std::as_const(readIssues))
            reported = reported || isUnder(issue.path, read.path);
        QString flag;
        for (const FlagPath &entry : flagPaths()) {
            if (flag.isEmpty() && parser.isSet(entry.flag) && isUnder(issue.path, entry.path))
                flag = entry.flag;
        }
        if (!flag.isEmpty())
            options.errors.append(u"--"_s % flag % u" ("_s % issue.path % u"): "_s % issue.message);
        else if (!reported)
            options.errors.append(parser.isSet(u"config"_s) ? configFile % u": "_s % issue.toString()
                                                            : issue.toString());
    }

    options.ok = options.errors.isEmpty();
    return options;
}
