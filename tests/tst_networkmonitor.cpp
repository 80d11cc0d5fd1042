#include "networkmonitor.h"

#include <QSignalSpy>
#include <QTest>

class tst_NetworkMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsReachable();
    void emitsOnlyOnChange();
    void attachSystemIsSafeWithOrWithoutBackend();
};

void tst_NetworkMonitor::startsReachable()
{
    NetworkMonitor monitor;
    QVERIFY(monitor.isReachable());
    QVERIFY(!monitor.hasBackend());
}

void tst_NetworkMonitor::emitsOnlyOnChange()
{
    NetworkMonitor monitor;
    QSignalSpy spy(&monitor, &NetworkMonitor::reachabilityChanged);
    monitor.setReachable(true);
    QCOMPARE(spy.count(), 0);
    monitor.setReachable(false);
    monitor.setReachable(false);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    monitor.setReachable(true);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), true);
}

void tst_NetworkMonitor::attachSystemIsSafeWithOrWithoutBackend()
{
    NetworkMonitor monitor;
    const bool attached = monitor.attachSystem();
    QCOMPARE(monitor.hasBackend(), attached);
    if (!attached) {
        // Without a backend nothing changes: the engine keeps treating the network as reachable.
        QVERIFY(monitor.isReachable());
    }
    QCOMPARE(monitor.attachSystem(), attached); // idempotent
}

QTEST_GUILESS_MAIN(tst_NetworkMonitor)
#include "tst_networkmonitor.moc"
