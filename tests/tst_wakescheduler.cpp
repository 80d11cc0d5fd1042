// WakeScheduler: the one timer behind the deadlines of every connection on the network thread.
// Order and "not before its time" are shown on a ManualClock through serveDue(); the real timer is
// shown to fire on the system clock.

#include "clock.h"
#include "manualclock.h"
#include "wakescheduler.h"

#include <QTest>

#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Records its wakes into a shared log, and runs an optional action on each.
class Sleeper final : public WakeScheduler::Client
{
public:
    Sleeper(WakeScheduler *scheduler, QString name, QStringList *log)
        : m_scheduler(scheduler), m_name(std::move(name)), m_log(log)
    {}
    ~Sleeper() { m_scheduler->cancel(this); }
    Q_DISABLE_COPY_MOVE(Sleeper)

    void wake() override
    {
        m_log->append(m_name);
        if (onWake) {
            onWake();
        }
    }
    std::function<void()> onWake;

private:
    WakeScheduler *m_scheduler;
    QString m_name;
    QStringList *m_log;
};

} // namespace

class tst_WakeScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wakesEachAtItsTimeInOrder();
    void scheduleReplacesTheEarlierWake();
    void cancelDropsTheWake();
    void wakeThatReschedulesItselfWaitsForTheNextPass();
    void wakeMayCancelRescheduleOrDestroyAnotherDueClient();
    void manyReschedulesKeepOneWake();
    void randomOperationsMatchAModel();
    void realTimerWakesOnTheSystemClock();
};

void tst_WakeScheduler::wakesEachAtItsTimeInOrder()
{
    ManualClock clock;
    WakeScheduler scheduler(&clock);
    QStringList log;
    Sleeper a(&scheduler, u"a"_s, &log);
    Sleeper b(&scheduler, u"b"_s, &log);
    Sleeper c(&scheduler, u"c"_s, &log);
    const qint64 t0 = clock.now();
    scheduler.schedule(&a, t0 + 300);
    scheduler.schedule(&b, t0 + 100);
    scheduler.schedule(&c, t0 + 200);
    QCOMPARE(scheduler.pending(), 3);

    clock.advance(99);
    scheduler.serveDue();
    QVERIFY(log.isEmpty());
    clock.advance(1);
    scheduler.serveDue();
    QCOMPARE(log, QStringList{u"b"_s});
    clock.advance(150); // t0 + 250
    scheduler.serveDue();
    QCOMPARE(log, (QStringList{u"b"_s, u"c"_s}));
    clock.advance(1000); // a is overdue: served once, late
    scheduler.serveDue();
    scheduler.serveDue();
    QCOMPARE(log, (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    QCOMPARE(scheduler.pending(), 0);
    QVERIFY(!scheduler.isScheduled(&a));
}

void tst_WakeScheduler::scheduleReplacesTheEarlierWake()
{
    ManualClock clock;
    WakeScheduler scheduler(&clock);
    QStringList log;
    Sleeper a(&scheduler, u"a"_s, &log);
    const qint64 t0 = clock.now();
    scheduler.schedule(&a, t0 + 100);
    scheduler.schedule(&a, t0 + 500); // later: the wake at 100 is gone
    clock.advance(499);
    scheduler.serveDue();
    QVERIFY(log.isEmpty());
    QVERIFY(scheduler.isScheduled(&a));
    scheduler.schedule(&a, t0 + 450); // earlier again, and already due
    scheduler.serveDue();
    QCOMPARE(log, QStringList{u"a"_s});
    clock.advance(1000);
    scheduler.serveDue();
    QCOMPARE(log.size(), 1);
}

void tst_WakeScheduler::cancelDropsTheWake()
{
    ManualClock clock;
    WakeScheduler scheduler(&clock);
    QStringList log;
    Sleeper a(&scheduler, u"a"_s, &log);
    Sleeper b(&scheduler, u"b"_s, &log);
    scheduler.schedule(&a, clock.now() + 10);
    scheduler.schedule(&b, clock.now() + 10);
    scheduler.cancel(&a);
    scheduler.cancel(&a); // twice is harmless
    QCOMPARE(scheduler.pending(), 1);
    clock.advance(60'000);
    scheduler.serveDue();
    QCOMPARE(log, QStringList{u"b"_s});
}

void tst_WakeScheduler::wakeThatReschedulesItselfWaitsForTheNextPass()
{
    ManualClock clock;
    WakeScheduler scheduler(&clock);
    QStringList log;
    Sleeper a(&scheduler, u"a"_s, &log);
    // A client that asks for "now" again from its wake() must not spin inside one pass.
    a.onWake = [&] { scheduler.schedule(&a, clock.now()); };
    scheduler.schedule(&a, clock.now());
    scheduler.serveDue();
    QCOMPARE(log.size(), 1);
    QVERIFY(scheduler.isScheduled(&a));
    scheduler.serveDue();
    QCOMPARE(log.size(), 2);
    a.onWake = nullptr;
}

void tst_WakeScheduler::wakeMayCancelRescheduleOrDestroyAnotherDueClient()
{
    ManualClock clock;
    WakeScheduler scheduler(&clock);
    QStringList log;
    Sleeper first(&scheduler, u"first"_s, &log);
    Sleeper cancelled(&scheduler, u"cancelled"_s, &log);
    Sleeper moved(&scheduler, u"moved"_s, &log);
    auto destroyed = std::make_unique<Sleeper>(&scheduler, u"destroyed"_s, &log);
    Sleeper last(&scheduler, u"last"_s, &log);
    const qint64 t0 = clock.now();
    // All due in the same pass; "first" goes first (earliest), and meddles with the others.
    scheduler.schedule(&first, t0 + 10);
    for (Sleeper *s : {&cancelled, &moved, destroyed.get(), &last}) {
        scheduler.schedule(s, t0 + 20);
    }
    first.onWake = [&] {
        scheduler.cancel(&cancelled);
        scheduler.schedule(&moved, t0 + 500);
        destroyed.reset(); // its destructor cancels
    };
    clock.advance(20);
    scheduler.serveDue();
    QCOMPARE(log, (QStringList{u"first"_s, u"last"_s}));
    QCOMPARE(scheduler.pending(), 1);
    clock.advance(480);
    scheduler.serveDue();
    QCOMPARE(log, (QStringList{u"first"_s, u"last"_s, u"moved"_s}));
}

// A connection re-arms on every ping and pong. Each move keeps its one entry, and the client is
// woken once, at its latest time.
void tst_WakeScheduler::manyReschedulesKeepOneWake()
{
    ManualClock clock;
    WakeScheduler scheduler(&clock);
    QStringList log;
    std::vector<std::unique_ptr<Sleeper>> sleepers;
    for (int i = 0; i < 100; ++i) {
        sleepers.push_back(std::make_unique<Sleeper>(&scheduler, QString::number(i), &log));
    }
    const qint64 t0 = clock.now();
    for (int round = 0; round < 1000; ++round) {
        for (int i = 0; i < 100; ++i) {
            scheduler.schedule(sleepers[std::size_t(i)].get(), t0 + 1000 + round + i);
        }
    }
    QCOMPARE(scheduler.pending(), 100);
    clock.advance(1000 + 999 + 49);
    scheduler.serveDue();
    QCOMPARE(log.size(), 50); // 0..49 are due at 1999 + i <= 2048
    clock.advance(1000);
    scheduler.serveDue();
    QCOMPARE(log.size(), 100);
    log.sort();
    log.removeDuplicates();
    QCOMPARE(log.size(), 100);
}

// Random schedules, moves and cancels of 200 clients against a plain map of who is due when: every
// pass wakes exactly the clients the model says are due, in time order.
void tst_WakeScheduler::randomOperationsMatchAModel()
{
    ManualClock clock;
    WakeScheduler scheduler(&clock);
    QStringList log;
    std::vector<std::unique_ptr<Sleeper>> sleepers;
    for (int i = 0; i < 200; ++i) {
        sleepers.push_back(std::make_unique<Sleeper>(&scheduler, QString::number(i), &log));
    }
    std::map<int, qint64> model; // client -> wake time
    std::mt19937 random(20261130);
    for (int step = 0; step < 200; ++step) {
        for (int op = 0; op < 50; ++op) {
            const int i = int(random() % 200);
            if (random() % 4 == 0) {
                scheduler.cancel(sleepers[std::size_t(i)].get());
                model.erase(i);
            } else {
                const qint64 at = clock.now() + qint64(random() % 300);
                scheduler.schedule(sleepers[std::size_t(i)].get(), at);
                model[i] = at;
            }
        }
        QCOMPARE(scheduler.pending(), int(model.size()));
        clock.advance(qint64(random() % 100));
        std::vector<std::pair<qint64, int>> expected;
        for (auto it = model.begin(); it != model.end();) {
            if (it->second <= clock.now()) {
                expected.emplace_back(it->second, it->first);
                it = model.erase(it);
            } else {
                ++it;
            }
        }
        log.clear();
        scheduler.serveDue();
        QCOMPARE(log.size(), qsizetype(expected.size()));
        // Woken in time order (clients due at the same time in any order among themselves).
        std::map<int, qint64> due;
        for (const auto &[at, i] : expected) {
            due[i] = at;
        }
        qint64 previous = std::numeric_limits<qint64>::min();
        for (const QString &name : std::as_const(log)) {
            const auto it = due.find(name.toInt());
            QVERIFY2(it != due.end(), qPrintable(u"woke %1, which was not due"_s.arg(name)));
            QVERIFY(it->second >= previous);
            previous = it->second;
            due.erase(it);
        }
    }
}

void tst_WakeScheduler::realTimerWakesOnTheSystemClock()
{
    WakeScheduler scheduler; // the system clock
    QStringList log;
    Sleeper a(&scheduler, u"a"_s, &log);
    Sleeper b(&scheduler, u"b"_s, &log);
    const qint64 t0 = Clock::system()->now();
    scheduler.schedule(&a, t0 + 40);
    scheduler.schedule(&b, t0 + 20); // earlier than what the timer is armed for: re-armed
    QTRY_COMPARE(log, (QStringList{u"b"_s, u"a"_s}));
    QVERIFY(Clock::system()->now() >= t0 + 40); // never before its time
    QCOMPARE(scheduler.pending(), 0);
}

QTEST_GUILESS_MAIN(tst_WakeScheduler)
#include "tst_wakescheduler.moc"
