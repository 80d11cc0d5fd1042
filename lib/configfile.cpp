#include "configfile.h"

#include "jsonreader.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFile)
};

constexpr double MaxAttemptsPerSecond = 10'000;
constexpr qint64 MaxAttemptBurst = 100'000;

QString endpointPath(qsizetype index)
{
    return u"endpoints[%1]"_s.arg(index);
}

// fromJson() already reported a field that could not be read (wrong type, missing); validate() would
// only repeat it with a less helpful message, so those paths are not reported twice.
bool alreadyReported(const ConfigIssues &reported, const QString &path)
{
    for (const ConfigIssue &issue : reported) {
        if (issue.path == path)
            return true;
        if (path.startsWith(issue.path) && path.size() > issue.path.size()) {
            const QChar next = path.at(issue.path.size());
            if (next == u'.' || next == u'[')
                return true;
        }
    }
    return false;
}

// QJsonDocument sorts keys, which buries "name" in the middle of an endpoint. The file is for people,
// so known objects are written in the documented order; anything else (header names, values inside
// "equals") keeps the sorted order.
enum class Level { Root, Endpoint, Heartbeat, Expect, Reconnect, Other };

QList<QStringView> keyOrder(Level level)
{
    switch (level) {
    case Level::Root:
        return {u"version", u"endpoints"};
    case Level::Endpoint:
        return {u"name",      u"urls",      u"headers", u"subprotocols",   u"connect_timeout_ms",
                u"heartbeat", u"reconnect", u"on_open", u"stale_after_ms", u"send_queue_limit"};
    case Level::Heartbeat:
        return {u"mode",    u"interval_ms", u"timeout_ms", u"max_missed", u"any_traffic_resets",
                u"payload", u"expect"};
    case Level::Expect:
        return {u"field", u"equals"};
    case Level::Reconnect:
        return {u"initial_ms",   u"max_ms",    u"factor",        u"jitter",
                u"max_attempts", u"stable_ms", u"slow_retry_ms", u"no_retry_close_codes"};
    case Level::Other:
        break;
    }
    return {};
}

Level childLevel(Level parent, QStringView key)
{
    if (parent == Level::Root && key == u"endpoints")
        return Level::Endpoint; // the level of each element
    if (parent == Level::Endpoint && key == u"heartbeat")
        return Level::Heartbeat;
    if (parent == Level::Endpoint && key == u"reconnect")
        return Level::Reconnect;
    if (parent == Level::Heartbeat && key == u"expect")
        return Level::Expect;
    return Level::Other;
}

QByteArray scalarJson(const QJsonValue &value)
{
    // Qt's own encoder, so escaping and number formatting match QJsonDocument exactly.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

void writeValue(QByteArray &out, const QJsonValue &value, Level level, int depth);

void writeIndent(QByteArray &out, int depth)
{
    out.append(QByteArray(depth * 4, ' '));
}

void writeObject(QByteArray &out, const QJsonObject &object, Level level, int depth)
{
    if (object.isEmpty()) {
        out.append("{}");
        return;
    }
    QStringList keys;
    for (const QStringView key : keyOrder(level)) {
        if (object.contains(key))
            keys.append(key.toString());
    }
    const QStringList known = keys;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            keys.append(it.key());
    }
    out.append("{\n");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        writeIndent(out, depth + 1);
        out.append(scalarJson(keys.at(i)));
        out.append(": ");
        writeValue(out, object.value(keys.at(i)), childLevel(level, keys.at(i)), depth + 1);
        out.append(i + 1 < keys.size() ? ",\n" : "\n");
    }
    writeIndent(out, depth);
    out.append('}');
}

void writeArray(QByteArray &out, const QJsonArray &array, Level elementLevel, int depth)
{
    if (array.isEmpty()) {
        out.append("[]");
        return;
    }
    // Numbers stay on one line ("no_retry_close_codes": [1008, 4001]); strings and objects get a line each.
    const bool allNumbers =
        std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isDouble(); });
    if (allNumbers) {
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(", ");
            out.append(scalarJson(array.at(i)));
        }
        out.append(']');
        return;
    }
    out.append("[\n");
    for (qsizetype i = 0; i < array.size(); ++i) {
        writeIndent(out, depth + 1);
        writeValue(out, array.at(i), elementLevel, depth + 1);
        out.append(i + 1 < array.size() ? ",\n" : "\n");
    }
    writeIndent(out, depth);
    out.append(']');
}

void writeValue(QByteArray &out, const QJsonValue &value, Level level, int depth)
{
    if (value.isObject())
        writeObject(out, value.toObject(), level, depth);
    else if (value.isArray())
        writeArray(out, value.toArray(), level, depth);
    else
        out.append(scalarJson(value));
}

} // namespace

ConfigFile ConfigFile::parse(const QByteArray &json, ConfigIssues *issues)
{
    ConfigFile config;
    ConfigIssues found;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        found.append({QString(), JsonReader::syntaxError(json, error)});
    } else if (!document.isObject()) {
        found.append({QString(), Tr::tr("expected a JSON object {\"version\": 1, \"endpoints\": [...]}")});
    } else {
        const QJsonObject root = document.object();
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (it.key() != u"version"_s && it.key() != u"endpoints"_s && it.key() != u"connect_budget"_s)
                found.append({it.key(), Tr::tr("unknown key")});
        }

        const QJsonValue version = root.value(u"version");
        if (version.isUndefined()) {
            found.append({u"version"_s, Tr::tr("missing required key, expected %1").arg(CurrentVersion)});
        } else if (!version.isDouble() || version.toDouble() != double(version.toInteger())) {
            found.append({u"version"_s, Tr::tr("expected an integer")});
        } else {
            const qint64 number = version.toInteger();
            config.version = int(qBound(qint64(std::numeric_limits<int>::min()), number,
                                        qint64(std::numeric_limits<int>::max())));
            if (number != CurrentVersion)
                found.append({u"version"_s,
                              Tr::tr("unsupported version %1, expected %2").arg(number).arg(CurrentVersion)});
        }

        if (const QJsonValue budget = root.value(u"connect_budget"); !budget.isUndefined()) {
            JsonReader reader;
            QJsonObject object;
            if (reader.readObject(budget, u"connect_budget"_s, &object)) {
                reader.checkKeys(object, u"connect_budget"_s, {u"attempts_per_second", u"burst"});
                reader.optional(
                    object, u"connect_budget"_s, u"attempts_per_second",
                    [&](const QJsonValue &v, const QString &p) {
                        double rate = 0;
                        if (reader.readNumber(v, p, &rate)) {
                            if (rate < 0 || rate > MaxAttemptsPerSecond)
                                reader.add(
                                    p, Tr::tr("must be between 0 (off) and %1").arg(MaxAttemptsPerSecond));
                            else
                                config.attemptsPerSecond = rate;
                        }
                    });
                reader.optional(object, u"connect_budget"_s, u"burst",
                                [&](const QJsonValue &v, const QString &p) {
                                    qint64 burst = 0;
                                    if (reader.readInteger(v, p, 1, MaxAttemptBurst, &burst))
                                        config.attemptBurst = int(burst);
                                });
            }
            found.append(reader.issues);
        }

        const QJsonValue endpoints = root.value(u"endpoints");
        if (endpoints.isUndefined()) {
            found.append({u"endpoints"_s, Tr::tr("missing required key")});
        } else if (!endpoints.isArray()) {
            found.append({u"endpoints"_s, Tr::tr("expected an array of objects")});
        } else if (endpoints.toArray().isEmpty()) {
            found.append({u"endpoints"_s, Tr::tr("must list at least one endpoint")});
        } else {
            const QJsonArray array = endpoints.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString path = endpointPath(i);
                if (!array.at(i).isObject()) {
                    found.append({path, Tr::tr("expected an object")});
                    continue;
                }
                ConfigIssues readIssues;
                EndpointConfig endpoint = EndpointConfig::fromJson(array.at(i).toObject(), path, &readIssues);
                found.append(readIssues);
                for (const ConfigIssue &issue : endpoint.validate(path)) {
                    if (!alreadyReported(readIssues, issue.path))
                        found.append(issue);
                }
                config.endpoints.append(endpoint);
            }

            // Names are identities (log, metrics, commands), so each must be unique.
            QHash<QString, qsizetype> firstIndex;
            qsizetype endpointIndex = 0;
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isObject())
                    continue;
                const QString &name = config.endpoints.at(endpointIndex++).name;
                if (name.isEmpty())
                    continue;
                const auto first = firstIndex.constFind(name);
                if (first == firstIndex.constEnd())
                    firstIndex.insert(name, i);
                else
                    found.append({endpointPath(i) % u".name"_s,
                                  Tr::tr("duplicates %1 (\"%2\")").arg(endpointPath(first.value()), name)});
            }
        }
    }

    if (issues)
        issues->append(found);
    return config;
}

ConfigFile ConfigFile::load(const QString &fileName, ConfigIssues *issues)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (issues)
            issues->append({QString(), Tr::tr("cannot read \"%1\": %2").arg(fileName, file.errorString())});
        return {};
    }
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (issues)
            issues->append({QString(), Tr::tr("cannot read \"%1\": %2").arg(fileName, file.errorString())});
        return {};
    }
    qCDebug(lcConfig) << "loading" << fileName;
    return parse(json, issues);
}

QByteArray ConfigFile::toJson() const
{
    QJsonArray array;
    for (const EndpointConfig &endpoint : endpoints)
        array.append(endpoint.toJson());
    const QJsonObject budget{{u"attempts_per_second"_s, attemptsPerSecond}, {u"burst"_s, attemptBurst}};
    const QJsonObject root{{u"version"_s, version}, {u"endpoints"_s, array}, {u"connect_budget"_s, budget}};
    QByteArray out;
    writeObject(out, root, Level::Root, 0);
    out.append('\n');
    return out;
}

bool ConfigFile::save(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("cannot write \"%1\": %2").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("cannot write \"%1\": %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
