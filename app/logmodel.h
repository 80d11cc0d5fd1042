#pragma once

#include "messagestore.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <deque>

class Clock;

// The dashboard's message log: a capped ring of rows over a MessageStore. Records are pulled from the
// store whenever it signals recordsAvailable() (queued, so a burst costs one pull per event-loop pass)
// into a pending buffer; the buffer is inserted in one beginInsertRows batch after a short pause in
// the traffic (10 ms), at the latest 40 ms after its first record, and never more than 30 times a
// second. When the ring is full the oldest rows are removed first. Records that never become rows
// (removed by the cap, overwritten in the store before we read them, pending overflow while paused)
// are counted in droppedCount(). Time comes from a Clock; under a manual clock no timer runs and
// Clock::advanced() drives the deadlines.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { TimeColumn, EndpointColumn, DirectionColumn, SizeColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SeqRole = Qt::UserRole + 1, // quint64
        DirectionRole,              // int LogRecord::Direction
        HeartbeatRole,              // bool
        EndpointRole,               // QString
        TimestampRole,              // qint64 ms since the epoch
        BinaryRole,                 // bool
        TextRole,                   // QString, the whole text (empty for binary records)
        DataRole,                   // QByteArray, the payload of binary records
    };
    Q_ENUM(Role)

    static constexpr int DisplayTextLimit = 500;
    static constexpr int ToolTipLimit = 2000;
    static constexpr qint64 PauseDelayMs = 10;
    static constexpr qint64 MaxDelayMs = 40;
    static constexpr qint64 MinInsertIntervalMs = 33;

    explicit LogModel(MessageStore *store, qsizetype maxRows = 50'000, QObject *parent = nullptr);
    ~LogModel() override;

    MessageStore *store() const { return m_store; }

    // Defaults to Clock::system(). The clock must outlive the model.
    void setClock(Clock *clock);

    qsizetype maxRows() const { return m_maxRows; }
    void setMaxRows(qsizetype rows);

    bool isPaused() const { return m_paused; }
    // Paused: no rows are inserted, but records keep being pulled into a pending buffer bounded by
    // maxRows (its overflow counts as dropped). Unpausing inserts them at once.
    void setPaused(bool paused);

    // Removes every row and every pending record, and resets droppedCount(). The store is untouched;
    // only records appended after this show up.
    void clear();

    quint64 droppedCount() const { return m_dropped; }
    // Records pulled from the store but not yet inserted (waiting for the batch timer, or paused).
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }

    const LogRecord &record(int row) const;

    // Pulls everything the store has now and, unless paused, inserts it at once.
    void flushNow();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString directionName(LogRecord::Direction direction); // translated
    static QString displayText(const LogRecord &record);          // one line, truncated

Q_SIGNALS:
    void droppedCountChanged(quint64 dropped);
    void rowsAppended(int count);

private:
    void onRecordsAvailable();
    bool pull();
    void evaluate();
    void insertPending();
    void trimPending();
    void addDropped(quint64 count);
    qint64 now() const;

    QPointer<MessageStore> m_store;
    Clock *m_clock = nullptr;
    QTimer m_timer;
    std::deque<LogRecord> m_rows;
    std::deque<LogRecord> m_pending;
    qsizetype m_maxRows;
    quint64 m_lastSeq = 0;
    quint64 m_dropped = 0;
    quint64 m_reportedDropped = 0;
    qint64 m_pauseDeadline = 0; // insert once the traffic has paused this long...
    qint64 m_maxDeadline = 0;   // ...or at the latest here
    qint64 m_lastInsert = 0;
    bool m_hasInserted = false;
    bool m_paused = false;
};
