// Time from launching `feedpulse` to its first painted window, with 100 endpoints configured (all
// connecting to a FeedServer in this process). The app says "first_paint" on stderr when
// FEEDPULSE_REPORT_FIRST_PAINT is set; the time runs from QProcess::start(). Median of several
// launches. Prints figures; a missed goal is reported, never failed. Exit 1 when the app never paints.

#include "configfile.h"
#include "feedserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Endpoints = 100;
constexpr double GoalMs = 500;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Milliseconds from start to "first_paint", or -1.
double launchOnce(const QString &binary, const QString &config, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A real X server when there is one (xvfb-run gives one); offscreen otherwise.
    if (!env.contains(u"DISPLAY"_s) && !env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"FEEDPULSE_REPORT_FIRST_PAINT"_s, u"1"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    process.setProcessEnvironment(env);
    double result = -1;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        if (result < 0 && process.readAllStandardError().contains("first_paint")) {
            result = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    timer.start();
    process.start(binary, {u"--config"_s, config, u"--lang"_s, u"en"_s});
    loop.exec();
    process.terminate();
    if (!process.waitForFinished(5'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quick(u"quick"_s, u"3 launches instead of 7 (CI)."_s);
    parser.addOption(quick);
    parser.process(app);
    const int launches = parser.isSet(quick) ? 3 : 7;
    out() << "platform: "
          << (qEnvironmentVariableIsSet("DISPLAY") ? u"xcb (DISPLAY is set)"_s : u"offscreen"_s) << ", "
          << Endpoints << " endpoints\n";

    FeedServerConfig serverConfig;
    serverConfig.feeds = {FeedSpec{u"/ticker"_s, 1, 0}};
    FeedServer server(serverConfig);
    QString error;
    if (!server.start(&error)) {
        out() << "error: " << error << '\n';
        return 1;
    }
    QTemporaryDir dir;
    ConfigFile config;
    for (int i = 0; i < Endpoints; ++i) {
        EndpointConfig endpoint;
        endpoint.name = u"feed-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        endpoint.urls = {server.url(u"/ticker"_s, endpoint.name).toString()};
        config.endpoints << endpoint;
    }
    const QString configPath = dir.filePath(u"endpoints.json"_s);
    if (!config.save(configPath, &error)) {
        out() << "error: " << error << '\n';
        return 1;
    }
    const QString binary = QCoreApplication::applicationDirPath() + u"/../../app/feedpulse"_s;

    std::vector<double> times;
    for (int i = 0; i < launches; ++i) {
        const double ms = launchOnce(binary, configPath, dir.path());
        if (ms < 0) {
            out() << "error: feedpulse did not paint within 20 s (" << binary << ")\n";
            return 1;
        }
        times.push_back(ms);
        out() << "launch_" << i + 1 << ": " << QString::number(ms, 'f', 1) << " ms\n";
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    out() << "launch_min: " << QString::number(times.front(), 'f', 1) << " ms\n";
    out() << "launch_max: " << QString::number(times.back(), 'f', 1) << " ms\n";
    out() << "RESULT launch_to_first_paint_100_endpoints " << QString::number(median, 'f', 1) << " ms goal <"
          << GoalMs << ' ' << (median < GoalMs ? "met" : "not met") << '\n';
    return 0;
}
