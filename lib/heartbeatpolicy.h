#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// How one endpoint proves its link is alive, and the pure rules for it: what to send, which inbound
// message is the answer, and when silence means death. Connection owns the timers; this class only
// answers questions, so every rule is testable without a socket.
//
// Cadence: a ping goes out every interval; each ping must be answered within timeout. After
// maxMissed consecutive unanswered pings the link is declared dead. With maxMissed = 1 a half-open
// link is therefore declared dead at most interval + timeout after its last sign of life.
// In passive mode nothing is sent: the link is dead after interval * maxMissed + timeout of
// inbound silence.
class HeartbeatPolicy final
{
public:
    enum class Mode { Ping, Text, Json, Passive };

    Mode mode = Mode::Ping;
    int intervalMs = 30000;
    int timeoutMs = 10000;
    int maxMissed = 1;
    // Any inbound message counts as an answer to the outstanding ping (it does not yield an RTT).
    bool anyTrafficResets = true;
    // Text and json modes: what to send. Empty means the default ("ping" / {"type":"ping"}).
    QString payload;
    // Text mode: the exact reply. Empty means "pong".
    QString expectText;
    // Json mode: the reply is an object whose field equals this value. Empty field means "type"/"pong".
    QString expectField;
    QJsonValue expectEquals;

    // The application-level message to send, or an empty string in ping and passive modes.
    QString pingPayload() const;
    // True when message is the heartbeat reply in text or json mode. Cheap for messages that
    // cannot match (no JSON parse unless the field and value appear in the text).
    bool isPong(QStringView message) const;
    // Passive mode: how long inbound silence may last.
    qint64 passiveSilenceLimitMs() const;

    QString effectiveExpectText() const;
    QString effectiveExpectField() const;
    QJsonValue effectiveExpectEquals() const;

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);

    friend bool operator==(const HeartbeatPolicy &, const HeartbeatPolicy &) = default;
};
