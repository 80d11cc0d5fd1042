#include "connection.h"

#include "attemptbudget.h"
#include "clock.h"
#include "connectionstats.h"
#include "epolldispatcher.h"
#include "handshakeerror.h"
#include "logging.h"
#include "messagestore.h"
#include "secrets.h"
#include "socketbuffers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QMetaEnum>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr std::size_t RttWindow = 128;
constexpr qint64 WakeGridMs = 16;     // see armTimer()
constexpr qint64 CloseGraceMs = 3000; // how long a clean close may take before we abort
constexpr qint64 RateBucketMs = 1000;

qint64 wallNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString byName(Connection::ClosedBy by)
{
    switch (by) {
    case Connection::ClosedBy::Client:
        return u"client"_s;
    case Connection::ClosedBy::Server:
        return u"server"_s;
    case Connection::ClosedBy::Heartbeat:
        return u"heartbeat"_s;
    case Connection::ClosedBy::Error:
        return u"error"_s;
    }
    return {};
}

bool isLive(Connection::State state)
{
    return state == Connection::State::Open || state == Connection::State::Stale;
}

} // namespace

Connection::Connection(const EndpointConfig &config, Clock *clock, QObject *parent)
    : QObject(parent), m_config(config), m_clock(clock ? clock : Clock::system()),
      m_random(BackoffPolicy::systemSource())
{
    if (m_clock->isManual()) {
        connect(m_clock, &Clock::advanced, this, &Connection::evaluate);
    }
    m_stateSinceWall = wallNow();
}

Connection::~Connection()
{
    if (m_budget) {
        m_budget->cancel(this);
    }
    if (m_scheduler) {
        m_scheduler->cancel(this);
    }
    detachSocket();
}

QString Connection::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state))).toLower();
}

void Connection::setRandomSource(BackoffPolicy::RandomSource random)
{
    m_random = std::move(random);
}

// --- public slots ------------------------------------------------------------------------------

void Connection::start()
{
    switch (m_state) {
    case State::Idle:
    case State::Stopped:
        resetStreak();
        requestAttempt();
        break;
    case State::Backoff:
    case State::GaveUp:
        retryNow();
        break;
    case State::Closing:
        // A stop is still finishing: connect again as soon as the old socket is gone.
        m_restartAfterClose = true;
        break;
    case State::Connecting:
    case State::Open:
    case State::Stale:
        break;
    }
}

void Connection::stop()
{
    m_restartAfterClose = false;
    switch (m_state) {
    case State::Open:
    case State::Stale:
        beginClosing(QWebSocketProtocol::CloseCodeNormal, u"stopped"_s, false);
        break;
    case State::Connecting:
    case State::Backoff:
    case State::GaveUp:
    case State::Idle:
        if (m_budget) {
            m_budget->cancel(this);
        }
        detachSocket();
        m_retryAt = 0;
        m_waitingForNetwork = false;
        setState(State::Stopped);
        break;
    case State::Closing:
    case State::Stopped:
        break;
    }
}

void Connection::retryNow()
{
    switch (m_state) {
    case State::Backoff:
    case State::GaveUp:
    case State::Idle:
    case State::Stopped:
        resetStreak();
        requestAttempt();
        break;
    case State::Closing:
        m_restartAfterClose = true;
        break;
    case State::Connecting:
    case State::Open:
    case State::Stale:
        break; // an attempt is already under way or the link is up: one socket, never two
    }
}

void Connection::send(const QString &text)
{
    if (isLive(m_state) && m_socket) {
        transmit(text, false);
        emitEvent(u"sent"_s, {{u"ok"_s, true}, {u"queued"_s, false}, {u"size"_s, text.size()}});
        return;
    }
    if (m_config.sendQueueLimit <= 0) {
        m_lastError = tr("Not connected, and the send queue is disabled (send_queue_limit is 0).");
        emitEvent(u"sent"_s, {{u"ok"_s, false}, {u"queued"_s, false}, {u"error"_s, m_lastError}});
        return;
    }
    m_queue.push_back(text);
    if (qsizetype(m_queue.size()) > m_config.sendQueueLimit) {
        m_queue.pop_front();
        ++m_queueDropped;
        emitEvent(
            u"queue_dropped"_s,
            {{u"dropped"_s, 1}, {u"total"_s, qint64(m_queueDropped)}, {u"limit"_s, m_config.sendQueueLimit}});
    }
    emitEvent(u"sent"_s, {{u"ok"_s, true},
                          {u"queued"_s, true},
                          {u"size"_s, text.size()},
                          {u"queue_depth"_s, qint64(m_queue.size())}});
}

bool Connection::setConfig(const EndpointConfig &config)
{
    const EndpointConfig old = std::exchange(m_config, config);
    // Only what the socket was opened with needs a new socket; everything else applies live.
    const bool socketChanged = old.name != config.name || old.urls != config.urls ||
                               old.headers != config.headers || old.subprotocols != config.subprotocols ||
                               old.onOpen != config.onOpen || old.maxMessageBytes != config.maxMessageBytes ||
                               old.caFile != config.caFile || old.pinSha256 != config.pinSha256;
    if (old.sequenceField != config.sequenceField) {
        m_sequence.clear();
    }
    while (qsizetype(m_queue.size()) > std::max(0, m_config.sendQueueLimit)) {
        m_queue.pop_front();
        ++m_queueDropped;
    }
    if (m_urlIndex >= m_config.urls.size()) {
        m_urlIndex = 0;
    }
    if (old.urls != config.urls) {
        m_displayUrl.clear();
    }
    if (!socketChanged) {
        if (isLive(m_state) && old.heartbeat != config.heartbeat) {
            m_nextPingAt = m_clock->now() + m_config.heartbeat.intervalMs;
            m_pongDeadline = 0;
            m_missed = 0;
        }
        armTimer();
        return false;
    }
    switch (m_state) {
    case State::Open:
    case State::Stale:
        beginClosing(QWebSocketProtocol::CloseCodeGoingAway, u"configuration changed"_s, true);
        return true;
    case State::Connecting:
    case State::Backoff:
    case State::GaveUp:
        detachSocket();
        resetStreak();
        m_urlIndex = 0;
        requestAttempt();
        return true;
    case State::Closing:
    case State::Idle:
    case State::Stopped:
        return false;
    }
    return false;
}

void Connection::setNetworkAvailable(bool available)
{
    if (m_networkAvailable == available) {
        return;
    }
    m_networkAvailable = available;
    if (!available) {
        return;
    }
    // Back online: whatever we were waiting for is likely fixed, so start over at once.
    if (m_state == State::Backoff || m_state == State::GaveUp) {
        logEvent(u"network is back: retrying now"_s);
        resetStreak();
        requestAttempt();
    }
}

// --- state machine -----------------------------------------------------------------------------

void Connection::setState(State state)
{
    if (m_state == state) {
        return;
    }
    const State previous = std::exchange(m_state, state);
    m_stateSinceWall = wallNow();
    qCDebug(lcConnection) << m_config.name << stateName(previous) << "->" << stateName(state);
    Q_EMIT stateChanged(state, previous);
}

void Connection::resetStreak()
{
    m_fatalUrls.clear();
    m_streak = 0;
    m_lastDelayMs = 0;
    m_retryAt = 0;
    m_waitingForNetwork = false;
}

void Connection::requestAttempt()
{
    if (!m_budget || m_budget->acquire(this, [this] { openSocket(); })) {
        openSocket();
        return;
    }
    // No token yet: no socket and no deadline until the budget calls openSocket(). A new endpoint
    // shows as connecting; one in backoff keeps its state (and its attempt number).
    detachSocket();
    m_retryAt = 0;
    m_connectDeadline = 0;
    if (m_state != State::Backoff && m_state != State::GaveUp) {
        setState(State::Connecting);
    }
    armTimer();
}

void Connection::openSocket()
{
    if (m_budget) {
        m_budget->cancel(this); // a direct open (the budget's grant, or a retry) ends any wait
    }
    detachSocket();
    m_retryAt = 0;
    if (m_config.urls.isEmpty()) {
        m_lastError = tr("No URL is configured.");
        emitEvent(u"error"_s, {{u"message"_s, m_lastError}});
        setState(State::Stopped);
        return;
    }
    if (!m_networkAvailable) {
        m_waitingForNetwork = true;
        setState(State::Backoff);
        logEvent(u"network is unreachable: waiting for it before connecting"_s);
        return;
    }
    m_waitingForNetwork = false;

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList missing;
    // What to mask wherever this connection shows text. A variable's value is secret in headers and
    // on_open messages (that is what ${VAR} is for there), and in a URL when its name looks like a
    // credential (URLs also carry hosts and ports). A secret header's literal value is secret too.
    m_secrets.clear();
    const auto noteSecrets = [this, &env](const QString &text, bool anyVariable) {
        for (const QString &name : Secrets::variableNames(text)) {
            const QString value = env.value(name);
            if (!value.isEmpty() && (anyVariable || Secrets::isSecretQueryKey(name))) {
                m_secrets << value;
            }
        }
    };
    const QString rawUrl = m_config.urls.at(m_urlIndex);
    noteSecrets(rawUrl, false);
    const QString expandedUrl = Secrets::expand(rawUrl, env, &missing);
    const QUrl url(expandedUrl, QUrl::StrictMode);
    // Credentials written into the URL itself (a token-like query value, a password) are masked
    // wherever they come back: a server's close reason, Qt's error texts. Read tolerantly, so an
    // invalid URL still gives them up.
    const QUrl lenient(expandedUrl, QUrl::TolerantMode);
    for (const auto &[key, value] : QUrlQuery(lenient).queryItems(QUrl::FullyDecoded)) {
        if (!value.isEmpty() && Secrets::isSecretQueryKey(key)) {
            m_secrets << value;
        }
    }
    if (const QString password = lenient.password(QUrl::FullyDecoded); !password.isEmpty()) {
        m_secrets << password;
    }
    QNetworkRequest request(url);
    for (const auto &[name, value] : std::as_const(m_config.headers)) {
        noteSecrets(value, true);
        const QString expanded = Secrets::expand(value, env, &missing);
        request.setRawHeader(name.toUtf8(), expanded.toUtf8());
        if (Secrets::isSecretHeader(name)) {
            m_secrets << expanded;
        }
    }
    m_openMessages.clear();
    for (const QString &message : std::as_const(m_config.onOpen)) {
        noteSecrets(message, true);
        m_openMessages << Secrets::expand(message, env, &missing);
    }
    m_displayUrl = redacted(Secrets::redactUrl(url));
    if (!missing.isEmpty()) {
        // Retrying cannot help: the environment of a running process does not change.
        m_lastError = tr("Environment variable(s) not set: %1").arg(missing.join(u", "));
        emitEvent(u"error"_s, {{u"message"_s, m_lastError}});
        setState(State::Stopped);
        return;
    }
    if (!url.isValid()) {
        // Qt's reason quotes the whole expanded URL after "; source was"; keep only the reason.
        QString reason = url.errorString();
        if (const qsizetype cut = reason.indexOf(u"; source was"_s); cut >= 0) {
            reason.truncate(cut);
        }
        m_lastError = redacted(tr("Invalid URL %1: %2").arg(Secrets::redactUrl(rawUrl), reason));
        emitEvent(u"error"_s, {{u"message"_s, m_lastError}});
        setState(State::Stopped);
        return;
    }

    QSslConfiguration tls;
    const bool secure = url.scheme() == u"wss"_s;
    if (secure) {
        tls = QSslConfiguration::defaultConfiguration();
        if (!m_config.caFile.isEmpty()) {
            const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
            if (extra.isEmpty()) {
                // The file changed since the config was checked; a retry cannot fix it.
                m_lastError =
                    tr("tls.ca_file: no PEM certificate could be read from %1").arg(m_config.caFile);
                emitEvent(u"error"_s, {{u"message"_s, m_lastError}, {u"fatal"_s, true}});
                setState(State::Stopped);
                return;
            }
            tls.addCaCertificates(extra);
        }
    }

    ++m_attempts;
    ++m_streak;
    m_serverClosing = false;
    m_pinAccepted = false;
    m_tlsError.clear();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxMessageBytes));
    if (secure) {
        m_socket->setSslConfiguration(tls);
        connect(m_socket, &QWebSocket::sslErrors, this, &Connection::onSslErrors);
    }
    connect(m_socket, &QWebSocket::connected, this, &Connection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &Connection::onErrorOccurred);
    connect(m_socket, &QWebSocket::stateChanged, this, &Connection::onSocketStateChanged);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &Connection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Connection::onBinaryMessage);
    connect(m_socket, &QWebSocket::pong, this, &Connection::onPong);

    m_connectDeadline = m_clock->now() + m_config.connectTimeoutMs;
    setState(State::Connecting);
    emitEvent(u"connecting"_s, {{u"url"_s, currentUrl()}, {u"attempt"_s, m_streak}});
    Q_EMIT socketCreated();
    armTimer();

    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_config.subprotocols);
    // open() may report an error synchronously; fail() copes because the socket is already ours.
    m_socket->open(request, options);
}

void Connection::detachSocket()
{
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    if (!socket) {
        return;
    }
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void Connection::fail(ClosedBy by, int code, const QString &reason, const QString &error)
{
    if (m_state == State::Closing) {
        finishClosing();
        return;
    }
    // Only a live attempt can fail; a second report of the same failure finds no socket.
    if (!m_socket || !(m_state == State::Connecting || isLive(m_state))) {
        return;
    }
    const State phase = m_state;
    detachSocket();
    m_pongDeadline = 0;
    m_lastClosePhase = stateName(phase);
    if (!error.isEmpty()) {
        m_lastError = redacted(error);
    }
    if (isLive(phase)) {
        ++m_disconnects;
        m_lastCloseCode = code;
        m_lastCloseReason = redacted(reason);
        m_lastClosedBy = by;
        emitEvent(u"closed"_s, {{u"code"_s, code}, {u"reason"_s, m_lastCloseReason}, {u"by"_s, byName(by)}});
    } else if (!error.isEmpty()) {
        emitEvent(u"error"_s, {{u"message"_s, m_lastError}, {u"phase"_s, m_lastClosePhase}});
    }
    if (by == ClosedBy::Server && m_config.noRetryCloseCodes.contains(code)) {
        m_lastError = tr("The server closed with code %1, which is configured not to be retried.").arg(code);
        emitEvent(u"error"_s, {{u"message"_s, m_lastError}});
        setState(State::Stopped);
        return;
    }
    m_urlIndex = (m_urlIndex + 1) % m_config.urls.size();
    scheduleNext();
}

void Connection::scheduleNext()
{
    const qint64 now = m_clock->now();
    if (m_config.maxAttempts > 0 && m_streak >= m_config.maxAttempts) {
        // The slow lane: never a dead end, just a patient one.
        const bool first = m_streak == m_config.maxAttempts;
        m_retryAt = now + m_config.slowRetryMs;
        setState(State::GaveUp);
        if (first) {
            emitEvent(u"gave_up"_s, {{u"attempts"_s, m_streak}, {u"slow_retry_ms"_s, m_config.slowRetryMs}});
        }
        emitEvent(
            u"reconnect_scheduled"_s,
            {{u"attempt"_s, m_streak + 1}, {u"delay_ms"_s, m_config.slowRetryMs}, {u"slow_lane"_s, true}});
    } else {
        const qint64 delay = m_config.backoff.delay(std::max(1, m_streak), m_lastDelayMs, m_random);
        m_lastDelayMs = delay;
        m_retryAt = now + delay;
        setState(State::Backoff);
        emitEvent(u"reconnect_scheduled"_s, {{u"attempt"_s, m_streak + 1}, {u"delay_ms"_s, delay}});
    }
    armTimer();
}

void Connection::beginClosing(int code, const QString &reason, bool restart)
{
    m_restartAfterClose = restart;
    m_closingFrom = m_state;
    m_closeDeadline = m_clock->now() + CloseGraceMs;
    m_pongDeadline = 0;
    setState(State::Closing);
    armTimer();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void Connection::finishClosing()
{
    const int code = m_socket ? int(m_socket->closeCode()) : int(QWebSocketProtocol::CloseCodeNormal);
    detachSocket();
    ++m_disconnects;
    m_lastCloseCode = code;
    m_lastCloseReason = m_restartAfterClose ? u"configuration changed"_s : u"stopped"_s;
    m_lastClosedBy = ClosedBy::Client;
    m_lastClosePhase = stateName(m_closingFrom);
    emitEvent(u"closed"_s, {{u"code"_s, code}, {u"reason"_s, m_lastCloseReason}, {u"by"_s, u"client"_s}});
    if (std::exchange(m_restartAfterClose, false)) {
        resetStreak();
        m_urlIndex = 0;
        requestAttempt();
    } else {
        setState(State::Stopped);
    }
}

// --- socket signals ----------------------------------------------------------------------------

void Connection::onConnected()
{
    if (!m_config.pinSha256.isEmpty() && !m_pinAccepted) {
        // The chain was valid, so Qt asked nothing; the pin still has the last word.
        QString fingerprint;
        if (!peerMatchesPin(&fingerprint)) {
            fail(ClosedBy::Error, QWebSocketProtocol::CloseCodeAbnormalDisconnection, {},
                 tr("TLS: the server's certificate (SHA-256 %1) matches no tls.pin_sha256").arg(fingerprint));
            return;
        }
    }
    m_fatalUrls.clear();
    SocketBuffers::releaseIdleChunks(m_socket);
    const qint64 now = m_clock->now();
    ++m_connects;
    if (m_connects > 1) {
        ++m_reconnects;
    }
    m_openedAt = now;
    m_stableAt = now + m_config.stableMs;
    m_lastInboundAt = now;
    m_lastDataAt = now;
    m_nextPingAt = now + m_config.heartbeat.intervalMs;
    m_pongDeadline = 0;
    m_missed = 0;
    setState(State::Open);
    emitEvent(u"open"_s, {{u"url"_s, currentUrl()}});
    for (const QString &message : std::as_const(m_openMessages)) {
        transmit(message, false);
    }
    flushQueue();
    armTimer();
}

void Connection::onSocketStateChanged(QAbstractSocket::SocketState state)
{
    // Qt reports no separate signal for a received close frame; a Closing state we did not start is it.
    if (state == QAbstractSocket::ClosingState && m_state != State::Closing) {
        m_serverClosing = true;
    }
}

void Connection::onDisconnected()
{
    if (m_state == State::Closing) {
        finishClosing();
        return;
    }
    if (m_serverClosing && m_socket) {
        const int code = int(m_socket->closeCode());
        const QString reason = m_socket->closeReason();
        if (const QString problem = localProtocolError(code, reason); !problem.isEmpty()) {
            // Qt refused what the server sent and closed the link itself: an error of the feed,
            // not a close the server chose.
            emitEvent(u"error"_s, {{u"message"_s, problem}, {u"close_code"_s, code}});
            fail(ClosedBy::Error, code, reason, problem);
            return;
        }
        fail(ClosedBy::Server, code, reason, {});
    } else if (m_socket) {
        socketFailed(m_socket->error());
    }
}

void Connection::onErrorOccurred(QAbstractSocket::SocketError error)
{
    if (!m_socket) {
        return;
    }
    if (m_serverClosing || m_state == State::Closing) {
        return; // the close handshake is under way; disconnected() will report it
    }
    socketFailed(error);
}

void Connection::socketFailed(QAbstractSocket::SocketError error)
{
    // Qt reports some failures as disconnected() first (an unknown host) and others as an error
    // first (a refused upgrade), so both land here and the first one wins.
    if (m_state == State::Connecting) {
        if (const int status = HandshakeError::parseStatus(m_socket->errorString())) {
            handshakeRefused(status);
            return;
        }
    }
    // A rejected certificate says more than Qt's "SSL handshake failed"; an unknown host is most
    // likely a typo in the config, so name the URL entry.
    QString message = m_tlsError.isEmpty() ? m_socket->errorString() : m_tlsError;
    if (error == QAbstractSocket::HostNotFoundError) {
        message = tr("urls[%1]: the host %2 cannot be resolved (%3)")
                      .arg(m_urlIndex)
                      .arg(m_socket->requestUrl().host(), m_socket->errorString());
    }
    fail(ClosedBy::Error, QWebSocketProtocol::CloseCodeAbnormalDisconnection, {}, message);
}

QString Connection::localProtocolError(int code, const QString &reason) const
{
    // What QWebSocket 6.4 says when it closes the link because of what the server sent. A server
    // that closes with these codes itself gives its own reason, so the pair tells them apart.
    if (code == QWebSocketProtocol::CloseCodeWrongDatatype &&
        reason == u"Invalid UTF-8 code encountered."_s) {
        return tr("The server sent a text message that is not valid UTF-8; closed with 1007 as RFC 6455 "
                  "requires, and the message was not shown.");
    }
    if (code == QWebSocketProtocol::CloseCodeTooMuchData &&
        (reason == u"Received message is too big."_s || reason == u"Maximum framesize exceeded."_s)) {
        return tr("The server sent a message larger than max_message_bytes (%1 bytes); closed with 1009.")
            .arg(m_config.maxMessageBytes);
    }
    return {};
}

void Connection::handshakeRefused(int status)
{
    using namespace HandshakeError;
    const Kind kind = kindOf(status);
    // Refused for good by this URL; the endpoint stops once every one of its URLs has said so, so a
    // backup URL still gets its turn.
    if (isFatal(kind, m_config.retryAuthFailures)) {
        m_fatalUrls.insert(m_urlIndex);
    }
    const bool fatal = m_fatalUrls.size() >= m_config.urls.size();
    m_lastHttpStatus = status;
    switch (kind) {
    case Kind::Auth:
        m_lastError = fatal ? tr("The server refused the credentials (HTTP %1). Check headers and tokens, "
                                 "then retry; set reconnect.retry_auth_failures to keep retrying.")
                                  .arg(status)
                            : tr("The server refused the credentials (HTTP %1); retrying.").arg(status);
        break;
    case Kind::NotFound:
        m_lastError = tr("Configuration error: the server has no WebSocket at %1 (HTTP %2). Check urls.")
                          .arg(currentUrl())
                          .arg(status);
        break;
    case Kind::RateLimited:
        m_lastError = tr("The server is rate limiting connections (HTTP 429); backing off.");
        break;
    case Kind::Unavailable:
        m_lastError = tr("The server is unavailable (HTTP %1); backing off.").arg(status);
        break;
    case Kind::OtherStatus:
    case Kind::None:
        m_lastError = tr("The server refused the WebSocket upgrade (HTTP %1).").arg(status);
        break;
    }
    emitEvent(u"error"_s, {{u"message"_s, m_lastError},
                           {u"phase"_s, stateName(m_state)},
                           {u"http_status"_s, status},
                           {u"kind"_s, kindName(kind)},
                           {u"fatal"_s, fatal}});
    if (fatal) {
        detachSocket();
        m_lastClosePhase = stateName(State::Connecting);
        setState(State::Stopped);
        return;
    }
    fail(ClosedBy::Error, QWebSocketProtocol::CloseCodeAbnormalDisconnection, {}, {});
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_socket) {
        return;
    }
    QString fingerprint;
    if (peerMatchesPin(&fingerprint)) {
        // A pinned certificate is trusted as it is: self-signed or from a private CA.
        m_pinAccepted = true;
        m_socket->ignoreSslErrors(errors);
        logEvent(u"certificate accepted by its pinned SHA-256 fingerprint"_s);
        return;
    }
    QStringList reasons;
    for (const QSslError &error : errors) {
        if (!reasons.contains(error.errorString())) {
            reasons << error.errorString();
        }
    }
    const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
    const QString subject = peer.subjectInfo(QSslCertificate::CommonName).join(u", ");
    m_tlsError =
        m_config.pinSha256.isEmpty()
            ? tr("TLS certificate rejected: %1. Certificate %2, SHA-256 %3")
                  .arg(reasons.join(u"; "), subject, fingerprint)
            : tr("TLS certificate rejected: %1. Certificate %2, SHA-256 %3 matches no tls.pin_sha256")
                  .arg(reasons.join(u"; "), subject, fingerprint);
}

bool Connection::peerMatchesPin(QString *fingerprint) const
{
    const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
    const QByteArray digest = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256);
    *fingerprint =
        digest.isEmpty() ? tr("(no certificate)") : QString::fromLatin1(digest.toHex(':').toUpper());
    const QString hex = QString::fromLatin1(digest.toHex());
    return !digest.isEmpty() &&
           std::any_of(m_config.pinSha256.begin(), m_config.pinSha256.end(),
                       [&hex](const QString &pin) { return EndpointConfig::normalizePin(pin) == hex; });
}

void Connection::onTextMessage(const QString &message)
{
    const bool appMode = m_config.heartbeat.mode == HeartbeatPolicy::Mode::Text ||
                         m_config.heartbeat.mode == HeartbeatPolicy::Mode::Json;
    const bool isPong = appMode && m_config.heartbeat.isPong(message);
    // A pong's time is its round trip: read the clock. Data shares one reading per burst.
    const qint64 now = isPong ? m_clock->now() : arrivalTime();
    if (isPong) {
        if (m_pongDeadline) {
            onHeartbeatAnswered(now - m_pingSentAt);
        }
    } else {
        ++m_messagesIn;
        m_bytesIn += quint64(message.size());
        if (!m_config.sequenceField.isEmpty()) {
            trackSequence(message);
        }
    }
    onInbound(now, isPong);
    logRecord(now, int(LogRecord::Direction::In), isPong, message);
}

void Connection::trackSequence(const QString &message)
{
    const std::optional<qint64> number = SequenceTracker::extract(message, m_config.sequenceField);
    if (!number) {
        return;
    }
    const SequenceTracker::Observation seen = m_sequence.observe(*number);
    switch (seen.verdict) {
    case SequenceTracker::Verdict::Gap:
        emitEvent(u"gap"_s, {{u"field"_s, m_config.sequenceField},
                             {u"expected"_s, seen.expected},
                             {u"got"_s, seen.got},
                             {u"missing"_s, seen.missing},
                             {u"total_missing"_s, qint64(m_sequence.gaps())}});
        break;
    case SequenceTracker::Verdict::Reset:
        emitEvent(
            u"sequence_reset"_s,
            {{u"field"_s, m_config.sequenceField}, {u"expected"_s, seen.expected}, {u"got"_s, seen.got}});
        break;
    case SequenceTracker::Verdict::First:
    case SequenceTracker::Verdict::InOrder:
    case SequenceTracker::Verdict::Duplicate: // counted; an event per duplicate would flood the log
        break;
    }
}

void Connection::onBinaryMessage(const QByteArray &message)
{
    ++m_messagesIn;
    m_bytesIn += quint64(message.size());
    const qint64 now = arrivalTime();
    onInbound(now, false);
    logRecord(now, int(LogRecord::Direction::In), false, {}, message);
}

void Connection::onPong(quint64 elapsedTime, const QByteArray &payload)
{
    Q_UNUSED(elapsedTime) // measured from the latest ping, whichever it was; we match by payload
    const qint64 now = m_clock->now();
    if (m_pongDeadline && payload == QByteArray::number(m_pingCounter)) {
        onHeartbeatAnswered(now - m_pingSentAt);
    }
    onInbound(now, true);
}

void Connection::onInbound(qint64 now, bool isHeartbeat)
{
    m_lastInboundAt = now;
    if (m_config.heartbeat.anyTrafficResets && m_pongDeadline) {
        m_pongDeadline = 0;
        m_missed = 0;
    }
    if (!isHeartbeat) {
        m_lastDataAt = now;
        if (now - m_rateBucketStart >= RateBucketMs) {
            const qint64 span = now - m_rateBucketStart;
            m_rate = span < 2 * RateBucketMs ? double(m_rateBucketCount) * 1000.0 / double(span) : 0.0;
            m_rateBucketStart = now;
            m_rateBucketCount = 0;
        }
        ++m_rateBucketCount;
        if (m_state == State::Stale) {
            setState(State::Open);
            emitEvent(u"fresh"_s);
        }
    }
    // Traffic mostly pushes deadlines later, which the armed timer tolerates (it re-checks when it
    // fires). An answered ping or a fresh feed can bring one earlier: only then re-arm.
    const qint64 next = nextDeadline();
    if (next != 0 && (m_armedAt == 0 || next < m_armedAt)) {
        armTimer();
    }
}

// --- heartbeats --------------------------------------------------------------------------------

void Connection::sendPing()
{
    const qint64 now = m_clock->now();
    m_pingSentAt = now;
    m_pongDeadline = now + m_config.heartbeat.timeoutMs;
    m_nextPingAt = now + m_config.heartbeat.intervalMs;
    if (m_config.heartbeat.mode == HeartbeatPolicy::Mode::Ping) {
        m_socket->ping(QByteArray::number(++m_pingCounter));
    } else {
        transmit(m_config.heartbeat.pingPayload(), true);
    }
    // Out now rather than on the next pass of the event loop: the socket's write notifier then goes
    // on and off within this pass, which the network thread's dispatcher turns into no system call.
    m_socket->flush();
    Q_EMIT heartbeatSent(now);
}

void Connection::onHeartbeatAnswered(qint64 rttMs)
{
    m_pongDeadline = 0;
    m_missed = 0;
    m_rttLast = rttMs;
    m_rttMin = m_rttMin < 0 ? rttMs : std::min(m_rttMin, rttMs);
    m_rttSum += rttMs;
    ++m_rttCount;
    // A pong counts only within timeout_ms, an int, so 32 bits always hold the sample.
    const auto sample = qint32(std::min<qint64>(rttMs, std::numeric_limits<qint32>::max()));
    if (m_rttWindow.size() < RttWindow) {
        m_rttWindow.push_back(sample);
    } else {
        m_rttWindow[m_rttNext] = sample;
        m_rttNext = (m_rttNext + 1) % RttWindow;
    }
    emitEvent(u"pong"_s, {{u"rtt_ms"_s, rttMs}});
}

void Connection::heartbeatTimedOut(qint64 silentMs)
{
    ++m_heartbeatTimeouts;
    emitEvent(u"heartbeat_timeout"_s, {{u"missed"_s, m_missed},
                                       {u"silent_ms"_s, silentMs},
                                       {u"mode"_s, HeartbeatPolicy::modeName(m_config.heartbeat.mode)}});
    fail(ClosedBy::Heartbeat, QWebSocketProtocol::CloseCodeAbnormalDisconnection, u"heartbeat timeout"_s, {});
}

// --- sending -----------------------------------------------------------------------------------

void Connection::transmit(const QString &text, bool heartbeat)
{
    m_socket->sendTextMessage(text);
    if (!heartbeat) {
        ++m_messagesOut;
        m_bytesOut += quint64(text.size());
    }
    // What we send may carry the secrets we expanded into it (on_open auth); the log shows them masked.
    logRecord(m_clock->now(), int(LogRecord::Direction::Out), heartbeat, redacted(text));
}

void Connection::flushQueue()
{
    // on_open messages went first (onConnected); queued sends follow in the order they were made.
    while (!m_queue.empty() && m_socket && isLive(m_state)) {
        transmit(m_queue.front(), false);
        m_queue.pop_front();
    }
}

// --- deadlines ---------------------------------------------------------------------------------

void Connection::evaluate()
{
    const qint64 now = m_clock->now();
    switch (m_state) {
    case State::Connecting:
        // A deadline of 0: still waiting for the attempt budget, no socket yet.
        if (m_connectDeadline && now >= m_connectDeadline) {
            fail(ClosedBy::Error, QWebSocketProtocol::CloseCodeAbnormalDisconnection, {},
                 tr("No handshake within %1 ms (connect_timeout_ms)").arg(m_config.connectTimeoutMs));
            return;
        }
        break;
    case State::Backoff:
    case State::GaveUp:
        if (m_retryAt && now >= m_retryAt) {
            if (m_networkAvailable) {
                requestAttempt();
            } else if (!std::exchange(m_waitingForNetwork, true)) {
                m_retryAt = 0;
                logEvent(u"network is unreachable: waiting for it before connecting"_s);
            }
            return;
        }
        break;
    case State::Open:
    case State::Stale: {
        if (m_stableAt && now >= m_stableAt) {
            m_stableAt = 0;
            m_streak = 0;
            m_lastDelayMs = 0;
        }
        const HeartbeatPolicy &hb = m_config.heartbeat;
        if (hb.mode == HeartbeatPolicy::Mode::Passive) {
            if (now - m_lastInboundAt >= hb.passiveSilenceLimitMs()) {
                heartbeatTimedOut(now - m_lastInboundAt);
                return;
            }
        } else {
            if (m_pongDeadline && now >= m_pongDeadline) {
                m_pongDeadline = 0;
                ++m_missed;
                if (m_missed >= hb.maxMissed) {
                    heartbeatTimedOut(now - m_lastInboundAt);
                    return;
                }
            }
            if (!m_pongDeadline && now >= m_nextPingAt) {
                sendPing();
            }
        }
        if (m_state == State::Open && m_config.staleAfterMs > 0 &&
            now - m_lastDataAt >= m_config.staleAfterMs) {
            ++m_staleCount;
            setState(State::Stale);
            emitEvent(u"stale"_s, {{u"silent_ms"_s, now - m_lastDataAt}});
        }
        break;
    }
    case State::Closing:
        if (now >= m_closeDeadline) {
            finishClosing();
            return;
        }
        break;
    case State::Idle:
    case State::Stopped:
        break;
    }
    armTimer();
}

qint64 Connection::nextDeadline() const
{
    qint64 next = 0;
    const auto consider = [&next](qint64 at) {
        if (at > 0 && (next == 0 || at < next)) {
            next = at;
        }
    };
    switch (m_state) {
    case State::Connecting:
        consider(m_connectDeadline);
        break;
    case State::Backoff:
    case State::GaveUp:
        consider(m_retryAt);
        break;
    case State::Open:
    case State::Stale: {
        const HeartbeatPolicy &hb = m_config.heartbeat;
        consider(m_stableAt);
        if (hb.mode == HeartbeatPolicy::Mode::Passive) {
            consider(m_lastInboundAt + hb.passiveSilenceLimitMs());
        } else {
            consider(m_pongDeadline ? m_pongDeadline : m_nextPingAt);
        }
        if (m_state == State::Open && m_config.staleAfterMs > 0) {
            consider(m_lastDataAt + m_config.staleAfterMs);
        }
        break;
    }
    case State::Closing:
        consider(m_closeDeadline);
        break;
    case State::Idle:
    case State::Stopped:
        break;
    }
    return next;
}

void Connection::setWakeScheduler(WakeScheduler *scheduler)
{
    if (scheduler == m_scheduler) {
        return;
    }
    if (m_scheduler) {
        m_scheduler->cancel(this);
    }
    if (m_timer) {
        m_timer->stop();
    }
    m_scheduler = scheduler;
    armTimer();
}

void Connection::wake()
{
    evaluate();
}

void Connection::armTimer()
{
    const qint64 next = nextDeadline();
    m_armedAt = next;
    if (next == 0 || m_clock->isManual()) {
        // A manual clock wakes us through advanced(); real timers would only spin.
        if (m_scheduler) {
            m_scheduler->cancel(this);
        } else if (m_timer) {
            m_timer->stop();
        }
        return;
    }
    // Wake on a shared grid rather than at the exact millisecond: every connection whose deadline
    // falls in the same slot is served in one pass of the network thread, so a thousand feeds
    // pinging once a second cost a few dozen wake-ups, not a thousand. Each deadline is met at most
    // WakeGridMs late, and evaluate() still compares against the exact deadline.
    const qint64 wake = (next + WakeGridMs - 1) / WakeGridMs * WakeGridMs;
    if (m_scheduler) {
        m_scheduler->schedule(this, wake);
        return;
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &Connection::evaluate);
    }
    m_timer->start(std::chrono::milliseconds(std::max<qint64>(0, wake - m_clock->now())));
}

// --- reporting ---------------------------------------------------------------------------------

QString Connection::currentUrl() const
{
    if (!m_displayUrl.isEmpty()) {
        return m_displayUrl;
    }
    if (m_config.urls.isEmpty()) {
        return {};
    }
    return Secrets::redactUrl(m_config.urls.at(std::min<qsizetype>(m_urlIndex, m_config.urls.size() - 1)));
}

QString Connection::redacted(const QString &text) const
{
    return Secrets::redactText(text, m_secrets);
}

void Connection::emitEvent(const QString &type, const QJsonObject &fields)
{
    EngineEvent e{wallNow(), m_config.name, type, fields};
    if (m_store) {
        LogRecord record;
        record.timestampMs = e.timestampMs;
        record.endpoint = m_config.name;
        record.direction = LogRecord::Direction::Event;
        record.heartbeat = type == u"pong" || type == u"sent";
        record.text = QString::fromUtf8(e.toJsonLine());
        m_store->append(std::move(record));
    }
    Q_EMIT event(e);
}

void Connection::logEvent(const QString &text)
{
    qCInfo(lcConnection).noquote() << m_config.name << text;
}

qint64 Connection::wallTime(qint64 now)
{
    // Re-read the wall clock once a second, so a step of it (NTP, suspend) shows within a second.
    if (m_wallOffsetAt == 0 || now - m_wallOffsetAt >= 1000 || now < m_wallOffsetAt) {
        m_wallOffset = wallNow() - now;
        m_wallOffsetAt = now;
    }
    return now + m_wallOffset;
}

qint64 Connection::arrivalTime()
{
    // Every message a socket hands over in one pass of the event loop was read from the kernel at
    // the start of that hand-over, so one clock reading serves them all. On a time-critical path a
    // reading costs as much as the rest of the engine's work per message. Without a pass counter
    // (another event dispatcher) the clock is read every time.
    const quint64 pass = EpollEventDispatcher::passesOnThisThread();
    if (pass == 0 || pass != m_arrivalPass) {
        m_arrivalPass = pass;
        m_arrivalAt = m_clock->now();
    }
    return m_arrivalAt;
}

void Connection::logRecord(qint64 now, int direction, bool heartbeat, const QString &text,
                           const QByteArray &data)
{
    if (!m_store) {
        return;
    }
    LogRecord record;
    record.timestampMs = wallTime(now);
    record.endpoint = m_config.name;
    record.direction = LogRecord::Direction(direction);
    record.heartbeat = heartbeat;
    record.binary = !data.isNull();
    record.text = text;
    record.data = data;
    m_store->append(std::move(record));
}

ConnectionStats Connection::stats() const
{
    const qint64 now = m_clock->now();
    ConnectionStats s;
    s.endpoint = m_config.name;
    s.state = m_state;
    s.stateSinceMs = m_stateSinceWall;
    s.url = currentUrl();
    s.connects = m_connects;
    s.disconnects = m_disconnects;
    s.attemptsTotal = m_attempts;
    s.attemptsInStreak = m_streak;
    s.reconnects = m_reconnects;
    s.heartbeatTimeouts = m_heartbeatTimeouts;
    s.lastCloseCode = m_lastCloseCode;
    s.lastCloseReason = m_lastCloseReason;
    s.lastClosedBy = m_disconnects > 0 ? byName(m_lastClosedBy) : QString();
    s.lastClosePhase = m_lastClosePhase;
    s.lastError = m_lastError;
    s.messagesIn = m_messagesIn;
    s.bytesIn = m_bytesIn;
    s.messagesOut = m_messagesOut;
    s.bytesOut = m_bytesOut;
    const qint64 sinceBucket = now - m_rateBucketStart;
    if (sinceBucket >= 2 * RateBucketMs) {
        s.messageRate = 0.0;
    } else if (sinceBucket >= RateBucketMs) {
        s.messageRate = double(m_rateBucketCount) * 1000.0 / double(sinceBucket);
    } else {
        s.messageRate = m_rate;
    }
    s.rttLastMs = m_rttLast;
    s.rttMinMs = m_rttMin;
    s.rttAvgMs = m_rttCount ? double(m_rttSum) / double(m_rttCount) : -1.0;
    if (!m_rttWindow.empty()) {
        std::vector<qint32> sorted = m_rttWindow;
        // Nearest-rank percentiles.
        const auto percentile = [&sorted](std::size_t p) {
            const std::size_t rank = (sorted.size() * p + 99) / 100 - 1;
            std::nth_element(sorted.begin(), sorted.begin() + qsizetype(rank), sorted.end());
            return sorted[rank];
        };
        s.rttP50Ms = percentile(50);
        s.rttP95Ms = percentile(95);
    }
    s.rttSumMs = m_rttSum;
    s.rttCount = m_rttCount;
    s.staleCount = m_staleCount;
    s.queueDepth = int(m_queue.size());
    s.queueDropped = m_queueDropped;
    if (isLive(m_state)) {
        s.uptimeMs = now - m_openedAt;
    }
    if ((m_state == State::Backoff || m_state == State::GaveUp) && m_retryAt) {
        s.nextRetryInMs = std::max<qint64>(0, m_retryAt - now);
    }
    if (m_connects > 0) {
        s.lastMessageAgeMs = now - m_lastDataAt;
    }
    s.sequenceTracked = !m_config.sequenceField.isEmpty();
    s.sequenceGaps = m_sequence.gaps();
    s.sequenceGapEvents = m_sequence.gapEvents();
    s.sequenceDuplicates = m_sequence.duplicates();
    s.sequenceResets = m_sequence.resets();
    s.lastHttpStatus = m_lastHttpStatus;
    return s;
}
