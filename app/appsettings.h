#pragma once

#include "configissue.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

class QSettings;

// The window's general preferences (log size, recording, notifications, language, metrics), kept in
// QSettings under "preferences/" (not "general/": QSettings folds an ini file's [General] section
// into the top level). Endpoints are not here: they live in the config file (ConfigStore).
// validate() reports problems with paths such as "general.log_capacity", like the config file does.
struct AppSettings
{
    static constexpr int MinLogCapacity = 1000;
    static constexpr int MaxLogCapacity = 1'000'000;
    static constexpr qint64 MinRecordRotateBytes = 1024LL * 1024;
    static constexpr qint64 MaxRecordRotateBytes = 1024LL * 1024 * 1024 * 1024;
    static constexpr int MaxRecordKeepFiles = 10'000;
    static constexpr int MaxNotifyHoldSeconds = 300;

    int logCapacity = 50'000; // rows kept in the log view
    bool recordEnabled = false;
    QString recordDirectory;
    qint64 recordRotateBytes = 64LL * 1024 * 1024;
    int recordKeepFiles = 5;
    bool notificationsEnabled = true;
    int notifyHoldSeconds = 5; // flap suppression
    QString language;          // "" = system, "en", "zh_CN", "zh_TW"
    int metricsPort = 0;       // 0 = off

    // The language codes the window offers, "" (the system's) first.
    static QStringList languages();

    // Missing or unreadable keys keep their defaults.
    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    ConfigIssues validate() const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};
