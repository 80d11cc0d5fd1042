#include "engineevent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Events are printed and logged for every pong and stats tick, so scalars are written directly;
// only nested containers (rare) go through QJsonDocument.
void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        EngineEvent::appendJsonString(out, value.toString());
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = qint64(number);
        if (double(whole) == number && qAbs(whole) < (qint64(1) << 53)) {
            out += QByteArray::number(whole);
        } else {
            out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        }
        return;
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += array.mid(1, array.size() - 2);
        return;
    }
    }
}

} // namespace

QString EngineEvent::formatTimestamp(qint64 msSinceEpoch)
{
    // Every event and every heartbeat is stamped, so the date and time are formatted once a second
    // per thread and only the milliseconds each time.
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QString cachedPrefix; // "yyyy-MM-ddTHH:mm:ss."
    const qint64 second = msSinceEpoch >= 0 ? msSinceEpoch / 1000 : (msSinceEpoch - 999) / 1000;
    if (second != cachedSecond) {
        cachedPrefix =
            QDateTime::fromSecsSinceEpoch(second, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss."_s);
        cachedSecond = second;
    }
    const int millis = int(msSinceEpoch - second * 1000);
    const char digits[] = {char('0' + millis / 100), char('0' + millis / 10 % 10), char('0' + millis % 10),
                           'Z'};
    return cachedPrefix + QLatin1StringView(digits, 4);
}

QByteArray EngineEvent::toJsonLine() const
{
    QByteArray line;
    line.reserve(96 + 32 * fields.size());
    line += "{\"ts\":\"" + formatTimestamp(timestampMs).toLatin1() + '"';
    line += ",\"endpoint\":";
    EngineEvent::appendJsonString(line, endpoint);
    line += ",\"event\":";
    EngineEvent::appendJsonString(line, type);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        line += ',';
        EngineEvent::appendJsonString(line, it.key());
        line += ':';
        appendValue(line, it.value());
    }
    line += '}';
    return line;
}

void EngineEvent::appendJsonString(QByteArray &out, QStringView text)
{
    const auto appendByte = [&out](char c) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[(uchar(c) >> 4) & 0xf];
                out += "0123456789abcdef"[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    };
    out += '"';
    // Names, event types and most texts are ASCII: escape them in place, without a UTF-8 copy.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        for (const QChar c : text) {
            appendByte(char(c.unicode()));
        }
    } else {
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            appendByte(c);
        }
    }
    out += '"';
}
