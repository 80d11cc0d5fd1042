#include "appsettings.h"
#include "configstore.h"
#include "connectionmanager.h"
#include "demo.h"
#include "headlessrunner.h"
#include "mainwindow.h"
#include "signalwatcher.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHostAddress>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

int parsePositive(const QCommandLineParser &parser, const QString &name, bool *ok)
{
    if (!parser.isSet(name)) {
        return 0;
    }
    bool valid = false;
    const int value = parser.value(name).toInt(&valid);
    if (!valid || value <= 0) {
        printError(QCoreApplication::translate("main", "feedpulse: --%1 must be a positive "
                                                       "whole number, got \"%2\"")
                       .arg(name, parser.value(name)));
        *ok = false;
    }
    return value;
}

// --metrics-port (-1 when absent) and --metrics-bind; false after printing what is wrong.
bool parseMetrics(const QCommandLineParser &parser, int *port, QHostAddress *bind)
{
    *port = -1;
    if (parser.isSet(u"metrics-port"_s)) {
        bool valid = false;
        *port = parser.value(u"metrics-port"_s).toInt(&valid);
        if (!valid || *port < 0 || *port > 65535) {
            printError(QCoreApplication::translate("main", "feedpulse: --metrics-port must be a port number "
                                                           "from 0 to 65535, got \"%1\"")
                           .arg(parser.value(u"metrics-port"_s)));
            return false;
        }
    }
    if (parser.isSet(u"metrics-bind"_s)) {
        if (!bind->setAddress(parser.value(u"metrics-bind"_s))) {
            printError(QCoreApplication::translate("main", "feedpulse: --metrics-bind must be an IP address, "
                                                           "got \"%1\"")
                           .arg(parser.value(u"metrics-bind"_s)));
            return false;
        }
        if (*port < 0) {
            printError(QCoreApplication::translate("main", "feedpulse: --metrics-bind needs --metrics-port"));
            return false;
        }
    }
    return true;
}

// Headless mode must run where there is no display, so the application class is chosen before
// the command line is parsed properly.
bool hasArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) {
            return true;
        }
    }
    return false;
}

// The language comes from --lang (before the parser runs, so that --help is translated too), else
// from the settings, else from the system.
QString requestedLanguage(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            return QString::fromLocal8Bit(argv[i] + 7);
        }
    }
    QSettings settings;
    return AppSettings::load(settings).language;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Watch live WebSocket feeds: heartbeats, reconnection and events."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"headless"_s,
         QCoreApplication::translate("main", "Run without a window; print events as JSON lines.")},
        {u"demo"_s, QCoreApplication::translate("main", "Open the window on built-in demo feeds (a local "
                                                        "feed server on 127.0.0.1).")},
        {u"config"_s, QCoreApplication::translate("main", "Endpoint config file (JSON)."),
         QCoreApplication::translate("main", "file")},
        {u"lang"_s,
         QCoreApplication::translate("main", "Language of the window and messages (en, zh_CN, zh_TW)."),
         QCoreApplication::translate("main", "language")},
        {u"duration"_s, QCoreApplication::translate("main", "Stop cleanly after this many seconds."),
         QCoreApplication::translate("main", "seconds")},
        {u"log-messages"_s, QCoreApplication::translate("main", "Include message text in message events.")},
        {u"stats-interval"_s,
         QCoreApplication::translate("main", "Print a stats event per endpoint this often."),
         QCoreApplication::translate("main", "ms")},
        {u"commands"_s, QCoreApplication::translate("main", "Read JSON commands from standard input.")},
        {u"metrics-port"_s,
         QCoreApplication::translate("main",
                                     "Serve Prometheus metrics at /metrics (and /healthz) on this port; "
                                     "0 picks a free one."),
         QCoreApplication::translate("main", "port")},
        {u"metrics-bind"_s,
         QCoreApplication::translate("main", "Address to serve metrics on (default 127.0.0.1)."),
         QCoreApplication::translate("main", "address")},
        {u"screenshot"_s,
         QCoreApplication::translate("main", "Save a screenshot of the window to this PNG file, then quit."),
         QCoreApplication::translate("main", "file")},
        {u"screenshot-after"_s,
         QCoreApplication::translate("main", "Wait this long before the screenshot (default 8000)."),
         QCoreApplication::translate("main", "ms")},
    });
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"feedpulse"_s);
    QCoreApplication::setOrganizationName(u"FeedPulse"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FEEDPULSE_VERSION));
}

int runHeadless(QCoreApplication &app, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"config"_s)) {
        printError(QCoreApplication::translate("main", "feedpulse: --headless needs --config FILE"));
        return 2;
    }
    bool ok = true;
    HeadlessOptions options;
    options.configFile = parser.value(u"config"_s);
    options.durationS = parsePositive(parser, u"duration"_s, &ok);
    options.statsIntervalMs = parsePositive(parser, u"stats-interval"_s, &ok);
    options.logMessages = parser.isSet(u"log-messages"_s);
    options.commands = parser.isSet(u"commands"_s);
    ok = parseMetrics(parser, &options.metricsPort, &options.metricsBind) && ok;
    if (!ok) {
        return 2;
    }

    HeadlessRunner runner(options);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &runner, &HeadlessRunner::requestQuit);
    QObject::connect(&runner, &HeadlessRunner::finished, &app, &QCoreApplication::exit);
    const int status = runner.start();
    if (status >= 0) {
        return status;
    }
    return app.exec();
}

// For the launch benchmark: says "first_paint" on stderr once the window has painted for the first
// time (after the paint event is done), when FEEDPULSE_REPORT_FIRST_PAINT is set.
class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, this, [] {
                std::fputs("first_paint\n", stderr);
                std::fflush(stderr);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

// Grabs the window's area of the screen, as a screenshot tool would, and saves it.
bool saveScreenshot(const QWidget &window, const QString &fileName)
{
    QScreen *screen = window.screen();
    if (!screen) {
        return false;
    }
    const QRect frame = window.frameGeometry();
    const QPixmap shot = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    return !shot.isNull() && shot.save(fileName, "PNG");
}

int runWindow(QApplication &app, const QCommandLineParser &parser)
{
    bool ok = true;
    const int durationS = parsePositive(parser, u"duration"_s, &ok);
    int screenshotAfterMs = parsePositive(parser, u"screenshot-after"_s, &ok);
    int metricsPort = -1;
    QHostAddress metricsBind(QHostAddress::LocalHost);
    ok = parseMetrics(parser, &metricsPort, &metricsBind) && ok;
    if (!ok) {
        return 2;
    }
    if (screenshotAfterMs == 0) {
        screenshotAfterMs = 8'000;
    }

    ConnectionManager manager;
    MainWindow window(&manager);
    if (metricsPort >= 0) {
        window.setMetricsAddress(metricsBind, metricsPort);
    }
    Demo demo;
    if (parser.isSet(u"demo"_s)) {
        QString error;
        if (!demo.start(&error)) {
            printError(
                QCoreApplication::translate("main", "feedpulse: the demo feed server did not start: %1")
                    .arg(error));
            return 1;
        }
        window.setWindowTitle(QCoreApplication::translate("main", "FeedPulse — demo"));
        window.setEndpoints(demo.endpoints());
    } else {
        window.loadConfig(parser.isSet(u"config"_s) ? parser.value(u"config"_s) : ConfigStore::defaultPath());
    }
    FirstPaintReporter firstPaint;
    if (qEnvironmentVariableIsSet("FEEDPULSE_REPORT_FIRST_PAINT")) {
        window.installEventFilter(&firstPaint);
    }
    window.show();

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &window, &QWidget::close);
    if (durationS > 0) {
        QTimer::singleShot(durationS * 1000, &window, &QWidget::close);
    }
    int status = 0;
    if (parser.isSet(u"screenshot"_s)) {
        const QString fileName = parser.value(u"screenshot"_s);
        QTimer::singleShot(screenshotAfterMs, &window, [&] {
            if (!saveScreenshot(window, fileName)) {
                printError(
                    QCoreApplication::translate("main", "feedpulse: could not save the screenshot to %1")
                        .arg(fileName));
                status = 1;
            }
            window.close();
        });
    }
    const int result = app.exec();
    return status != 0 ? status : result;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    const bool headless = hasArgument(argc, argv, "--headless") || hasArgument(argc, argv, "--help") ||
                          hasArgument(argc, argv, "-h") || hasArgument(argc, argv, "--version") ||
                          hasArgument(argc, argv, "-v");
    if (headless) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    setApplicationNames();
    if (!headless) {
        QGuiApplication::setDesktopFileName(u"org.feedpulse.FeedPulse"_s);
    }
    Translations::install(requestedLanguage(argc, argv));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(*app);

    if (parser.isSet(u"headless"_s)) {
        return runHeadless(*app, parser);
    }
    return runWindow(static_cast<QApplication &>(*app), parser);
}
