#include "endpointconfig.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Gives the messages below a translation context without making EndpointConfig a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointConfig)
};

constexpr int MaxNameLength = 64;
constexpr int MaxSendQueueLimit = 1000000;

const auto joinPath = &JsonReader::joinPath;
const auto indexPath = &JsonReader::indexPath;

QString jitterChoices()
{
    return Tr::tr("expected one of none, full, equal, decorrelated");
}

QString modeChoices()
{
    return Tr::tr("expected one of ping, text, json, passive");
}

void readHeartbeat(JsonReader &r, const QJsonObject &object, const QString &path, HeartbeatPolicy *hb)
{
    r.checkKeys(object, path,
                {u"mode", u"interval_ms", u"timeout_ms", u"max_missed", u"any_traffic_resets", u"payload",
                 u"expect"});

    // expect is read in the light of the mode, so the mode comes first; with a bad mode its shape
    // cannot be judged and only the mode is reported.
    bool modeKnown = true;
    r.optional(object, path, u"mode", [&](const QJsonValue &value, const QString &p) {
        QString name;
        if (!r.readString(value, p, &name)) {
            modeKnown = false;
            return;
        }
        if (const auto mode = HeartbeatPolicy::modeFromName(name)) {
            hb->mode = *mode;
        } else {
            r.add(p, Tr::tr("unknown mode \"%1\", %2").arg(name, modeChoices()));
            modeKnown = false;
        }
    });
    r.optional(object, path, u"interval_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &hb->intervalMs); });
    r.optional(object, path, u"timeout_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &hb->timeoutMs); });
    r.optional(object, path, u"max_missed",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &hb->maxMissed); });
    r.optional(object, path, u"any_traffic_resets",
               [&](const QJsonValue &v, const QString &p) { r.readBool(v, p, &hb->anyTrafficResets); });
    r.optional(object, path, u"payload",
               [&](const QJsonValue &v, const QString &p) { r.readString(v, p, &hb->payload); });

    if (!modeKnown)
        return;
    r.optional(object, path, u"expect", [&](const QJsonValue &value, const QString &p) {
        switch (hb->mode) {
        case HeartbeatPolicy::Mode::Ping:
        case HeartbeatPolicy::Mode::Passive:
            r.add(p, Tr::tr("not used in %1 mode").arg(HeartbeatPolicy::modeName(hb->mode)));
            return;
        case HeartbeatPolicy::Mode::Text:
            if (!value.isString()) {
                r.add(p, Tr::tr("expected a string in text mode"));
                return;
            }
            hb->expectText = value.toString();
            return;
        case HeartbeatPolicy::Mode::Json: {
            if (!value.isObject()) {
                r.add(p, Tr::tr("expected an object {\"field\": ..., \"equals\": ...} in json mode"));
                return;
            }
            const QJsonObject expect = value.toObject();
            r.checkKeys(expect, p, {u"field", u"equals"});
            // Both are optional: an empty field means "type", a missing or null value means "pong".
            r.optional(expect, p, u"field", [&](const QJsonValue &v, const QString &fp) {
                r.readString(v, fp, &hb->expectField);
            });
            if (expect.contains(u"equals"))
                hb->expectEquals = expect.value(u"equals");
            return;
        }
        }
    });
}

void readReconnect(JsonReader &r, const QJsonObject &object, const QString &path, EndpointConfig *config)
{
    r.checkKeys(object, path,
                {u"initial_ms", u"max_ms", u"factor", u"jitter", u"max_attempts", u"stable_ms",
                 u"slow_retry_ms", u"no_retry_close_codes", u"retry_auth_failures"});
    BackoffPolicy &backoff = config->backoff;
    r.optional(object, path, u"initial_ms", [&](const QJsonValue &v, const QString &p) {
        int ms = 0;
        if (r.readInt(v, p, &ms))
            backoff.initialMs = ms;
    });
    r.optional(object, path, u"max_ms", [&](const QJsonValue &v, const QString &p) {
        int ms = 0;
        if (r.readInt(v, p, &ms))
            backoff.maxMs = ms;
    });
    r.optional(object, path, u"factor",
               [&](const QJsonValue &v, const QString &p) { r.readNumber(v, p, &backoff.factor); });
    r.optional(object, path, u"jitter", [&](const QJsonValue &v, const QString &p) {
        QString name;
        if (!r.readString(v, p, &name))
            return;
        if (const auto jitter = BackoffPolicy::jitterFromName(name))
            backoff.jitter = *jitter;
        else
            r.add(p, Tr::tr("unknown jitter \"%1\", %2").arg(name, jitterChoices()));
    });
    r.optional(object, path, u"max_attempts",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config->maxAttempts); });
    r.optional(object, path, u"stable_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config->stableMs); });
    r.optional(object, path, u"slow_retry_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config->slowRetryMs); });
    r.optional(object, path, u"no_retry_close_codes", [&](const QJsonValue &v, const QString &p) {
        r.readIntList(v, p, &config->noRetryCloseCodes);
    });
    r.optional(object, path, u"retry_auth_failures",
               [&](const QJsonValue &v, const QString &p) { r.readBool(v, p, &config->retryAuthFailures); });
}

void readTls(JsonReader &r, const QJsonObject &object, const QString &path, EndpointConfig *config)
{
    r.checkKeys(object, path, {u"ca_file", u"pin_sha256"});
    r.optional(object, path, u"ca_file",
               [&](const QJsonValue &v, const QString &p) { r.readString(v, p, &config->caFile); });
    r.optional(object, path, u"pin_sha256",
               [&](const QJsonValue &v, const QString &p) { r.readStringList(v, p, &config->pinSha256); });
}

// --- validation helpers ---

bool isAsciiLetterOrDigit(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isNameCharacter(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetterOrDigit(c) || c == u' ' || c == u'-' || c == u'_' || c == u'.' || c == u':';
    // Names from any script are fine (combining marks included); spaces, symbols and invisible
    // characters outside ASCII are not, so two names cannot look alike but differ.
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

QString describeCharacter(char32_t c)
{
    if (c < 0x20 || c == 0x7f || !QChar::isPrint(c))
        return u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper();
    return u'"' % QString::fromUcs4(&c, 1) % u'"';
}

QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("must not be empty");
    const QList<uint> codePoints = name.toUcs4();
    if (codePoints.size() > MaxNameLength)
        return Tr::tr("must be at most %1 characters long").arg(MaxNameLength);
    for (const uint c : codePoints) {
        if (!isNameCharacter(char32_t(c))) {
            return Tr::tr("contains %1, which is not allowed (use letters, digits, spaces and - _ . :)")
                .arg(describeCharacter(char32_t(c)));
        }
    }
    if (name.front() == u' ' || name.back() == u' ')
        return Tr::tr("must not start or end with a space");
    return {};
}

// RFC 9110 token: the grammar of header names and of WebSocket subprotocol names.
bool isHttpToken(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80 && isAsciiLetterOrDigit(c))
            continue;
        if (QStringView(u"!#$%&'*+-.^_`|~").contains(QChar(c)))
            continue;
        return false;
    }
    return true;
}

// QUrl's error string repeats the whole URL, which may carry a token; keep only the reason.
QString shortUrlError(const QString &error)
{
    const qsizetype cut = error.indexOf(u"; source was"_s);
    return cut < 0 ? error : error.left(cut);
}

QString checkUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Tr::tr("not a valid URL: %1").arg(shortUrlError(url.errorString()));
    const QString scheme = url.scheme();
    if (scheme.isEmpty())
        return Tr::tr("scheme must be ws or wss, got none");
    if (scheme != u"ws"_s && scheme != u"wss"_s)
        return Tr::tr("scheme must be ws or wss, got %1").arg(scheme);
    if (url.host().isEmpty())
        return Tr::tr("missing host");
    return {};
}

QString urlProblem(const QString &raw)
{
    if (raw.trimmed().isEmpty())
        return Tr::tr("must not be empty");
    if (raw.startsWith(u"${"))
        return Tr::tr("scheme must be ws or wss, written out; only the rest of the URL may use ${VAR}");
    // ${VAR} is only known at connect time. Check the URL with harmless stand-ins: a letter suits a
    // host or path, a digit suits a port; the URL is fine if either reading is.
    static const QRegularExpression placeholder(u"\\$\\{[^}]*\\}"_s);
    QString firstProblem;
    for (const QString &standIn : {u"x"_s, u"1"_s}) {
        QString candidate = raw;
        candidate.replace(placeholder, standIn);
        const QString problem = checkUrl(candidate);
        if (problem.isEmpty())
            return {};
        if (firstProblem.isEmpty())
            firstProblem = problem;
    }
    return firstProblem;
}

// A close code a server can send that QWebSocket 6.4 hands over. 1004-1006 and 1015 are reserved;
// Qt also refuses 1012-1014 and 1016-2999 and reports 1002 instead, so a no-retry entry with one of
// them could never match.
bool isReceivableCloseCode(int code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011) || (code >= 3000 && code <= 4999);
}

QString atLeast(qint64 minimum)
{
    return Tr::tr("must be at least %1").arg(minimum);
}

void checkMinimum(ConfigIssues &issues, const QString &path, qint64 value, qint64 minimum)
{
    if (value < minimum)
        issues.append({path, atLeast(minimum)});
}

} // namespace

EndpointConfig EndpointConfig::fromJson(const QJsonObject &object, const QString &pathPrefix,
                                        ConfigIssues *issues)
{
    EndpointConfig config;
    JsonReader r;
    const QString &prefix = pathPrefix;

    r.checkKeys(object, prefix,
                {u"name", u"urls", u"headers", u"subprotocols", u"connect_timeout_ms", u"heartbeat",
                 u"reconnect", u"on_open", u"stale_after_ms", u"send_queue_limit", u"sequence_field",
                 u"max_message_bytes", u"tls"});

    if (object.contains(u"name"))
        r.readString(object.value(u"name"), joinPath(prefix, u"name"), &config.name);
    else
        r.add(joinPath(prefix, u"name"), Tr::tr("missing required key"));

    if (object.contains(u"urls"))
        r.readStringList(object.value(u"urls"), joinPath(prefix, u"urls"), &config.urls);
    else
        r.add(joinPath(prefix, u"urls"), Tr::tr("missing required key"));

    r.optional(object, prefix, u"headers", [&](const QJsonValue &value, const QString &path) {
        if (!value.isObject()) {
            r.add(path, Tr::tr("expected an object of header names to strings"));
            return;
        }
        // QJsonObject keeps its keys sorted, so this is alphabetical rather than file order.
        const QJsonObject headers = value.toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            if (!it.value().isString()) {
                r.add(joinPath(path, it.key()), Tr::tr("expected a string"));
                continue;
            }
            config.headers.append({it.key(), it.value().toString()});
        }
    });
    r.optional(object, prefix, u"subprotocols",
               [&](const QJsonValue &v, const QString &p) { r.readStringList(v, p, &config.subprotocols); });
    r.optional(object, prefix, u"connect_timeout_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config.connectTimeoutMs); });
    r.optional(object, prefix, u"heartbeat", [&](const QJsonValue &value, const QString &path) {
        if (value.isObject())
            readHeartbeat(r, value.toObject(), path, &config.heartbeat);
        else
            r.add(path, Tr::tr("expected an object"));
    });
    r.optional(object, prefix, u"reconnect", [&](const QJsonValue &value, const QString &path) {
        if (value.isObject())
            readReconnect(r, value.toObject(), path, &config);
        else
            r.add(path, Tr::tr("expected an object"));
    });
    r.optional(object, prefix, u"on_open",
               [&](const QJsonValue &v, const QString &p) { r.readStringList(v, p, &config.onOpen); });
    r.optional(object, prefix, u"stale_after_ms",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config.staleAfterMs); });
    r.optional(object, prefix, u"send_queue_limit",
               [&](const QJsonValue &v, const QString &p) { r.readInt(v, p, &config.sendQueueLimit); });
    r.optional(object, prefix, u"sequence_field",
               [&](const QJsonValue &v, const QString &p) { r.readString(v, p, &config.sequenceField); });
    r.optional(object, prefix, u"max_message_bytes",
               [&](const QJsonValue &v, const QString &p) { r.readInt64(v, p, &config.maxMessageBytes); });
    r.optional(object, prefix, u"tls", [&](const QJsonValue &value, const QString &path) {
        if (value.isObject())
            readTls(r, value.toObject(), path, &config);
        else
            r.add(path, Tr::tr("expected an object"));
    });

    if (issues)
        issues->append(r.issues);
    return config;
}

QJsonObject EndpointConfig::toJson() const
{
    QJsonObject headersObject;
    for (const auto &[headerName, value] : headers)
        headersObject.insert(headerName, value);

    QJsonObject hb{
        {u"mode"_s, HeartbeatPolicy::modeName(heartbeat.mode)},
        {u"interval_ms"_s, heartbeat.intervalMs},
        {u"timeout_ms"_s, heartbeat.timeoutMs},
        {u"max_missed"_s, heartbeat.maxMissed},
        {u"any_traffic_resets"_s, heartbeat.anyTrafficResets},
        {u"payload"_s, heartbeat.payload},
    };
    // Raw values, not the effective defaults, so that reading the file back gives the same config.
    if (heartbeat.mode == HeartbeatPolicy::Mode::Text) {
        hb.insert(u"expect"_s, heartbeat.expectText);
    } else if (heartbeat.mode == HeartbeatPolicy::Mode::Json) {
        const QJsonValue equals =
            heartbeat.expectEquals.isUndefined() ? QJsonValue(QJsonValue::Null) : heartbeat.expectEquals;
        hb.insert(u"expect"_s, QJsonObject{{u"field"_s, heartbeat.expectField}, {u"equals"_s, equals}});
    }

    QJsonArray closeCodes;
    for (const int code : noRetryCloseCodes)
        closeCodes.append(code);

    const QJsonObject reconnect{
        {u"initial_ms"_s, backoff.initialMs},
        {u"max_ms"_s, backoff.maxMs},
        {u"factor"_s, backoff.factor},
        {u"jitter"_s, BackoffPolicy::jitterName(backoff.jitter)},
        {u"max_attempts"_s, maxAttempts},
        {u"stable_ms"_s, stableMs},
        {u"slow_retry_ms"_s, slowRetryMs},
        {u"no_retry_close_codes"_s, closeCodes},
        {u"retry_auth_failures"_s, retryAuthFailures},
    };

    return QJsonObject{
        {u"name"_s, name},
        {u"urls"_s, QJsonArray::fromStringList(urls)},
        {u"headers"_s, headersObject},
        {u"subprotocols"_s, QJsonArray::fromStringList(subprotocols)},
        {u"connect_timeout_ms"_s, connectTimeoutMs},
        {u"heartbeat"_s, hb},
        {u"reconnect"_s, reconnect},
        {u"on_open"_s, QJsonArray::fromStringList(onOpen)},
        {u"stale_after_ms"_s, staleAfterMs},
        {u"send_queue_limit"_s, sendQueueLimit},
        {u"sequence_field"_s, sequenceField},
        {u"max_message_bytes"_s, maxMessageBytes},
        {u"tls"_s,
         QJsonObject{{u"ca_file"_s, caFile}, {u"pin_sha256"_s, QJsonArray::fromStringList(pinSha256)}}},
    };
}

QString EndpointConfig::normalizePin(const QString &pin)
{
    QString hex;
    hex.reserve(64);
    for (const QChar c : pin) {
        if (c == u':')
            continue;
        const char16_t u = c.toLower().unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return {};
        hex += QChar(u);
    }
    return hex.size() == 64 ? hex : QString();
}

ConfigIssues EndpointConfig::validate(const QString &pathPrefix) const
{
    ConfigIssues issues;
    const auto path = [&](QStringView key) { return joinPath(pathPrefix, key); };

    if (const QString problem = nameProblem(name); !problem.isEmpty())
        issues.append({path(u"name"), problem});

    if (urls.isEmpty())
        issues.append({path(u"urls"), Tr::tr("must list at least one URL")});
    for (qsizetype i = 0; i < urls.size(); ++i) {
        if (const QString problem = urlProblem(urls.at(i)); !problem.isEmpty())
            issues.append({indexPath(path(u"urls"), i), problem});
    }

    QSet<QString> seenHeaders;
    for (const auto &[headerName, value] : headers) {
        if (headerName.isEmpty()) {
            issues.append({path(u"headers"), Tr::tr("a header name must not be empty")});
            continue;
        }
        const QString headerPath = joinPath(path(u"headers"), headerName);
        if (!isHttpToken(headerName))
            issues.append({headerPath, Tr::tr("not a valid HTTP header name")});
        else if (const QString folded = headerName.toLower(); seenHeaders.contains(folded))
            issues.append({headerPath, Tr::tr("duplicate header name")});
        else
            seenHeaders.insert(folded);
        if (value.contains(u'\r') || value.contains(u'\n') || value.contains(QChar(0)))
            issues.append({headerPath, Tr::tr("a header value must not contain line breaks or NUL")});
    }

    for (qsizetype i = 0; i < subprotocols.size(); ++i) {
        if (!isHttpToken(subprotocols.at(i)))
            issues.append({indexPath(path(u"subprotocols"), i), Tr::tr("not a valid subprotocol name")});
    }

    checkMinimum(issues, path(u"connect_timeout_ms"), connectTimeoutMs, 100);

    const QString hb = path(u"heartbeat");
    checkMinimum(issues, joinPath(hb, u"interval_ms"), heartbeat.intervalMs, 10);
    checkMinimum(issues, joinPath(hb, u"timeout_ms"), heartbeat.timeoutMs, 10);
    checkMinimum(issues, joinPath(hb, u"max_missed"), heartbeat.maxMissed, 1);
    switch (heartbeat.mode) {
    case HeartbeatPolicy::Mode::Ping:
    case HeartbeatPolicy::Mode::Passive:
        if (!heartbeat.expectText.isEmpty() || !heartbeat.expectField.isEmpty() ||
            !(heartbeat.expectEquals.isNull() || heartbeat.expectEquals.isUndefined()))
            issues.append({joinPath(hb, u"expect"),
                           Tr::tr("not used in %1 mode").arg(HeartbeatPolicy::modeName(heartbeat.mode))});
        break;
    case HeartbeatPolicy::Mode::Text:
        if (heartbeat.pingPayload().isEmpty())
            issues.append({joinPath(hb, u"payload"), Tr::tr("must not be empty in text mode")});
        if (heartbeat.effectiveExpectText().isEmpty())
            issues.append({joinPath(hb, u"expect"), Tr::tr("must not be empty in text mode")});
        break;
    case HeartbeatPolicy::Mode::Json:
        if (!heartbeat.payload.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(heartbeat.payload.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                issues.append({joinPath(hb, u"payload"), Tr::tr("must be a JSON object in json mode")});
        }
        break;
    }

    const QString rc = path(u"reconnect");
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    checkMinimum(issues, joinPath(rc, u"initial_ms"), backoff.initialMs, 1);
    if (backoff.initialMs > intMax)
        issues.append({joinPath(rc, u"initial_ms"), Tr::tr("must be at most %1").arg(intMax)});
    if (backoff.maxMs < backoff.initialMs)
        issues.append(
            {joinPath(rc, u"max_ms"), Tr::tr("must be at least initial_ms (%1)").arg(backoff.initialMs)});
    else if (backoff.maxMs > intMax)
        issues.append({joinPath(rc, u"max_ms"), Tr::tr("must be at most %1").arg(intMax)});
    if (!std::isfinite(backoff.factor) || backoff.factor < 1.0)
        issues.append({joinPath(rc, u"factor"), Tr::tr("must be a number of at least 1.0")});
    checkMinimum(issues, joinPath(rc, u"max_attempts"), maxAttempts, 0);
    checkMinimum(issues, joinPath(rc, u"stable_ms"), stableMs, 0);
    checkMinimum(issues, joinPath(rc, u"slow_retry_ms"), slowRetryMs, 1000);
    for (qsizetype i = 0; i < noRetryCloseCodes.size(); ++i) {
        const int code = noRetryCloseCodes.at(i);
        const QString codePath = indexPath(joinPath(rc, u"no_retry_close_codes"), i);
        if (code < 1000 || code > 4999)
            issues.append({codePath, Tr::tr("close code must be between 1000 and 4999, got %1").arg(code)});
        else if (!isReceivableCloseCode(code))
            issues.append({codePath, Tr::tr("close code %1 never reaches the client: it is reserved or "
                                            "not accepted by Qt (use 1000-1003, 1007-1011 or 3000-4999)")
                                         .arg(code)});
    }

    checkMinimum(issues, path(u"stale_after_ms"), staleAfterMs, 0);
    if (sendQueueLimit < 0 || sendQueueLimit > MaxSendQueueLimit)
        issues.append({path(u"send_queue_limit"), Tr::tr("must be between 0 and %1").arg(MaxSendQueueLimit)});
    if (maxMessageBytes < MinMaxMessageBytes || maxMessageBytes > MaxMaxMessageBytes)
        issues.append({path(u"max_message_bytes"),
                       Tr::tr("must be between %1 and %2").arg(MinMaxMessageBytes).arg(MaxMaxMessageBytes)});
    if (sequenceField.trimmed() != sequenceField)
        issues.append({path(u"sequence_field"), Tr::tr("must not start or end with a space")});

    const QString tls = path(u"tls");
    if (!caFile.isEmpty()) {
        const QString caPath = joinPath(tls, u"ca_file");
        const QFileInfo info(caFile);
        if (!info.isFile() || !info.isReadable())
            issues.append({caPath, Tr::tr("cannot read the file %1").arg(caFile)});
        else if (QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty())
            issues.append({caPath, Tr::tr("no PEM certificate in %1").arg(caFile)});
    }
    for (qsizetype i = 0; i < pinSha256.size(); ++i) {
        if (normalizePin(pinSha256.at(i)).isEmpty())
            issues.append({indexPath(joinPath(tls, u"pin_sha256"), i),
                           Tr::tr("expected a SHA-256 fingerprint: 64 hex digits, colons allowed")});
    }

    return issues;
}
