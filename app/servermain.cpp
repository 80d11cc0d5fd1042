// feedpulse-server: feeds, pong replies, server-side heartbeat, presence and fault switches on the
// command line. Every event is one JSON line on stdout; the first is "ready" with the ports.
#include "engineevent.h"
#include "feedserver.h"
#include "serveroptions.h"
#include "signalwatcher.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "feedpulse-server: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"feedpulse-server"_s);
    QCoreApplication::setOrganizationName(u"FeedPulse"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FEEDPULSE_VERSION));

    Translations::install();

    const ServerOptions options = parseServerOptions(QCoreApplication::arguments());
    if (options.helpRequested) {
        std::fputs(qUtf8Printable(options.helpText), stdout);
        return 0;
    }
    if (options.versionRequested) {
        std::printf("%s %s\n", qUtf8Printable(QCoreApplication::applicationName()),
                    qUtf8Printable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!options.ok) {
        for (const QString &error : options.errors) {
            printError(error);
        }
        printError(QCoreApplication::translate("servermain", "%n problem(s); nothing was started.", nullptr,
                                               int(options.errors.size())));
        return 2;
    }

    // Installed before anything starts, so that an early SIGTERM still ends the run cleanly.
    SignalWatcher watcher;

    // Straight to the descriptor: a reader on a pipe sees each line as soon as it is written.
    QFile out;
    out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);

    // The server logs while it starts; those lines wait until "ready" is out, so that it comes first.
    bool ready = false;
    QList<QByteArray> early;
    FeedServer server(options.config);
    QObject::connect(&server, &FeedServer::logLine, &app, [&](const QByteArray &line) {
        if (ready) {
            out.write(line + '\n');
        } else {
            early.append(line);
        }
    });

    QString error;
    if (!server.start(&error)) {
        printError(error);
        return 2;
    }

    // Declared after the server, so that it goes first.
    std::unique_ptr<FeedServerControl> control;
    if (options.config.controlPort != 0) {
        control = std::make_unique<FeedServerControl>(&server);
        const int port = options.config.controlPort < 0 ? 0 : options.config.controlPort;
        if (!control->listen(quint16(port), &error)) {
            printError(QCoreApplication::translate("servermain", "control endpoint: %1").arg(error));
            server.stop();
            return 2;
        }
    }

    // Written by hand to keep the documented key order ({"ts", "event", …}); QJsonObject sorts keys.
    const QByteArray readyLine =
        "{\"ts\":\"" + EngineEvent::formatTimestamp(QDateTime::currentMSecsSinceEpoch()).toLatin1() +
        "\",\"event\":\"ready\",\"port\":" + QByteArray::number(server.port()) +
        ",\"control_port\":" + QByteArray::number(control ? control->port() : 0) + "}\n";
    out.write(readyLine);
    ready = true;
    for (const QByteArray &line : std::as_const(early)) {
        out.write(line + '\n');
    }
    early.clear();

    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int) {
        control.reset();
        server.stop();
        QCoreApplication::exit(0);
    });
    return app.exec();
}
