// GUI responsiveness under load: the dashboard window (table, log visible and auto-scrolling) with
// 4 endpoints receiving 50,000 msg/s in all from a FeedServer on another thread, for 10 s. The main
// thread's event-loop latency is how late a 5 ms precise timer fires. Also the window's memory once
// the log cap is reached, which must stay flat. Prints figures; a missed goal is reported, never
// failed. Exit 1 only when the setup is broken (no messages arrive).

#include "appsettings.h"
#include "benchutil.h"
#include "connectionmanager.h"
#include "connectionstats.h"
#include "feedserver.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Endpoints = 4;
constexpr double TotalRate = 50'000;
constexpr int TickMs = 5;
constexpr double GoalP99Ms = 50.0;
constexpr int LogCap = 50'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // a saved layout of the real app must not change the run
    QCommandLineParser parser;
    const QCommandLineOption quick(u"quick"_s, u"A 4 s run instead of 10 s (CI)."_s);
    parser.addOption(quick);
    parser.process(app);
    const int durationMs = parser.isSet(quick) ? 4'000 : 10'000;

    // The feed server has its own thread, so that serving the load does not count as GUI latency.
    QThread serverThread;
    serverThread.start();
    FeedServerConfig serverConfig;
    serverConfig.heartbeatIntervalMs = 0;
    serverConfig.feeds.clear();
    for (int i = 0; i < Endpoints; ++i)
        serverConfig.feeds << FeedSpec{u"/feed%1"_s.arg(i), TotalRate / Endpoints, 64};
    auto *server = new FeedServer(serverConfig);
    server->moveToThread(&serverThread);
    bool started = false;
    QMetaObject::invokeMethod(
        server, [&] { started = server->start(); }, Qt::BlockingQueuedConnection);
    if (!started) {
        out() << "error: the feed server did not start\n";
        return 1;
    }

    ConnectionManager manager;
    MainWindow window(&manager);
    AppSettings settings = window.settings();
    settings.logCapacity = LogCap;
    settings.notificationsEnabled = false;
    window.applySettings(settings);
    QList<EndpointConfig> endpoints;
    for (int i = 0; i < Endpoints; ++i) {
        EndpointConfig config;
        config.name = u"feed%1"_s.arg(i);
        config.urls = {server->url(u"/feed%1"_s.arg(i), config.name).toString()};
        config.heartbeat.intervalMs = 5'000;
        config.heartbeat.timeoutMs = 5'000;
        endpoints << config;
    }
    window.setEndpoints(endpoints);
    window.resize(1280, 800);
    window.show();

    // The precise 5 ms timer: lateness is the time past its due moment.
    std::vector<double> lateness;
    lateness.reserve(std::size_t(durationMs / TickMs) + 16);
    QElapsedTimer clock;
    clock.start();
    qint64 due = TickMs * 1'000'000LL;
    bool measuring = false;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring)
            lateness.push_back(double(std::max<qint64>(0, now - due)) / 1e6);
        due = now + TickMs * 1'000'000LL;
    });
    tick.start(TickMs);

    wait(1'500); // connect and fill the log to its cap
    const quint64 before = [&] {
        quint64 total = 0;
        for (const ConnectionStats &stats : manager.snapshot())
            total += stats.messagesIn;
        return total;
    }();
    const double cpuBefore = BenchUtil::processCpuSeconds();
    measuring = true;
    const qint64 started2 = clock.elapsed();
    std::vector<qint64> rss;
    for (int elapsed = 0; elapsed < durationMs; elapsed += 1'000) {
        wait(1'000);
        rss.push_back(BenchUtil::rssKb());
    }
    measuring = false;
    const double seconds = double(clock.elapsed() - started2) / 1000.0;
    quint64 after = 0;
    for (const ConnectionStats &stats : manager.snapshot())
        after += stats.messagesIn;
    const double cpu = BenchUtil::processCpuSeconds() - cpuBefore;
    const double rate = double(after - before) / seconds;
    const qsizetype rows = window.logView()->model()->rowCount();

    out() << "mode: " << (parser.isSet(quick) ? "quick" : "full") << " (" << durationMs / 1000 << " s, "
          << Endpoints << " endpoints, target " << TotalRate << " msg/s, log cap " << LogCap << ")\n";
    out() << "received: " << qint64(rate) << " msgs/s\n";
    out() << "log_rows: " << rows << " (dropped " << window.logView()->model()->droppedCount() << ")\n";
    out() << "timer_late_p50: " << QString::number(percentile(lateness, 0.50), 'f', 2) << " ms\n";
    out() << "timer_late_p99: " << QString::number(percentile(lateness, 0.99), 'f', 2) << " ms\n";
    out() << "timer_late_max: " << QString::number(percentile(lateness, 1.0), 'f', 2) << " ms\n";
    out() << "ticks: " << lateness.size() << '\n';
    out() << "cpu: " << QString::number(100.0 * cpu / seconds, 'f', 1) << " % of one core (this process)\n";
    out() << "rss_first_s: " << rss.front() << " kB\n";
    out() << "rss_last_s: " << rss.back() << " kB\n";
    const double growth = double(rss.back() - rss.front()) / 1024.0;
    out() << "rss_growth_after_cap: " << QString::number(growth, 'f', 1) << " MB\n";
    const double p99 = percentile(lateness, 0.99);
    out() << "RESULT gui_timer_late_p99 " << QString::number(p99, 'f', 2) << " ms goal <" << GoalP99Ms << ' '
          << (p99 < GoalP99Ms ? "met" : "not met") << '\n';
    out() << "RESULT gui_rss_growth_after_cap " << QString::number(growth, 'f', 1) << " MB goal <8 "
          << (growth < 8 ? "met" : "not met") << '\n';
    out().flush();

    window.close();
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return after > before ? 0 : 1;
}
