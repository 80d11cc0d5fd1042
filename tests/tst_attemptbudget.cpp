// AttemptBudget: the token bucket for connection attempts, driven by the manual clock.

#include "attemptbudget.h"
#include "manualclock.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_AttemptBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRate();
    void waitersGoInOrder();
    void nobodyJumpsTheQueue();
    void cancelLeavesTheQueue();
    void askingAgainKeepsThePlace();
    void offLetsEverythingGo();
    void refillIsCappedAtTheBurst();
};

void tst_AttemptBudget::burstThenRate()
{
    ManualClock clock;
    AttemptBudget budget(&clock);
    budget.setLimits(10, 3); // a token every 100 ms, three at once
    int requesters[5] = {};
    int granted = 0;
    for (int i = 0; i < 3; ++i)
        QVERIFY(budget.acquire(&requesters[i], [&] { ++granted; }));
    QVERIFY(!budget.acquire(&requesters[3], [&] { ++granted; }));
    QCOMPARE(budget.waiting(), 1);
    clock.advance(99);
    QCOMPARE(granted, 0);
    clock.advance(1);
    QCOMPARE(granted, 1);
    QCOMPARE(budget.waiting(), 0);
    QCOMPARE(budget.grantedAtOnce(), 3u);
    QCOMPARE(budget.grantedLater(), 1u);
}

void tst_AttemptBudget::waitersGoInOrder()
{
    ManualClock clock;
    AttemptBudget budget(&clock);
    budget.setLimits(10, 1);
    int requesters[6] = {};
    QList<int> order;
    QVERIFY(budget.acquire(&requesters[0], [] {}));
    for (int i = 1; i < 6; ++i)
        QVERIFY(!budget.acquire(&requesters[i], [&order, i] { order << i; }));
    for (int step = 1; step <= 5; ++step) {
        clock.advance(100);
        QCOMPARE(order.size(), step); // one per token, never two in the same 100 ms
    }
    QCOMPARE(order, (QList<int>{1, 2, 3, 4, 5}));
}

void tst_AttemptBudget::nobodyJumpsTheQueue()
{
    ManualClock clock;
    AttemptBudget budget(&clock);
    budget.setLimits(10, 2);
    int a = 0, b = 0, c = 0, late = 0;
    QList<char> order;
    QVERIFY(budget.acquire(&a, [] {}));
    QVERIFY(budget.acquire(&b, [] {}));
    QVERIFY(!budget.acquire(&c, [&order] { order << 'c'; }));
    // 150 ms later a token and a half have come back: c takes one, and a newcomer waits for the
    // next whole token rather than taking a half.
    clock.advance(150);
    QCOMPARE(order, (QList<char>{'c'}));
    QVERIFY(!budget.acquire(&late, [&order] { order << 'l'; })); // half a token left
    clock.advance(50);
    QCOMPARE(order, (QList<char>{'c', 'l'}));
}

void tst_AttemptBudget::cancelLeavesTheQueue()
{
    ManualClock clock;
    AttemptBudget budget(&clock);
    budget.setLimits(10, 1);
    int a = 0, b = 0, c = 0;
    QList<char> order;
    QVERIFY(budget.acquire(&a, [] {}));
    QVERIFY(!budget.acquire(&b, [&order] { order << 'b'; }));
    QVERIFY(!budget.acquire(&c, [&order] { order << 'c'; }));
    QVERIFY(budget.isWaiting(&b));
    budget.cancel(&b);
    QVERIFY(!budget.isWaiting(&b));
    clock.advance(100);
    QCOMPARE(order, (QList<char>{'c'}));
    clock.advance(1000);
    QCOMPARE(order, (QList<char>{'c'}));
}

void tst_AttemptBudget::askingAgainKeepsThePlace()
{
    ManualClock clock;
    AttemptBudget budget(&clock);
    budget.setLimits(10, 1);
    int a = 0, b = 0, c = 0;
    QList<char> order;
    QVERIFY(budget.acquire(&a, [] {}));
    QVERIFY(!budget.acquire(&b, [&order] { order << 'b'; }));
    QVERIFY(!budget.acquire(&c, [&order] { order << 'c'; }));
    QVERIFY(!budget.acquire(&b, [&order] { order << 'B'; })); // already waiting: same place, one grant
    QCOMPARE(budget.waiting(), 2);
    clock.advance(100);
    clock.advance(100);
    QCOMPARE(order, (QList<char>{'b', 'c'}));
}

void tst_AttemptBudget::offLetsEverythingGo()
{
    ManualClock clock;
    AttemptBudget budget(&clock);
    budget.setLimits(10, 1);
    int requesters[4] = {};
    int granted = 0;
    QVERIFY(budget.acquire(&requesters[0], [] {}));
    QVERIFY(!budget.acquire(&requesters[1], [&] { ++granted; }));
    QVERIFY(!budget.acquire(&requesters[2], [&] { ++granted; }));
    // Turning the budget off releases whoever waits, and lets every later attempt through.
    budget.setLimits(0, 1);
    QVERIFY(!budget.isLimited());
    QCOMPARE(granted, 2);
    for (int i = 0; i < 100; ++i)
        QVERIFY(budget.acquire(&requesters[3], [] {}));
}

void tst_AttemptBudget::refillIsCappedAtTheBurst()
{
    ManualClock clock;
    AttemptBudget budget(&clock);
    budget.setLimits(100, 5);
    clock.advance(60'000); // a long quiet time saves up no more than the burst
    int requesters[7] = {};
    int atOnce = 0;
    for (int &requester : requesters)
        atOnce += budget.acquire(&requester, [] {}) ? 1 : 0;
    QCOMPARE(atOnce, 5);
}

QTEST_GUILESS_MAIN(tst_AttemptBudget)
#include "tst_attemptbudget.moc"
