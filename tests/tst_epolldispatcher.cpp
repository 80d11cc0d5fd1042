// EpollEventDispatcher drives this whole test program: main() installs it on the main thread before
// the application exists, so every QTRY, QSignalSpy::wait and socket below runs on it. It also runs
// the network thread of every ConnectionManager in the other tests.

#include "epolldispatcher.h"
#include "testserver.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <atomic>
#include <chrono>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_EpollDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTheMainThreadsDispatcher();
    void singleShotFiresOnceAndNotEarly();
    void repeatingTimerKeepsFiringUntilKilled();
    void timerKilledByAnotherInTheSamePassDoesNotFire();
    void restartedTimerWaitsForItsNewDeadline();
    void zeroTimerRunsOnTheNextPass();
    void remainingTimeAndRegisteredTimers();
    void timersFollowAnObjectToAnotherThread();
    void tcpRoundTripAndRemoteClose();
    void webSocketEchoThroughTheDispatcher();
    void notifierDisabledBeforeItsTurnIsNotActivated();
    void descriptorReusedAfterCloseIsWatchedAgain();
    void postsFromOtherThreadsAllArrive();
    void nestedLoopAndDeleteLater();
    void quitEndsAThreadRunningIt();
    void coalescingServesABurstInFewWakeUps();
    void coalescingLetsTimersThrough();
};

namespace {

EpollEventDispatcher *mainDispatcher()
{
    return qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
}

// Sets the main thread's coalescing for one test and puts it back (off) afterwards.
struct CoalescingScope
{
    explicit CoalescingScope(std::chrono::microseconds interval)
    {
        mainDispatcher()->setWakeCoalescing(interval);
    }
    ~CoalescingScope() { mainDispatcher()->setWakeCoalescing(std::chrono::microseconds(0)); }
    Q_DISABLE_COPY_MOVE(CoalescingScope)
};

// Another thread writes one byte into a socket pair every gap for count bytes; the main thread reads
// whatever is there each time its notifier is activated. Returns the activations; *received counts
// the bytes and *elapsedMs the time from the first write to the last byte read.
int readBurst(int count, std::chrono::microseconds gap, int *received, qint64 *elapsedMs)
{
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0) {
        return -1;
    }
    int activations = 0;
    *received = 0;
    // A plain event loop that waits for more events (QTest's waits poll and sleep instead, which
    // would bypass the dispatcher's waiting).
    QEventLoop loop;
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    QSocketNotifier notifier(fds[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&] {
        ++activations;
        char buffer[256];
        for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) {
            *received += int(n);
        }
        if (*received == count) {
            loop.quit();
        }
    });
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QThread> writer(QThread::create([fd = fds[1], count, gap] {
        for (int i = 0; i < count; ++i) {
            const char byte = 'x';
            (void)::write(fd, &byte, 1);
            QThread::usleep(gap.count());
        }
    }));
    writer->start();
    loop.exec();
    *elapsedMs = clock.elapsed();
    writer->wait();
    ::close(fds[0]);
    ::close(fds[1]);
    return activations;
}

} // namespace

void tst_EpollDispatcher::isTheMainThreadsDispatcher()
{
    QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
}

void tst_EpollDispatcher::singleShotFiresOnceAndNotEarly()
{
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QSignalSpy fired(&timer, &QTimer::timeout);
    QElapsedTimer elapsed;
    qint64 firedAfter = -1;
    connect(&timer, &QTimer::timeout, this, [&] { firedAfter = elapsed.elapsed(); });
    elapsed.start();
    timer.start(50);
    QTRY_COMPARE(fired.count(), 1);
    QVERIFY2(firedAfter >= 50, qPrintable(u"fired after %1 ms"_s.arg(firedAfter)));
    // Still one after other events ran: a single shot does not come back.
    QTimer later;
    later.setSingleShot(true);
    QSignalSpy laterFired(&later, &QTimer::timeout);
    later.start(120);
    QTRY_COMPARE(laterFired.count(), 1);
    QCOMPARE(fired.count(), 1);
}

void tst_EpollDispatcher::repeatingTimerKeepsFiringUntilKilled()
{
    QTimer timer;
    timer.setInterval(10);
    int count = 0;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (++count == 5) {
            timer.stop();
        }
    });
    timer.start();
    QTRY_COMPARE(count, 5);
    QVERIFY(!timer.isActive());
    // A repeating timer that was stopped stays stopped while the loop keeps running.
    QTimer probe;
    probe.setSingleShot(true);
    QSignalSpy probed(&probe, &QTimer::timeout);
    probe.start(60);
    QTRY_COMPARE(probed.count(), 1);
    QCOMPARE(count, 5);
}

void tst_EpollDispatcher::timerKilledByAnotherInTheSamePassDoesNotFire()
{
    // Both are due in the same pass; whichever runs first stops the other.
    QTimer a;
    QTimer b;
    a.setSingleShot(true);
    b.setSingleShot(true);
    int fired = 0;
    connect(&a, &QTimer::timeout, this, [&] {
        ++fired;
        b.stop();
    });
    connect(&b, &QTimer::timeout, this, [&] {
        ++fired;
        a.stop();
    });
    a.start(20);
    b.start(20);
    QTest::qSleep(40); // both are overdue when the loop next looks
    QCoreApplication::processEvents();
    QTRY_VERIFY(!a.isActive() && !b.isActive());
    QCOMPARE(fired, 1);
}

void tst_EpollDispatcher::restartedTimerWaitsForItsNewDeadline()
{
    // Both are due in the same pass; whichever runs first restarts the other for 300 ms. The
    // restarted one must wait for its new deadline, even if its id comes back for the restart.
    QTimer a;
    QTimer b;
    a.setSingleShot(true);
    b.setSingleShot(true);
    QElapsedTimer elapsed;
    qint64 aAt = -1;
    qint64 bAt = -1;
    connect(&a, &QTimer::timeout, this, [&] {
        aAt = elapsed.elapsed();
        if (bAt < 0) {
            b.start(300);
        }
    });
    connect(&b, &QTimer::timeout, this, [&] {
        bAt = elapsed.elapsed();
        if (aAt < 0) {
            a.start(300);
        }
    });
    elapsed.start();
    a.start(20);
    b.start(20);
    QTRY_VERIFY(aAt >= 0 && bAt >= 0);
    QVERIFY2(std::max(aAt, bAt) >= 300, qPrintable(u"fired after %1 and %2 ms"_s.arg(aAt).arg(bAt)));
}

void tst_EpollDispatcher::zeroTimerRunsOnTheNextPass()
{
    bool ran = false;
    QTimer::singleShot(0, this, [&] { ran = true; });
    QVERIFY(!ran);
    QCoreApplication::processEvents();
    QTRY_VERIFY(ran);
}

void tst_EpollDispatcher::remainingTimeAndRegisteredTimers()
{
    QObject owner;
    const int id = owner.startTimer(10'000, Qt::PreciseTimer);
    QVERIFY(id > 0);
    auto *dispatcher = QAbstractEventDispatcher::instance();
    const int left = dispatcher->remainingTime(id);
    QVERIFY2(left > 9000 && left <= 10'000, qPrintable(QString::number(left)));
    const auto timers = dispatcher->registeredTimers(&owner);
    QCOMPARE(timers.size(), 1);
    QCOMPARE(timers.first().timerId, id);
    QCOMPARE(timers.first().interval, 10'000);
    QCOMPARE(timers.first().timerType, Qt::PreciseTimer);
    owner.killTimer(id);
    QCOMPARE(dispatcher->remainingTime(id), -1);
    QVERIFY(dispatcher->registeredTimers(&owner).isEmpty());
}

void tst_EpollDispatcher::timersFollowAnObjectToAnotherThread()
{
    // moveToThread asks the dispatcher for the object's timers and re-registers them over there.
    QThread thread;
    thread.start();
    auto *timer = new QTimer;
    timer->setInterval(10);
    std::atomic<int> fired{0};
    std::atomic<bool> onOtherThread{false};
    connect(timer, &QTimer::timeout, timer, [&fired, &onOtherThread, &thread] {
        onOtherThread = QThread::currentThread() == &thread;
        ++fired;
    });
    timer->start();
    timer->moveToThread(&thread);
    QVERIFY(QAbstractEventDispatcher::instance()->registeredTimers(timer).isEmpty());
    QTRY_VERIFY(fired >= 3);
    QVERIFY(onOtherThread);
    connect(&thread, &QThread::finished, timer, &QObject::deleteLater);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

void tst_EpollDispatcher::tcpRoundTripAndRemoteClose()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);

    // Big enough that writing needs the write notifier more than once.
    const QByteArray payload(4 * 1024 * 1024, 'x');
    client.write(payload);
    QByteArray received;
    connect(peer.get(), &QTcpSocket::readyRead, this, [&] { received += peer->readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), 10'000);
    QCOMPARE(client.bytesToWrite(), 0);

    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    peer->close();
    QTRY_COMPARE(disconnected.count(), 1);
}

void tst_EpollDispatcher::webSocketEchoThroughTheDispatcher()
{
    TestServer server;
    QVERIFY(server.listen());
    server.setTextPing(u"ping"_s, u"pong"_s);
    QWebSocket socket;
    QSignalSpy texts(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy pongs(&socket, &QWebSocket::pong);
    socket.open(server.url(u"epoll"_s));
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.sendTextMessage(u"ping"_s);
    socket.ping("1");
    QTRY_COMPARE(texts.count(), 1);
    QCOMPARE(texts.first().first().toString(), u"pong"_s);
    QTRY_COMPARE(pongs.count(), 1);
    QSignalSpy closed(&socket, &QWebSocket::disconnected);
    server.closeAll(QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
}

void tst_EpollDispatcher::notifierDisabledBeforeItsTurnIsNotActivated()
{
    // Two descriptors readable in the same pass; whichever handler runs first disables both.
    int first[2];
    int second[2];
    QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, first), 0);
    QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, second), 0);
    int activations = 0;
    {
        QSocketNotifier na(first[0], QSocketNotifier::Read);
        QSocketNotifier nb(second[0], QSocketNotifier::Read);
        const auto disableBoth = [&] {
            ++activations;
            na.setEnabled(false);
            nb.setEnabled(false);
        };
        connect(&na, &QSocketNotifier::activated, this, disableBoth);
        connect(&nb, &QSocketNotifier::activated, this, disableBoth);
        QCOMPARE(::write(first[1], "1", 1), 1);
        QCOMPARE(::write(second[1], "2", 1), 1);
        QCoreApplication::processEvents();
        QTRY_VERIFY(activations >= 1);
        QCoreApplication::processEvents();
        QCOMPARE(activations, 1);
        // Enabled again, a readable descriptor is reported again (level-triggered).
        na.setEnabled(true);
        QTRY_COMPARE(activations, 2);
    }
    for (int fd : {first[0], first[1], second[0], second[1]}) {
        ::close(fd);
    }
}

void tst_EpollDispatcher::descriptorReusedAfterCloseIsWatchedAgain()
{
    // Closing a descriptor silently takes it out of the kernel's set; a new one with the same number
    // must be watched again, even though the dispatcher once knew that number with the same events.
    int pair[2];
    QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
    const int oldNumber = pair[0];
    {
        QSocketNotifier notifier(pair[0], QSocketNotifier::Read);
        QCOMPARE(::write(pair[1], "1", 1), 1);
        QSignalSpy activated(&notifier, &QSocketNotifier::activated);
        QTRY_VERIFY(activated.count() >= 1);
    }
    ::close(pair[0]);
    ::close(pair[1]);
    QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
    QCOMPARE(pair[0], oldNumber); // the lowest free number comes back
    {
        QSocketNotifier notifier(pair[0], QSocketNotifier::Read);
        QSignalSpy activated(&notifier, &QSocketNotifier::activated);
        QCOMPARE(::write(pair[1], "2", 1), 1);
        QTRY_VERIFY(activated.count() >= 1);
    }
    ::close(pair[0]);
    ::close(pair[1]);
}

void tst_EpollDispatcher::postsFromOtherThreadsAllArrive()
{
    constexpr int Threads = 4;
    constexpr int PerThread = 5000;
    int received = 0;
    QObject receiver;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&receiver, &received] {
            for (int i = 0; i < PerThread; ++i) {
                QMetaObject::invokeMethod(
                    &receiver, [&received] { ++received; }, Qt::QueuedConnection);
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads) {
        QVERIFY(thread->wait(10'000));
    }
    QTRY_COMPARE(received, Threads * PerThread);
}

void tst_EpollDispatcher::nestedLoopAndDeleteLater()
{
    QPointer<QObject> doomed = new QObject;
    bool nestedRan = false;
    QTimer::singleShot(0, this, [&] {
        QEventLoop nested;
        QTimer::singleShot(20, &nested, [&] {
            nestedRan = true;
            nested.quit();
        });
        nested.exec();
    });
    doomed->deleteLater();
    QTRY_VERIFY(nestedRan);
    QTRY_VERIFY(doomed.isNull());
}

void tst_EpollDispatcher::quitEndsAThreadRunningIt()
{
    QThread thread;
    thread.setEventDispatcher(new EpollEventDispatcher);
    thread.start();
    auto *worker = new QObject;
    worker->moveToThread(&thread);
    std::atomic<bool> ranThere{false};
    QMetaObject::invokeMethod(worker,
                              [&ranThere, &thread] { ranThere = QThread::currentThread() == &thread; });
    QTRY_VERIFY(ranThere);
    // The documented idiom: a queued call may never run once quit() is on its way.
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

// Bytes arriving every 2 ms: with 40 ms of coalescing the loop wakes for them at most once per 40 ms
// (plus the odd pass that finds bytes already waiting), and every byte is still read.
void tst_EpollDispatcher::coalescingServesABurstInFewWakeUps()
{
    using namespace std::chrono_literals;
    QCOMPARE(mainDispatcher()->wakeCoalescing(), 0us);
    int received = 0;
    qint64 elapsedMs = 0;
    int activations = 0;
    {
        const CoalescingScope scope(40ms);
        QCOMPARE(mainDispatcher()->wakeCoalescing(), 40'000us);
        activations = readBurst(100, 2ms, &received, &elapsedMs);
    }
    QCOMPARE(received, 100);
    qInfo("100 bytes over %lld ms: %d activations with 40 ms coalescing", elapsedMs, activations);
    QVERIFY2(activations <= elapsedMs / 40 + 5,
             qPrintable(u"%1 activations in %2 ms"_s.arg(activations).arg(elapsedMs)));
    // Off again: each byte that finds the loop asleep wakes it (on this machine, all 100 of them).
    const int uncoalesced = readBurst(100, 2ms, &received, &elapsedMs);
    QCOMPARE(received, 100);
    qInfo("100 bytes over %lld ms: %d activations without coalescing", elapsedMs, uncoalesced);
    QVERIFY2(uncoalesced > activations,
             qPrintable(u"%1 without, %2 with"_s.arg(uncoalesced).arg(activations)));
}

// The sleep ends at the next timer's deadline. With a second of coalescing and no such cut, twenty
// firings of a 5 ms timer would take twenty seconds; they come within the usual wait.
void tst_EpollDispatcher::coalescingLetsTimersThrough()
{
    using namespace std::chrono_literals;
    const CoalescingScope scope(1s);
    int fired = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    connect(&timer, &QTimer::timeout, this, [&fired] { ++fired; });
    timer.start(5ms);
    QTRY_VERIFY_WITH_TIMEOUT(fired >= 20, 10'000);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    tst_EpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolldispatcher.moc"
