#include "headlessrunner.h"

#include "commandreader.h"
#include "configfile.h"
#include "connectionmanager.h"
#include "engineevent.h"
#include "fdlimit.h"
#include "messagestore.h"
#include "metrics.h"
#include "networkmonitor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ShutdownGraceMs = 5000;

} // namespace

HeadlessRunner::HeadlessRunner(const HeadlessOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_statsTimer(this), m_quitTimer(this)
{
    // Straight to the descriptor: a reader on a pipe sees each line as soon as it is written.
    m_out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_quitTimer.setSingleShot(true);
    connect(&m_quitTimer, &QTimer::timeout, this, &HeadlessRunner::finish);
    connect(&m_statsTimer, &QTimer::timeout, this, &HeadlessRunner::printStats);
}

HeadlessRunner::~HeadlessRunner() = default;

int HeadlessRunner::start()
{
    ConfigIssues issues;
    const ConfigFile config = ConfigFile::load(m_options.configFile, &issues);
    if (!issues.isEmpty()) {
        for (const ConfigIssue &issue : std::as_const(issues)) {
            std::fprintf(stderr, "feedpulse: %s: %s\n", qUtf8Printable(m_options.configFile),
                         qUtf8Printable(issue.toString()));
        }
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(tr("feedpulse: the config has %n problem(s); nothing was started.",
                                       nullptr, int(issues.size()))));
        return 2;
    }

    if (const QString problem = FdLimit::check(config.endpoints.size()); !problem.isEmpty()) {
        std::fprintf(stderr, "feedpulse: %s\n", qUtf8Printable(problem));
        return 2;
    }

    m_manager = new ConnectionManager(this);
    m_manager->setAttemptBudget(config.attemptsPerSecond, config.attemptBurst);
    m_manager->networkMonitor()->attachSystem();
    connect(m_manager, &ConnectionManager::event, this, &HeadlessRunner::print);
    connect(m_manager, &ConnectionManager::allStopped, this, &HeadlessRunner::finish);
    connect(m_manager->store(), &MessageStore::recordsAvailable, this, &HeadlessRunner::printRecords,
            Qt::QueuedConnection);
    if (m_options.metricsPort >= 0) {
        m_metrics = new MetricsServer([this] { return m_manager->snapshot(); }, this);
        QString error;
        if (!m_metrics->listen(m_options.metricsBind, quint16(m_options.metricsPort), &error)) {
            std::fprintf(stderr, "feedpulse: --metrics-port: %s\n", qUtf8Printable(error));
            return 2;
        }
        // On stderr, so that stdout stays one event per line; a port of 0 is only known now.
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(tr("feedpulse: serving metrics on %1").arg(m_metrics->url())));
    }
    for (const EndpointConfig &endpoint : config.endpoints) {
        m_manager->addEndpoint(endpoint);
    }
    if (m_options.statsIntervalMs > 0) {
        m_statsTimer.start(m_options.statsIntervalMs);
    }
    if (m_options.durationS > 0) {
        QTimer::singleShot(std::chrono::seconds(m_options.durationS), this, &HeadlessRunner::requestQuit);
    }
    if (m_options.commands) {
        m_commands = new CommandReader(fileno(stdin), this);
        connect(m_commands, &CommandReader::lineRead, this, &HeadlessRunner::handleCommand);
        connect(m_commands, &CommandReader::finished, this, &HeadlessRunner::requestQuit);
    }
    return -1;
}

void HeadlessRunner::requestQuit()
{
    if (m_quitting || !m_manager) {
        return;
    }
    m_quitting = true;
    m_statsTimer.stop();
    if (m_metrics) {
        m_metrics->setHealthy(false);
    }
    m_quitTimer.start(ShutdownGraceMs);
    m_manager->stopAll();
}

void HeadlessRunner::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    printRecords();
    Q_EMIT finished(0);
}

void HeadlessRunner::print(const EngineEvent &event)
{
    // Messages themselves come from the store in batches; events come one by one, in order.
    printRecords();
    m_out.write(event.toJsonLine() + '\n');
}

void HeadlessRunner::printRecords()
{
    quint64 missed = 0;
    const QList<LogRecord> records = m_manager->store()->recordsSince(m_lastSeq, -1, &missed);
    if (missed > 0) {
        const EngineEvent lost{
            QDateTime::currentMSecsSinceEpoch(),
            {},
            u"error"_s,
            {{u"message"_s,
              tr("%n log record(s) were overwritten before they could be printed", nullptr, int(missed))}}};
        m_out.write(lost.toJsonLine() + '\n');
    }
    if (records.isEmpty()) {
        return;
    }
    m_lastSeq = records.constLast().seq;
    QByteArray batch;
    for (const LogRecord &record : records) {
        if (record.direction != LogRecord::Direction::In || record.heartbeat) {
            continue;
        }
        EngineEvent message{record.timestampMs, record.endpoint, u"message"_s, {}};
        if (record.binary) {
            message.fields.insert(u"size"_s, record.data.size());
            message.fields.insert(u"binary"_s, true);
            if (m_options.logMessages) {
                message.fields.insert(u"hex"_s, QString::fromLatin1(record.data.toHex()));
            }
        } else {
            const QByteArray utf8 = record.text.toUtf8();
            message.fields.insert(u"size"_s, utf8.size());
            if (m_options.logMessages) {
                message.fields.insert(u"text"_s, record.text);
            }
        }
        batch += message.toJsonLine() + '\n';
    }
    m_out.write(batch);
}

void HeadlessRunner::printStats()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ConnectionStats &stats : m_manager->snapshot()) {
        EngineEvent event{now, stats.endpoint, u"stats"_s, {}};
        event.fields = {{u"messages_in"_s, qint64(stats.messagesIn)},
                        {u"bytes_in"_s, qint64(stats.bytesIn)},
                        {u"messages_out"_s, qint64(stats.messagesOut)},
                        {u"state"_s, Connection::stateName(stats.state)},
                        {u"rtt_ms"_s, stats.rttLastMs >= 0 ? QJsonValue(stats.rttLastMs) : QJsonValue()},
                        {u"reconnects"_s, qint64(stats.reconnects)},
                        {u"queue_depth"_s, stats.queueDepth}};
        if (stats.sequenceTracked) {
            event.fields.insert(u"gaps"_s, qint64(stats.sequenceGaps));
            event.fields.insert(u"duplicates"_s, qint64(stats.sequenceDuplicates));
        }
        print(event);
    }
}

void HeadlessRunner::commandError(const QString &endpoint, const QString &message)
{
    print(EngineEvent{QDateTime::currentMSecsSinceEpoch(), endpoint, u"error"_s, {{u"message"_s, message}}});
}

void HeadlessRunner::handleCommand(const QByteArray &line)
{
    if (line.trimmed().isEmpty()) {
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        commandError({}, parseError.error != QJsonParseError::NoError
                             ? tr("command is not valid JSON: %1").arg(parseError.errorString())
                             : tr("command must be a JSON object"));
        return;
    }
    const QJsonObject command = document.object();
    const QString cmd = command.value(u"cmd"_s).toString();
    if (cmd == u"quit") {
        requestQuit();
        return;
    }
    static const QStringList endpointCommands{u"send"_s, u"retry"_s, u"stop"_s, u"start"_s};
    if (!endpointCommands.contains(cmd)) {
        commandError({},
                     cmd.isEmpty()
                         ? tr("command has no \"cmd\" string")
                         : tr("unknown command \"%1\" (expected send, retry, stop, start or quit)").arg(cmd));
        return;
    }
    const QJsonValue endpointValue = command.value(u"endpoint"_s);
    const QString endpoint = endpointValue.toString();
    if (!endpointValue.isString() || !m_manager->contains(endpoint)) {
        commandError(endpoint, endpointValue.isString() ? tr("%1: no such endpoint").arg(endpoint)
                                                        : tr("%1: \"endpoint\" must be a string").arg(cmd));
        return;
    }
    if (m_quitting) {
        commandError(endpoint, tr("%1: shutting down, command ignored").arg(cmd));
        return;
    }
    if (cmd == u"send") {
        const QJsonValue text = command.value(u"text"_s);
        if (!text.isString()) {
            commandError(endpoint, tr("send: \"text\" must be a string"));
            return;
        }
        m_manager->send(endpoint, text.toString());
    } else if (cmd == u"retry") {
        m_manager->retryNow(endpoint);
    } else if (cmd == u"stop") {
        m_manager->stop(endpoint);
    } else {
        m_manager->start(endpoint);
    }
}
