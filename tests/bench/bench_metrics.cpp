// How long a Prometheus scrape of 1,000 endpoints takes: an HTTP GET of /metrics from MetricsServer,
// which takes a snapshot of a real ConnectionManager's 1,000 endpoints and renders the exposition.
// Also render() alone on the same stats. Median and p95 over many scrapes. Prints figures; a missed
// goal is reported, never failed. Exit 1 when a scrape fails.

#include "connectionmanager.h"
#include "metrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Endpoints = 1000;
constexpr double GoalMs = 50;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quick(u"quick"_s, u"20 scrapes instead of 200 (CI)."_s);
    parser.addOption(quick);
    parser.process(app);
    const int scrapes = parser.isSet(quick) ? 20 : 200;

    // Endpoints that are configured but not started: a snapshot of them costs what a live one
    // does, without 1,000 sockets in the way of the measurement.
    ConnectionManager manager;
    for (int i = 0; i < Endpoints; ++i) {
        EndpointConfig config;
        config.name = u"site-%1-feed-%2"_s.arg(i / 100).arg(i % 100);
        config.urls = {u"wss://feeds.example/%1?token=secret"_s.arg(i)};
        manager.addEndpoint(config, false);
    }
    MetricsServer server([&manager] { return manager.snapshot(); });
    QString error;
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0, &error)) {
        out() << "error: " << error << '\n';
        return 1;
    }

    QNetworkAccessManager http;
    http.setProxy(QNetworkProxy::NoProxy);
    std::vector<double> times;
    qsizetype bytes = 0;
    for (int i = 0; i < scrapes + 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(http.get(QNetworkRequest(QUrl(server.url()))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10'000) || reply->error() != QNetworkReply::NoError) {
            out() << "error: scrape failed: " << reply->errorString() << '\n';
            return 1;
        }
        bytes = reply->readAll().size();
        if (i >= 3) // the first scrapes open the connection and warm the caches
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const QList<ConnectionStats> stats = manager.snapshot();
    std::vector<double> renderTimes;
    for (int i = 0; i < scrapes; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray text = Metrics::render(stats, u"bench"_s);
        renderTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (text.isEmpty())
            return 1;
    }

    out() << "endpoints: " << Endpoints << ", scrapes: " << scrapes << ", body: " << bytes / 1024 << " KiB\n";
    out() << "scrape_median: " << QString::number(percentile(times, 0.5), 'f', 2) << " ms\n";
    out() << "scrape_p95: " << QString::number(percentile(times, 0.95), 'f', 2) << " ms\n";
    out() << "render_median: " << QString::number(percentile(renderTimes, 0.5), 'f', 2) << " ms\n";
    const double p95 = percentile(times, 0.95);
    out() << "RESULT metrics_scrape_1000_endpoints_p95 " << QString::number(p95, 'f', 2) << " ms goal <"
          << GoalMs << ' ' << (p95 < GoalMs ? "met" : "not met") << '\n';
    return 0;
}
