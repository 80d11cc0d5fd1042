#include "logexporter.h"

#include "logmodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace LogExporter {

namespace {

// The row's record, rebuilt from the model's roles so that any proxy on top of a LogModel works.
LogRecord readRow(const QAbstractItemModel *view, int row)
{
    const QModelIndex index = view->index(row, 0);
    LogRecord r;
    r.seq = view->data(index, LogModel::SeqRole).toULongLong();
    r.timestampMs = view->data(index, LogModel::TimestampRole).toLongLong();
    r.endpoint = view->data(index, LogModel::EndpointRole).toString();
    r.direction = LogRecord::Direction(view->data(index, LogModel::DirectionRole).toInt());
    r.heartbeat = view->data(index, LogModel::HeartbeatRole).toBool();
    r.binary = view->data(index, LogModel::BinaryRole).toBool();
    if (r.binary)
        r.data = view->data(index, LogModel::DataRole).toByteArray();
    else
        r.text = view->data(index, LogModel::TextRole).toString();
    return r;
}

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray csvLine(const LogRecord &r)
{
    const QString ts = QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs);
    const QString line = QString::number(r.seq) + u',' + csvField(ts) + u',' + csvField(r.endpoint) + u',' +
                         QString::fromLatin1(LogRecord::directionName(r.direction)) + u',' +
                         (r.heartbeat ? u"true"_s : u"false"_s) + u',' +
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
        const LogRecord r = readRow(view, row);
        file.write(format == Format::Csv ? csvLine(r) : r.toJsonLine());
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
