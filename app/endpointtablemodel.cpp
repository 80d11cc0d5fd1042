#include "endpointtablemodel.h"

#include "clock.h"
#include "connectionmanager.h"
#include "endpointdelegate.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using State = Connection::State;

namespace {

constexpr int FlushDelayMs = 100;
constexpr int TickMs = 1000;
// A stats push whose uptime or countdown differs from ours by less than this is not a change.
constexpr qint64 DriftToleranceMs = 500;

qint64 ceilSeconds(qint64 ms)
{
    return (ms + 999) / 1000;
}

// For %n, which takes an int; a count beyond that is not a number anyone reads exactly.
int pluralCount(quint64 n)
{
    return int(std::min<quint64>(n, quint64(std::numeric_limits<int>::max())));
}

// A cell shows one line; engine messages (certificate errors, refused upgrades) may carry breaks.
QString oneLine(QString text)
{
    if (text.contains(u'\n')) {
        text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ');
    }
    return text;
}

QString durationText(qint64 ms)
{
    if (ms < 1000) {
        //: A short duration in milliseconds
        return EndpointTableModel::tr("%n ms", nullptr, int(ms));
    }
    if (ms < 120'000) {
        //: A short duration in seconds
        return EndpointTableModel::tr("%n s", nullptr, int(ms / 1000));
    }
    //: A duration in minutes
    return EndpointTableModel::tr("%n min", nullptr, int(ms / 60'000));
}

QString codeName(int code)
{
    switch (code) {
    //: WebSocket close code 1000
    case 1000:
        return EndpointTableModel::tr("normal");
    //: WebSocket close code 1001
    case 1001:
        return EndpointTableModel::tr("going away");
    //: WebSocket close code 1002
    case 1002:
        return EndpointTableModel::tr("protocol error");
    //: WebSocket close code 1003
    case 1003:
        return EndpointTableModel::tr("unsupported data");
    //: WebSocket close code 1006: the link dropped without a close frame
    case 1006:
        return EndpointTableModel::tr("abnormal");
    //: WebSocket close code 1008
    case 1008:
        return EndpointTableModel::tr("policy violation");
    //: WebSocket close code 1009
    case 1009:
        return EndpointTableModel::tr("message too big");
    //: WebSocket close code 1011
    case 1011:
        return EndpointTableModel::tr("server error");
    default:
        return {};
    }
}

} // namespace

EndpointTableModel::EndpointTableModel(Clock *clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock ? clock : Clock::system()), m_flushTimer(new QTimer(this)),
      m_ticker(new QTimer(this))
{
    // A hard maximum delay, not a wait for a pause: a steady stream of events must still be painted.
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &EndpointTableModel::flush);
    m_ticker->setInterval(TickMs);
    connect(m_ticker, &QTimer::timeout, this, &EndpointTableModel::onTick);
    // A manual clock only moves through advance(); repaint exactly then instead of on a real timer.
    connect(m_clock, &Clock::advanced, this, &EndpointTableModel::onTick);
}

EndpointTableModel::~EndpointTableModel() = default;

void EndpointTableModel::attach(ConnectionManager *manager, int statsIntervalMs)
{
    connect(manager, &ConnectionManager::statsUpdated, this, &EndpointTableModel::setStats);
    connect(manager, &ConnectionManager::event, this, &EndpointTableModel::applyEvent);
    connect(manager, &ConnectionManager::stateChanged, this, &EndpointTableModel::applyStateChange);
    setStats(manager->snapshot());
    manager->setStatsInterval(statsIntervalMs);
}

QString EndpointTableModel::endpointAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size())) {
        return {};
    }
    return m_rows[std::size_t(row)].stats.endpoint;
}

QString EndpointTableModel::stateText(int state)
{
    switch (State(state)) {
    //: Endpoint state: not started yet
    case State::Idle:
        return tr("Idle");
    case State::Connecting:
        return tr("Connecting");
    //: Endpoint state: the link is open and healthy
    case State::Open:
        return tr("Connected");
    //: Endpoint state: the link is open but the feed has gone quiet
    case State::Stale:
        return tr("Stale");
    //: Endpoint state: waiting before the next connection attempt (backoff)
    case State::Backoff:
        return tr("Reconnecting");
    //: Endpoint state: too many failed attempts; retrying slowly
    case State::GaveUp:
        return tr("Gave up");
    //: Endpoint state: the link is being closed
    case State::Closing:
        return tr("Closing");
    case State::Stopped:
        return tr("Stopped");
    }
    return tr("Unknown");
}

// --- input -------------------------------------------------------------------------------------

void EndpointTableModel::setStats(const QList<ConnectionStats> &stats)
{
    QHash<QString, int> incoming;
    incoming.reserve(stats.size());
    for (int i = 0; i < stats.size(); ++i) {
        incoming.insert(stats[i].endpoint, i);
    }

    // Vanished rows, as runs of consecutive rows, last run first so that earlier rows keep their index.
    std::vector<std::pair<int, int>> runs;
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (incoming.contains(m_rows[std::size_t(last)].stats.endpoint)) {
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_rows[std::size_t(first - 1)].stats.endpoint)) {
            --first;
        }
        runs.emplace_back(first, last);
        last = first;
    }
    const auto eraseRun = [this](int first, int last) {
        for (int r = first; r <= last; ++r) {
            const Row &row = m_rows[std::size_t(r)];
            m_tickingRows -= ticks(row.state) ? 1 : 0;
            m_index.remove(row.stats.endpoint);
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        m_dirty.erase(m_dirty.begin() + first, m_dirty.begin() + last + 1);
    };
    const auto reindexFrom = [this](int first) {
        for (int r = first; r < int(m_rows.size()); ++r) {
            m_index[m_rows[std::size_t(r)].stats.endpoint] = r;
        }
    };
    // Each run renumbers every row after it, so that many scattered runs cost a reset instead.
    constexpr std::size_t MaxRemovalRuns = 16;
    if (runs.size() > MaxRemovalRuns) {
        beginResetModel();
        for (const auto &[first, last] : runs) {
            eraseRun(first, last);
        }
        reindexFrom(0);
        std::fill(m_dirty.begin(), m_dirty.end(), 0);
        endResetModel();
    } else {
        for (const auto &[first, last] : runs) {
            beginRemoveRows({}, first, last);
            eraseRun(first, last);
            reindexFrom(first);
            endRemoveRows();
        }
    }
    if (!runs.empty()) {
        m_dirtyRows.clear();
        for (int r = 0; r < int(m_dirty.size()); ++r) {
            if (m_dirty[std::size_t(r)]) {
                m_dirtyRows.push_back(r);
            }
        }
    }

    std::vector<Row> added;
    for (const ConnectionStats &s : stats) {
        const int r = rowOf(s.endpoint);
        if (r >= 0) {
            Row &row = m_rows[std::size_t(r)];
            const int oldState = row.state;
            updateRow(row, s);
            m_tickingRows += (ticks(row.state) ? 1 : 0) - (ticks(oldState) ? 1 : 0);
            continue;
        }
        if (m_index.contains(s.endpoint)) {
            continue;
        }
        Row row = m_early.take(s.endpoint);
        updateRow(row, s);
        added.push_back(std::move(row));
        // Marks the name as taken so that a duplicate in one push cannot add it twice.
        m_index.insert(s.endpoint, -1);
    }
    m_early.clear();
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row &row : added) {
            m_index[row.stats.endpoint] = int(m_rows.size());
            m_tickingRows += ticks(row.state) ? 1 : 0;
            m_rows.push_back(std::move(row));
            m_dirty.push_back(0);
        }
        endInsertRows();
    }
    updateTicker();
    flush();
}

// Copies a stats push into a row and marks it dirty when anything shown changed. Uptime and the retry
// countdown are kept as Clock times so that they move between pushes.
void EndpointTableModel::updateRow(Row &row, const ConnectionStats &stats)
{
    const qint64 now = m_clock->now();
    const ConnectionStats &old = row.stats;
    const bool isNew = old.endpoint.isEmpty();
    const int state = int(stats.state);

    const qint64 uptimeBase =
        (stats.state == State::Open || stats.state == State::Stale) ? now - stats.uptimeMs : NoTime;
    const qint64 retryAt = stats.nextRetryInMs >= 0 ? now + stats.nextRetryInMs : NoTime;
    const auto drifted = [](qint64 a, qint64 b) {
        return (a == NoTime) != (b == NoTime) || std::abs(a - b) > DriftToleranceMs;
    };
    const bool closeChanged = old.lastCloseCode != stats.lastCloseCode ||
                              old.lastCloseReason != stats.lastCloseReason ||
                              old.lastClosedBy != stats.lastClosedBy;
    const bool errorChanged = old.lastError != stats.lastError;
    const bool rttChanged = stats.rttLastMs >= 0 && stats.rttLastMs != old.rttLastMs;
    const bool sequenceChanged =
        old.sequenceTracked != stats.sequenceTracked || old.sequenceGaps != stats.sequenceGaps ||
        old.sequenceGapEvents != stats.sequenceGapEvents ||
        old.sequenceDuplicates != stats.sequenceDuplicates || old.sequenceResets != stats.sequenceResets;
    const bool changed = isNew || row.state != state || closeChanged || errorChanged || rttChanged ||
                         sequenceChanged || old.url != stats.url || old.reconnects != stats.reconnects ||
                         old.attemptsInStreak != stats.attemptsInStreak ||
                         std::lround(old.messageRate * 10) != std::lround(stats.messageRate * 10) ||
                         drifted(row.uptimeBase, uptimeBase) || drifted(row.retryAt, retryAt);

    // Events tell in which order a close and an error came; a push only tells that both changed. So a
    // push fills in only what no event has reported yet.
    const QString close = stats.lastCloseCode >= 0
                              ? closeText(stats.lastCloseCode, stats.lastCloseReason, stats.lastClosedBy)
                              : QString();
    const bool hasClose = closeChanged && !close.isEmpty();
    const bool hasError = errorChanged && !stats.lastError.isEmpty();
    if (hasClose && hasError) {
        if (errorIsNewer(stats)) {
            if (stats.lastError != row.eventError) {
                row.lastProblem = oneLine(stats.lastError);
            }
        } else if (close != row.eventClose) {
            row.lastProblem = close;
        }
    } else if (hasClose && close != row.eventClose) {
        row.lastProblem = close;
    } else if (hasError && stats.lastError != row.eventError) {
        row.lastProblem = oneLine(stats.lastError);
    }
    if (!stats.lastError.isEmpty()) {
        row.lastError = stats.lastError;
    }
    if (rttChanged) {
        row.rttLastMs = stats.rttLastMs;
    }
    row.stats = stats;
    row.state = state;
    if (drifted(row.uptimeBase, uptimeBase)) {
        row.uptimeBase = uptimeBase;
    }
    if (drifted(row.retryAt, retryAt)) {
        row.retryAt = retryAt;
    }
    if (changed && !isNew) {
        markDirty(m_index.value(stats.endpoint, -1));
    }
}

void EndpointTableModel::applyEvent(const EngineEvent &event)
{
    // Messages, sends and stats are the bulk of events and show nowhere in this table.
    static const QSet<QString> shown = {
        u"pong"_s,       u"heartbeat_timeout"_s,   u"closed"_s,  u"error"_s, u"stale"_s,
        u"connecting"_s, u"reconnect_scheduled"_s, u"gave_up"_s, u"open"_s};
    if (!shown.contains(event.type)) {
        return;
    }
    int r = -1;
    Row *row = rowFor(event.endpoint, &r);
    const QString &type = event.type;
    const QJsonObject &f = event.fields;
    const auto annotate = [row](std::initializer_list<State> states, const QString &detail) {
        if (row->history.empty()) {
            return;
        }
        Transition &last = row->history.back();
        if (std::find(states.begin(), states.end(), State(last.to)) == states.end()) {
            return;
        }
        last.detail = last.detail.isEmpty() ? detail : last.detail % u"; "_s % detail;
    };

    if (type == u"pong"_s) {
        const qint64 rtt = f.value(u"rtt_ms"_s).toInteger();
        row->rttLastMs = rtt;
        row->rtt.append(rtt);
        if (row->rtt.size() > RttLimit) {
            row->rtt.removeFirst();
        }
    } else if (type == u"heartbeat_timeout"_s) {
        //: Why a link was dropped; %1 is a duration such as "400 ms"
        row->pendingReason =
            tr("no heartbeat reply, silent %1").arg(durationText(f.value(u"silent_ms"_s).toInteger()));
    } else if (type == u"closed"_s) {
        const QString text = closeText(f.value(u"code"_s).toInt(), f.value(u"reason"_s).toString(),
                                       f.value(u"by"_s).toString());
        row->lastProblem = text;
        row->eventClose = text;
        if (row->pendingReason.isEmpty()) {
            row->pendingReason = text;
        }
    } else if (type == u"error"_s) {
        const QString message = f.value(u"message"_s).toString();
        row->lastError = message;
        row->lastProblem = oneLine(message);
        row->eventError = message;
        if (row->pendingReason.isEmpty()) {
            row->pendingReason = message;
        }
    } else if (type == u"stale"_s) {
        annotate({State::Stale},
                 //: Why a feed is stale; %1 is a duration such as "10 s"
                 tr("silent %1").arg(durationText(f.value(u"silent_ms"_s).toInteger())));
    } else if (type == u"connecting"_s) {
        const int attempt = f.value(u"attempt"_s).toInt();
        row->stats.attemptsInStreak = attempt;
        annotate({State::Connecting},
                 //: A connection attempt; %1 is its number in the current series of failures
                 tr("attempt %1").arg(attempt));
    } else if (type == u"reconnect_scheduled"_s) {
        const qint64 delay = f.value(u"delay_ms"_s).toInteger();
        row->retryAt = m_clock->now() + delay;
        annotate({State::Backoff, State::GaveUp},
                 //: %1 is a duration such as "4 s"
                 tr("retry in %1").arg(durationText(delay)));
    } else if (type == u"gave_up"_s) {
        annotate({State::GaveUp}, tr("after %n attempt(s)", nullptr, f.value(u"attempts"_s).toInt()));
    } else if (type == u"open"_s) {
        row->stats.url = f.value(u"url"_s).toString();
    }
    markDirty(r);
}

void EndpointTableModel::applyStateChange(const QString &endpoint, int state, int previous)
{
    int r = -1;
    Row *row = rowFor(endpoint, &r);
    row->history.push_back({QDateTime::currentMSecsSinceEpoch(), previous, state, row->pendingReason});
    row->pendingReason.clear();
    while (qsizetype(row->history.size()) > HistoryLimit) {
        row->history.pop_front();
    }
    const auto isLive = [](int s) { return s == int(State::Open) || s == int(State::Stale); };
    const bool live = isLive(state);
    const bool wasLive = isLive(row->state) && row->uptimeBase != NoTime;
    if (live && !wasLive) {
        row->uptimeBase = m_clock->now();
    } else if (!live) {
        row->uptimeBase = NoTime;
    }
    if (state != int(State::Backoff) && state != int(State::GaveUp)) {
        row->retryAt = NoTime;
    }
    if (r >= 0) {
        m_tickingRows += (ticks(state) ? 1 : 0) - (ticks(row->state) ? 1 : 0);
    }
    row->state = state;
    updateTicker();
    markDirty(r);
}

EndpointTableModel::Row *EndpointTableModel::rowFor(const QString &endpoint, int *rowIndex)
{
    *rowIndex = rowOf(endpoint);
    if (*rowIndex >= 0) {
        return &m_rows[std::size_t(*rowIndex)];
    }
    return &m_early[endpoint];
}

// --- batching ----------------------------------------------------------------------------------

void EndpointTableModel::markDirty(int row)
{
    if (row < 0 || m_dirty[std::size_t(row)]) {
        return;
    }
    m_dirty[std::size_t(row)] = 1;
    m_dirtyRows.push_back(row);
    if (!m_flushTimer->isActive()) {
        m_flushTimer->start();
    }
}

void EndpointTableModel::flush()
{
    m_flushTimer->stop();
    if (m_dirtyRows.empty()) {
        return;
    }
    const int rows = int(m_rows.size());
    if (int(m_dirtyRows.size()) * 2 > rows) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    } else {
        std::sort(m_dirtyRows.begin(), m_dirtyRows.end());
        for (std::size_t i = 0; i < m_dirtyRows.size();) {
            std::size_t j = i;
            while (j + 1 < m_dirtyRows.size() && m_dirtyRows[j + 1] == m_dirtyRows[j] + 1) {
                ++j;
            }
            Q_EMIT dataChanged(index(m_dirtyRows[i], 0), index(m_dirtyRows[j], ColumnCount - 1));
            i = j + 1;
        }
    }
    for (const int r : m_dirtyRows) {
        m_dirty[std::size_t(r)] = 0;
    }
    m_dirtyRows.clear();
}

// Only a live link is closed, so a failure while connecting (a rejected certificate, a refused
// upgrade) came after the last close. An endpoint that stopped for anything but our own stop stopped
// because of its error: a close code not to be retried, refused credentials, a broken config. A live
// link that failed with a socket error is better told by its close code.
bool EndpointTableModel::errorIsNewer(const ConnectionStats &stats)
{
    if (stats.state == State::Open || stats.state == State::Stale) {
        return false;
    }
    return stats.lastClosePhase == u"connecting"_s ||
           (stats.state == State::Stopped && stats.lastCloseReason != u"stopped"_s);
}

bool EndpointTableModel::ticks(int state)
{
    switch (State(state)) {
    case State::Open:
    case State::Stale:
    case State::Backoff:
    case State::GaveUp:
        return true;
    default:
        return false;
    }
}

void EndpointTableModel::updateTicker()
{
    const bool run = m_tickingRows > 0 && !m_clock->isManual();
    if (run && !m_ticker->isActive()) {
        m_ticker->start();
    } else if (!run && m_ticker->isActive()) {
        m_ticker->stop();
    }
}

// Only the clock-driven columns change between pushes, so only they are announced.
void EndpointTableModel::onTick()
{
    if (m_tickingRows <= 0) {
        return;
    }
    const int rows = int(m_rows.size());
    if (m_tickingRows * 2 > rows) {
        Q_EMIT dataChanged(index(0, UptimeColumn), index(rows - 1, AttemptColumn));
        return;
    }
    for (int r = 0; r < rows;) {
        if (!ticks(m_rows[std::size_t(r)].state)) {
            ++r;
            continue;
        }
        int last = r;
        while (last + 1 < rows && ticks(m_rows[std::size_t(last + 1)].state)) {
            ++last;
        }
        Q_EMIT dataChanged(index(r, UptimeColumn), index(last, AttemptColumn));
        r = last + 1;
    }
}

// --- output ------------------------------------------------------------------------------------

int EndpointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndpointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return column == GapsColumn ? gapsToolTip(row) : toolTip(row);
    case Qt::DecorationRole:
        if (column == StatusColumn) {
            return statusColor(row.state, QGuiApplication::palette());
        }
        return {};
    case Qt::ForegroundRole:
        // The same amber as Stale, readable on light and dark palettes; the count itself and the bold
        // weight say it too, so the colour never stands alone.
        if (column == GapsColumn && row.stats.sequenceTracked && row.stats.sequenceGaps > 0) {
            return statusColor(int(State::Stale), QGuiApplication::palette());
        }
        return {};
    case Qt::FontRole:
        if (column == GapsColumn && row.stats.sequenceTracked && row.stats.sequenceGaps > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case UptimeColumn:
        case ReconnectsColumn:
        case RttColumn:
        case RateColumn:
        case GapsColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case StateRole:
        return row.state;
    case EndpointRole:
        return row.stats.endpoint;
    case RttHistoryRole:
        return QVariant::fromValue(row.rtt);
    default:
        return {};
    }
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    //: Column header: connection state
    case StatusColumn:
        return tr("Status");
    //: Column header: endpoint name
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("URL");
    //: Column header: how long the current link has been open
    case UptimeColumn:
        return tr("Uptime");
    case ReconnectsColumn:
        return tr("Reconnects");
    //: Column header: connection attempts in the current series of failures, and the retry countdown
    case AttemptColumn:
        return tr("Attempt");
    //: Column header: heartbeat round-trip time
    case RttColumn:
        return tr("RTT");
    //: Column header: messages received per second
    case RateColumn:
        return tr("Msgs/s");
    //: Column header: how many messages are missing, judged by their sequence numbers
    case GapsColumn:
        return tr("Gaps");
    //: Column header: the last close code and reason, or the last error
    case LastCloseColumn:
        return tr("Last close");
    default:
        return {};
    }
}

QString EndpointTableModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return stateText(row.state);
    case NameColumn:
        return row.stats.endpoint;
    case UrlColumn:
        return row.stats.url;
    case UptimeColumn:
        return uptimeText(row);
    case ReconnectsColumn:
        return QLocale().toString(row.stats.reconnects);
    case AttemptColumn:
        return attemptText(row);
    case RttColumn:
        //: Heartbeat round-trip time in milliseconds
        return row.rttLastMs >= 0 ? tr("%1 ms").arg(row.rttLastMs) : QString();
    case RateColumn:
        return QLocale().toString(row.stats.messageRate, 'f', 1);
    case GapsColumn:
        return row.stats.sequenceTracked ? QLocale().toString(qulonglong(row.stats.sequenceGaps)) : QString();
    case LastCloseColumn:
        return row.lastProblem;
    default:
        return {};
    }
}

QString EndpointTableModel::uptimeText(const Row &row) const
{
    if (row.uptimeBase == NoTime || (row.state != int(State::Open) && row.state != int(State::Stale))) {
        return {};
    }
    const qint64 seconds = std::max<qint64>(0, m_clock->now() - row.uptimeBase) / 1000;
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString EndpointTableModel::attemptText(const Row &row) const
{
    const int attempts = row.stats.attemptsInStreak;
    const bool waiting = row.state == int(State::Backoff) || row.state == int(State::GaveUp);
    if (!waiting || row.retryAt == NoTime) {
        return attempts > 0 ? QString::number(attempts) : QString();
    }
    const qint64 remaining = row.retryAt - m_clock->now();
    if (remaining <= 0) {
        //: %1 is the number of attempts so far; the next one is due now
        return tr("%1 · retrying").arg(attempts);
    }
    const qint64 seconds = ceilSeconds(remaining);
    if (seconds >= 120) {
        //: %1 is the number of attempts so far; the next one starts in %n minutes
        return tr("%1 · retry in %n min", nullptr, int((seconds + 59) / 60)).arg(attempts);
    }
    //: %1 is the number of attempts so far; the next one starts in %n seconds
    return tr("%1 · retry in %n s", nullptr, int(seconds)).arg(attempts);
}

QString EndpointTableModel::toolTip(const Row &row) const
{
    QStringList lines;
    lines.reserve(qsizetype(row.history.size()) + 2);
    lines.append(row.stats.endpoint % u" — "_s % stateText(row.state));
    for (const Transition &t : row.history) {
        const QString time = QDateTime::fromMSecsSinceEpoch(t.wallMs).toString(u"HH:mm:ss"_s);
        //: One state change in the tooltip: time, old state → new state
        QString line = tr("%1  %2 → %3").arg(time, stateText(t.from), stateText(t.to));
        if (!t.detail.isEmpty()) {
            line += u" ("_s % t.detail % u')';
        }
        lines.append(line);
    }
    if (!row.lastError.isEmpty()) {
        lines.append(tr("Last error: %1").arg(row.lastError));
    }
    return lines.join(u'\n');
}

QString EndpointTableModel::gapsToolTip(const Row &row) const
{
    const ConnectionStats &s = row.stats;
    if (!s.sequenceTracked) {
        //: Tooltip of an empty Gaps cell
        return tr("Gaps are not counted: no sequence field is set for this endpoint.");
    }
    return QStringList{
        //: Tooltip heading of the Gaps column; %1 is the endpoint name
        tr("%1 — sequence numbers").arg(s.endpoint),
        //: Numbers skipped in the sequence field, counted one by one
        tr("%n message(s) missing", nullptr, pluralCount(s.sequenceGaps)),
        //: Jumps in the sequence field; one jump can skip many numbers
        tr("%n gap(s)", nullptr, pluralCount(s.sequenceGapEvents)),
        //: Messages whose sequence number was seen before
        tr("%n duplicate message(s)", nullptr, pluralCount(s.sequenceDuplicates)),
        //: Times the sequence numbers started over (e.g. the server restarted)
        tr("%n sequence reset(s)", nullptr, pluralCount(s.sequenceResets)),
    }
        .join(u'\n');
}

QString EndpointTableModel::closeText(int code, const QString &reason, const QString &by)
{
    // When our heartbeat closed the link, the reason is the engine's own API word: show it in the
    // user's language. A server's reason is its own words and is shown as sent.
    const QString detail = by == u"heartbeat"_s ? tr("heartbeat timeout")
                           : reason.isEmpty()   ? codeName(code)
                                                : reason;
    return detail.isEmpty() ? QString::number(code) : QString::number(code) % u' ' % detail;
}
