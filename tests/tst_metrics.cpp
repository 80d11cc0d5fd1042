// Metrics: the Prometheus exposition of every endpoint's counters, its escaping, and MetricsServer
// over real HTTP. `promtool check metrics` (Debian's prometheus package) judges the output.

#include "connection.h"
#include "connectionmanager.h"
#include "metrics.h"
#include "testhttp.h"
#include "testserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using State = Connection::State;

namespace {

// Runs promtool check metrics on the text; empty when accepted, else what promtool said.
QString promtoolProblems(const QByteArray &exposition)
{
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (promtool.isEmpty())
        return u"promtool is missing; scripts/test.sh installs the prometheus package"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(promtool, {u"check"_s, u"metrics"_s});
    if (!process.waitForStarted(10'000))
        return u"promtool did not start"_s;
    process.write(exposition);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000))
        return u"promtool did not finish"_s;
    const QString output = QString::fromUtf8(process.readAll());
    if (process.exitCode() != 0 || !output.trimmed().isEmpty())
        return output.isEmpty() ? u"exit code %1"_s.arg(process.exitCode()) : output;
    return {};
}

ConnectionStats stats(const QString &name, State state)
{
    ConnectionStats s;
    s.endpoint = name;
    s.state = state;
    return s;
}

} // namespace

class tst_Metrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMetricHasHelpTypeAndSamples();
    void stateIsOneHot();
    void countersAndRtt();
    void labelValuesAreEscaped_data();
    void labelValuesAreEscaped();
    void noEndpointsIsStillValid();
    void servedOverHttpWithHealth();
    void liveManagerScrapeIsValid();
    void busyPortIsReported();
};

void tst_Metrics::everyMetricHasHelpTypeAndSamples()
{
    const QByteArray text =
        Metrics::render({stats(u"a"_s, State::Open), stats(u"b"_s, State::Backoff)}, u"1.2.3"_s);
    const QList<QByteArray> names = {"feedpulse_endpoint_up",
                                     "feedpulse_endpoint_state",
                                     "feedpulse_connect_attempts_total",
                                     "feedpulse_reconnects_total",
                                     "feedpulse_heartbeat_timeouts_total",
                                     "feedpulse_messages_received_total",
                                     "feedpulse_bytes_received_total",
                                     "feedpulse_messages_sent_total",
                                     "feedpulse_send_queue_dropped_total",
                                     "feedpulse_sequence_gaps_total",
                                     "feedpulse_sequence_duplicates_total",
                                     "feedpulse_sequence_resets_total",
                                     "feedpulse_rtt_seconds",
                                     "feedpulse_last_message_age_seconds",
                                     "feedpulse_stale",
                                     "feedpulse_build_info"};
    for (const QByteArray &name : names) {
        QVERIFY2(text.contains(QByteArray("# HELP " + name + ' ')), name.constData());
        QVERIFY2(text.contains(QByteArray("# TYPE " + name + ' ')), name.constData());
        QVERIFY2(text.contains(QByteArray('\n' + name + '{')), name.constData());
    }
    QVERIFY(text.contains("# TYPE feedpulse_reconnects_total counter\n"));
    QVERIFY(text.contains("# TYPE feedpulse_rtt_seconds summary\n"));
    QVERIFY(text.contains("feedpulse_endpoint_up{endpoint=\"a\"} 1\n"));
    QVERIFY(text.contains("feedpulse_endpoint_up{endpoint=\"b\"} 0\n"));
    QVERIFY(text.contains("feedpulse_build_info{version=\"1.2.3\"} 1\n"));
    QCOMPARE(promtoolProblems(text), QString());
}

void tst_Metrics::stateIsOneHot()
{
    const QByteArray text = Metrics::render({stats(u"s"_s, State::Stale)}, u"1"_s);
    int ones = 0;
    int lines = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith("feedpulse_endpoint_state{"))
            continue;
        ++lines;
        if (line.endsWith(" 1")) {
            ++ones;
            QCOMPARE(line, QByteArray("feedpulse_endpoint_state{endpoint=\"s\",state=\"stale\"} 1"));
        }
    }
    QCOMPARE(lines, 8);
    QCOMPARE(ones, 1);
    QVERIFY(text.contains("feedpulse_stale{endpoint=\"s\"} 1\n"));
    QVERIFY(text.contains("feedpulse_endpoint_up{endpoint=\"s\"} 1\n"));
}

void tst_Metrics::countersAndRtt()
{
    ConnectionStats s = stats(u"c"_s, State::Open);
    s.attemptsTotal = 7;
    s.reconnects = 3;
    s.heartbeatTimeouts = 2;
    s.sequenceTracked = true;
    s.sequenceGaps = 41;
    s.sequenceDuplicates = 5;
    s.sequenceResets = 1;
    s.messagesIn = 12345;
    s.bytesIn = 987654321;
    s.messagesOut = 5;
    s.queueDropped = 4;
    s.rttP50Ms = 12;
    s.rttP95Ms = 250;
    s.rttSumMs = 1500;
    s.rttCount = 60;
    s.lastMessageAgeMs = 2500;
    const QByteArray text = Metrics::render({s}, u"1"_s);
    QVERIFY(text.contains("feedpulse_connect_attempts_total{endpoint=\"c\"} 7\n"));
    QVERIFY(text.contains("feedpulse_reconnects_total{endpoint=\"c\"} 3\n"));
    QVERIFY(text.contains("feedpulse_heartbeat_timeouts_total{endpoint=\"c\"} 2\n"));
    QVERIFY(text.contains("feedpulse_messages_received_total{endpoint=\"c\"} 12345\n"));
    QVERIFY(text.contains("feedpulse_bytes_received_total{endpoint=\"c\"} 987654321\n"));
    QVERIFY(text.contains("feedpulse_messages_sent_total{endpoint=\"c\"} 5\n"));
    QVERIFY(text.contains("feedpulse_send_queue_dropped_total{endpoint=\"c\"} 4\n"));
    QVERIFY(text.contains("feedpulse_sequence_gaps_total{endpoint=\"c\"} 41\n"));
    QVERIFY(text.contains("feedpulse_sequence_duplicates_total{endpoint=\"c\"} 5\n"));
    QVERIFY(text.contains("feedpulse_sequence_resets_total{endpoint=\"c\"} 1\n"));
    QVERIFY(text.contains("feedpulse_rtt_seconds{endpoint=\"c\",quantile=\"0.5\"} 0.012\n"));
    QVERIFY(text.contains("feedpulse_rtt_seconds{endpoint=\"c\",quantile=\"0.95\"} 0.25\n"));
    QVERIFY(text.contains("feedpulse_rtt_seconds_sum{endpoint=\"c\"} 1.5\n"));
    QVERIFY(text.contains("feedpulse_rtt_seconds_count{endpoint=\"c\"} 60\n"));
    QVERIFY(text.contains("feedpulse_last_message_age_seconds{endpoint=\"c\"} 2.5\n"));
    // Before any round trip the quantiles are NaN, as the format wants for an empty summary.
    const QByteArray fresh = Metrics::render({stats(u"n"_s, State::Connecting)}, u"1"_s);
    QVERIFY(fresh.contains("feedpulse_rtt_seconds{endpoint=\"n\",quantile=\"0.95\"} NaN\n"));
    QVERIFY(fresh.contains("feedpulse_last_message_age_seconds{endpoint=\"n\"} NaN\n"));
    QCOMPARE(promtoolProblems(text), QString());
    QCOMPARE(promtoolProblems(fresh), QString());
}

void tst_Metrics::labelValuesAreEscaped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("label");
    QTest::newRow("quote, backslash, newline") << u"a\"b\\c\nd"_s << QByteArray(R"(a\"b\\c\nd)");
    QTest::newRow("unicode") << u"行情 ✓"_s << QString(u"行情 ✓"_s).toUtf8();
    QTest::newRow("braces and equals") << u"x} 1\ny{="_s << QByteArray(R"(x} 1\ny{=)");
}

void tst_Metrics::labelValuesAreEscaped()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, label);
    const QByteArray text =
        Metrics::render({stats(name, State::Open), stats(u"plain"_s, State::Idle)}, u"1"_s);
    QVERIFY2(text.contains(QByteArray("feedpulse_endpoint_up{endpoint=\"" + label + "\"} 1\n")),
             text.constData());
    QCOMPARE(promtoolProblems(text), QString());
}

void tst_Metrics::noEndpointsIsStillValid()
{
    const QByteArray text = Metrics::render({}, u"1"_s);
    QVERIFY(text.contains("feedpulse_build_info{version=\"1\"} 1\n"));
    QCOMPARE(promtoolProblems(text), QString());
}

void tst_Metrics::servedOverHttpWithHealth()
{
    QList<ConnectionStats> current = {stats(u"web"_s, State::Open)};
    MetricsServer server([&current] { return current; });
    QString error;
    QVERIFY2(server.listen(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    QVERIFY(server.port() > 0);
    QCOMPARE(server.url(), u"http://127.0.0.1:%1/metrics"_s.arg(server.port()));

    TestHttp::Reply reply = TestHttp::get(QUrl(server.url()));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.contentType.startsWith("text/plain; version=0.0.4"), reply.contentType.constData());
    QVERIFY(reply.body.contains("feedpulse_endpoint_up{endpoint=\"web\"} 1\n"));
    // Every scrape reads the source afresh.
    current[0].state = State::Backoff;
    QVERIFY(TestHttp::get(QUrl(server.url())).body.contains("feedpulse_endpoint_up{endpoint=\"web\"} 0\n"));
    QCOMPARE(server.scrapes(), 2u);

    const QUrl health(u"http://127.0.0.1:%1/healthz"_s.arg(server.port()));
    reply = TestHttp::get(health);
    QCOMPARE(reply.body, QByteArray("ok\n"));
    QCOMPARE(reply.status, 200);
    server.setHealthy(false);
    QCOMPARE(TestHttp::get(health).status, 503);
}

void tst_Metrics::liveManagerScrapeIsValid()
{
    TestServer remote;
    QVERIFY(remote.listen());
    remote.startPushing(50);
    ConnectionManager manager;
    EndpointConfig config;
    config.name = u"live"_s;
    // A token in the URL must never reach a label.
    config.urls = {remote.url(u"live"_s).toString() + u"&token=s3cr3t-t0ken"_s};
    config.heartbeat.mode = HeartbeatPolicy::Mode::Ping;
    config.heartbeat.intervalMs = 100;
    config.heartbeat.timeoutMs = 1000;
    manager.addEndpoint(config);
    MetricsServer server([&manager] { return manager.snapshot(); });
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QTRY_VERIFY(manager.snapshot().value(0).rttCount >= 3 && manager.snapshot().value(0).messagesIn >= 3);
    const QByteArray body = TestHttp::get(QUrl(server.url())).body;
    QVERIFY(body.contains("feedpulse_endpoint_up{endpoint=\"live\"} 1\n"));
    QVERIFY(body.contains("feedpulse_rtt_seconds_count{endpoint=\"live\"}"));
    QVERIFY(!body.contains("feedpulse_messages_received_total{endpoint=\"live\"} 0\n"));
    QVERIFY(!body.contains("s3cr3t"));
    QCOMPARE(promtoolProblems(body), QString());
}

void tst_Metrics::busyPortIsReported()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress(QHostAddress::LocalHost), 0));
    MetricsServer server([] { return QList<ConnectionStats>(); });
    QString error;
    QVERIFY(!server.listen(QHostAddress(QHostAddress::LocalHost), taken.serverPort(), &error));
    QVERIFY2(error.contains(u"127.0.0.1:%1"_s.arg(taken.serverPort())), qPrintable(error));
    QVERIFY(!server.isListening());
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
