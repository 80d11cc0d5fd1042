#pragma once

#include "attemptbudget.h"
#include "configissue.h"
#include "endpointconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The whole config file: {"version": 1, "endpoints": [...], "connect_budget": {...}}. parse() returns every
// problem found (JSON syntax with line and column, types, unknown keys, ranges, duplicate names); a config
// with any issue must not be used. save() writes atomically through QSaveFile.
struct ConfigFile
{
    static constexpr int CurrentVersion = 1;

    int version = CurrentVersion;
    QList<EndpointConfig> endpoints;
    // "connect_budget": the manager's shared budget for connection attempts (a token bucket).
    // attempts_per_second 0 turns it off.
    double attemptsPerSecond = AttemptBudget::DefaultRate;
    int attemptBurst = AttemptBudget::DefaultBurst;

    static ConfigFile parse(const QByteArray &json, ConfigIssues *issues);
    // Reads and parses a file; an unreadable file is reported as an issue with an empty path.
    static ConfigFile load(const QString &fileName, ConfigIssues *issues);

    QByteArray toJson() const;
    // Atomic write. On failure returns false and sets *error to a readable reason.
    bool save(const QString &fileName, QString *error) const;
};
