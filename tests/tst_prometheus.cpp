// Fleet monitoring end to end with real parts: feedpulse-server feeds two endpoints watched by a
// headless feedpulse, which a real Prometheus (Debian's package) scrapes. Also promtool on a live
// scrape and on the example config, alert rules and their unit tests in resources/prometheus/.

#include "testhttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

QString buildDir()
{
    return qEnvironmentVariable("FEEDPULSE_BUILD_DIR");
}

QString rulesDir()
{
    return qEnvironmentVariable("FEEDPULSE_SOURCE_DIR") + u"/resources/prometheus"_s;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.serverPort();
}

// A child process whose output is collected while the test's event loop runs; terminated on exit.
class Child final : public QObject
{
    Q_OBJECT

public:
    explicit Child(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&process, &QProcess::readyReadStandardOutput, this,
                [this] { out += process.readAllStandardOutput(); });
        connect(&process, &QProcess::readyReadStandardError, this,
                [this] { err += process.readAllStandardError(); });
    }
    ~Child() override
    {
        if (process.state() != QProcess::NotRunning) {
            ::kill(pid_t(process.processId()), SIGTERM);
            if (!process.waitForFinished(10'000)) {
                process.kill();
                process.waitForFinished(5'000);
            }
        }
    }
    QProcess process;
    QByteArray out;
    QByteArray err;
};

// Runs a tool to completion; its exit code, with everything it printed in *output.
int run(const QString &program, const QStringList &arguments, const QString &workingDirectory,
        QString *output)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000) || !process.waitForFinished(60'000)) {
        *output = u"%1 did not run"_s.arg(program);
        return -1;
    }
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class tst_Prometheus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exampleConfigAndRulesAreValid();
    void alertRulesUnitTests();
    void realPrometheusScrapesHeadless();

private:
    QString m_promtool;
    QString m_prometheus;
};

void tst_Prometheus::initTestCase()
{
    m_promtool = QStandardPaths::findExecutable(u"promtool"_s);
    m_prometheus = QStandardPaths::findExecutable(u"prometheus"_s);
    QVERIFY2(!m_promtool.isEmpty() && !m_prometheus.isEmpty(),
             "promtool and prometheus are missing; scripts/test.sh installs the prometheus package");
}

void tst_Prometheus::exampleConfigAndRulesAreValid()
{
    QString output;
    QCOMPARE(run(m_promtool, {u"check"_s, u"rules"_s, u"feedpulse-alerts.yml"_s}, rulesDir(), &output), 0);
    QVERIFY2(output.contains(u"SUCCESS"_s), qPrintable(output));
    QCOMPARE(run(m_promtool, {u"check"_s, u"config"_s, u"prometheus.yml"_s}, rulesDir(), &output), 0);
    QVERIFY2(output.contains(u"SUCCESS"_s), qPrintable(output));
}

void tst_Prometheus::alertRulesUnitTests()
{
    // The test file proves the down and flapping alerts (and the others) fire on synthetic series,
    // and stay quiet where they must.
    QString output;
    const int status =
        run(m_promtool, {u"test"_s, u"rules"_s, u"feedpulse-alerts.test.yml"_s}, rulesDir(), &output);
    QVERIFY2(status == 0, qPrintable(output));
    QVERIFY2(output.contains(u"SUCCESS"_s), qPrintable(output));
    QFile tests(rulesDir() + u"/feedpulse-alerts.test.yml"_s);
    QVERIFY(tests.open(QIODevice::ReadOnly));
    const QByteArray text = tests.readAll();
    QVERIFY(text.contains("alertname: FeedPulseEndpointDown"));
    QVERIFY(text.contains("alertname: FeedPulseEndpointFlapping"));
}

void tst_Prometheus::realPrometheusScrapesHeadless()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The feed server, with its control endpoint for the restart.
    Child server;
    server.process.start(buildDir() + u"/app/feedpulse-server"_s,
                         {u"--feed"_s, u"/a:5"_s, u"--feed"_s, u"/b:5"_s, u"--control-port"_s, u"-1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(server.out.contains('\n'), 15'000);
    const QJsonObject ready = QJsonDocument::fromJson(server.out.left(server.out.indexOf('\n'))).object();
    const int port = ready.value(u"port"_s).toInt();
    const int controlPort = ready.value(u"control_port"_s).toInt();
    QVERIFY2(port > 0 && controlPort > 0, server.out.constData());

    // Headless FeedPulse on two endpoints, serving /metrics on a port it picks.
    const QString config = dir.filePath(u"endpoints.json"_s);
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray endpoint = R"({"name": "%1", "urls": ["ws://127.0.0.1:%2/%1?client=%1"],
            "heartbeat": {"mode": "ping", "interval_ms": 1000, "timeout_ms": 1000},
            "reconnect": {"initial_ms": 200, "max_ms": 1000, "jitter": "none", "stable_ms": 1000}})";
        file.write("{\"version\": 1, \"endpoints\": [" +
                   QByteArray(endpoint).replace("%2", QByteArray::number(port)).replace("%1", "a") + ", " +
                   QByteArray(endpoint).replace("%2", QByteArray::number(port)).replace("%1", "b") + "]}");
    }
    Child feedpulse;
    // The line that names the metrics URL is translated; read it in English.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    feedpulse.process.setProcessEnvironment(env);
    feedpulse.process.start(buildDir() + u"/app/feedpulse"_s,
                            {u"--headless"_s, u"--config"_s, config, u"--metrics-port"_s, u"0"_s});
    static const QRegularExpression serving(u"serving metrics on (http://127\\.0\\.0\\.1:(\\d+)/metrics)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(serving.match(QString::fromUtf8(feedpulse.err)).hasMatch(), 15'000);
    const QRegularExpressionMatch match = serving.match(QString::fromUtf8(feedpulse.err));
    const QString metricsUrl = match.captured(1);
    const QString target = u"127.0.0.1:"_s + match.captured(2);

    // promtool accepts a scrape of the live instance.
    QTRY_VERIFY_WITH_TIMEOUT(
        TestHttp::get(QUrl(metricsUrl)).body.count("feedpulse_endpoint_up{") == 2 &&
            TestHttp::get(QUrl(metricsUrl)).body.contains("feedpulse_endpoint_up{endpoint=\"b\"} 1"),
        15'000);
    {
        QProcess promtool;
        promtool.setProcessChannelMode(QProcess::MergedChannels);
        promtool.start(m_promtool, {u"check"_s, u"metrics"_s});
        QVERIFY(promtool.waitForStarted(10'000));
        promtool.write(TestHttp::get(QUrl(metricsUrl)).body);
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(30'000));
        const QByteArray said = promtool.readAll();
        QVERIFY2(promtool.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
    }
    QCOMPARE(TestHttp::get(QUrl(u"http://%1/healthz"_s.arg(target))).status, 200);

    // A real Prometheus on loopback, its data in the temporary directory, scraping every second.
    const quint16 prometheusPort = freePort();
    {
        QFile file(dir.filePath(u"prometheus.yml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                   "scrape_configs:\n  - job_name: feedpulse\n    static_configs:\n"
                   "      - targets: ['%1']\n"_s.arg(target)
                       .toUtf8());
    }
    Child prometheus;
    prometheus.process.start(m_prometheus, {u"--config.file="_s + dir.filePath(u"prometheus.yml"_s),
                                            u"--storage.tsdb.path="_s + dir.filePath(u"data"_s),
                                            u"--web.listen-address=127.0.0.1:%1"_s.arg(prometheusPort)});
    QVERIFY(prometheus.process.waitForStarted(10'000));

    // Instant queries through Prometheus's HTTP API: endpoint -> value.
    const auto query = [&](const QString &promql) {
        QUrl url(u"http://127.0.0.1:%1/api/v1/query"_s.arg(prometheusPort));
        QUrlQuery params;
        params.addQueryItem(u"query"_s, promql);
        url.setQuery(params);
        QHash<QString, double> values;
        const QJsonObject answer = QJsonDocument::fromJson(TestHttp::get(url).body).object();
        for (const QJsonValue &item : answer.value(u"data"_s).toObject().value(u"result"_s).toArray()) {
            const QJsonObject series = item.toObject();
            values.insert(series.value(u"metric"_s).toObject().value(u"endpoint"_s).toString(),
                          series.value(u"value"_s).toArray().at(1).toString().toDouble());
        }
        return values;
    };
    const auto bothUp = [&] {
        const QHash<QString, double> up = query(u"feedpulse_endpoint_up"_s);
        return up.value(u"a"_s) == 1.0 && up.value(u"b"_s) == 1.0;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(bothUp(), qPrintable(QString::fromUtf8(prometheus.err.right(2000))), 60'000);
    const QHash<QString, double> before = query(u"feedpulse_reconnects_total"_s);
    QVERIFY(before.contains(u"a"_s) && before.contains(u"b"_s));

    // The feed server restarts: both endpoints reconnect, and Prometheus sees the counters rise.
    QCOMPARE(TestHttp::post(QUrl(u"http://127.0.0.1:%1/restart"_s.arg(controlPort))).status, 200);
    const auto bothReconnected = [&] {
        const QHash<QString, double> now = query(u"feedpulse_reconnects_total"_s);
        return now.value(u"a"_s) > before.value(u"a"_s) && now.value(u"b"_s) > before.value(u"b"_s);
    };
    QTRY_VERIFY_WITH_TIMEOUT(bothReconnected(), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(bothUp(), 60'000);
}

QTEST_GUILESS_MAIN(tst_Prometheus)
#include "tst_prometheus.moc"
