#pragma once

#include "connection.h"

#include <QMetaType>
#include <QString>

// A copy of one connection's counters at one moment, safe to hand to another thread.
struct ConnectionStats
{
    QString endpoint;
    Connection::State state = Connection::State::Idle;
    qint64 stateSinceMs = 0; // wall clock, ms since the epoch
    QString url;             // current URL, redacted
    quint64 connects = 0;
    quint64 disconnects = 0;
    quint64 attemptsTotal = 0;
    int attemptsInStreak = 0;
    quint64 reconnects = 0;
    quint64 heartbeatTimeouts = 0;
    int lastCloseCode = -1;
    QString lastCloseReason;
    QString lastClosedBy; // the `by` of the last `closed` event: client, server, heartbeat or error
    QString lastClosePhase;
    QString lastError;
    quint64 messagesIn = 0;
    quint64 bytesIn = 0;
    quint64 messagesOut = 0;
    quint64 bytesOut = 0;
    double messageRate = 0.0; // messages per second, smoothed
    qint64 rttLastMs = -1;    // -1 = no sample yet
    qint64 rttMinMs = -1;
    double rttAvgMs = -1;
    qint64 rttP50Ms = -1; // over the last 128 round trips
    qint64 rttP95Ms = -1;
    qint64 rttSumMs = 0; // every round trip since the connection was created
    quint64 rttCount = 0;
    quint64 staleCount = 0;
    int queueDepth = 0;
    quint64 queueDropped = 0;
    qint64 uptimeMs = 0;       // 0 unless Open or Stale
    qint64 nextRetryInMs = -1; // -1 unless Backoff or GaveUp
    qint64 lastMessageAgeMs = -1;
    // Sequence-gap accounting (sequence_field); all 0 when it is off.
    bool sequenceTracked = false;
    quint64 sequenceGaps = 0;      // numbers missing in total
    quint64 sequenceGapEvents = 0; // how many jumps they came in
    quint64 sequenceDuplicates = 0;
    quint64 sequenceResets = 0;
    int lastHttpStatus = 0; // of the latest refused upgrade; 0 = none
};

Q_DECLARE_METATYPE(ConnectionStats)
