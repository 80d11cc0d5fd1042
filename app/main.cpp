#include "headlessrunner.h"
#include "signalwatcher.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int parsePositive(const QCommandLineParser &parser, const QString &name, bool *ok)
{
    if (!parser.isSet(name)) {
        return 0;
    }
    bool valid = false;
    const int value = parser.value(name).toInt(&valid);
    if (!valid || value <= 0) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "feedpulse: --%1 must be a positive "
                                                                        "whole number, got \"%2\"")
                                        .arg(name, parser.value(name))));
        *ok = false;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"feedpulse"_s);
    QCoreApplication::setOrganizationName(u"FeedPulse"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FEEDPULSE_VERSION));

    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Watch live WebSocket feeds: heartbeats, reconnection and events."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"headless"_s,
         QCoreApplication::translate("main", "Run without a window; print events as JSON lines.")},
        {u"config"_s, QCoreApplication::translate("main", "Endpoint config file (JSON)."),
         QCoreApplication::translate("main", "file")},
        {u"duration"_s, QCoreApplication::translate("main", "Stop cleanly after this many seconds."),
         QCoreApplication::translate("main", "seconds")},
        {u"log-messages"_s, QCoreApplication::translate("main", "Include message text in message events.")},
        {u"stats-interval"_s,
         QCoreApplication::translate("main", "Print a stats event per endpoint this often."),
         QCoreApplication::translate("main", "ms")},
        {u"commands"_s, QCoreApplication::translate("main", "Read JSON commands from standard input.")},
    });
    parser.process(app);

    if (!parser.isSet(u"headless"_s)) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(QCoreApplication::translate(
                "main", "feedpulse: this build has no window yet; run it with --headless --config FILE")));
        return 2;
    }
    if (!parser.isSet(u"config"_s)) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(QCoreApplication::translate("main", "feedpulse: --headless needs --config FILE")));
        return 2;
    }
    bool ok = true;
    HeadlessOptions options;
    options.configFile = parser.value(u"config"_s);
    options.durationS = parsePositive(parser, u"duration"_s, &ok);
    options.statsIntervalMs = parsePositive(parser, u"stats-interval"_s, &ok);
    options.logMessages = parser.isSet(u"log-messages"_s);
    options.commands = parser.isSet(u"commands"_s);
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
