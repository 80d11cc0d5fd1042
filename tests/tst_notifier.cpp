#include "connection.h"
#include "manualclock.h"
#include "notifier.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using State = Connection::State;

constexpr int HoldMs = 5000;

// Feeds the notifier a transition the way ConnectionManager::stateChanged would.
struct Feed
{
    Notifier &notifier;
    QString endpoint;
    State state = State::Idle;

    void to(State next)
    {
        const State previous = std::exchange(state, next);
        notifier.onStateChanged(endpoint, int(next), int(previous));
    }
    void openFromIdle()
    {
        to(State::Connecting);
        to(State::Open);
    }
};

Notifier::Kind kindAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(1).value<Notifier::Kind>();
}

} // namespace

class tst_Notifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void downHeldSendsOneNotice();
    void downNotSentBeforeHold();
    void flappingSendsNothing();
    void reconnectAttemptsKeepDownPending();
    void gaveUp();
    void gaveUpSlowLaneRetriesDoNotRestartHold();
    void recoveredOnlyAfterDown();
    void recoveryMustHoldToo();
    void disabledSendsNothing();
    void disablingCancelsPending();
    void recoveryWhileDisabledResets();
    void userStopSendsNothing();
    void statusBarFallback();
    void hiddenTrayFallsBackToStatusBar();
    void endpointsAreIndependent();
    void realClockTimerFires();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Notifier> m_notifier;
};

void tst_Notifier::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_notifier = std::make_unique<Notifier>(m_clock.get());
    m_notifier->setHoldMs(HoldMs);
}

void tst_Notifier::defaults()
{
    Notifier notifier;
    QVERIFY(notifier.isEnabled());
    QCOMPARE(notifier.holdMs(), 5000);
    notifier.setHoldMs(-3);
    QCOMPARE(notifier.holdMs(), 0);
}

void tst_Notifier::downHeldSendsOneNotice()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Backoff);
    m_clock->advance(HoldMs);
    QCoreApplication::processEvents();

    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"alpha"_s);
    QCOMPARE(kindAt(spy, 0), Notifier::Kind::Down);
    QVERIFY(spy.at(0).at(2).toString().contains(u"alpha"_s));
    QVERIFY(!spy.at(0).at(3).toString().isEmpty());

    // Staying down (more attempts, more time) never repeats the notice.
    feed.to(State::Connecting);
    feed.to(State::Backoff);
    m_clock->advance(10 * HoldMs);
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(m_notifier->noticeCount(Notifier::Kind::Down), 1);
}

void tst_Notifier::downNotSentBeforeHold()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Stale);
    feed.to(State::Backoff);
    m_clock->advance(HoldMs - 1);
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 0);
    m_clock->advance(1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(kindAt(spy, 0), Notifier::Kind::Down);
}

void tst_Notifier::flappingSendsNothing()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    for (int i = 0; i < 10; ++i) {
        feed.to(State::Backoff);
        m_clock->advance(HoldMs / 4);
        feed.to(State::Connecting);
        m_clock->advance(HoldMs / 4);
        feed.to(State::Open);
        m_clock->advance(HoldMs / 4);
    }
    m_clock->advance(10 * HoldMs);
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 0);
    QCOMPARE(m_notifier->noticeCount(Notifier::Kind::Recovered), 0);
}

void tst_Notifier::reconnectAttemptsKeepDownPending()
{
    // Failing again while down is the same outage: the hold counts from when the link was lost.
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Backoff);
    m_clock->advance(HoldMs / 2);
    feed.to(State::Connecting);
    feed.to(State::Backoff);
    m_clock->advance(HoldMs / 2);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(kindAt(spy, 0), Notifier::Kind::Down);
}

void tst_Notifier::gaveUp()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.to(State::Connecting);
    feed.to(State::Backoff);
    feed.to(State::Connecting);
    feed.to(State::GaveUp);
    m_clock->advance(HoldMs);
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(kindAt(spy, 0), Notifier::Kind::GaveUp);
    QVERIFY(spy.at(0).at(2).toString().contains(u"alpha"_s));

    // Recovering after a GaveUp notice is reported.
    feed.to(State::Connecting);
    feed.to(State::Open);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(kindAt(spy, 1), Notifier::Kind::Recovered);
}

void tst_Notifier::gaveUpSlowLaneRetriesDoNotRestartHold()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Backoff);
    feed.to(State::Connecting);
    feed.to(State::GaveUp); // supersedes the pending Down
    for (int i = 0; i < 4; ++i) {
        m_clock->advance(HoldMs / 4);
        feed.to(State::Connecting);
        feed.to(State::GaveUp);
    }
    QCOMPARE(spy.size(), 1);
    QCOMPARE(kindAt(spy, 0), Notifier::Kind::GaveUp);
    m_clock->advance(10 * HoldMs);
    QCOMPARE(spy.size(), 1);
}

void tst_Notifier::recoveredOnlyAfterDown()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();

    // A short outage: no Down, so no Recovered.
    feed.to(State::Backoff);
    m_clock->advance(HoldMs / 2);
    feed.to(State::Connecting);
    feed.to(State::Open);
    m_clock->advance(2 * HoldMs);
    QCOMPARE(spy.size(), 0);

    // A long one: Down, then Recovered.
    feed.to(State::Backoff);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 1);
    feed.to(State::Connecting);
    feed.to(State::Open);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(kindAt(spy, 1), Notifier::Kind::Recovered);
    QVERIFY(spy.at(1).at(2).toString().contains(u"alpha"_s));

    // Only once.
    m_clock->advance(10 * HoldMs);
    QCOMPARE(spy.size(), 2);
}

void tst_Notifier::recoveryMustHoldToo()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Backoff);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 1);

    // Open briefly, then down again: still the same outage, nothing new to say.
    feed.to(State::Connecting);
    feed.to(State::Open);
    m_clock->advance(HoldMs / 2);
    feed.to(State::Backoff);
    m_clock->advance(5 * HoldMs);
    QCOMPARE(spy.size(), 1);

    feed.to(State::Connecting);
    feed.to(State::Open);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(kindAt(spy, 1), Notifier::Kind::Recovered);
    // The outage counts from the first loss, through the brief reopening: 5 + 2.5 + 25 s.
    QVERIFY2(spy.at(1).at(3).toString().contains(u"33"_s), qPrintable(spy.at(1).at(3).toString()));
}

void tst_Notifier::disabledSendsNothing()
{
    QStatusBar bar;
    m_notifier->setStatusBar(&bar);
    m_notifier->setEnabled(false);
    QVERIFY(!m_notifier->isEnabled());
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Backoff);
    m_clock->advance(HoldMs);
    feed.to(State::Connecting);
    feed.to(State::GaveUp);
    m_clock->advance(HoldMs);
    feed.to(State::Connecting);
    feed.to(State::Open);
    m_clock->advance(HoldMs);
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 0);
    QVERIFY(bar.currentMessage().isEmpty());
}

void tst_Notifier::disablingCancelsPending()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Backoff);
    m_clock->advance(HoldMs / 2);
    m_notifier->setEnabled(false);
    m_clock->advance(HoldMs);
    m_notifier->setEnabled(true);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 0);
}

void tst_Notifier::recoveryWhileDisabledResets()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Backoff);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 1);

    // Back while muted: no Recovered then, and none later either.
    m_notifier->setEnabled(false);
    feed.to(State::Connecting);
    feed.to(State::Open);
    m_clock->advance(HoldMs);
    m_notifier->setEnabled(true);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 1);

    // The next outage is a new one and is reported.
    feed.to(State::Backoff);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(kindAt(spy, 1), Notifier::Kind::Down);
}

void tst_Notifier::userStopSendsNothing()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Closing);
    feed.to(State::Stopped);
    m_clock->advance(2 * HoldMs);

    // Stopped while a Down is pending: cancelled.
    feed.openFromIdle();
    feed.to(State::Backoff);
    m_clock->advance(HoldMs / 2);
    feed.to(State::Stopped);
    m_clock->advance(2 * HoldMs);
    QCOMPARE(spy.size(), 0);

    // Stopped after a Down was sent: restarting later is the user's doing, not a recovery.
    feed.openFromIdle();
    feed.to(State::Backoff);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 1);
    feed.to(State::Stopped);
    feed.openFromIdle();
    m_clock->advance(2 * HoldMs);
    QCOMPARE(spy.size(), 1);
}

void tst_Notifier::statusBarFallback()
{
    QStatusBar bar;
    m_notifier->setStatusBar(&bar);
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Backoff);
    m_clock->advance(HoldMs);
    QCOMPARE(spy.size(), 1);
    const QString title = spy.at(0).at(2).toString();
    const QString message = spy.at(0).at(3).toString();
    QCOMPARE(bar.currentMessage(), title + u": "_s + message);
    QVERIFY(bar.currentMessage().contains(u"alpha"_s));
}

void tst_Notifier::hiddenTrayFallsBackToStatusBar()
{
    QSystemTrayIcon tray; // never shown, and offscreen has no tray
    QStatusBar bar;
    m_notifier->setTrayIcon(&tray);
    m_notifier->setStatusBar(&bar);
    Feed feed{*m_notifier, u"alpha"_s};
    feed.to(State::Connecting);
    feed.to(State::GaveUp);
    m_clock->advance(HoldMs);
    QVERIFY(bar.currentMessage().contains(u"alpha"_s));
    QCOMPARE(m_notifier->noticeCount(Notifier::Kind::GaveUp), 1);
}

void tst_Notifier::endpointsAreIndependent()
{
    QSignalSpy spy(m_notifier.get(), &Notifier::notify);
    Feed alpha{*m_notifier, u"alpha"_s};
    Feed beta{*m_notifier, u"beta"_s};
    alpha.openFromIdle();
    beta.openFromIdle();
    alpha.to(State::Backoff);
    m_clock->advance(HoldMs / 2);
    beta.to(State::Backoff);
    alpha.to(State::Connecting);
    alpha.to(State::Open); // alpha flapped
    m_clock->advance(HoldMs / 2);
    QCOMPARE(spy.size(), 0);
    m_clock->advance(HoldMs / 2);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"beta"_s);
}

void tst_Notifier::realClockTimerFires()
{
    // With the real clock the notice comes from the notifier's own timer.
    Notifier notifier;
    notifier.setHoldMs(20);
    QSignalSpy spy(&notifier, &Notifier::notify);
    Feed feed{notifier, u"alpha"_s};
    feed.openFromIdle();
    feed.to(State::Backoff);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(kindAt(spy, 0), Notifier::Kind::Down);
}

QTEST_MAIN(tst_Notifier)
#include "tst_notifier.moc"
