// Idle cost of the engine: 5,000 endpoints (or --endpoints N) held open with protocol pings every
// second against a feedpulse-testserver child process, measured as this process's CPU time and
// resident memory.
// Prints figures; a missed goal is reported, never failed. Exit 1 only when the setup is broken
// (the server does not start, links do not open, heartbeats do not run or time out).

#include "benchutil.h"
#include "connectionmanager.h"
#include "connectionstats.h"
#include "endpointconfig.h"
#include "engineevent.h"
#include "messagestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <pthread.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultEndpoints = 5000;  // the size the scale goals are set for
constexpr int FallbackEndpoints = 1000; // when the open-files limit is too low for the default
constexpr int IntervalMs = 1000;
constexpr int DefaultTimeoutMs = 5000;
constexpr int OpenTimeoutMs = 60'000;
constexpr int SettleMs = 2000;
constexpr double GoalPercent = 5.0;       // up to 1,000 endpoints
constexpr double GoalPercentLarge = 10.0; // more than 1,000 (5,000 is the figure asked for)
constexpr double GoalRssPerEndpointKib = 20.0;
// Opening is not what is measured, so by default the attempt budget is off and all endpoints open at
// once, as before the budget existed. That keeps the pings bunched, which is cheaper: pacing the opens
// (--open-rate 1000, or the budget's default 50) spreads them over the second, one wake-up per ping.
constexpr double DefaultOpenRate = 0.0;
constexpr int OpenBurst = 100;

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// Starts feedpulse-testserver on a free port; returns the port, or 0 (with the reason in *error).
quint16 startServer(QProcess *server, QString *error)
{
    // Build tree layout: <build>/tests/bench/bench_idle_cpu and <build>/tests/kit/feedpulse-testserver.
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"../kit/feedpulse-testserver"_s);
    if (!QFileInfo(program).isExecutable()) {
        *error = u"feedpulse-testserver not found at %1 (build that target)"_s.arg(QDir::cleanPath(program));
        return 0;
    }
    server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A line per connection on stderr would cost the server more than the pings do.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"feedpulse.*.debug=false"_s);
    server->setProcessEnvironment(env);
    server->start(program, {u"--port"_s, u"0"_s});
    if (!server->waitForStarted(10'000)) {
        *error = u"cannot start %1: %2"_s.arg(program, server->errorString());
        return 0;
    }
    const QByteArray prefix = "listening on 127.0.0.1:";
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.endsWith('\n') && timer.elapsed() < 10'000) {
        if (!server->canReadLine() && !server->waitForReadyRead(1000))
            continue;
        line = server->readLine();
    }
    if (!line.startsWith(prefix)) {
        *error = u"unexpected output from feedpulse-testserver: %1"_s.arg(QString::fromUtf8(line.trimmed()));
        return 0;
    }
    bool ok = false;
    const uint port = line.mid(prefix.size()).trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        *error = u"cannot read the port from: %1"_s.arg(QString::fromUtf8(line.trimmed()));
        return 0;
    }
    return quint16(port);
}

EndpointConfig endpoint(int index, quint16 port, int timeoutMs)
{
    EndpointConfig config;
    config.name = u"ep%1"_s.arg(index, 4, 10, QChar(u'0'));
    config.urls = {u"ws://127.0.0.1:%1/?client=%2"_s.arg(port).arg(config.name)};
    config.heartbeat.mode = HeartbeatPolicy::Mode::Ping;
    config.heartbeat.intervalMs = IntervalMs;
    config.heartbeat.timeoutMs = timeoutMs;
    // The server pushes nothing, so "stale" would only add events that are not part of the idle cost.
    config.staleAfterMs = 0;
    return config;
}

clockid_t currentThreadCpuClock()
{
    clockid_t clock = CLOCK_THREAD_CPUTIME_ID;
    pthread_getcpuclockid(pthread_self(), &clock);
    return clock;
}

int countOpen(const QList<ConnectionStats> &stats)
{
    return int(std::count_if(stats.cbegin(), stats.cend(),
                             [](const ConnectionStats &s) { return s.state == Connection::State::Open; }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"CPU and memory of N idle endpoints with 1 s protocol pings."_s);
    parser.addHelpOption();
    const QCommandLineOption quickOption(u"quick"_s, u"A short measuring window (for CI)."_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Pong timeout in ms (default 5000)."_s, u"ms"_s,
                                           QString::number(DefaultTimeoutMs));
    const QCommandLineOption endpointsOption(
        u"endpoints"_s, u"Number of endpoints (default 5000, or 1000 when the open-files limit is lower)."_s,
        u"n"_s, QString::number(DefaultEndpoints));
    const QCommandLineOption openRateOption(
        u"open-rate"_s, u"Attempts a second while opening (attempt budget; default 0: no limit)."_s,
        u"rate"_s, QString::number(DefaultOpenRate));
    const QCommandLineOption coalesceOption(
        u"coalesce-us"_s,
        u"Wake-up coalescing of the network thread in microseconds (default %1; 0: off)."_s.arg(
            ConnectionManager::DefaultWakeCoalescing.count()),
        u"us"_s, QString::number(ConnectionManager::DefaultWakeCoalescing.count()));
    parser.addOptions({quickOption, timeoutOption, endpointsOption, openRateOption, coalesceOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int timeoutMs = std::max(10, parser.value(timeoutOption).toInt());
    // Before the child starts, so that it inherits the raised limit too.
    const BenchUtil::FileLimit limit = BenchUtil::raiseFileLimit();
    int endpoints = std::max(1, parser.value(endpointsOption).toInt());
    QTextStream out(stdout);
    if (!parser.isSet(endpointsOption) && limit.soft < rlim_t(DefaultEndpoints) + 100) {
        out << u"note: the open-files limit (%1) is too low for %2 endpoints; measuring %3\n"_s
                   .arg(quint64(limit.soft))
                   .arg(DefaultEndpoints)
                   .arg(FallbackEndpoints);
        endpoints = FallbackEndpoints;
    }
    const QString suffix = u"_%1"_s.arg(endpoints);
    const double goalPercent = endpoints <= FallbackEndpoints ? GoalPercent : GoalPercentLarge;
    const double openRate = std::max(0.0, parser.value(openRateOption).toDouble());
    const int openTimeoutMs = OpenTimeoutMs + (openRate > 0 ? int(1000.0 * endpoints / openRate) : 0);
    const int windowMs = quick ? 10'000 : 30'000;

#ifdef QT_DEBUG
    out << u"note: debug build; numbers are pessimistic\n"_s;
#endif
    out << u"mode: %1 (%2 endpoints, ping every %3 ms, timeout %4 ms, %5 s window)\n"_s
               .arg(quick ? u"quick"_s : u"full"_s)
               .arg(endpoints)
               .arg(IntervalMs)
               .arg(timeoutMs)
               .arg(windowMs / 1000);
    out << u"cpus: %1\n"_s.arg(QThread::idealThreadCount());

    out << u"nofile_soft_before: %1\n"_s.arg(quint64(limit.softBefore));
    out << u"nofile_soft: %1\n"_s.arg(quint64(limit.soft));
    out << u"nofile_hard: %1\n"_s.arg(quint64(limit.hard));
    out.flush();
    if (limit.soft < rlim_t(endpoints) + 100)
        out << u"warning: the open-files limit is low for %1 sockets\n"_s.arg(endpoints);

    QProcess server;
    QString error;
    const quint16 port = startServer(&server, &error);
    const auto finish = [&server](int status) {
        if (server.state() != QProcess::NotRunning) {
            server.terminate();
            if (!server.waitForFinished(5000))
                server.kill();
            server.waitForFinished(1000);
        }
        return status;
    };
    if (port == 0) {
        out << u"error: %1\n"_s.arg(error);
        return finish(1);
    }
    out << u"testserver: 127.0.0.1:%1 (pid %2)\n"_s.arg(port).arg(server.processId());
    out.flush();

    auto manager = std::make_unique<ConnectionManager>();
    manager->setAttemptBudget(openRate, OpenBurst);
    const auto coalesce = std::chrono::microseconds(std::max(0, parser.value(coalesceOption).toInt()));
    manager->setWakeCoalescing(coalesce);
    out << u"wake_coalescing: %1 us\n"_s.arg(coalesce.count());
    // The network thread's CPU clock, to split the process's CPU time between it and this thread.
    clockid_t networkClock = CLOCK_THREAD_CPUTIME_ID;
    auto *probe = new QObject;
    probe->moveToThread(manager->workerThread());
    QMetaObject::invokeMethod(
        probe, [&networkClock] { networkClock = currentThreadCpuClock(); }, Qt::BlockingQueuedConnection);
    probe->deleteLater();
    const clockid_t mainClock = currentThreadCpuClock();
    quint64 pongs = 0;
    QObject::connect(manager.get(), &ConnectionManager::event, &app, [&pongs](const EngineEvent &event) {
        if (event.type == u"pong")
            ++pongs;
    });

    const qint64 rssBefore = BenchUtil::rssKb();
    QElapsedTimer openTimer;
    openTimer.start();
    for (int i = 1; i <= endpoints; ++i)
        manager->addEndpoint(endpoint(i, port, timeoutMs));

    QList<ConnectionStats> stats;
    int open = 0;
    while (openTimer.elapsed() < openTimeoutMs) {
        wait(100);
        stats = manager->snapshot();
        open = countOpen(stats);
        if (open == endpoints)
            break;
    }
    if (open != endpoints) {
        out << u"error: only %1 of %2 endpoints opened within %3 s\n"_s.arg(open).arg(endpoints).arg(
            openTimeoutMs / 1000);
        for (const ConnectionStats &s : std::as_const(stats)) {
            if (s.state != Connection::State::Open) {
                out << u"  %1: %2 %3\n"_s.arg(s.endpoint, Connection::stateName(s.state), s.lastError);
                break;
            }
        }
        manager.reset();
        return finish(1);
    }
    const qint64 rssOpen = BenchUtil::rssKb();
    out << u"open_all: %1 s (%2)\n"_s.arg(double(openTimer.elapsed()) / 1000.0, 0, 'f', 2)
               .arg(openRate > 0 ? u"paced at %1 attempts/s"_s.arg(openRate) : u"not paced"_s);
    out << u"rss_before: %1 KiB (no endpoints yet)\n"_s.arg(rssBefore);
    out << u"rss_open: %1 KiB (all open)\n"_s.arg(rssOpen);
    out.flush();

    wait(SettleMs);
    // Settled: every endpoint has pinged and logged a pong or two (the log store's share is in it).
    const qint64 rssSettled = BenchUtil::rssKb();
    const double rssPerEndpoint = double(rssSettled - rssBefore) / endpoints;
    out << u"rss_settled: %1 KiB (%2 s after all open)\n"_s.arg(rssSettled).arg(SettleMs / 1000);
    out << u"heap_trims: %1 (after the wave of opens)\n"_s.arg(manager->heapTrims());
    out << u"rss_per_endpoint: %1 KiB (settled minus before, per endpoint)\n"_s.arg(rssPerEndpoint, 0, 'f',
                                                                                    1);
    out.flush();

    const quint64 pongsStart = pongs;
    const double cpuStart = BenchUtil::processCpuSeconds();
    const double networkCpuStart = BenchUtil::threadCpuSeconds(networkClock);
    const double mainCpuStart = BenchUtil::threadCpuSeconds(mainClock);
    const double serverCpuStart = BenchUtil::childCpuSeconds(server.processId());
    QElapsedTimer window;
    window.start();
    wait(windowMs);
    const double cpu = BenchUtil::processCpuSeconds() - cpuStart;
    const double networkCpu = BenchUtil::threadCpuSeconds(networkClock) - networkCpuStart;
    const double mainCpu = BenchUtil::threadCpuSeconds(mainClock) - mainCpuStart;
    const double serverCpu = BenchUtil::childCpuSeconds(server.processId()) - serverCpuStart;
    const double wall = double(window.elapsed()) / 1000.0;
    const quint64 windowPongs = pongs - pongsStart;
    const qint64 rssEnd = BenchUtil::rssKb();

    stats = manager->snapshot();
    int withRtt = 0;
    quint64 timeouts = 0;
    quint64 reconnects = 0;
    qint64 rttMax = 0;
    double rttAvgSum = 0;
    for (const ConnectionStats &s : std::as_const(stats)) {
        if (s.rttLastMs >= 0) {
            ++withRtt;
            rttAvgSum += s.rttAvgMs;
            rttMax = std::max(rttMax, s.rttP95Ms);
        }
        timeouts += s.heartbeatTimeouts;
        reconnects += s.reconnects;
    }
    open = countOpen(stats);
    const double percent = cpu / wall * 100.0;

    out << u"window: %1 s\n"_s.arg(wall, 0, 'f', 2);
    out << u"cpu_time: %1 s\n"_s.arg(cpu, 0, 'f', 3);
    out << u"cpu_network_thread: %1 % of one core\n"_s.arg(networkCpu / wall * 100.0, 0, 'f', 2);
    out << u"cpu_main_thread: %1 % of one core (engine events arriving from the network thread)\n"_s.arg(
        mainCpu / wall * 100.0, 0, 'f', 2);
    out << u"cpu_per_endpoint: %1 us/s\n"_s.arg(cpu / wall / endpoints * 1e6, 0, 'f', 1);
    const double pongsPerEndpoint = double(windowPongs) / wall / endpoints;
    out << u"pongs: %1 per s\n"_s.arg(double(windowPongs) / wall, 0, 'f', 0);
    out << u"pongs_per_endpoint: %1 per s (expected %2)\n"_s.arg(pongsPerEndpoint, 0, 'f', 2)
               .arg(1000.0 / IntervalMs, 0, 'f', 2);
    out << u"endpoints_open: %1\n"_s.arg(open);
    out << u"endpoints_with_rtt: %1\n"_s.arg(withRtt);
    out << u"rtt_avg: %1 ms\n"_s.arg(withRtt ? rttAvgSum / withRtt : -1.0, 0, 'f', 2);
    out << u"rtt_p95_max: %1 ms\n"_s.arg(rttMax);
    out << u"heartbeat_timeouts: %1\n"_s.arg(timeouts);
    out << u"reconnects: %1\n"_s.arg(reconnects);
    // The log store is a ring of a fixed number of records, whatever the number of endpoints; by now
    // it is full of pong events, so this figure carries the store's whole size as well.
    out << u"rss_end: %1 KiB (log store: %2 of %3 records)\n"_s.arg(rssEnd)
               .arg(manager->store()->size())
               .arg(manager->store()->capacity());
    out << u"rss_end_per_endpoint: %1 KiB (end minus before, per endpoint, the full log store included)\n"_s
               .arg(double(rssEnd - rssBefore) / endpoints, 0, 'f', 1);
    out << u"testserver_cpu: %1 %\n"_s.arg(serverCpu / wall * 100.0, 0, 'f', 2);
    if (pongsPerEndpoint < 0.9 * 1000.0 / IntervalMs)
        out << u"warning: pings go out less often than every %1 ms, so this measures a lighter load than "
               u"configured\n"_s.arg(IntervalMs);
    out << u"cpu: %1 % of one core\n"_s.arg(percent, 0, 'f', 2);
    out << u"RESULT idle_cpu%1 %2 %_of_one_core goal <%3 %4\n"_s.arg(suffix)
               .arg(percent, 0, 'f', 2)
               .arg(goalPercent, 0, 'f', 1)
               .arg(percent < goalPercent ? u"met"_s : u"not met"_s);
    // The memory goal is set for 5,000 endpoints: with fewer, the fixed part (the log store, the
    // thread's heap arena, the server connection's bookkeeping) weighs more per endpoint.
    if (endpoints >= DefaultEndpoints) {
        out << u"RESULT idle_rss_per_endpoint%1 %2 KiB goal <%3 %4\n"_s.arg(suffix)
                   .arg(rssPerEndpoint, 0, 'f', 1)
                   .arg(GoalRssPerEndpointKib, 0, 'f', 0)
                   .arg(rssPerEndpoint < GoalRssPerEndpointKib ? u"met"_s : u"not met"_s);
    } else {
        out << u"note: the RSS goal (<%1 KiB per endpoint) is set for %2 endpoints\n"_s
                   .arg(GoalRssPerEndpointKib, 0, 'f', 0)
                   .arg(DefaultEndpoints);
    }
    out.flush();

    manager.reset();
    int status = 0;
    if (withRtt != endpoints || windowPongs == 0) {
        out << u"error: heartbeats did not run: %1 of %2 endpoints have an RTT sample\n"_s.arg(withRtt).arg(
            endpoints);
        status = 1;
    }
    if (timeouts != 0 || open != endpoints) {
        out << u"error: %1 heartbeat timeouts; %2 of %3 endpoints open at the end\n"_s.arg(timeouts)
                   .arg(open)
                   .arg(endpoints);
        status = 1;
    }
    return finish(status);
}
