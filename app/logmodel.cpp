#include "logmodel.h"

#include "clock.h"

#include <QBrush>
#include <QDateTime>

#include <algorithm>
#include <climits>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// Counted instead of converted: the view asks for the size of every visible row on each repaint.
qint64 utf8Size(QStringView text)
{
    qint64 size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            size += 1;
        } else if (c < 0x800) {
            size += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                   QChar::isLowSurrogate(text[i + 1].unicode())) {
            size += 4;
            ++i;
        } else {
            size += 3;
        }
    }
    return size;
}

} // namespace

LogModel::LogModel(MessageStore *store, qsizetype maxRows, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_maxRows(std::max<qsizetype>(1, maxRows))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LogModel::evaluate);
    setClock(nullptr);
    if (m_store) {
        // Queued even when the store lives on our thread: a burst of appends then costs one pull per
        // event-loop pass instead of one per record, and the pull never runs inside append().
        connect(m_store, &MessageStore::recordsAvailable, this, &LogModel::onRecordsAvailable,
                Qt::QueuedConnection);
        if (m_store->lastSeq() > 0)
            QMetaObject::invokeMethod(this, &LogModel::onRecordsAvailable, Qt::QueuedConnection);
    }
}

LogModel::~LogModel() = default;

void LogModel::setClock(Clock *clock)
{
    if (m_clock)
        disconnect(m_clock, &Clock::advanced, this, &LogModel::evaluate);
    m_clock = clock ? clock : Clock::system();
    m_timer.stop();
    // A manual clock wakes us through advanced(); real timers would fire at the wrong moments.
    if (m_clock->isManual())
        connect(m_clock, &Clock::advanced, this, &LogModel::evaluate);
    evaluate();
}

qint64 LogModel::now() const
{
    return m_clock->now();
}

void LogModel::setMaxRows(qsizetype rows)
{
    rows = std::max<qsizetype>(1, rows);
    if (rows == m_maxRows)
        return;
    m_maxRows = rows;
    const auto excess = qsizetype(m_rows.size()) - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
        addDropped(quint64(excess));
    }
    trimPending();
    addDropped(0);
}

void LogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_paused) {
        m_timer.stop();
        return;
    }
    pull();
    insertPending();
    addDropped(0);
}

void LogModel::clear()
{
    m_timer.stop();
    m_pending.clear();
    // Whatever the store holds now was received before the user asked for a clean log.
    if (m_store)
        m_lastSeq = std::max(m_lastSeq, m_store->lastSeq());
    if (!m_rows.empty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    m_dropped = 0;
    if (m_reportedDropped != 0) {
        m_reportedDropped = 0;
        Q_EMIT droppedCountChanged(0);
    }
}

const LogRecord &LogModel::record(int row) const
{
    Q_ASSERT(row >= 0 && std::size_t(row) < m_rows.size());
    return m_rows[std::size_t(row)];
}

void LogModel::flushNow()
{
    pull();
    if (!m_paused)
        insertPending();
    addDropped(0);
}

void LogModel::onRecordsAvailable()
{
    if (pull())
        evaluate();
    addDropped(0);
}

bool LogModel::pull()
{
    if (!m_store)
        return false;
    quint64 after = m_lastSeq;
    quint64 skipped = 0;
    // Never copy more than a full model's worth: older records would only be removed again.
    const quint64 last = m_store->lastSeq();
    const auto cap = quint64(m_maxRows);
    if (last > after && last - after > cap) {
        skipped = last - cap - after;
        after = last - cap;
    }
    quint64 missed = 0;
    QList<LogRecord> records = m_store->recordsSince(after, -1, &missed);
    if (records.isEmpty() && missed == 0 && skipped == 0)
        return false;
    m_lastSeq = records.isEmpty() ? after + missed : records.constLast().seq;
    m_dropped += skipped + missed;

    const bool wasEmpty = m_pending.empty();
    std::move(records.begin(), records.end(), std::back_inserter(m_pending));
    trimPending();

    const qint64 t = now();
    m_pauseDeadline = t + PauseDelayMs;
    if (wasEmpty)
        m_maxDeadline = t + MaxDelayMs;
    return true;
}

void LogModel::evaluate()
{
    if (m_pending.empty() || m_paused) {
        m_timer.stop();
        return;
    }
    const qint64 t = now();
    qint64 due = std::min(m_pauseDeadline, m_maxDeadline);
    if (m_hasInserted)
        due = std::max(due, m_lastInsert + MinInsertIntervalMs);
    if (t >= due) {
        // Take whatever arrived since the last pull too; its queued notification may still be waiting.
        pull();
        insertPending();
        addDropped(0);
        return;
    }
    if (!m_clock->isManual())
        m_timer.start(std::chrono::milliseconds(due - t));
}

void LogModel::insertPending()
{
    m_timer.stop();
    if (m_pending.empty())
        return;
    const auto incoming = qsizetype(m_pending.size()); // trimPending() keeps this <= m_maxRows
    const auto excess = qsizetype(m_rows.size()) + incoming - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
        m_dropped += quint64(excess);
    }
    const auto first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_rows));
    m_pending.clear();
    endInsertRows();
    m_lastInsert = now();
    m_hasInserted = true;
    Q_EMIT rowsAppended(int(incoming));
}

void LogModel::trimPending()
{
    const auto excess = qsizetype(m_pending.size()) - m_maxRows;
    if (excess <= 0)
        return;
    m_pending.erase(m_pending.begin(), m_pending.begin() + excess);
    m_dropped += quint64(excess);
}

void LogModel::addDropped(quint64 count)
{
    m_dropped += count;
    if (m_dropped != m_reportedDropped) {
        m_reportedDropped = m_dropped;
        Q_EMIT droppedCountChanged(m_dropped);
    }
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::directionName(LogRecord::Direction direction)
{
    switch (direction) {
    case LogRecord::Direction::In:
        //: Message direction: received from the endpoint
        return tr("in");
    case LogRecord::Direction::Out:
        //: Message direction: sent to the endpoint
        return tr("out");
    case LogRecord::Direction::Event:
        //: Log row that is an engine event, not a message
        return tr("event");
    }
    return {};
}

QString LogModel::displayText(const LogRecord &record)
{
    if (record.binary) {
        //: A binary message in the log; %n is its size
        return tr("<binary %n bytes>", nullptr, int(std::min<qsizetype>(record.data.size(), INT_MAX)));
    }
    const QString &text = record.text;
    const qsizetype length = std::min<qsizetype>(text.size(), DisplayTextLimit);
    QString line;
    line.reserve(length + 1);
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text[i];
        if (c == u'\r' && i + 1 < length && text[i + 1] == u'\n')
            continue;
        line.append(c == u'\n' || c == u'\r' || c == u'\t' ? QChar(u' ') : c);
    }
    if (text.size() > DisplayTextLimit)
        line.append(QChar(u'\u2026'));
    return line;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRecord &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.timestampMs).toString(u"hh:mm:ss.zzz"_s);
        case EndpointColumn:
            return r.endpoint;
        case DirectionColumn:
            return directionName(r.direction);
        case SizeColumn:
            return r.binary ? qint64(r.data.size()) : utf8Size(r.text);
        case TextColumn:
            return displayText(r);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(r.timestampMs).toString(Qt::ISODateWithMs);
        if (index.column() == TextColumn) {
            if (r.binary)
                return displayText(r);
            if (r.text.size() > ToolTipLimit)
                return QString(QStringView(r.text).left(ToolTipLimit) + u'\u2026');
            return r.text;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (r.heartbeat)
            return QBrush(Qt::gray);
        return {};
    case SeqRole:
        return QVariant::fromValue(r.seq);
    case DirectionRole:
        return int(r.direction);
    case HeartbeatRole:
        return r.heartbeat;
    case EndpointRole:
        return r.endpoint;
    case TimestampRole:
        return QVariant::fromValue(r.timestampMs);
    case BinaryRole:
        return r.binary;
    case TextRole:
        return r.binary ? QString() : r.text;
    case DataRole:
        return r.data;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EndpointColumn:
        return tr("Endpoint");
    case DirectionColumn:
        return tr("Direction");
    case SizeColumn:
        //: Column header: message size in bytes
        return tr("Size");
    case TextColumn:
        return tr("Message");
    }
    return {};
}
