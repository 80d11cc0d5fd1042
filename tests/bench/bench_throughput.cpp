// Receive throughput of 64-byte text messages: a bare QWebSocket against the engine (a ConnectionManager
// with one endpoint, logging into its MessageStore), both fed by the same local blaster in the same run.
// Prints figures; a missed goal is reported, never failed. Exit 1 only when messages go missing.

#include "benchutil.h"
#include "connectionmanager.h"
#include "connectionstats.h"
#include "endpointconfig.h"
#include "messagestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <pthread.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int MessageSize = 64;
// Server frames are unmasked and, under 126 bytes of payload, have a 2-byte header.
constexpr qint64 FrameBytes = MessageSize + 2;
constexpr int ChunkMessages = 1000;
// At most this many bytes wait in the blaster's socket: enough to keep the pipe full, small enough
// that its event loop stays responsive and its buffer stays bounded.
constexpr qint64 HighWaterBytes = 256 * 1024;
constexpr int RunTimeoutMs = 120'000;
constexpr double Goal = 0.8;

qint64 nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

clockid_t currentThreadCpuClock()
{
    clockid_t clock = CLOCK_THREAD_CPUTIME_ID;
    pthread_getcpuclockid(pthread_self(), &clock);
    return clock;
}

// A WebSocket server that sends every new client a fixed number of pre-built 64-byte text messages as
// fast as the client takes them. Lives on its own thread; the main thread reads only the atomics.
class Blaster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Blaster)

public:
    Blaster() : m_server(new QWebSocketServer(u"bench blaster"_s, QWebSocketServer::NonSecureMode, this))
    {
        constexpr int Distinct = 1024;
        m_messages.reserve(Distinct);
        for (int i = 0; i < Distinct; ++i) {
            const QString head = u"{\"seq\":"_s % QString::number(i) % u",\"feed\":\"bench\",\"pad\":\""_s;
            const QString tail = u"\"}"_s;
            m_messages.push_back(head % QString(MessageSize - head.size() - tail.size(), u'x') % tail);
        }
        connect(m_server, &QWebSocketServer::newConnection, this, &Blaster::onNewConnection);
    }

    // Call on the blaster's thread.
    bool listen()
    {
        m_cpuClock.store(currentThreadCpuClock());
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return false;
        m_port.store(m_server->serverPort());
        return true;
    }

    quint16 port() const { return m_port.load(); }
    clockid_t cpuClock() const { return m_cpuClock.load(); }
    // Messages for the next connection.
    void setMessageCount(qint64 count) { m_count.store(count); }
    // When the latest connection got its first message (steady clock, ns).
    qint64 firstSendNs() const { return m_firstSendNs.load(); }

private:
    struct Stream
    {
        qint64 remaining = 0;
        qint64 outstanding = 0; // bytes handed to the socket and not yet written to the kernel
    };

    void onNewConnection()
    {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            m_streams.insert(socket, Stream{m_count.load(), 0});
            connect(socket, &QWebSocket::bytesWritten, this, [this, socket](qint64 bytes) {
                const auto it = m_streams.find(socket);
                if (it == m_streams.end())
                    return;
                it->outstanding = std::max<qint64>(0, it->outstanding - bytes);
                pump(socket, *it);
            });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_streams.remove(socket);
                socket->deleteLater();
            });
            m_firstSendNs.store(nowNs());
            pump(socket, m_streams[socket]);
        }
    }

    void pump(QWebSocket *socket, Stream &stream)
    {
        while (stream.remaining > 0 && stream.outstanding < HighWaterBytes) {
            const qint64 chunk = std::min<qint64>(ChunkMessages, stream.remaining);
            for (qint64 i = 0; i < chunk; ++i) {
                socket->sendTextMessage(m_messages[m_next]);
                m_next = (m_next + 1) % m_messages.size();
            }
            stream.remaining -= chunk;
            stream.outstanding += chunk * FrameBytes;
        }
    }

    QWebSocketServer *m_server;
    std::vector<QString> m_messages;
    std::size_t m_next = 0;
    QHash<QWebSocket *, Stream> m_streams;
    std::atomic<quint16> m_port{0};
    std::atomic<clockid_t> m_cpuClock{CLOCK_THREAD_CPUTIME_ID};
    std::atomic<qint64> m_count{0};
    std::atomic<qint64> m_firstSendNs{0};
};

struct RunResult
{
    bool ok = false;
    double seconds = 0;
    double rate = 0;
    double receiverCpu = 0;   // share of one core over the run, 0..1
    double receiverCpuNs = 0; // receiver thread CPU time per message
    double blasterCpu = 0;
    QString error;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// A bare QWebSocket on this (the main) thread counts messages and does nothing else with them.
RunResult runBare(Blaster &blaster, const QUrl &url, qint64 count)
{
    RunResult result;
    blaster.setMessageCount(count);
    const clockid_t receiverClock = currentThreadCpuClock();
    const double receiverCpuStart = BenchUtil::threadCpuSeconds(receiverClock);
    const double blasterCpuStart = BenchUtil::threadCpuSeconds(blaster.cpuClock());
    const qint64 wallStart = nowNs();

    QWebSocket client;
    QEventLoop loop;
    qint64 received = 0;
    qint64 endNs = 0;
    QObject::connect(&client, &QWebSocket::textMessageReceived, &loop, [&](const QString &) {
        if (++received == count) {
            endNs = nowNs();
            loop.quit();
        }
    });
    QObject::connect(&client, &QWebSocket::disconnected, &loop, [&] {
        result.error = u"bare client disconnected: "_s + client.errorString();
        loop.quit();
    });
    QTimer::singleShot(RunTimeoutMs, &loop, [&] {
        result.error = u"bare client timed out"_s;
        loop.quit();
    });
    client.open(url);
    loop.exec();

    const double receiverCpu = BenchUtil::threadCpuSeconds(receiverClock) - receiverCpuStart;
    const double blasterCpu = BenchUtil::threadCpuSeconds(blaster.cpuClock()) - blasterCpuStart;
    const double wall = double(nowNs() - wallStart) / 1e9;
    client.disconnect(&loop);
    client.abort();
    if (received != count) {
        result.error += u" (%1 of %2 messages)"_s.arg(received).arg(count);
        return result;
    }
    result.ok = true;
    result.seconds = double(endNs - blaster.firstSendNs()) / 1e9;
    result.rate = double(count) / result.seconds;
    result.receiverCpu = receiverCpu / wall;
    result.receiverCpuNs = receiverCpu * 1e9 / double(count);
    result.blasterCpu = blasterCpu / wall;
    return result;
}

// The engine: one endpoint in a fresh ConnectionManager. Its worker thread receives, counts and logs
// every message into the store; this thread only watches the store's last seq.
RunResult runManaged(Blaster &blaster, const QUrl &url, qint64 count, qsizetype capacity)
{
    RunResult result;
    blaster.setMessageCount(count);
    auto manager = std::make_unique<ConnectionManager>();
    MessageStore *store = manager->store();
    if (capacity > 0)
        store->setCapacity(capacity);

    clockid_t workerClock = CLOCK_THREAD_CPUTIME_ID;
    auto *probe = new QObject;
    probe->moveToThread(manager->workerThread());
    QMetaObject::invokeMethod(
        probe, [&workerClock] { workerClock = currentThreadCpuClock(); }, Qt::BlockingQueuedConnection);
    probe->deleteLater();

    EndpointConfig config;
    config.name = u"blast"_s;
    config.urls = {url.toString()};
    // Passive with long limits: nothing but the blaster's messages crosses the link.
    config.heartbeat.mode = HeartbeatPolicy::Mode::Passive;
    config.heartbeat.intervalMs = 600'000;
    config.heartbeat.timeoutMs = 600'000;
    config.staleAfterMs = 0;

    const double workerCpuStart = BenchUtil::threadCpuSeconds(workerClock);
    const double blasterCpuStart = BenchUtil::threadCpuSeconds(blaster.cpuClock());
    const qint64 wallStart = nowNs();
    // The store holds events as well ("connecting", "open"), so count records reach the target a little
    // before the last message does; from then on the stats tell how many records were messages.
    const quint64 targetSeq = store->lastSeq() + quint64(count);
    manager->addEndpoint(config);

    QEventLoop loop;
    qint64 endNs = 0;
    quint64 messagesIn = 0;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (store->lastSeq() < targetSeq)
            return;
        endNs = nowNs();
        const QList<ConnectionStats> stats = manager->snapshot();
        messagesIn = stats.isEmpty() ? 0 : stats.first().messagesIn;
        if (messagesIn >= quint64(count))
            loop.quit();
    });
    QObject::connect(manager.get(), &ConnectionManager::stateChanged, &loop, [&](const QString &, int state) {
        const auto s = Connection::State(state);
        if (s == Connection::State::Backoff || s == Connection::State::Stopped) {
            result.error = u"managed connection left Open (%1)"_s.arg(Connection::stateName(s));
            loop.quit();
        }
    });
    QTimer::singleShot(RunTimeoutMs, &loop, [&] {
        result.error = u"managed connection timed out"_s;
        loop.quit();
    });
    poll.start();
    loop.exec();
    poll.stop();

    const double workerCpu = BenchUtil::threadCpuSeconds(workerClock) - workerCpuStart;
    const double blasterCpu = BenchUtil::threadCpuSeconds(blaster.cpuClock()) - blasterCpuStart;
    const double wall = double(nowNs() - wallStart) / 1e9;
    const QList<ConnectionStats> stats = manager->snapshot();
    manager.reset();
    if (stats.isEmpty() || stats.first().messagesIn != quint64(count) ||
        stats.first().bytesIn != quint64(count) * MessageSize) {
        result.error +=
            u" (%1 of %2 messages)"_s.arg(stats.isEmpty() ? 0 : stats.first().messagesIn).arg(count);
        return result;
    }
    result.ok = true;
    result.seconds = double(endNs - blaster.firstSendNs()) / 1e9;
    result.rate = double(count) / result.seconds;
    result.receiverCpu = workerCpu / wall;
    result.receiverCpuNs = workerCpu * 1e9 / double(count);
    result.blasterCpu = blasterCpu / wall;
    return result;
}

QString describe(const RunResult &r)
{
    return u"%1 msgs/s  (%2 s; receiver thread %3% cpu, %4 ns cpu/msg; blaster thread %5% cpu)"_s
        .arg(r.rate, 0, 'f', 0)
        .arg(r.seconds, 0, 'f', 3)
        .arg(r.receiverCpu * 100, 0, 'f', 0)
        .arg(r.receiverCpuNs, 0, 'f', 0)
        .arg(r.blasterCpu * 100, 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Receive throughput of 64-byte messages: bare QWebSocket vs. engine."_s);
    parser.addHelpOption();
    const QCommandLineOption quickOption(u"quick"_s, u"Shorter runs (for CI): five of a million messages."_s);
    const QCommandLineOption capacityOption(
        u"capacity"_s, u"The message store's capacity in records (default: the engine's default)."_s,
        u"records"_s);
    const QCommandLineOption messagesOption(u"messages"_s, u"Messages per run (for profiling)."_s,
                                            u"count"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each kind (for profiling)."_s, u"count"_s);
    parser.addOptions({quickOption, capacityOption, messagesOption, runsOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const qsizetype capacity = parser.value(capacityOption).toLongLong();

    // Quick is for CI: five runs of a million, so that one noisy run cannot move the median.
    qint64 count = quick ? 1'000'000 : 2'000'000;
    if (parser.isSet(messagesOption))
        count = std::max<qint64>(10, parser.value(messagesOption).toLongLong());
    int runs = 5;
    if (parser.isSet(runsOption))
        runs = std::max(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);
#ifdef QT_DEBUG
    out << u"note: debug build; numbers are pessimistic\n"_s;
#endif
    out << u"mode: %1 (%2 messages of %3 bytes per run, %4 runs each, alternating)\n"_s
               .arg(quick ? u"quick"_s : u"full"_s)
               .arg(count)
               .arg(MessageSize)
               .arg(runs);
    out << u"cpus: %1\n"_s.arg(QThread::idealThreadCount());
    out << u"store_capacity: %1 records\n"_s.arg(capacity > 0 ? capacity : MessageStore().capacity());
    out.flush();

    QThread blasterThread;
    blasterThread.setObjectName(u"blaster"_s);
    auto *blaster = new Blaster;
    blaster->moveToThread(&blasterThread);
    QObject::connect(&blasterThread, &QThread::finished, blaster, &QObject::deleteLater);
    blasterThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        blaster, [blaster, &listening] { listening = blaster->listen(); }, Qt::BlockingQueuedConnection);
    const auto finish = [&blasterThread](int status) {
        blasterThread.quit();
        blasterThread.wait();
        return status;
    };
    if (!listening) {
        out << u"error: the blaster cannot listen on 127.0.0.1\n"_s;
        return finish(1);
    }
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(blaster->port());
    url.setPath(u"/"_s);

    const auto check = [&out](const RunResult &r) {
        if (!r.ok)
            out << u"error: %1\n"_s.arg(r.error);
        return r.ok;
    };

    // One short run of each first, so that neither pays for first-time allocation and page faults.
    if (!check(runBare(*blaster, url, count / 10)) || !check(runManaged(*blaster, url, count / 10, capacity)))
        return finish(1);

    std::vector<double> bare;
    std::vector<double> managed;
    std::vector<double> bareCpu;
    std::vector<double> managedCpu;
    for (int i = 1; i <= runs; ++i) {
        const RunResult b = runBare(*blaster, url, count);
        if (!check(b))
            return finish(1);
        out << u"bare_run%1: %2\n"_s.arg(i).arg(describe(b));
        out.flush();
        const RunResult m = runManaged(*blaster, url, count, capacity);
        if (!check(m))
            return finish(1);
        out << u"managed_run%1: %2\n"_s.arg(i).arg(describe(m));
        out.flush();
        bare.push_back(b.rate);
        managed.push_back(m.rate);
        bareCpu.push_back(b.receiverCpuNs);
        managedCpu.push_back(m.receiverCpuNs);
    }

    const double bareMedian = median(bare);
    const double managedMedian = median(managed);
    const double ratio = managedMedian / bareMedian;
    out << u"bare_median: %1 msgs/s\n"_s.arg(bareMedian, 0, 'f', 0);
    out << u"managed_median: %1 msgs/s\n"_s.arg(managedMedian, 0, 'f', 0);
    out << u"bare_wall_per_message: %1 ns\n"_s.arg(1e9 / bareMedian, 0, 'f', 0);
    out << u"managed_wall_per_message: %1 ns\n"_s.arg(1e9 / managedMedian, 0, 'f', 0);
    // CPU time of the receiving thread is less sensitive to other load on the machine than wall time.
    out << u"bare_receiver_cpu_per_message: %1 ns\n"_s.arg(median(bareCpu), 0, 'f', 0);
    out << u"managed_receiver_cpu_per_message: %1 ns\n"_s.arg(median(managedCpu), 0, 'f', 0);
    out << u"receiver_cpu_ratio_bare_over_managed: %1\n"_s.arg(median(bareCpu) / median(managedCpu), 0, 'f',
                                                               2);
    out << u"ratio_managed_over_bare: %1\n"_s.arg(ratio, 0, 'f', 2);
    out << u"RESULT throughput_ratio %1 x goal >=%2 %3\n"_s.arg(ratio, 0, 'f', 2)
               .arg(Goal, 0, 'f', 2)
               .arg(ratio >= Goal ? u"met"_s : u"not met"_s);
    out.flush();
    return finish(0);
}

#include "bench_throughput.moc"
