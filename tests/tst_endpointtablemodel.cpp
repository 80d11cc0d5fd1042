// EndpointTableModel and EndpointDelegate: rows from stats pushes, batched dataChanged, clock-driven
// countdowns, transition tooltips, sequence gaps, the last close or error, a live engine behind a fault
// proxy, and the painted cells.

#include "connectionmanager.h"
#include "endpointdelegate.h"
#include "endpointtablemodel.h"
#include "faultproxy.h"
#include "manualclock.h"
#include "rawwsserver.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using State = Connection::State;
using Col = EndpointTableModel::Column;

namespace {

ConnectionStats stats(const QString &name, State state = State::Open)
{
    ConnectionStats s;
    s.endpoint = name;
    s.state = state;
    s.url = u"ws://127.0.0.1/"_s + name;
    return s;
}

QList<ConnectionStats> statsFor(const QStringList &names, State state = State::Open)
{
    QList<ConnectionStats> list;
    for (const QString &name : names) {
        list.append(stats(name, state));
    }
    return list;
}

EngineEvent engineEvent(const QString &endpoint, const QString &type, const QJsonObject &fields = {})
{
    EngineEvent e;
    e.timestampMs = QDateTime::currentMSecsSinceEpoch();
    e.endpoint = endpoint;
    e.type = type;
    e.fields = fields;
    return e;
}

QString text(const EndpointTableModel &model, const QString &endpoint, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(model.rowOf(endpoint), column), role).toString();
}

int stateOf(const EndpointTableModel &model, const QString &endpoint)
{
    const int row = model.rowOf(endpoint);
    return row < 0 ? -1 : model.data(model.index(row, 0), EndpointTableModel::StateRole).toInt();
}

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int pixelsNear(const QImage &image, const QRect &rect, const QColor &color, int tolerance)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) <= tolerance &&
                std::abs(c.green() - color.green()) <= tolerance &&
                std::abs(c.blue() - color.blue()) <= tolerance) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

class tst_EndpointTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void rowOfAfterRemovalsInTheMiddle();
    void dataChangedIsBatched();
    void eventsAreFlushedByTimerPerContiguousRange();
    void countdownAndUptimeFollowTheClock();
    void tickerRepaintsWithTheSystemClock();
    void tooltipHoldsBoundedTransitionHistory();
    void eventsFillRttAndLastClose();
    void gapsColumn();
    void gapsColumnGrowingIsAnnounced();
    void lastCloseShowsTheErrorThatStopped_data();
    void lastCloseShowsTheErrorThatStopped();
    void lastCloseKeepsTheOrderOfEvents();
    void liveEngineBehindFaultProxy();
    void liveEngineGapsThenRefusedUpgrade();
    void delegatePaintsDotAndSparkline();
    void statusColorContrast_data();
    void statusColorContrast();
};

void tst_EndpointTableModel::passesModelTester()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.columnCount(), int(EndpointTableModel::ColumnCount));
    model.setStats(statsFor({u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(Col::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
    QCOMPARE(model.headerData(Col::GapsColumn, Qt::Horizontal).toString(), u"Gaps"_s);
    QCOMPARE(model.headerData(Col::LastCloseColumn, Qt::Horizontal).toString(), u"Last close"_s);

    QList<ConnectionStats> update = statsFor({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
    update[1].state = State::Backoff;
    update[1].nextRetryInMs = 3000;
    update[1].attemptsInStreak = 2;
    update[2].sequenceTracked = true;
    update[2].sequenceGaps = 4;
    update[2].sequenceGapEvents = 1;
    model.setStats(update);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, u"b"_s, Col::StatusColumn), u"Reconnecting"_s);

    model.applyStateChange(u"c"_s, int(State::Stale), int(State::Open));
    model.applyEvent(engineEvent(u"c"_s, u"stale"_s, {{u"silent_ms"_s, 10'000}}));
    model.applyEvent(engineEvent(u"a"_s, u"pong"_s, {{u"rtt_ms"_s, 12}}));
    clock.advance(1000);

    model.setStats(statsFor({u"a"_s, u"d"_s}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.endpointAt(0), u"a"_s);
    QCOMPARE(model.endpointAt(1), u"d"_s);
    QCOMPARE(text(model, u"a"_s, Col::RttColumn), u"12 ms"_s);

    model.setStats({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_EndpointTableModel::rowOfAfterRemovalsInTheMiddle()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    QStringList names;
    for (int i = 0; i < 10; ++i) {
        names.append(u"e%1"_s.arg(i));
    }
    model.setStats(statsFor(names));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const QStringList gone = {u"e3"_s, u"e4"_s, u"e7"_s};
    QStringList kept = names;
    for (const QString &name : gone) {
        kept.removeOne(name);
    }
    model.setStats(statsFor(kept));
    QCOMPARE(removed.count(), 2); // two runs: e3..e4 and e7
    QCOMPARE(model.rowCount(), kept.size());
    for (int row = 0; row < kept.size(); ++row) {
        QCOMPARE(model.rowOf(kept[row]), row);
        QCOMPARE(model.endpointAt(row), kept[row]);
        QCOMPARE(model.data(model.index(row, Col::NameColumn)).toString(), kept[row]);
        QCOMPARE(model.data(model.index(row, 0), EndpointTableModel::EndpointRole).toString(), kept[row]);
    }
    for (const QString &name : gone) {
        QCOMPARE(model.rowOf(name), -1);
    }
    QCOMPARE(model.endpointAt(kept.size()), QString());

    // A new name goes to the end and is found too.
    kept.append(u"new"_s);
    model.setStats(statsFor(kept));
    QCOMPARE(model.rowOf(u"new"_s), kept.size() - 1);

    // Many scattered removals at once: a reset, and every name is still found.
    QStringList many;
    for (int i = 0; i < 200; ++i) {
        many.append(u"m%1"_s.arg(i));
    }
    model.setStats(statsFor(many));
    QStringList odd;
    for (int i = 1; i < many.size(); i += 2) {
        odd.append(many[i]);
    }
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setStats(statsFor(odd));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), odd.size());
    for (int row = 0; row < odd.size(); ++row) {
        QCOMPARE(model.rowOf(odd[row]), row);
    }
    QCOMPARE(model.rowOf(u"m0"_s), -1);
}

void tst_EndpointTableModel::dataChangedIsBatched()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    constexpr int Rows = 5000;
    QList<ConnectionStats> list;
    list.reserve(Rows);
    for (int i = 0; i < Rows; ++i) {
        list.append(stats(u"e%1"_s.arg(i), State::Connecting));
    }
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setStats(list);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), Rows);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (ConnectionStats &s : list) {
        s.attemptsInStreak = 1;
    }
    model.setStats(list);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), model.index(0, 0));
    QCOMPARE(changed[0][1].toModelIndex(), model.index(Rows - 1, EndpointTableModel::ColumnCount - 1));

    // The same stats again: nothing shown changed, nothing is announced.
    changed.clear();
    model.setStats(list);
    QCOMPARE(changed.count(), 0);

    list[1234].reconnects = 7;
    model.setStats(list);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), model.index(1234, 0));
    QCOMPARE(changed[0][1].toModelIndex(), model.index(1234, EndpointTableModel::ColumnCount - 1));
    QCOMPARE(text(model, u"e1234"_s, Col::ReconnectsColumn), u"7"_s);
}

void tst_EndpointTableModel::eventsAreFlushedByTimerPerContiguousRange()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    QStringList names;
    for (int i = 0; i < 30; ++i) {
        names.append(u"e%1"_s.arg(i));
    }
    model.setStats(statsFor(names));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    for (const int row : {12, 10, 11, 20, 11}) {
        model.applyEvent(engineEvent(names[row], u"pong"_s, {{u"rtt_ms"_s, row}}));
    }
    QCOMPARE(changed.count(), 0); // marked dirty, not yet announced
    QVERIFY(changed.wait(2000));
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed[0][0].toModelIndex().row(), 10);
    QCOMPARE(changed[0][1].toModelIndex().row(), 12);
    QCOMPARE(changed[1][0].toModelIndex().row(), 20);
    QCOMPARE(changed[1][1].toModelIndex().row(), 20);

    // A stats push flushes pending rows at once.
    changed.clear();
    model.applyEvent(engineEvent(names[5], u"pong"_s, {{u"rtt_ms"_s, 5}}));
    model.setStats(statsFor(names));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 5);
}

void tst_EndpointTableModel::countdownAndUptimeFollowTheClock()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    ConnectionStats waiting = stats(u"w"_s, State::Backoff);
    waiting.attemptsInStreak = 3;
    waiting.nextRetryInMs = 5000;
    ConnectionStats open = stats(u"o"_s, State::Open);
    open.uptimeMs = 3'661'000;
    model.setStats({waiting, open});

    QCOMPARE(text(model, u"w"_s, Col::AttemptColumn), u"3 · retry in 5 s"_s);
    QCOMPARE(text(model, u"o"_s, Col::UptimeColumn), u"1:01:01"_s);
    QCOMPARE(text(model, u"w"_s, Col::UptimeColumn), QString());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advance(2000);
    QCOMPARE(text(model, u"w"_s, Col::AttemptColumn), u"3 · retry in 3 s"_s);
    QCOMPARE(text(model, u"o"_s, Col::UptimeColumn), u"1:01:03"_s);
    // The view is told, for the clock-driven columns only.
    QVERIFY(changed.count() >= 1);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QVERIFY(args[0].toModelIndex().column() >= Col::UptimeColumn);
        QVERIFY(args[1].toModelIndex().column() <= Col::AttemptColumn);
    }

    // A reconnect_scheduled event restarts the countdown without a stats push.
    clock.advance(4000);
    QCOMPARE(text(model, u"w"_s, Col::AttemptColumn), u"3 · retrying"_s);
    model.applyStateChange(u"w"_s, int(State::Backoff), int(State::Connecting));
    model.applyEvent(
        engineEvent(u"w"_s, u"reconnect_scheduled"_s, {{u"attempt"_s, 4}, {u"delay_ms"_s, 8000}}));
    QCOMPARE(text(model, u"w"_s, Col::AttemptColumn), u"3 · retry in 8 s"_s);
    clock.advance(7001);
    QCOMPARE(text(model, u"w"_s, Col::AttemptColumn), u"3 · retry in 1 s"_s);

    // Leaving Open clears the uptime.
    model.applyStateChange(u"o"_s, int(State::Backoff), int(State::Open));
    QCOMPARE(text(model, u"o"_s, Col::UptimeColumn), QString());
}

void tst_EndpointTableModel::tickerRepaintsWithTheSystemClock()
{
    EndpointTableModel model; // Clock::system()
    ConnectionStats open = stats(u"o"_s, State::Open);
    open.uptimeMs = 10'000;
    model.setStats({stats(u"idle"_s, State::Idle), open});
    QCOMPARE(text(model, u"o"_s, Col::UptimeColumn), u"0:00:10"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.wait(3000));
    QCOMPARE(changed[0][0].toModelIndex(), model.index(1, Col::UptimeColumn));
    QCOMPARE(changed[0][1].toModelIndex(), model.index(1, Col::AttemptColumn));
    QTRY_COMPARE_WITH_TIMEOUT(text(model, u"o"_s, Col::UptimeColumn), u"0:00:11"_s, 3000);
}

void tst_EndpointTableModel::tooltipHoldsBoundedTransitionHistory()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    // Transitions before the first stats push are kept for the row that push creates.
    model.applyStateChange(u"a"_s, int(State::Connecting), int(State::Idle));
    model.applyEvent(engineEvent(u"a"_s, u"connecting"_s, {{u"url"_s, u"ws://x"_s}, {u"attempt"_s, 1}}));
    model.setStats({stats(u"a"_s, State::Connecting)});
    QVERIFY(
        text(model, u"a"_s, Col::NameColumn, Qt::ToolTipRole).contains(u"Idle → Connecting (attempt 1)"_s));

    model.applyStateChange(u"a"_s, int(State::Open), int(State::Connecting));
    model.applyStateChange(u"a"_s, int(State::Stale), int(State::Open));
    model.applyEvent(engineEvent(u"a"_s, u"stale"_s, {{u"silent_ms"_s, 10'000}}));
    QString tip = text(model, u"a"_s, Col::RttColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"Connected → Stale (silent 10 s)"_s), qPrintable(tip));
    // Every cell of the row carries the same tooltip, except the gaps cell, which explains the count.
    for (int column = 0; column < EndpointTableModel::ColumnCount; ++column) {
        if (column != Col::GapsColumn)
            QCOMPARE(text(model, u"a"_s, column, Qt::ToolTipRole), tip);
    }

    // The heartbeat timeout explains the drop that follows it.
    model.applyEvent(engineEvent(u"a"_s, u"heartbeat_timeout"_s, {{u"missed"_s, 1}, {u"silent_ms"_s, 400}}));
    model.applyEvent(
        engineEvent(u"a"_s, u"closed"_s,
                    {{u"code"_s, 1006}, {u"reason"_s, u"heartbeat timeout"_s}, {u"by"_s, u"heartbeat"_s}}));
    model.applyStateChange(u"a"_s, int(State::Backoff), int(State::Stale));
    model.applyEvent(engineEvent(u"a"_s, u"error"_s,
                                 {{u"message"_s, u"Connection refused"_s}, {u"phase"_s, u"connecting"_s}}));
    tip = text(model, u"a"_s, Col::StatusColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"Stale → Reconnecting (no heartbeat reply, silent 400 ms)"_s), qPrintable(tip));
    QVERIFY(tip.endsWith(u"Last error: Connection refused"_s));

    // Bounded: only the newest historyLimit() transitions stay, newest last.
    const int total = int(model.historyLimit()) + 15;
    for (int i = 0; i < total; ++i) {
        const bool up = i % 2 == 0;
        model.applyStateChange(u"a"_s, int(up ? State::Connecting : State::Backoff),
                               int(up ? State::Backoff : State::Connecting));
    }
    model.applyStateChange(u"a"_s, int(State::Stopped), int(State::Backoff));
    tip = text(model, u"a"_s, Col::StatusColumn, Qt::ToolTipRole);
    QCOMPARE(tip.count(u" → "_s), model.historyLimit());
    const QStringList lines = tip.split(u'\n');
    QVERIFY(lines[lines.size() - 2].endsWith(u"Reconnecting → Stopped"_s));
    QCOMPARE(text(model, u"a"_s, Col::StatusColumn), u"Stopped"_s);
    QCOMPARE(text(model, u"a"_s, Col::StatusColumn, Qt::AccessibleTextRole), u"Stopped"_s);
}

void tst_EndpointTableModel::eventsFillRttAndLastClose()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    model.setStats({stats(u"a"_s)});
    QCOMPARE(text(model, u"a"_s, Col::RttColumn), QString());

    for (int i = 1; i <= 40; ++i) {
        model.applyEvent(engineEvent(u"a"_s, u"pong"_s, {{u"rtt_ms"_s, i}}));
    }
    const auto history =
        model.data(model.index(0, Col::RttColumn), EndpointTableModel::RttHistoryRole).value<QList<qint64>>();
    QCOMPARE(history.size(), 30);
    QCOMPARE(history.front(), 11);
    QCOMPARE(history.back(), 40);
    QCOMPARE(text(model, u"a"_s, Col::RttColumn), u"40 ms"_s);

    model.applyEvent(
        engineEvent(u"a"_s, u"closed"_s, {{u"code"_s, 1006}, {u"reason"_s, u""_s}, {u"by"_s, u"error"_s}}));
    QCOMPARE(text(model, u"a"_s, Col::LastCloseColumn), u"1006 abnormal"_s);
    model.applyEvent(engineEvent(u"a"_s, u"error"_s, {{u"message"_s, u"Host not found"_s}}));
    QCOMPARE(text(model, u"a"_s, Col::LastCloseColumn), u"Host not found"_s);

    // From stats alone: a changed close code shows as code and reason.
    ConnectionStats s = stats(u"a"_s, State::Backoff);
    s.lastCloseCode = 1001;
    s.lastCloseReason = u"restart"_s;
    s.messageRate = 12.345;
    model.setStats({s});
    QCOMPARE(text(model, u"a"_s, Col::LastCloseColumn), u"1001 restart"_s);
    QCOMPARE(text(model, u"a"_s, Col::RateColumn), QLocale().toString(12.3, 'f', 1));
}

void tst_EndpointTableModel::gapsColumn()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionStats tracked = stats(u"tracked"_s);
    tracked.sequenceTracked = true;
    tracked.sequenceGaps = 12'345;
    tracked.sequenceGapEvents = 3;
    tracked.sequenceDuplicates = 1;
    tracked.sequenceResets = 2;
    ConnectionStats clean = stats(u"clean"_s);
    clean.sequenceTracked = true;
    model.setStats({tracked, clean, stats(u"untracked"_s)});

    const auto cell = [&model](const QString &endpoint, int role) {
        return model.data(model.index(model.rowOf(endpoint), Col::GapsColumn), role);
    };
    QCOMPARE(text(model, u"tracked"_s, Col::GapsColumn), QLocale().toString(12'345));
    QCOMPARE(text(model, u"tracked"_s, Col::GapsColumn, Qt::AccessibleTextRole), QLocale().toString(12'345));
    QCOMPARE(text(model, u"clean"_s, Col::GapsColumn), u"0"_s);
    // Like the uptime and RTT cells: nothing measured, nothing shown.
    QCOMPARE(text(model, u"untracked"_s, Col::GapsColumn), QString());
    for (const QString &endpoint : {u"tracked"_s, u"clean"_s, u"untracked"_s}) {
        QCOMPARE(cell(endpoint, Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
    }

    // Missing messages stand out in the warning tone and in bold; a clean or untracked feed does not.
    QCOMPARE(cell(u"tracked"_s, Qt::ForegroundRole).value<QColor>(),
             statusColor(int(State::Stale), QGuiApplication::palette()));
    QVERIFY(cell(u"tracked"_s, Qt::FontRole).value<QFont>().bold());
    for (const QString &endpoint : {u"clean"_s, u"untracked"_s}) {
        QVERIFY2(!cell(endpoint, Qt::ForegroundRole).isValid(), qPrintable(endpoint));
        QVERIFY2(!cell(endpoint, Qt::FontRole).isValid(), qPrintable(endpoint));
    }
    QVERIFY(
        !model.data(model.index(model.rowOf(u"tracked"_s), Col::RateColumn), Qt::ForegroundRole).isValid());

    // The tooltip says it in words (the English plural forms come from the translation, so only the
    // numbers and nouns are checked here).
    const QString tip = text(model, u"tracked"_s, Col::GapsColumn, Qt::ToolTipRole);
    const QStringList lines = tip.split(u'\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines[0].startsWith(u"tracked"_s), qPrintable(tip));
    QVERIFY2(lines[1].startsWith(u"12345 message"_s) && lines[1].endsWith(u"missing"_s), qPrintable(tip));
    QVERIFY2(lines[2].startsWith(u"3 gap"_s), qPrintable(tip));
    QVERIFY2(lines[3].startsWith(u"1 duplicate"_s), qPrintable(tip));
    QVERIFY2(lines[4].startsWith(u"2 sequence reset"_s), qPrintable(tip));
    QVERIFY(text(model, u"clean"_s, Col::GapsColumn, Qt::ToolTipRole).contains(u"0 message"_s));
    const QString off = text(model, u"untracked"_s, Col::GapsColumn, Qt::ToolTipRole);
    QVERIFY2(off.contains(u"no sequence field"_s), qPrintable(off));
    // The other cells keep the row's history tooltip.
    QVERIFY(text(model, u"tracked"_s, Col::StatusColumn, Qt::ToolTipRole).startsWith(u"tracked — "_s));

    // Turning tracking off (sequence_field removed) empties the cell again.
    tracked.sequenceTracked = false;
    tracked.sequenceGaps = tracked.sequenceGapEvents = tracked.sequenceDuplicates = tracked.sequenceResets =
        0;
    model.setStats({tracked, clean, stats(u"untracked"_s)});
    QCOMPARE(text(model, u"tracked"_s, Col::GapsColumn), QString());
    QVERIFY(!cell(u"tracked"_s, Qt::ForegroundRole).isValid());
}

void tst_EndpointTableModel::gapsColumnGrowingIsAnnounced()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    QList<ConnectionStats> list;
    for (int i = 0; i < 10; ++i) {
        ConnectionStats s = stats(u"e%1"_s.arg(i));
        s.sequenceTracked = true;
        list.append(s);
    }
    model.setStats(list);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // One row's count grows: that row is announced, across every column, once per push.
    for (const quint64 gaps : {1, 5, 9}) {
        changed.clear();
        list[6].sequenceGaps = gaps;
        list[6].sequenceGapEvents = gaps / 4 + 1;
        model.setStats(list);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex(), model.index(6, 0));
        QCOMPARE(changed[0][1].toModelIndex(), model.index(6, EndpointTableModel::ColumnCount - 1));
        QCOMPARE(text(model, u"e6"_s, Col::GapsColumn), QString::number(gaps));
    }
    // Duplicates and resets show only in the tooltip, which a view reads when it is shown; they still
    // count as a change so that an open tooltip or a screen reader is not left behind.
    changed.clear();
    list[2].sequenceDuplicates = 1;
    model.setStats(list);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 2);
    QVERIFY(text(model, u"e2"_s, Col::GapsColumn, Qt::ToolTipRole).contains(u"1 duplicate"_s));

    // Nothing new: nothing announced.
    changed.clear();
    model.setStats(list);
    QCOMPARE(changed.count(), 0);
}

void tst_EndpointTableModel::lastCloseShowsTheErrorThatStopped_data()
{
    const QString http401 = u"The server refused the credentials (HTTP 401). Check headers and tokens, then "
                            u"retry; set reconnect.retry_auth_failures to keep retrying."_s;
    const QString tls = u"TLS certificate rejected: The certificate is self-signed, and untrusted. "
                        u"Certificate localhost, SHA-256 AB:CD:EF"_s;
    const QString noRetry = u"The server closed with code 4001, which is configured not to be retried."_s;

    QTest::addColumn<ConnectionStats>("before"); // what the previous push said
    QTest::addColumn<ConnectionStats>("after");
    QTest::addColumn<QString>("expected");

    ConnectionStats open = stats(u"a"_s, State::Open);
    open.lastCloseCode = 1006;
    open.lastClosePhase = u"open"_s;

    // An earlier drop, then a refused upgrade that stops the endpoint: the error, not the old close.
    ConnectionStats refused = open;
    refused.state = State::Stopped;
    refused.lastError = http401;
    refused.lastHttpStatus = 401;
    refused.lastClosePhase = u"connecting"_s;
    QTest::newRow("HTTP 401 stops") << open << refused << http401;

    // A drop and a rejected certificate on the next attempt, both within one push.
    ConnectionStats fresh = stats(u"a"_s, State::Open);
    ConnectionStats rejected = fresh;
    rejected.state = State::Backoff;
    rejected.lastCloseCode = 1006;
    rejected.lastClosePhase = u"connecting"_s;
    rejected.lastError = tls;
    rejected.nextRetryInMs = 4000;
    QTest::newRow("TLS while reconnecting") << fresh << rejected << tls;

    // The server closes with a code not to be retried: the endpoint stops because of that.
    ConnectionStats stopped = fresh;
    stopped.state = State::Stopped;
    stopped.lastCloseCode = 4001;
    stopped.lastCloseReason = u"bye"_s;
    stopped.lastClosePhase = u"open"_s;
    stopped.lastError = noRetry;
    QTest::newRow("no-retry close code") << fresh << stopped << noRetry;

    // A live link that fails with a socket error: the close code says more.
    ConnectionStats dropped = fresh;
    dropped.state = State::Backoff;
    dropped.lastCloseCode = 1006;
    dropped.lastClosePhase = u"open"_s;
    dropped.lastError = u"The remote host closed the connection"_s;
    QTest::newRow("socket error on a live link") << fresh << dropped << u"1006 abnormal"_s;

    // Our own stop after an old error: the stop is the latest.
    ConnectionStats failedBefore = fresh;
    failedBefore.lastError = u"Connection refused"_s;
    ConnectionStats ownStop = failedBefore;
    ownStop.state = State::Stopped;
    ownStop.lastCloseCode = 1000;
    ownStop.lastCloseReason = u"stopped"_s;
    ownStop.lastClosePhase = u"open"_s;
    QTest::newRow("our own stop") << failedBefore << ownStop << u"1000 stopped"_s;

    // A message with a line break still fits the one-line cell.
    ConnectionStats multiLine = refused;
    multiLine.lastError = u"first line\nsecond line"_s;
    QTest::newRow("line break") << open << multiLine << u"first line second line"_s;
}

// From stats alone (no events seen), as when events and a push cross or the table is attached late.
void tst_EndpointTableModel::lastCloseShowsTheErrorThatStopped()
{
    QFETCH(ConnectionStats, before);
    QFETCH(ConnectionStats, after);
    QFETCH(QString, expected);

    ManualClock clock;
    EndpointTableModel model(&clock);
    model.setStats({before});
    model.setStats({after});
    QCOMPARE(text(model, u"a"_s, Col::LastCloseColumn), expected);
    if (!after.lastError.isEmpty()) {
        const QString tip = text(model, u"a"_s, Col::LastCloseColumn, Qt::ToolTipRole);
        QVERIFY2(tip.endsWith(u"Last error: "_s + after.lastError), qPrintable(tip));
    }

    // A row that first appears in this state: the same choice.
    EndpointTableModel late(&clock);
    after.endpoint = u"late"_s;
    late.setStats({after});
    QCOMPARE(text(late, u"late"_s, Col::LastCloseColumn), expected);
}

void tst_EndpointTableModel::lastCloseKeepsTheOrderOfEvents()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStats({stats(u"a"_s, State::Open)});
    const QString noRetry = u"The server closed with code 4001, which is configured not to be retried."_s;

    // The events come first and in order: close, then the error that stops the endpoint.
    model.applyEvent(engineEvent(u"a"_s, u"closed"_s,
                                 {{u"code"_s, 4001}, {u"reason"_s, u"bye"_s}, {u"by"_s, u"server"_s}}));
    QCOMPARE(text(model, u"a"_s, Col::LastCloseColumn), u"4001 bye"_s);
    model.applyEvent(engineEvent(u"a"_s, u"error"_s, {{u"message"_s, noRetry}}));
    model.applyStateChange(u"a"_s, int(State::Stopped), int(State::Open));
    QCOMPARE(text(model, u"a"_s, Col::LastCloseColumn), noRetry);

    // The push that follows reports both again and must not put the older close back.
    ConnectionStats s = stats(u"a"_s, State::Stopped);
    s.lastCloseCode = 4001;
    s.lastCloseReason = u"bye"_s;
    s.lastClosePhase = u"open"_s;
    s.lastError = noRetry;
    model.setStats({s});
    QCOMPARE(text(model, u"a"_s, Col::LastCloseColumn), noRetry);
    QCOMPARE(text(model, u"a"_s, Col::StatusColumn), u"Stopped"_s);

    // A refused upgrade later: an error event with the HTTP status, then Stopped.
    const QString http403 = u"The server refused the credentials (HTTP 403). Check headers and tokens."_s;
    model.applyStateChange(u"a"_s, int(State::Connecting), int(State::Stopped));
    model.applyEvent(engineEvent(u"a"_s, u"error"_s,
                                 {{u"message"_s, http403}, {u"http_status"_s, 403}, {u"fatal"_s, true}}));
    model.applyStateChange(u"a"_s, int(State::Stopped), int(State::Connecting));
    s.lastError = http403;
    s.lastHttpStatus = 403;
    s.lastClosePhase = u"connecting"_s;
    model.setStats({s});
    QCOMPARE(text(model, u"a"_s, Col::LastCloseColumn), http403);
    const QString tip = text(model, u"a"_s, Col::StatusColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"Connecting → Stopped ("_s + http403 + u')'), qPrintable(tip));
    QVERIFY2(tip.endsWith(u"Last error: "_s + http403), qPrintable(tip));

    // A live drop reported by its close event: the socket error in the same push does not replace it.
    model.applyStateChange(u"a"_s, int(State::Open), int(State::Connecting));
    model.applyEvent(
        engineEvent(u"a"_s, u"closed"_s, {{u"code"_s, 1006}, {u"reason"_s, u""_s}, {u"by"_s, u"error"_s}}));
    model.applyStateChange(u"a"_s, int(State::Backoff), int(State::Open));
    s.state = State::Backoff;
    s.lastCloseCode = 1006;
    s.lastCloseReason.clear();
    s.lastClosePhase = u"open"_s;
    s.lastError = u"The remote host closed the connection"_s;
    model.setStats({s});
    QCOMPARE(text(model, u"a"_s, Col::LastCloseColumn), u"1006 abnormal"_s);
}

void tst_EndpointTableModel::liveEngineBehindFaultProxy()
{
    TestServer server;
    QVERIFY(server.listen());
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));

    EndpointConfig config;
    config.name = u"live"_s;
    QUrl url = server.url(u"live"_s);
    url.setPort(proxy.port());
    config.urls = {url.toString()};
    config.heartbeat.mode = HeartbeatPolicy::Mode::Json;
    config.heartbeat.intervalMs = 200;
    config.heartbeat.timeoutMs = 200;
    config.backoff = {100, 400, 2.0, BackoffPolicy::Jitter::None};
    config.connectTimeoutMs = 1000;
    config.stableMs = 0;
    config.staleAfterMs = 0;

    ConnectionManager manager;
    EndpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.attach(&manager, 50);
    manager.addEndpoint(config);

    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, u"live"_s), int(State::Open), 10'000);
    QCOMPARE(text(model, u"live"_s, Col::StatusColumn), u"Connected"_s);
    QCOMPARE(text(model, u"live"_s, Col::UrlColumn), url.toString());
    QTRY_VERIFY_WITH_TIMEOUT(text(model, u"live"_s, Col::RttColumn).endsWith(u" ms"_s), 5000);
    QVERIFY(
        !model.data(model.index(model.rowOf(u"live"_s), Col::RttColumn), EndpointTableModel::RttHistoryRole)
             .value<QList<qint64>>()
             .isEmpty());

    // A half-open link: the heartbeat (200 + 200 ms) declares it dead and the row shows it.
    proxy.freeze();
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(model, u"live"_s) == int(State::Backoff) ||
                                 stateOf(model, u"live"_s) == int(State::Connecting),
                             5000);
    const QString status = text(model, u"live"_s, Col::StatusColumn);
    QVERIFY2(status == u"Reconnecting"_s || status == u"Connecting"_s, qPrintable(status));
    QTRY_VERIFY_WITH_TIMEOUT(text(model, u"live"_s, Col::LastCloseColumn).startsWith(u"1006"_s), 5000);
    const QString tip = text(model, u"live"_s, Col::StatusColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"Connected → Reconnecting (no heartbeat reply"_s), qPrintable(tip));

    proxy.thaw();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, u"live"_s), int(State::Open), 15'000);
    QCOMPARE(text(model, u"live"_s, Col::StatusColumn), u"Connected"_s);
    QTRY_VERIFY_WITH_TIMEOUT(text(model, u"live"_s, Col::ReconnectsColumn).toInt() >= 1, 5000);

    // Removing the endpoint removes its row at the next push.
    manager.removeEndpoint(u"live"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 5000);
}

// A real engine against a server that skips sequence numbers and then refuses the credentials.
void tst_EndpointTableModel::liveEngineGapsThenRefusedUpgrade()
{
    RawWsServer server;
    QVERIFY(server.listen());
    server.setOnOpen({RawWsServer::textFrame(R"({"seq":1})"), RawWsServer::textFrame(R"({"seq":2})"),
                      RawWsServer::textFrame(R"({"seq":5})"), RawWsServer::textFrame(R"({"seq":6})")});

    EndpointConfig config;
    config.name = u"raw"_s;
    config.urls = {server.url(u"/raw"_s).toString()};
    config.heartbeat.intervalMs = 60'000;
    config.backoff = {50, 200, 2.0, BackoffPolicy::Jitter::None};
    config.stableMs = 0;
    config.staleAfterMs = 0;
    config.sequenceField = u"seq"_s;

    ConnectionManager manager;
    EndpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.attach(&manager, 50);
    manager.addEndpoint(config);

    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, u"raw"_s), int(State::Open), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(text(model, u"raw"_s, Col::GapsColumn), u"2"_s, 10'000);
    const QString tip = text(model, u"raw"_s, Col::GapsColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"2 message"_s) && tip.contains(u"1 gap"_s), qPrintable(tip));
    QVERIFY(model.data(model.index(model.rowOf(u"raw"_s), Col::GapsColumn), Qt::ForegroundRole).isValid());

    // The next upgrade is refused with 401: the endpoint stops and the row says why.
    server.setHandshakeStatus(401);
    server.abortAll();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, u"raw"_s), int(State::Stopped), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(text(model, u"raw"_s, Col::LastCloseColumn).contains(u"HTTP 401"_s), 5000);
    const QString error = manager.snapshot().constFirst().lastError;
    QCOMPARE(text(model, u"raw"_s, Col::LastCloseColumn), error);
    QVERIFY(text(model, u"raw"_s, Col::StatusColumn, Qt::ToolTipRole).endsWith(u"Last error: "_s + error));
    // What was counted before stays on show.
    QCOMPARE(text(model, u"raw"_s, Col::GapsColumn), u"2"_s);
}

void tst_EndpointTableModel::delegatePaintsDotAndSparkline()
{
    ManualClock clock;
    EndpointTableModel model(&clock);
    model.setStats({stats(u"a"_s, State::Open)});
    for (const int rtt : {10, 40, 15, 60, 20, 80, 30, 5, 50, 25}) {
        model.applyEvent(engineEvent(u"a"_s, u"pong"_s, {{u"rtt_ms"_s, rtt}}));
    }
    model.setStats({stats(u"a"_s, State::Open)}); // flush

    QTableView view;
    EndpointDelegate delegate;
    view.setItemDelegate(&delegate);
    view.setModel(&model);
    view.resize(1200, 200);
    view.setColumnWidth(Col::RttColumn, 140);
    view.setColumnWidth(Col::StatusColumn, 140);
    view.setRowHeight(0, 30);
    QVERIFY(delegate.sizeHint(QStyleOptionViewItem(), model.index(0, Col::RttColumn)).width() >=
            EndpointDelegate::SparklineWidth);

    const QImage image = view.viewport()->grab().toImage();
    QCOMPARE(image.devicePixelRatio(), 1.0);
    const QPalette palette = view.viewport()->palette();

    // The sparkline sits left of the right-aligned text, in the highlight colour.
    QRect rtt = view.visualRect(model.index(0, Col::RttColumn));
    rtt.setWidth(EndpointDelegate::SparklineWidth);
    QVERIFY2(pixelsNear(image, rtt, palette.color(QPalette::Highlight), 40) >= 20,
             "no sparkline painted in the RTT column");

    // The status cell has the state's dot.
    const QRect status = view.visualRect(model.index(0, Col::StatusColumn));
    QVERIFY2(pixelsNear(image, status, statusColor(int(State::Open), palette), 12) >= 10,
             "no status dot painted");

    // Without RTT samples there is no sparkline.
    model.setStats({stats(u"b"_s, State::Open)});
    const QImage empty = view.viewport()->grab().toImage();
    QCOMPARE(pixelsNear(empty, rtt, palette.color(QPalette::Highlight), 40), 0);
}

void tst_EndpointTableModel::statusColorContrast_data()
{
    QTest::addColumn<QColor>("window");
    QTest::newRow("white") << QColor(0xff, 0xff, 0xff);
    QTest::newRow("light grey") << QColor(0xef, 0xef, 0xef);
    QTest::newRow("dark grey") << QColor(0x35, 0x35, 0x35);
    QTest::newRow("near black") << QColor(0x1e, 0x1e, 0x1e);
}

void tst_EndpointTableModel::statusColorContrast()
{
    QFETCH(QColor, window);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    const QMetaEnum states = QMetaEnum::fromType<State>();
    for (int i = 0; i < states.keyCount(); ++i) {
        const int state = states.value(i);
        const QColor color = statusColor(state, palette);
        QVERIFY2(contrast(color, window) >= 3.0,
                 qPrintable(u"%1 on %2: %3"_s.arg(QString::fromLatin1(states.key(i)), window.name())
                                .arg(contrast(color, window))));
        QVERIFY(!EndpointTableModel::stateText(state).isEmpty());
    }
}

QTEST_MAIN(tst_EndpointTableModel)
#include "tst_endpointtablemodel.moc"
