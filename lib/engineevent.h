#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One engine event, as headless mode prints it: {"ts":…,"endpoint":…,"event":…, …fields}.
// The type names and field names are an API (README "Headless events"); they never get translated.
struct EngineEvent
{
    qint64 timestampMs = 0; // wall clock, ms since the epoch (UTC)
    QString endpoint;
    QString type;
    QJsonObject fields;

    // One JSON line without the trailing newline, with ts, endpoint and event first.
    QByteArray toJsonLine() const;
    static QString formatTimestamp(qint64 msSinceEpoch);
    // Appends text as a quoted, escaped JSON string: the one escaper of every hand-written line.
    static void appendJsonString(QByteArray &out, QStringView text);
};

Q_DECLARE_METATYPE(EngineEvent)
