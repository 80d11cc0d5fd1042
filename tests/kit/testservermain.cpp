#include "testserver.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: the event loop picks the byte up and quits.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("feedpulse-testserver", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"feedpulse-testserver"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(FEEDPULSE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translate("A WebSocket test server on 127.0.0.1 that answers pings and can push messages."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        {u"p"_s, u"port"_s}, translate("Port to listen on; 0 picks a free one."), u"port"_s, u"0"_s);
    const QCommandLineOption rateOption(
        {u"r"_s, u"rate"_s}, translate("Messages per second pushed to every client; 0 pushes none."),
        u"msgs_per_sec"_s, u"0"_s);
    const QCommandLineOption sizeOption({u"s"_s, u"size"_s},
                                        translate("Approximate size in bytes of each pushed message."),
                                        u"bytes"_s, u"64"_s);
    parser.addOptions({portOption, rateOption, sizeOption});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << translate("Invalid port: %1").arg(parser.value(portOption)) << Qt::endl;
        return 2;
    }
    bool rateOk = false;
    const int rate = parser.value(rateOption).toInt(&rateOk);
    bool sizeOk = false;
    const int size = parser.value(sizeOption).toInt(&sizeOk);
    if (!rateOk || rate < 0 || !sizeOk || size < 0) {
        err << translate("Rate and size must be non-negative integers.") << Qt::endl;
        return 2;
    }

    if (!installSignalHandlers()) {
        err << translate("Cannot install the signal handlers.") << Qt::endl;
        return 1;
    }
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });

    TestServer server;
    if (!server.listen(quint16(port))) {
        err << translate("Cannot listen on 127.0.0.1:%1").arg(port) << Qt::endl;
        return 1;
    }
    if (rate > 0)
        server.startPushing(rate, size);

    QTextStream(stdout) << u"listening on 127.0.0.1:"_s << server.port() << Qt::endl;
    const int status = QCoreApplication::exec();
    server.close();
    return status;
}
