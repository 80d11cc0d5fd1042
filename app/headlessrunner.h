#pragma once

#include <QFile>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

class CommandReader;
class ConnectionManager;
class MetricsServer;
struct EngineEvent;

struct HeadlessOptions
{
    QString configFile;
    int durationS = 0; // 0 = run until told to stop
    bool logMessages = false;
    int statsIntervalMs = 0; // 0 = no stats events
    bool commands = false;   // read commands from stdin
    int metricsPort = -1;    // serve /metrics and /healthz here; -1 = off, 0 = any free port
    QHostAddress metricsBind = QHostAddress(QHostAddress::LocalHost);
};

// Runs the engine without a window: every event becomes one JSON line on stdout (README "Headless
// mode"). Commands arrive as JSON lines on stdin. Shutdown (duration, quit command, end of input,
// SIGINT/SIGTERM) closes every socket cleanly before finished(0) is emitted.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    explicit HeadlessRunner(const HeadlessOptions &options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    // Loads the config and starts every endpoint. Returns the exit status to use at once on failure
    // (2 after printing the problems on stderr), or -1 when running.
    int start();
    void requestQuit();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void print(const EngineEvent &event);
    void printRecords();
    void printStats();
    void handleCommand(const QByteArray &line);
    void commandError(const QString &endpoint, const QString &message);
    void finish();

    HeadlessOptions m_options;
    QFile m_out;
    ConnectionManager *m_manager = nullptr;
    CommandReader *m_commands = nullptr;
    MetricsServer *m_metrics = nullptr;
    QTimer m_statsTimer;
    QTimer m_quitTimer; // bounds a clean shutdown
    quint64 m_lastSeq = 0;
    bool m_quitting = false;
    bool m_finished = false;
};
