#include "metrics.h"

#include "connection.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr Connection::State AllStates[] = {
    Connection::State::Idle,    Connection::State::Connecting, Connection::State::Open,
    Connection::State::Stale,   Connection::State::Backoff,    Connection::State::GaveUp,
    Connection::State::Closing, Connection::State::Stopped,
};

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

// name{endpoint="…"[,extra]} value
void sample(QByteArray &out, const char *name, const QByteArray &endpoint, double value,
            const QByteArray &extraLabel = {})
{
    out += name;
    out += "{endpoint=\"";
    out += endpoint;
    out += '"';
    if (!extraLabel.isEmpty()) {
        out += ',';
        out += extraLabel;
    }
    out += "} ";
    if (std::isfinite(value)) {
        out += QByteArray::number(value, 'g', 15);
    } else {
        out += "NaN";
    }
    out += '\n';
}

// One metric: HELP, TYPE, then a sample per endpoint.
template <typename Value>
void metric(QByteArray &out, const QList<ConnectionStats> &stats, const QList<QByteArray> &labels,
            const char *name, const char *type, const char *help, Value value)
{
    header(out, name, type, help);
    for (qsizetype i = 0; i < stats.size(); ++i) {
        sample(out, name, labels.at(i), double(value(stats.at(i))));
    }
}

bool isUp(Connection::State state)
{
    return state == Connection::State::Open || state == Connection::State::Stale;
}

} // namespace

namespace Metrics {

QByteArray escapeLabelValue(QStringView value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray render(const QList<ConnectionStats> &stats, const QString &version)
{
    QList<QByteArray> labels;
    labels.reserve(stats.size());
    for (const ConnectionStats &s : stats) {
        labels << escapeLabelValue(s.endpoint);
    }
    QByteArray out;
    out.reserve(1024 + stats.size() * 1800);

    metric(out, stats, labels, "feedpulse_endpoint_up", "gauge",
           "1 while the endpoint is connected (open or stale).",
           [](const ConnectionStats &s) { return isUp(s.state) ? 1 : 0; });

    header(out, "feedpulse_endpoint_state", "gauge", "The endpoint's state, one-hot over every state.");
    for (qsizetype i = 0; i < stats.size(); ++i) {
        for (const Connection::State state : AllStates) {
            sample(out, "feedpulse_endpoint_state", labels.at(i), stats.at(i).state == state ? 1 : 0,
                   "state=\"" + Connection::stateName(state).toLatin1() + '"');
        }
    }

    metric(out, stats, labels, "feedpulse_connect_attempts_total", "counter", "Connection attempts made.",
           [](const ConnectionStats &s) { return s.attemptsTotal; });
    metric(out, stats, labels, "feedpulse_reconnects_total", "counter",
           "Connections opened again after one was lost.",
           [](const ConnectionStats &s) { return s.reconnects; });
    metric(out, stats, labels, "feedpulse_heartbeat_timeouts_total", "counter",
           "Links declared dead because heartbeats went unanswered.",
           [](const ConnectionStats &s) { return s.heartbeatTimeouts; });
    metric(out, stats, labels, "feedpulse_messages_received_total", "counter",
           "Messages received, heartbeat replies not counted.",
           [](const ConnectionStats &s) { return s.messagesIn; });
    metric(out, stats, labels, "feedpulse_bytes_received_total", "counter", "Bytes of the messages received.",
           [](const ConnectionStats &s) { return s.bytesIn; });
    metric(out, stats, labels, "feedpulse_messages_sent_total", "counter",
           "Messages sent, heartbeats not counted.", [](const ConnectionStats &s) { return s.messagesOut; });
    metric(out, stats, labels, "feedpulse_send_queue_dropped_total", "counter",
           "Sends dropped because the offline queue was full.",
           [](const ConnectionStats &s) { return s.queueDropped; });

    metric(out, stats, labels, "feedpulse_sequence_gaps_total", "counter",
           "Messages missing from the sequence_field numbering (0 where it is not configured).",
           [](const ConnectionStats &s) { return s.sequenceGaps; });
    metric(out, stats, labels, "feedpulse_sequence_duplicates_total", "counter",
           "Messages whose sequence number had already been seen.",
           [](const ConnectionStats &s) { return s.sequenceDuplicates; });
    metric(out, stats, labels, "feedpulse_sequence_resets_total", "counter",
           "Times the sequence numbering started over (a server restart, say).",
           [](const ConnectionStats &s) { return s.sequenceResets; });

    header(out, "feedpulse_rtt_seconds", "summary",
           "Heartbeat round-trip time; quantiles over the last 128 round trips.");
    for (qsizetype i = 0; i < stats.size(); ++i) {
        const ConnectionStats &s = stats.at(i);
        const double nan = std::nan("");
        sample(out, "feedpulse_rtt_seconds", labels.at(i), s.rttP50Ms < 0 ? nan : double(s.rttP50Ms) / 1000.0,
               "quantile=\"0.5\"");
        sample(out, "feedpulse_rtt_seconds", labels.at(i), s.rttP95Ms < 0 ? nan : double(s.rttP95Ms) / 1000.0,
               "quantile=\"0.95\"");
        sample(out, "feedpulse_rtt_seconds_sum", labels.at(i), double(s.rttSumMs) / 1000.0);
        sample(out, "feedpulse_rtt_seconds_count", labels.at(i), double(s.rttCount));
    }

    metric(out, stats, labels, "feedpulse_last_message_age_seconds", "gauge",
           "Seconds since the last message arrived (NaN before the first connection).",
           [](const ConnectionStats &s) {
               return s.lastMessageAgeMs < 0 ? std::nan("") : double(s.lastMessageAgeMs) / 1000.0;
           });
    metric(out, stats, labels, "feedpulse_stale", "gauge", "1 while an open feed has been silent too long.",
           [](const ConnectionStats &s) { return s.state == Connection::State::Stale ? 1 : 0; });

    header(out, "feedpulse_build_info", "gauge", "The running FeedPulse version.");
    out += "feedpulse_build_info{version=\"" + escapeLabelValue(version) + "\"} 1\n";
    return out;
}

} // namespace Metrics

struct MetricsServer::Private
{
    StatsSource source;
    QHttpServer http;
    QTcpServer *tcp = nullptr; // owned by http once bound
    bool healthy = true;
    quint64 scrapes = 0;
};

MetricsServer::MetricsServer(StatsSource source, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->source = std::move(source);
    d->http.route(u"/metrics"_s, QHttpServerRequest::Method::Get, [this] {
        ++d->scrapes;
        const QByteArray body = Metrics::render(d->source(), QStringLiteral(FEEDPULSE_VERSION));
        return QHttpServerResponse(QByteArray(Metrics::ContentType), body);
    });
    d->http.route(u"/healthz"_s, QHttpServerRequest::Method::Get, [this] {
        return d->healthy ? QHttpServerResponse(QByteArray("text/plain"), QByteArray("ok\n"))
                          : QHttpServerResponse(QByteArray("text/plain"), QByteArray("shutting down\n"),
                                                QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(address, port)) {
        if (error) {
            //: %1 is an address such as 127.0.0.1, %2 the port, %3 the system's reason
            *error = tr("cannot serve metrics on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(tcp->errorString());
        }
        return false;
    }
    d->tcp = tcp.release();
    d->http.bind(d->tcp);
    return true;
}

void MetricsServer::close()
{
    if (d->tcp) {
        d->tcp->close();
        d->tcp = nullptr;
    }
}

bool MetricsServer::isListening() const
{
    return d->tcp && d->tcp->isListening();
}

quint16 MetricsServer::port() const
{
    return isListening() ? d->tcp->serverPort() : 0;
}

QHostAddress MetricsServer::address() const
{
    return isListening() ? d->tcp->serverAddress() : QHostAddress();
}

QString MetricsServer::url() const
{
    const QHostAddress host = address();
    const QString name =
        host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']' : host.toString();
    return u"http://%1:%2/metrics"_s.arg(name).arg(port());
}

void MetricsServer::setHealthy(bool healthy)
{
    d->healthy = healthy;
}

quint64 MetricsServer::scrapes() const
{
    return d->scrapes;
}
