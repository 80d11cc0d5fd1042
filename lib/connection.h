#pragma once

#include "backoffpolicy.h"
#include "endpointconfig.h"
#include "engineevent.h"
#include "sequencetracker.h"
#include "wakescheduler.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <vector>

class AttemptBudget;
class Clock;
class MessageStore;
class QSslError;
class QWebSocket;
struct ConnectionStats;

// One endpoint: its QWebSocket, its deadlines and its state machine.
//
//   Idle → Connecting → Open ⇄ Stale → (failure) → Backoff → Connecting …
//   Backoff → GaveUp after max_attempts (the slow lane keeps trying; retryNow() leaves it)
//   any → Closing → Stopped on stop(); a stopped connection never reconnects by itself.
//
// Every failure (socket error, disconnect, heartbeat timeout, connect deadline, server close) goes
// through one function that first detaches the socket, so a failure reported twice (errorOccurred
// then disconnected) schedules exactly one new attempt and at most one socket is ever alive.
// All deadlines are kept as absolute times on the Clock and served by one wake-up: an entry in the
// thread's WakeScheduler when one is set (the manager shares one among all its connections), or
// else a timer of this object's own.
class Connection final : public QObject, private WakeScheduler::Client
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class State { Idle, Connecting, Open, Stale, Backoff, GaveUp, Closing, Stopped };
    Q_ENUM(State)

    // How the last link ended; the `by` field of the `closed` event.
    enum class ClosedBy { Client, Server, Heartbeat, Error };
    Q_ENUM(ClosedBy)

    explicit Connection(const EndpointConfig &config, Clock *clock = nullptr, QObject *parent = nullptr);
    ~Connection() override;

    const EndpointConfig &config() const { return m_config; }
    QString name() const { return m_config.name; }
    State state() const { return m_state; }
    ConnectionStats stats() const;

    // Replaces the config. Returns true when the change needed a restart (and did it).
    bool setConfig(const EndpointConfig &config);
    void setMessageStore(MessageStore *store) { m_store = store; }
    // The shared budget every new attempt asks first (none: attempts go at once). Not owned.
    void setAttemptBudget(AttemptBudget *budget) { m_budget = budget; }
    // The scheduler that serves this connection's deadlines, on its thread (none: a timer of its
    // own). Not owned; it must outlive the connection.
    void setWakeScheduler(WakeScheduler *scheduler);
    void setRandomSource(BackoffPolicy::RandomSource random);
    // When false, due attempts wait for the network instead of failing; going back online from
    // Backoff or GaveUp resets the backoff and connects at once.
    void setNetworkAvailable(bool available);

    static QString stateName(State state);

public Q_SLOTS:
    void start();
    // Closes the link with 1000 and stays Stopped. Pending sends stay queued for the next start().
    void stop();
    // Connect now from Backoff or GaveUp (or Idle/Stopped), resetting the attempt streak.
    void retryNow();
    // Sends now when open, otherwise queues (bounded; overflow drops the oldest). Emits `sent`.
    void send(const QString &text);

Q_SIGNALS:
    void stateChanged(Connection::State state, Connection::State previous);
    void event(const EngineEvent &event);
    // A socket was opened; for tests that count sockets.
    void socketCreated();
    // A heartbeat ping went out at `sentAt` (the clock's time, which the pong deadline counts from).
    // Not an engine event: it would only be noise in the log.
    void heartbeatSent(qint64 sentAt);

private:
    void wake() override; // WakeScheduler::Client
    void setState(State state);
    void emitEvent(const QString &type, const QJsonObject &fields = {});
    void logEvent(const QString &text);

    // Every new attempt goes through here: it asks the budget, then opens the socket at once or
    // when its turn comes.
    void requestAttempt();
    void openSocket();
    void detachSocket();
    void fail(ClosedBy by, int code, const QString &reason, const QString &error);
    void finishClosing();
    void scheduleNext();
    void beginClosing(int code, const QString &reason, bool restart);
    void resetStreak();

    void onConnected();
    void onDisconnected();
    void onErrorOccurred(QAbstractSocket::SocketError error);
    // A socket failure, reported by error() or disconnected(): names it and fails the attempt.
    void socketFailed(QAbstractSocket::SocketError error);
    void onTextMessage(const QString &message);
    void onBinaryMessage(const QByteArray &message);
    void onPong(quint64 elapsedTime, const QByteArray &payload);
    void onSslErrors(const QList<QSslError> &errors);
    // A refused upgrade (HTTP status): reports it and stops or backs off as the status says.
    void handshakeRefused(int status);
    // Why Qt closed the link itself because of what the server sent (invalid UTF-8, a message over
    // max_message_bytes); empty for a close the server started.
    QString localProtocolError(int code, const QString &reason) const;
    // The server's certificate against tls.pin_sha256; false (with *fingerprint set) on a mismatch.
    bool peerMatchesPin(QString *fingerprint) const;
    void trackSequence(const QString &message);
    void onSocketStateChanged(QAbstractSocket::SocketState state);
    void onInbound(qint64 now, bool isHeartbeat);
    void logRecord(qint64 now, int direction, bool heartbeat, const QString &text,
                   const QByteArray &data = {});
    // Wall-clock ms for a monotonic time, without a wall-clock read per message.
    qint64 wallTime(qint64 now);
    qint64 arrivalTime();

    void sendPing();
    void onHeartbeatAnswered(qint64 rttMs);
    void heartbeatTimedOut(qint64 silentMs);
    void flushQueue();
    void transmit(const QString &text, bool heartbeat);

    void evaluate();
    void armTimer();
    qint64 nextDeadline() const;

    QString currentUrl() const;
    QString redacted(const QString &text) const;

    EndpointConfig m_config;
    Clock *m_clock;
    quint64 m_arrivalPass = 0; // the event-loop pass m_arrivalAt was read in
    qint64 m_arrivalAt = 0;
    MessageStore *m_store = nullptr;
    AttemptBudget *m_budget = nullptr;
    BackoffPolicy::RandomSource m_random;

    State m_state = State::Idle;
    QWebSocket *m_socket = nullptr;
    WakeScheduler *m_scheduler = nullptr;
    QTimer *m_timer = nullptr;  // only without a scheduler, made on first use
    QStringList m_secrets;      // expanded ${VAR} values, redacted from every text we show
    QStringList m_openMessages; // on_open, expanded for the current attempt
    QString m_displayUrl;       // the URL of the current attempt, expanded and redacted
    bool m_networkAvailable = true;
    bool m_waitingForNetwork = false;
    bool m_serverClosing = false; // the server started the close handshake
    bool m_restartAfterClose = false;
    bool m_pinAccepted = false; // sslErrors were ignored because the certificate matched a pin
    QString m_tlsError;         // why the current attempt's certificate was rejected
    State m_closingFrom = State::Idle;

    int m_urlIndex = 0;
    int m_streak = 0; // failed attempts since the last stable link
    qint64 m_lastDelayMs = 0;
    qint64 m_connectDeadline = 0;
    qint64 m_closeDeadline = 0;
    qint64 m_armedAt = 0; // the deadline the timer is armed for; 0 = not armed
    qint64 m_retryAt = 0;
    qint64 m_openedAt = 0;
    qint64 m_stableAt = 0; // when the streak resets; 0 once done
    qint64 m_nextPingAt = 0;
    qint64 m_pongDeadline = 0; // 0 = no ping outstanding
    qint64 m_pingSentAt = 0;
    quint64 m_pingCounter = 0;
    int m_missed = 0;
    qint64 m_lastInboundAt = 0;
    qint64 m_lastDataAt = 0; // last inbound message that is not a heartbeat reply
    qint64 m_stateSinceWall = 0;

    QList<QString> m_queue;    // (not std::deque: that allocates 512 bytes up front, even unused)
    qint64 m_wallOffset = 0;   // wall clock minus Clock::now()
    qint64 m_wallOffsetAt = 0; // Clock::now() when m_wallOffset was taken

    // Stats
    quint64 m_connects = 0;
    quint64 m_disconnects = 0;
    quint64 m_attempts = 0;
    quint64 m_reconnects = 0;
    quint64 m_heartbeatTimeouts = 0;
    quint64 m_messagesIn = 0;
    quint64 m_bytesIn = 0;
    quint64 m_messagesOut = 0;
    quint64 m_bytesOut = 0;
    quint64 m_staleCount = 0;
    quint64 m_queueDropped = 0;
    SequenceTracker m_sequence;
    int m_lastHttpStatus = 0;
    QSet<int> m_fatalUrls; // indexes of the URLs that refused the upgrade for good (401/403/404)
    int m_lastCloseCode = -1;
    QString m_lastCloseReason;
    ClosedBy m_lastClosedBy = ClosedBy::Client;
    QString m_lastClosePhase;
    QString m_lastError;
    qint64 m_rttLast = -1;
    qint64 m_rttMin = -1;
    qint64 m_rttSum = 0;
    quint64 m_rttCount = 0;
    std::vector<qint32> m_rttWindow; // the latest samples, for p95 (32 bits: half the memory)
    std::size_t m_rttNext = 0;
    // Message rate: an exponentially weighted rate updated per 1 s bucket.
    qint64 m_rateBucketStart = 0;
    quint64 m_rateBucketCount = 0;
    double m_rate = 0.0;
};
