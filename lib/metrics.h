#pragma once

#include "connectionstats.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

// Prometheus text exposition (format 0.0.4) of every endpoint's counters. Each metric has its HELP
// and TYPE lines; every series is labelled by endpoint name only (URLs, which may carry tokens,
// never become labels); label values are escaped as the format requires. There is no aggregation
// here: Prometheus does that.
namespace Metrics {

inline constexpr char ContentType[] = "text/plain; version=0.0.4; charset=utf-8";

QByteArray render(const QList<ConnectionStats> &stats, const QString &version);
// Backslash, double quote and newline escaped, as label values need.
QByteArray escapeLabelValue(QStringView value);

} // namespace Metrics

// Serves GET /metrics (Metrics::render of what the source returns at scrape time) and GET /healthz
// (200 while the engine runs) over QHttpServer.
class MetricsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsServer)

public:
    using StatsSource = std::function<QList<ConnectionStats>()>;

    explicit MetricsServer(StatsSource source, QObject *parent = nullptr);
    ~MetricsServer() override;

    // Port 0 picks a free port. False with a message naming the address and the reason.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    // http://address:port/metrics
    QString url() const;

    // After this /healthz answers 503: the engine is shutting down.
    void setHealthy(bool healthy);
    quint64 scrapes() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
