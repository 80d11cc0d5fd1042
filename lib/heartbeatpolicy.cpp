#include "heartbeatpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView defaultExpectText = u"pong";
constexpr QStringView defaultExpectField = u"type";

// A string that every JSON encoder writes verbatim between quotes. Anything else may legally be
// escaped (\", \\, \/, \uXXXX), so the raw text would not appear and the prefilter must not reject.
bool isVerbatimInJson(QStringView s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\' || u == u'/')
            return false;
    }
    return true;
}

// True when haystack contains "needle" with the quotes. No allocation, no parse.
bool containsQuoted(QStringView haystack, QStringView needle)
{
    qsizetype from = 1;
    while (true) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return false;
        const qsizetype end = at + needle.size();
        if (end < haystack.size() && haystack.at(at - 1) == u'"' && haystack.at(end) == u'"')
            return true;
        from = at + 1;
    }
}

bool isUnset(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

QString HeartbeatPolicy::pingPayload() const
{
    switch (mode) {
    case Mode::Text:
        return payload.isEmpty() ? u"ping"_s : payload;
    case Mode::Json:
        return payload.isEmpty() ? u"{\"type\":\"ping\"}"_s : payload;
    case Mode::Ping:
    case Mode::Passive:
        break;
    }
    return QString();
}

bool HeartbeatPolicy::isPong(QStringView message) const
{
    switch (mode) {
    case Mode::Text:
        return message == (expectText.isEmpty() ? defaultExpectText : QStringView(expectText));
    case Mode::Json:
        break;
    case Mode::Ping:
    case Mode::Passive:
        return false;
    }

    // Json mode. Most inbound traffic is data, not the reply: reject it on plain substring checks
    // before paying for a parse.
    const QStringView field = expectField.isEmpty() ? defaultExpectField : QStringView(expectField);
    if (isVerbatimInJson(field) && !containsQuoted(message, field))
        return false;
    if (isUnset(expectEquals)) {
        if (!containsQuoted(message, defaultExpectText))
            return false;
    } else if (expectEquals.isString()) {
        const QString expected = expectEquals.toString();
        if (isVerbatimInJson(expected) && !containsQuoted(message, expected))
            return false;
    }
    const QStringView trimmed = message.trimmed();
    if (!trimmed.startsWith(u'{'))
        return false;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    return document.object().value(field) == effectiveExpectEquals();
}

qint64 HeartbeatPolicy::passiveSilenceLimitMs() const
{
    return qint64(intervalMs) * maxMissed + timeoutMs;
}

QString HeartbeatPolicy::effectiveExpectText() const
{
    return expectText.isEmpty() ? defaultExpectText.toString() : expectText;
}

QString HeartbeatPolicy::effectiveExpectField() const
{
    return expectField.isEmpty() ? defaultExpectField.toString() : expectField;
}

QJsonValue HeartbeatPolicy::effectiveExpectEquals() const
{
    return isUnset(expectEquals) ? QJsonValue(defaultExpectText.toString()) : expectEquals;
}

QString HeartbeatPolicy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Ping:
        return u"ping"_s;
    case Mode::Text:
        return u"text"_s;
    case Mode::Json:
        return u"json"_s;
    case Mode::Passive:
        return u"passive"_s;
    }
    return QString();
}

std::optional<HeartbeatPolicy::Mode> HeartbeatPolicy::modeFromName(const QString &name)
{
    for (const Mode mode : {Mode::Ping, Mode::Text, Mode::Json, Mode::Passive}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}
