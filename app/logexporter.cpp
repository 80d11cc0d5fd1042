#include "logexporter.h"

#include "logmodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace LogExporter {

namespace {

struct Row
{
    quint64 seq = 0;
    QString ts;
    QString endpoint;
    QString direction;
    bool heartbeat = false;
    bool binary = false;
    QString text;
    QByteArray data;
};

// The machine-readable name, never translated.
QString directionKey(int direction)
{
    switch (LogRecord::Direction(direction)) {
    case LogRecord::Direction::In:
        return u"in"_s;
    case LogRecord::Direction::Out:
        return u"out"_s;
    case LogRecord::Direction::Event:
        return u"event"_s;
    }
    return u"unknown"_s;
}

Row readRow(const QAbstractItemModel *view, int row)
{
    const QModelIndex index = view->index(row, 0);
    Row r;
    r.seq = view->data(index, LogModel::SeqRole).toULongLong();
    r.ts = QDateTime::fromMSecsSinceEpoch(view->data(index, LogModel::TimestampRole).toLongLong(), Qt::UTC)
               .toString(Qt::ISODateWithMs);
    r.endpoint = view->data(index, LogModel::EndpointRole).toString();
    r.direction = directionKey(view->data(index, LogModel::DirectionRole).toInt());
    r.heartbeat = view->data(index, LogModel::HeartbeatRole).toBool();
    r.binary = view->data(index, LogModel::BinaryRole).toBool();
    if (r.binary)
        r.data = view->data(index, LogModel::DataRole).toByteArray();
    else
        r.text = view->data(index, LogModel::TextRole).toString();
    return r;
}

QByteArray ndjsonLine(const Row &r)
{
    QJsonObject object{
        {u"seq"_s, double(r.seq)},     {u"ts"_s, r.ts},
        {u"endpoint"_s, r.endpoint},   {u"direction"_s, r.direction},
        {u"heartbeat"_s, r.heartbeat},
    };
    if (r.binary)
        object.insert(u"hex"_s, QString::fromLatin1(r.data.toHex()));
    else
        object.insert(u"text"_s, r.text);
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray csvLine(const Row &r)
{
    const QString line = QString::number(r.seq) + u',' + csvField(r.ts) + u',' + csvField(r.endpoint) + u',' +
                         r.direction + u',' + (r.heartbeat ? u"true"_s : u"false"_s) + u',' +
                         (r.binary ? QString() : csvField(r.text)) + u',' +
                         (r.binary ? QString::fromLatin1(r.data.toHex()) : QString()) + u"\r\n"_s;
    return line.toUtf8();
}

} // namespace

Format formatForFileName(const QString &fileName)
{
    return fileName.endsWith(u".csv"_s, Qt::CaseInsensitive) ? Format::Csv : Format::Ndjson;
}

bool exportView(const QAbstractItemModel *view, const QString &fileName, Format format, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!view)
        return fail(QCoreApplication::translate("LogExporter", "Nothing to export."));

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file name, %2 the system's reason
        return fail(QCoreApplication::translate("LogExporter", "Cannot write %1: %2")
                        .arg(fileName, file.errorString()));
    }
    if (format == Format::Csv)
        file.write("seq,ts,endpoint,direction,heartbeat,text,hex\r\n");
    const int rows = view->rowCount();
    for (int row = 0; row < rows; ++row) {
        const Row r = readRow(view, row);
        file.write(format == Format::Csv ? csvLine(r) : ndjsonLine(r));
    }
    if (!file.commit()) {
        return fail(QCoreApplication::translate("LogExporter", "Cannot write %1: %2")
                        .arg(fileName, file.errorString()));
    }
    if (error)
        error->clear();
    return true;
}

} // namespace LogExporter
