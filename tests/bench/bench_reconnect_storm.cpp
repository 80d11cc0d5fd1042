// Reconnect storm: N endpoints open to a FeedServer (on its own thread in this process), then the
// server restarts, dropping every client at once, and all N reconnect. Measured from the restart,
// under four settings (backoff jitter none or full, the manager's attempt budget off or on):
// attempts per 100 ms window as the server accepted them (peak, mean, peak-to-mean) and as the
// clients started them, the time until all N are Open again, and the failed attempts (attempts
// beyond one per endpoint). Prints figures; a missed goal is reported, never failed. Exit 1 only
// when the setup is broken: the server does not start, or endpoints do not (re)open within 120 s.

#include "attemptbudget.h"
#include "benchutil.h"
#include "clock.h"
#include "connectionmanager.h"
#include "connectionstats.h"
#include "endpointconfig.h"
#include "engineevent.h"
#include "feedserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 WindowMs = 100;
constexpr int BackoffInitialMs = 500;
constexpr int BackoffMaxMs = 5000;
constexpr double BackoffFactor = 2.0;
constexpr int ConnectTimeoutMs = 10'000;
constexpr int PingIntervalMs = 30'000;
constexpr double BudgetRate = AttemptBudget::DefaultRate; // the manager's defaults
constexpr int BudgetBurst = AttemptBudget::DefaultBurst;
// The initial fill is not what is measured; it goes paced so that it does not storm the listener too.
constexpr double FillRate = 1000.0;
constexpr int FillBurst = 100;
constexpr int OpenTimeoutMs = 120'000;
constexpr int PollMs = 50;
constexpr double GoalPeakToMean = 2.0;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Setting
{
    BackoffPolicy::Jitter jitter;
    bool budget;

    QString tag() const
    {
        return (jitter == BackoffPolicy::Jitter::None ? u"nojitter"_s : u"fulljitter"_s) +
               (budget ? u"_budget"_s : u"_nobudget"_s);
    }
};

// Attempts per fixed window, from the first to the last time given.
struct Windows
{
    int count = 0;
    qint64 spanMs = 0; // first to last
    int windows = 0;   // windows spanned
    int peak = 0;
    int peakLater = 0; // over the windows that start 1 s or more after the first
    double mean = 0;
    double peakToMean = 0;
};

Windows perWindow(std::vector<qint64> times)
{
    Windows w;
    if (times.empty())
        return w;
    std::sort(times.begin(), times.end());
    w.count = int(times.size());
    w.spanMs = times.back() - times.front();
    w.windows = int(w.spanMs / WindowMs) + 1;
    std::vector<int> bins(std::size_t(w.windows), 0);
    for (const qint64 t : times)
        ++bins[std::size_t((t - times.front()) / WindowMs)];
    w.peak = *std::max_element(bins.cbegin(), bins.cend());
    const auto later = bins.cbegin() + std::min<qsizetype>(qsizetype(bins.size()), 1000 / WindowMs);
    w.peakLater = later == bins.cend() ? 0 : *std::max_element(later, bins.cend());
    w.mean = double(w.count) / double(w.windows);
    w.peakToMean = double(w.peak) / w.mean;
    return w;
}

qint64 percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

// The kernel's TcpExt counters (this network namespace, every socket in it, not only ours).
QHash<QByteArray, qint64> tcpExtCounters()
{
    QHash<QByteArray, qint64> counters;
    QFile file(u"/proc/net/netstat"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return counters;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines.at(i).startsWith("TcpExt:") || !lines.at(i + 1).startsWith("TcpExt:"))
            continue;
        const QList<QByteArray> names = lines.at(i).simplified().split(' ');
        const QList<QByteArray> values = lines.at(i + 1).simplified().split(' ');
        for (qsizetype k = 1; k < std::min(names.size(), values.size()); ++k)
            counters.insert(names.at(k), values.at(k).toLongLong());
        break;
    }
    return counters;
}

EndpointConfig endpoint(const QString &name, const QUrl &url, BackoffPolicy::Jitter jitter)
{
    EndpointConfig config;
    config.name = name;
    config.urls = {url.toString()};
    config.backoff.initialMs = BackoffInitialMs;
    config.backoff.maxMs = BackoffMaxMs;
    config.backoff.factor = BackoffFactor;
    config.backoff.jitter = jitter;
    config.connectTimeoutMs = ConnectTimeoutMs;
    config.heartbeat.mode = HeartbeatPolicy::Mode::Ping;
    config.heartbeat.intervalMs = PingIntervalMs;
    // The server pushes nothing, so "stale" would only add events that are not part of the storm.
    config.staleAfterMs = 0;
    return config;
}

QString countsByState(const QList<ConnectionStats> &stats)
{
    std::map<QString, int> counts;
    for (const ConnectionStats &s : stats)
        ++counts[Connection::stateName(s.state)];
    QStringList parts;
    for (const auto &[state, count] : counts)
        parts << u"%1 %2"_s.arg(state).arg(count);
    return parts.join(u", "_s);
}

struct RunResult
{
    int n = 0;
    Setting setting{};
    bool ok = false;
    Windows accepts;
    Windows attempts; // as the clients started them ("connecting" events)
    qint64 allOpenMs = -1;
    qint64 failed = 0;
    qint64 failedDuringRestart = 0; // refused while the server itself restarted: not overload
};

// One independent run: its own server thread, server and manager, all gone when it returns.
RunResult runStorm(int n, Setting setting)
{
    RunResult result;
    result.n = n;
    result.setting = setting;
    const QString prefix = u"storm_%1_%2"_s.arg(n).arg(setting.tag());
    out() << u"\n--- %1: %2 endpoints, jitter %3, budget %4\n"_s.arg(prefix).arg(n).arg(
        BackoffPolicy::jitterName(setting.jitter),
        setting.budget ? u"%1/s burst %2"_s.arg(BudgetRate).arg(BudgetBurst) : u"off"_s);
    out().flush();

    QThread serverThread;
    serverThread.start();
    FeedServerConfig serverConfig;
    serverConfig.heartbeatIntervalMs = 0;
    // The config needs one feed; none of the clients subscribes to it.
    serverConfig.feeds = {FeedSpec{u"/quiet"_s, 0.1, 0}};
    auto *server = new FeedServer(serverConfig);
    server->moveToThread(&serverThread);
    const auto onServer = [server](auto &&function) {
        QMetaObject::invokeMethod(server, function, Qt::BlockingQueuedConnection);
    };
    const auto tearDown = [&](std::unique_ptr<ConnectionManager> manager) {
        manager.reset();
        onServer([server] { delete server; });
        serverThread.quit();
        serverThread.wait();
    };

    bool started = false;
    QString error;
    onServer([&] { started = server->start(&error); });
    if (!started) {
        out() << u"error: the feed server did not start: %1\n"_s.arg(error);
        tearDown(nullptr);
        return result;
    }

    auto manager = std::make_unique<ConnectionManager>();
    manager->setAttemptBudget(FillRate, FillBurst);
    std::vector<qint64> attemptTimes;    // wall ms of the clients' "connecting" events during the storm
    std::map<QString, int> errors;       // error messages during the storm
    QHash<QString, qint64> attemptBegan; // endpoint -> wall ms of its latest "connecting"
    qint64 relistenWall = 0;             // wall ms when restart() returned, listening again
    int failedEarly = 0;                 // failed attempts that began before that
    bool counting = false;
    QObject::connect(manager.get(), &ConnectionManager::event, manager.get(), [&](const EngineEvent &event) {
        if (!counting)
            return;
        if (event.type == u"connecting") {
            attemptTimes.push_back(event.timestampMs);
            attemptBegan.insert(event.endpoint, event.timestampMs);
        } else if (event.type == u"error") {
            ++errors[event.fields.value(u"message"_s).toString()];
            // Wall milliseconds: an attempt in the very millisecond the server listened again
            // cannot be told apart, and counts as begun during the restart.
            if (attemptBegan.value(event.endpoint, relistenWall + 1) <= relistenWall)
                ++failedEarly;
        }
    });

    QElapsedTimer fillTimer;
    fillTimer.start();
    for (int i = 0; i < n; ++i) {
        const QString name = u"s%1"_s.arg(i, 5, 10, QChar(u'0'));
        manager->addEndpoint(endpoint(name, server->url(u"/storm"_s, name), setting.jitter));
    }
    QList<ConnectionStats> stats;
    int open = 0;
    while (fillTimer.elapsed() < OpenTimeoutMs) {
        wait(100);
        stats = manager->snapshot();
        open = int(std::count_if(stats.cbegin(), stats.cend(), [](const ConnectionStats &s) {
            return s.state == Connection::State::Open;
        }));
        if (open == n)
            break;
    }
    if (open != n) {
        out() << u"error: only %1 of %2 endpoints opened within %3 s (%4)\n"_s.arg(open)
                     .arg(n)
                     .arg(OpenTimeoutMs / 1000)
                     .arg(countsByState(stats));
        tearDown(std::move(manager));
        return result;
    }
    out() << u"%1_initial_open: %2 s (paced at %3/s)\n"_s.arg(prefix)
                 .arg(double(fillTimer.elapsed()) / 1000.0, 0, 'f', 2)
                 .arg(FillRate);

    // The storm's own budget; a full bucket at the restart, as after a quiet spell.
    manager->setAttemptBudget(setting.budget ? BudgetRate : 0.0, BudgetBurst);
    wait(1000);
    const QList<ConnectionStats> before = manager->snapshot(); // also: the budget change has landed
    quint64 acceptedBefore = 0;
    onServer([&] { acceptedBefore = server->accepted(); });
    const QHash<QByteArray, qint64> netBefore = tcpExtCounters();

    counting = true;
    qint64 restartAt = 0;
    qint64 restartDone = 0;
    bool restarted = false;
    onServer([&] {
        restartAt = Clock::system()->now();
        restarted = server->restart(&error);
        restartDone = Clock::system()->now();
        relistenWall = QDateTime::currentMSecsSinceEpoch();
    });
    QElapsedTimer sinceRestart;
    sinceRestart.start();
    if (!restarted) {
        out() << u"error: the feed server did not restart: %1\n"_s.arg(error);
        tearDown(std::move(manager));
        return result;
    }

    // Back means Open on a connection made after the restart (a new `connects`), not Open still.
    const auto countBack = [&](const QList<ConnectionStats> &now) {
        int back = 0;
        for (qsizetype i = 0; i < now.size() && i < before.size(); ++i) {
            if (now.at(i).state == Connection::State::Open && now.at(i).connects > before.at(i).connects)
                ++back;
        }
        return back;
    };
    int back = 0;
    while (sinceRestart.elapsed() < OpenTimeoutMs) {
        wait(PollMs);
        stats = manager->snapshot();
        back = countBack(stats);
        if (back == n) {
            result.allOpenMs = sinceRestart.elapsed();
            break;
        }
    }
    counting = false;
    const QHash<QByteArray, qint64> netAfter = tcpExtCounters();
    const auto netDelta = [&](const char *name) { return netAfter.value(name) - netBefore.value(name); };

    QList<qint64> acceptTimes;
    quint64 acceptedAfter = 0;
    onServer([&] {
        acceptTimes = server->acceptTimes();
        acceptedAfter = server->accepted();
    });
    std::vector<qint64> accepts;
    for (const qint64 t : std::as_const(acceptTimes)) {
        if (t >= restartAt)
            accepts.push_back(t);
    }
    std::vector<qint64> fromRestart;
    fromRestart.reserve(accepts.size());
    for (const qint64 t : accepts)
        fromRestart.push_back(t - restartAt);

    // Attempts that began while restart() was still dropping clients reached the old listener.
    const auto early = std::count_if(attemptTimes.cbegin(), attemptTimes.cend(),
                                     [relistenWall](qint64 t) { return t < relistenWall; });
    quint64 attempts = 0;
    for (qsizetype i = 0; i < stats.size() && i < before.size(); ++i)
        attempts += stats.at(i).attemptsTotal - before.at(i).attemptsTotal;
    result.failed = qint64(attempts) - n;
    result.failedDuringRestart = failedEarly;
    result.accepts = perWindow(accepts);
    result.attempts = perWindow(attemptTimes);

    const Windows &a = result.accepts;
    const Windows &c = result.attempts;
    out() << u"%1_accepted: %2 handshakes (server counter %3)\n"_s.arg(prefix).arg(a.count).arg(
        acceptedAfter - acceptedBefore);
    out() << u"%1_restart_call: %2 ms (drops %3 clients, listens again)\n"_s.arg(prefix)
                 .arg(restartDone - restartAt)
                 .arg(n);
    out() << u"%1_first_accept: %2 ms after the restart\n"_s.arg(prefix).arg(percentile(fromRestart, 0.0));
    out() << u"%1_accept_p50: %2 ms\n"_s.arg(prefix).arg(percentile(fromRestart, 0.50));
    out() << u"%1_accept_p99: %2 ms\n"_s.arg(prefix).arg(percentile(fromRestart, 0.99));
    out() << u"%1_last_accept: %2 ms\n"_s.arg(prefix).arg(percentile(fromRestart, 1.0));
    out() << u"%1_accept_windows: %2 of %3 ms (first to last accept, %4 ms)\n"_s.arg(prefix)
                 .arg(a.windows)
                 .arg(WindowMs)
                 .arg(a.spanMs);
    out() << u"%1_accepts_peak: %2 per %3 ms\n"_s.arg(prefix).arg(a.peak).arg(WindowMs);
    out() << u"%1_accepts_mean: %2 per %3 ms\n"_s.arg(prefix).arg(a.mean, 0, 'f', 1).arg(WindowMs);
    out() << u"%1_peak_to_mean: %2 x\n"_s.arg(prefix).arg(a.peakToMean, 0, 'f', 2);
    out() << u"%1_accepts_peak_after_1s: %2 per %3 ms (windows from 1 s after the first accept)\n"_s
                 .arg(prefix)
                 .arg(a.peakLater)
                 .arg(WindowMs);
    out() << u"%1_client_attempts: %2 (\"connecting\" events; counter delta %3)\n"_s.arg(prefix)
                 .arg(c.count)
                 .arg(attempts);
    out() << u"%1_client_attempts_peak: %2 per %3 ms (mean %4 over %5 windows, %6 x)\n"_s.arg(prefix)
                 .arg(c.peak)
                 .arg(WindowMs)
                 .arg(c.mean, 0, 'f', 1)
                 .arg(c.windows)
                 .arg(c.peakToMean, 0, 'f', 2);
    out() << u"%1_attempts_during_restart_call: %2 (began before the server listened again)\n"_s.arg(prefix)
                 .arg(early);
    out() << u"%1_all_open_again: %2\n"_s.arg(prefix).arg(
        result.allOpenMs >= 0 ? u"%1 s"_s.arg(double(result.allOpenMs) / 1000.0, 0, 'f', 2) : u"never"_s);
    out() << u"%1_failed_attempts: %2 attempts\n"_s.arg(prefix).arg(result.failed);
    out()
        << u"%1_failed_attempts_begun_during_restart_call: %2 (the old listener's queue, closed by restart())\n"_s
               .arg(prefix)
               .arg(failedEarly);
    out() << u"%1_listen_overflows: %2 (kernel, whole namespace)\n"_s.arg(prefix).arg(
        netDelta("ListenOverflows"));
    out() << u"%1_listen_drops: %2\n"_s.arg(prefix).arg(netDelta("ListenDrops"));
    out() << u"%1_syn_retransmits: %2\n"_s.arg(prefix).arg(netDelta("TCPSynRetrans"));
    for (const auto &[message, count] : errors)
        out() << u"%1_error: %2 x %3\n"_s.arg(prefix).arg(count).arg(message);
    if (back != n) {
        out() << u"error: only %1 of %2 endpoints open again within %3 s (%4)\n"_s.arg(back)
                     .arg(n)
                     .arg(OpenTimeoutMs / 1000)
                     .arg(countsByState(stats));
    }
    out().flush();
    result.ok = back == n;
    tearDown(std::move(manager));
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"N endpoints reconnecting after a server restart."_s);
    parser.addHelpOption();
    const QCommandLineOption quickOption(u"quick"_s, u"1,000 endpoints, full jitter only (for CI)."_s);
    const QCommandLineOption endpointsOption(u"endpoints"_s, u"Only this N (default 1000 and 5000)."_s,
                                             u"n"_s);
    parser.addOptions({quickOption, endpointsOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);

    std::vector<int> sizes = quick ? std::vector<int>{1000} : std::vector<int>{1000, 5000};
    if (parser.isSet(endpointsOption))
        sizes = {std::max(1, parser.value(endpointsOption).toInt())};
    std::vector<Setting> settings;
    if (!quick) {
        settings.push_back({BackoffPolicy::Jitter::None, false});
        settings.push_back({BackoffPolicy::Jitter::None, true});
    }
    settings.push_back({BackoffPolicy::Jitter::Full, false});
    settings.push_back({BackoffPolicy::Jitter::Full, true});

#ifdef QT_DEBUG
    out() << u"note: debug build; numbers are pessimistic\n"_s;
#endif
    out() << u"mode: %1\n"_s.arg(quick ? u"quick"_s : u"full"_s);
    out() << u"cpus: %1\n"_s.arg(QThread::idealThreadCount());
    out()
        << u"settings: backoff initial %1 ms, max %2 ms, factor %3, connect timeout %4 ms, ping every %5 s, "
           u"server heartbeat off, no feed on /storm; budget on = %6/s burst %7\n"_s.arg(BackoffInitialMs)
               .arg(BackoffMaxMs)
               .arg(BackoffFactor)
               .arg(ConnectTimeoutMs)
               .arg(PingIntervalMs / 1000)
               .arg(BudgetRate)
               .arg(BudgetBurst);
    // Each endpoint holds two descriptors in this process: its socket and the server's.
    const BenchUtil::FileLimit limit = BenchUtil::raiseFileLimit();
    out() << u"nofile_soft_before: %1\n"_s.arg(quint64(limit.softBefore));
    out() << u"nofile_soft: %1\n"_s.arg(quint64(limit.soft));
    out() << u"nofile_hard: %1\n"_s.arg(quint64(limit.hard));
    const int largest = *std::max_element(sizes.cbegin(), sizes.cend());
    if (limit.soft < rlim_t(2 * largest) + 100)
        out() << u"warning: the open-files limit is low for %1 endpoints (2 sockets each)\n"_s.arg(largest);
    out().flush();

    std::vector<RunResult> results;
    for (const int n : sizes) {
        for (const Setting &setting : settings)
            results.push_back(runStorm(n, setting));
    }

    out() << u"\nsummary (accepts per 100 ms from the server's accept times; attempts from the clients):\n"_s;
    out() << u"  %1 %2 %3 %4 %5 %6 %7 %8 %9\n"_s.arg(u"N"_s, 5)
                 .arg(u"jitter"_s, -6)
                 .arg(u"budget"_s, -6)
                 .arg(u"peak"_s, 5)
                 .arg(u"mean"_s, 6)
                 .arg(u"peak/mean"_s, 9)
                 .arg(u"client peak"_s, 11)
                 .arg(u"all open"_s, 9)
                 .arg(u"failed"_s, 6);
    for (const RunResult &r : results) {
        out() << u"  %1 %2 %3 %4 %5 %6 %7 %8 %9\n"_s.arg(r.n, 5)
                     .arg(BackoffPolicy::jitterName(r.setting.jitter), -6)
                     .arg(r.setting.budget ? u"on"_s : u"off"_s, -6)
                     .arg(r.accepts.peak, 5)
                     .arg(r.accepts.mean, 6, 'f', 1)
                     .arg(r.accepts.peakToMean, 9, 'f', 2)
                     .arg(r.attempts.peak, 11)
                     .arg(r.allOpenMs >= 0 ? u"%1 s"_s.arg(double(r.allOpenMs) / 1000.0, 0, 'f', 1)
                                           : u"never"_s,
                          9)
                     .arg(r.failed, 6);
    }
    bool broken = false;
    for (const RunResult &r : results) {
        broken = broken || !r.ok;
        if (r.setting.jitter != BackoffPolicy::Jitter::Full || !r.setting.budget || !r.ok)
            continue;
        out() << u"RESULT storm_%1_fulljitter_budget_peak_to_mean %2 x goal <=%3 %4\n"_s.arg(r.n)
                     .arg(r.accepts.peakToMean, 0, 'f', 2)
                     .arg(GoalPeakToMean)
                     .arg(r.accepts.peakToMean <= GoalPeakToMean ? u"met"_s : u"not met"_s);
        // The goal is about overload: an attempt refused because the server was in the middle of
        // its restart (its listener closed) would fail with or without a budget.
        const qint64 overload = r.failed - r.failedDuringRestart;
        out() << u"RESULT storm_%1_fulljitter_budget_failed_attempts_overload %2 attempts goal 0 %3\n"_s
                     .arg(r.n)
                     .arg(overload)
                     .arg(overload == 0 ? u"met"_s : u"not met"_s);
    }
    out().flush();
    return broken ? 1 : 0;
}
