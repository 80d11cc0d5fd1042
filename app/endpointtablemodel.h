#pragma once

#include "connectionstats.h"
#include "engineevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <limits>
#include <vector>

class Clock;
class ConnectionManager;
class QTimer;

// The dashboard's endpoint table: one row per endpoint, in the order the manager lists them.
// setStats() (the manager's periodic statsUpdated) adds, removes and refreshes rows; applyEvent() and
// applyStateChange() keep what stats do not carry: the transition history shown as a tooltip, the RTT
// samples behind the sparkline and the latest close or error. Updates only mark rows dirty; a short
// timer (or the next setStats) emits one dataChanged per contiguous dirty range, or one for the whole
// table when most rows changed. The gaps column counts missing sequence numbers and turns to the
// warning tone once any are missing. Countdowns and uptimes are computed from the Clock when read, and a
// 1 s ticker (or ManualClock::advanced) repaints them while some row needs it.
class EndpointTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointTableModel)

public:
    enum Column {
        StatusColumn,
        NameColumn,
        UrlColumn,
        UptimeColumn,
        ReconnectsColumn,
        AttemptColumn,
        RttColumn,
        RateColumn,
        GapsColumn, // missing sequence numbers; empty when the endpoint has no sequence_field
        LastCloseColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StateRole = Qt::UserRole + 1, // int, a Connection::State
        EndpointRole,                 // QString, the endpoint's name
        RttHistoryRole,               // QList<qint64>, oldest first, at most rttHistoryLimit()
    };
    Q_ENUM(Role)

    explicit EndpointTableModel(Clock *clock = nullptr, QObject *parent = nullptr);
    ~EndpointTableModel() override;

    // Connects statsUpdated/event/stateChanged of the manager, fills the rows from a snapshot and
    // calls setStatsInterval(statsIntervalMs).
    void attach(ConnectionManager *manager, int statsIntervalMs = 250);

    // Adds rows for new names (at the end), removes rows for vanished names, updates the rest, then
    // flushes every pending dataChanged.
    void setStats(const QList<ConnectionStats> &stats);
    // Transition details, RTT samples, last close or error text.
    void applyEvent(const EngineEvent &event);
    void applyStateChange(const QString &endpoint, int state, int previous);

    int rowOf(const QString &endpoint) const { return m_index.value(endpoint, -1); }
    QString endpointAt(int row) const;
    qsizetype historyLimit() const { return HistoryLimit; }
    qsizetype rttHistoryLimit() const { return RttLimit; }

    // The user-visible text for a state ("Connected", "Reconnecting", …).
    static QString stateText(int state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr qsizetype HistoryLimit = 20;
    static constexpr qsizetype RttLimit = 30;
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    struct Transition
    {
        qint64 wallMs = 0;
        int from = 0;
        int to = 0;
        QString detail;
    };

    struct Row
    {
        ConnectionStats stats;
        int state = 0;
        // Clock times (any value, even negative, is a valid time; NoTime means none).
        qint64 uptimeBase = NoTime; // when uptime was 0; NoTime unless Open or Stale
        qint64 retryAt = NoTime;    // when the next attempt is due; NoTime when none is scheduled
        qint64 rttLastMs = -1;
        QList<qint64> rtt;
        std::deque<Transition> history;
        QString pendingReason; // from an event that precedes its state change (closed, timeout)
        QString lastProblem;   // the newer of the last close and the last error, ready to show
        QString lastError;
        // What the latest closed and error events said: a stats push that reports the same close or
        // error again brings no news and must not undo the order in which the events came.
        QString eventClose;
        QString eventError;
    };

    // The row for endpoint; one in m_early (rowIndex -1) when no stats push has listed it yet.
    Row *rowFor(const QString &endpoint, int *rowIndex);
    void updateRow(Row &row, const ConnectionStats &stats);
    void markDirty(int row);
    void flush();
    void onTick();
    void updateTicker();

    QString displayText(const Row &row, int column) const;
    QString toolTip(const Row &row) const;
    QString gapsToolTip(const Row &row) const;
    QString uptimeText(const Row &row) const;
    QString attemptText(const Row &row) const;

    static bool ticks(int state);
    // Whether a push that changed both the close and the error ended with the error.
    static bool errorIsNewer(const ConnectionStats &stats);
    static QString closeText(int code, const QString &reason, const QString &by);

    Clock *m_clock;
    std::vector<Row> m_rows;
    QHash<QString, int> m_index;
    // Events and state changes for endpoints that no stats push has listed yet; merged (or dropped)
    // by the next setStats().
    QHash<QString, Row> m_early;
    std::vector<int> m_dirtyRows;
    std::vector<char> m_dirty; // per row, to keep m_dirtyRows free of duplicates
    int m_tickingRows = 0;
    QTimer *m_flushTimer;
    QTimer *m_ticker;
};
