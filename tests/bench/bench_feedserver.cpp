// Push rate of FeedServer against the npm `ws` package's server, in the same run: each pushes ~64-byte
// JSON feed messages as fast as its clients take them (at most 256 KiB buffered per client), to 1 and
// to 100 clients on loopback. The clients are the same QWebSockets in this process for both servers;
// FeedServer runs on its own thread here, `ws` in its own node process. Prints figures; a missed goal
// is reported, never failed. Exit 1 only when a server sends nothing. Without node and npm, or when the
// registry is out of reach, it reports FeedServer alone and says why.

#include "benchutil.h"
#include "feedserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int MessageSize = 64;
constexpr double Goal = 1.0;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Run
{
    bool ok = false;
    double rate = 0; // messages per second, all clients together
    QString error;
};

// Connects `clients` sockets to url, waits until all are open, then counts messages over the window.
Run measure(const QUrl &url, int clients, int warmupMs, int windowMs)
{
    Run run;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    qint64 received = 0;
    bool counting = false;
    int open = 0;
    QEventLoop loop;
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, &loop, [&](const QString &) {
            if (counting)
                ++received;
        });
        QObject::connect(socket.get(), &QWebSocket::connected, &loop, [&] {
            if (++open == clients)
                loop.quit();
        });
        socket->open(url);
        sockets.push_back(std::move(socket));
    }
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (open != clients) {
        run.error = u"only %1 of %2 clients connected to %3"_s.arg(open).arg(clients).arg(url.toString());
        return run;
    }
    QTimer::singleShot(warmupMs, &loop, [&] { counting = true; });
    QElapsedTimer window;
    QTimer::singleShot(warmupMs, &loop, [&] { window.start(); });
    QTimer::singleShot(warmupMs + windowMs, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = double(window.nsecsElapsed()) / 1e9;
    for (auto &socket : sockets)
        socket->abort();
    if (received == 0) {
        run.error = u"no messages from %1"_s.arg(url.toString());
        return run;
    }
    run.ok = true;
    run.rate = double(received) / seconds;
    return run;
}

// The ws server: node blast.js from a build-tree copy, after `npm install` there when needed.
quint16 startWs(QProcess *node, QString *why)
{
    const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(u"ws"_s);
    if (!QFile::exists(dir + u"/blast.js"_s)) {
        *why = u"%1/blast.js is missing (CMake copies it into the build tree)"_s.arg(dir);
        return 0;
    }
    if (!QFile::exists(dir + u"/node_modules/ws/package.json"_s)) {
        QProcess npm;
        npm.setWorkingDirectory(dir);
        npm.setProcessChannelMode(QProcess::MergedChannels);
        npm.start(u"npm"_s, {u"ci"_s, u"--no-audit"_s, u"--no-fund"_s});
        if (!npm.waitForStarted(5000)) {
            *why = u"npm is not installed"_s;
            return 0;
        }
        if (!npm.waitForFinished(180'000) || npm.exitCode() != 0) {
            *why = u"npm ci failed: %1"_s.arg(QString::fromUtf8(npm.readAll().trimmed().right(300)));
            return 0;
        }
    }
    node->setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIZE"_s, QString::number(MessageSize));
    node->setProcessEnvironment(env);
    node->start(u"node"_s, {u"blast.js"_s});
    if (!node->waitForStarted(5000)) {
        *why = u"node is not installed"_s;
        return 0;
    }
    if (!node->waitForReadyRead(10'000)) {
        *why = u"the ws server did not start: %1"_s.arg(QString::fromUtf8(node->readAllStandardError()));
        return 0;
    }
    const QByteArray line = node->readLine().trimmed();
    const quint16 port = line.mid(line.lastIndexOf(':') + 1).toUShort();
    if (!line.startsWith("listening on") || port == 0)
        *why = u"unexpected output from the ws server: %1"_s.arg(QString::fromUtf8(line));
    return port;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"FeedServer push rate against the npm ws server."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"Shorter windows and fewer runs (CI)."_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each kind (default 3, quick 1)."_s, u"n"_s);
    parser.addOptions({quick, runsOption});
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const int runs =
        parser.isSet(runsOption) ? std::max(1, parser.value(runsOption).toInt()) : (isQuick ? 1 : 3);
    const int warmupMs = isQuick ? 300 : 500;
    const int windowMs = isQuick ? 1000 : 3000;

    // FeedServer on its own thread, as feedpulse-server would run it in its own process.
    FeedServerConfig config;
    config.feeds = {FeedSpec{u"/bench"_s, 0.0, MessageSize}};
    config.heartbeatIntervalMs = 0;
    QThread serverThread;
    serverThread.start();
    auto *server = new FeedServer(config);
    server->moveToThread(&serverThread);
    QString error;
    bool started = false;
    QMetaObject::invokeMethod(
        server, [&] { started = server->start(&error); }, Qt::BlockingQueuedConnection);
    if (!started) {
        out() << "error: FeedServer did not start: " << error << Qt::endl;
        return 1;
    }
    const QUrl feedUrl = server->url(u"/bench"_s);

    QProcess node;
    QString why;
    const quint16 wsPort = startWs(&node, &why);
    const bool haveWs = wsPort != 0 && why.isEmpty();
    const QUrl wsUrl(u"ws://127.0.0.1:%1/"_s.arg(wsPort));
    out() << "mode: " << (isQuick ? "quick" : "full") << " (" << runs << " runs of " << windowMs
          << " ms per kind, " << MessageSize << "-byte messages, alternating)" << Qt::endl;
    if (!haveWs)
        out() << "ws: unavailable (" << why << "); FeedServer figures only" << Qt::endl;

    int status = 0;
    QStringList results;
    for (const int clients : {1, 100}) {
        std::vector<double> ours;
        std::vector<double> theirs;
        for (int i = 0; i < runs; ++i) {
            const Run a = measure(feedUrl, clients, warmupMs, windowMs);
            if (!a.ok) {
                out() << "error: " << a.error << Qt::endl;
                status = 1;
                break;
            }
            ours.push_back(a.rate);
            out() << "feedserver_" << clients << "_clients_run" << i + 1 << ": " << qint64(a.rate)
                  << " msgs/s" << Qt::endl;
            if (haveWs) {
                const Run b = measure(wsUrl, clients, warmupMs, windowMs);
                if (!b.ok) {
                    out() << "error: " << b.error << Qt::endl;
                    status = 1;
                    break;
                }
                theirs.push_back(b.rate);
                out() << "ws_" << clients << "_clients_run" << i + 1 << ": " << qint64(b.rate) << " msgs/s"
                      << Qt::endl;
            }
        }
        const double oursMedian = median(ours);
        out() << "feedserver_" << clients << "_clients: " << qint64(oursMedian) << " msgs/s (median)"
              << Qt::endl;
        if (haveWs && !theirs.empty()) {
            const double theirsMedian = median(theirs);
            const double ratio = oursMedian / theirsMedian;
            out() << "ws_" << clients << "_clients: " << qint64(theirsMedian) << " msgs/s (median)"
                  << Qt::endl;
            results << u"RESULT push_ratio_%1_clients %2 x goal >=%3 %4"_s.arg(clients)
                           .arg(ratio, 0, 'f', 2)
                           .arg(Goal, 0, 'f', 1)
                           .arg(ratio >= Goal ? u"met"_s : u"not met"_s);
        } else {
            results << u"RESULT push_rate_%1_clients %2 msgs/s goal (ws unavailable) not measured"_s
                           .arg(clients)
                           .arg(qint64(oursMedian));
        }
    }
    out() << "feedserver_messages_sent: " << server->messagesSent() << Qt::endl;
    out() << "rss: " << BenchUtil::rssKb() << " kB (this process: FeedServer and the clients)" << Qt::endl;
    for (const QString &line : std::as_const(results))
        out() << line << Qt::endl;

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    if (node.state() != QProcess::NotRunning) {
        node.kill();
        node.waitForFinished(2000);
    }
    return status;
}
