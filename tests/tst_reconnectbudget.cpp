// The attempt budget at scale: 500 endpoints on one ConnectionManager against one FeedServer (on its
// own thread, as a separate server process would be). The server restarts; every endpoint must be
// back within the time the budget predicts, the server must never see more attempts in a 100 ms
// window than burst + rate × window, and no endpoint may ever hold two sockets.

#include "clock.h"
#include "connectionmanager.h"
#include "connectionstats.h"
#include "fdlimit.h"
#include "feedserver.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using State = Connection::State;

namespace {

constexpr int Endpoints = 500;
constexpr double Rate = 250.0; // attempts a second
constexpr int Burst = 50;
constexpr int WindowMs = 100;
constexpr int BackoffMs = 200; // jitter none: every endpoint is due at the same moment

int openCount(const ConnectionManager &manager)
{
    const QList<ConnectionStats> stats = manager.snapshot();
    return int(std::count_if(stats.cbegin(), stats.cend(),
                             [](const ConnectionStats &s) { return s.state == State::Open; }));
}

// The most accepts the server saw in any window of WindowMs, sliding over every accept.
int busiestWindow(QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    int busiest = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= WindowMs)
            ++first;
        busiest = std::max(busiest, int(last - first + 1));
    }
    return busiest;
}

} // namespace

class tst_ReconnectBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restartIsPacedByTheBudget();
};

void tst_ReconnectBudget::initTestCase()
{
    // Both ends of 500 sockets live in this process.
    QVERIFY2(FdLimit::check(2 * Endpoints).isEmpty(), qPrintable(FdLimit::check(2 * Endpoints)));
}

void tst_ReconnectBudget::restartIsPacedByTheBudget()
{
    QThread serverThread;
    serverThread.start();
    FeedServerConfig serverConfig;
    serverConfig.heartbeatIntervalMs = 0;
    serverConfig.feeds = {FeedSpec{u"/storm"_s, 0.2, 0}};
    auto *server = new FeedServer(serverConfig);
    server->moveToThread(&serverThread);
    const auto onServer = [server](auto call) {
        QMetaObject::invokeMethod(server, call, Qt::BlockingQueuedConnection);
    };
    bool started = false;
    onServer([&] { started = server->start(); });
    QVERIFY(started);

    {
        ConnectionManager manager;
        manager.setAttemptBudget(Rate, Burst);
        for (int i = 0; i < Endpoints; ++i) {
            EndpointConfig config;
            config.name = u"e%1"_s.arg(i);
            config.urls = {server->url(u"/storm"_s, config.name).toString()};
            config.connectTimeoutMs = 10'000;
            config.heartbeat.intervalMs = 30'000;
            config.backoff = {BackoffMs, 2'000, 2.0, BackoffPolicy::Jitter::None};
            config.stableMs = 0;
            manager.addEndpoint(config);
        }
        // Even the first connect is paced: the budget does not care why an attempt is made.
        QTRY_COMPARE_WITH_TIMEOUT(openCount(manager), Endpoints, 30'000);
        QList<qint64> accepts;
        onServer([&] { accepts = server->acceptTimes(); });
        QCOMPARE(accepts.size(), Endpoints);
        // The budget bounds when attempts start; the server sees each one when its handshake is
        // done, a few milliseconds later and not all equally late, so a window may catch a few
        // more. The slack is 5 % of the bound; a storm would be ten times over it.
        const int limit = (Burst + int(Rate * WindowMs / 1000.0)) * 105 / 100;
        QVERIFY2(
            busiestWindow(accepts) <= limit,
            qPrintable(
                u"%1 attempts in one window at start, limit %2"_s.arg(busiestWindow(accepts)).arg(limit)));

        // The restart: every socket drops at once and every endpoint is due again BackoffMs later.
        qint64 restartedAt = 0;
        onServer([&] {
            restartedAt = Clock::system()->now();
            server->restart();
        });
        QElapsedTimer back;
        back.start();
        QTRY_VERIFY_WITH_TIMEOUT(openCount(manager) < Endpoints, 10'000);
        // The budget predicts: the burst goes at once, the rest at Rate, all after the backoff.
        const qint64 boundMs = BackoffMs + qint64(1000.0 * (Endpoints - Burst) / Rate) + 1'500;
        QTRY_COMPARE_WITH_TIMEOUT(openCount(manager), Endpoints, 30'000);
        QVERIFY2(back.elapsed() <= boundMs,
                 qPrintable(u"all back after %1 ms, the budget predicts at most %2 ms"_s.arg(back.elapsed())
                                .arg(boundMs)));

        onServer([&] { accepts = server->acceptTimes(); });
        QList<qint64> afterRestart;
        for (const qint64 at : std::as_const(accepts)) {
            if (at >= restartedAt)
                afterRestart << at;
        }
        QCOMPARE(afterRestart.size(), Endpoints); // one attempt each, none wasted
        QVERIFY2(
            busiestWindow(afterRestart) <= limit,
            qPrintable(
                u"%1 attempts in one 100 ms window, limit %2"_s.arg(busiestWindow(afterRestart)).arg(limit)));
        // Paced, not a storm: the accepts spread over at least the time the rate needs.
        std::sort(afterRestart.begin(), afterRestart.end());
        const qint64 spreadMs = afterRestart.last() - afterRestart.first();
        QVERIFY2(spreadMs >= qint64(1000.0 * (Endpoints - Burst) / Rate) - 200,
                 qPrintable(u"accepts spread over %1 ms"_s.arg(spreadMs)));

        int most = 0;
        onServer([&] { most = server->maxConnectionsPerClient(); });
        QCOMPARE(most, 1); // one socket per endpoint, throughout
        quint64 attempts = 0;
        for (const ConnectionStats &stats : manager.snapshot())
            attempts += stats.attemptsTotal;
        QCOMPARE(attempts, quint64(2 * Endpoints)); // no failed attempt, before or after
    }
    onServer([server] { delete server; });
    serverThread.quit();
    serverThread.wait();
}

QTEST_GUILESS_MAIN(tst_ReconnectBudget)
#include "tst_reconnectbudget.moc"
