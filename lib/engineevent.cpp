#include "engineevent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QByteArray jsonValue(const QJsonValue &value)
{
    // QJsonDocument only serialises containers; wrap the value and strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QString EngineEvent::formatTimestamp(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc())
        .toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'");
}

QByteArray EngineEvent::toJsonLine() const
{
    QByteArray line;
    line.reserve(96 + 32 * fields.size());
    line += "{\"ts\":" + jsonValue(formatTimestamp(timestampMs));
    line += ",\"endpoint\":" + jsonValue(endpoint);
    line += ",\"event\":" + jsonValue(type);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        line += ',' + jsonValue(it.key()) + ':' + jsonValue(it.value());
    }
    line += '}';
    return line;
}
