#pragma once

#include "backoffpolicy.h"
#include "configissue.h"
#include "heartbeatpolicy.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One endpoint's settings, exactly as the config file spells them (see README "Config file").
// fromJson() reads an object, reporting every problem with its field path (wrong types, unknown keys,
// bad values); omitted keys keep the defaults below. validate() checks ranges and cross-field rules
// and is what the settings dialog calls for inline errors. toJson() writes every key back, so a
// round trip is lossless.
struct EndpointConfig
{
    QString name;
    QStringList urls;
    QList<QPair<QString, QString>> headers; // in file order; values may contain ${VAR}
    QStringList subprotocols;
    int connectTimeoutMs = 10000;
    HeartbeatPolicy heartbeat;

    // "reconnect"
    BackoffPolicy backoff;
    int maxAttempts = 0;      // 0 = unlimited; after this many failures in a row: GaveUp
    int stableMs = 10000;     // uptime after which the attempt streak resets
    int slowRetryMs = 300000; // GaveUp keeps trying this often (the slow lane)
    QList<int> noRetryCloseCodes;
    bool retryAuthFailures = false; // HTTP 401/403 on the upgrade stop the endpoint unless this is set

    QStringList onOpen;       // sent after every open, before queued sends; may contain ${VAR}
    int staleAfterMs = 60000; // 0 = never stale
    int sendQueueLimit = 1000;
    // The top-level JSON member that numbers each message (e.g. "seq"); empty = no gap accounting.
    QString sequenceField;
    // Largest incoming message; a larger one fails the link with 1009 and the reconnect policy applies.
    qint64 maxMessageBytes = DefaultMaxMessageBytes;

    // "tls" (wss:// only): the system CA store always applies; caFile adds CAs (PEM), and when
    // pinSha256 is not empty the server's certificate must have one of these SHA-256 fingerprints
    // (hex, colons optional), which also accepts a self-signed certificate.
    QString caFile;
    QStringList pinSha256;

    static constexpr qint64 DefaultMaxMessageBytes = 16 * 1024 * 1024;
    static constexpr qint64 MinMaxMessageBytes = 1024;
    static constexpr qint64 MaxMaxMessageBytes = 1024LL * 1024 * 1024;
    // "AA:bb:..." or "aabb..." to lowercase hex without colons; empty when it is not 32 bytes of hex.
    static QString normalizePin(const QString &pin);

    // Parses one endpoint object. pathPrefix is the object's own path, such as "endpoints[0]".
    static EndpointConfig fromJson(const QJsonObject &object, const QString &pathPrefix,
                                   ConfigIssues *issues);
    QJsonObject toJson() const;

    // Range and consistency checks; empty when the endpoint can be used.
    ConfigIssues validate(const QString &pathPrefix = {}) const;

    friend bool operator==(const EndpointConfig &, const EndpointConfig &) = default;
};
