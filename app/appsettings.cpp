#include "appsettings.h"

#include <QCoreApplication>
#include <QSettings>

#include <limits>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
};

constexpr auto LogCapacityKey = "preferences/log_capacity";
constexpr auto RecordEnabledKey = "preferences/record_enabled";
constexpr auto RecordDirectoryKey = "preferences/record_directory";
constexpr auto RecordRotateBytesKey = "preferences/record_rotate_bytes";
constexpr auto RecordKeepFilesKey = "preferences/record_keep_files";
constexpr auto NotificationsEnabledKey = "preferences/notifications_enabled";
constexpr auto NotifyHoldSecondsKey = "preferences/notify_hold_seconds";
constexpr auto LanguageKey = "preferences/language";
constexpr auto MetricsPortKey = "preferences/metrics_port";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// QSettings hands back strings from ini files; a value that does not convert keeps the default.
template <typename T> void read(const QSettings &settings, const char *name, T *out)
{
    const QVariant value = settings.value(key(name));
    if (!value.isValid())
        return;
    if constexpr (std::is_same_v<T, bool>) {
        const QString text = value.toString().toLower();
        if (text == u"true"_s || text == u"1"_s)
            *out = true;
        else if (text == u"false"_s || text == u"0"_s)
            *out = false;
    } else if constexpr (std::is_same_v<T, QString>) {
        *out = value.toString();
    } else {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (ok && number >= std::numeric_limits<T>::min() && number <= std::numeric_limits<T>::max())
            *out = T(number);
    }
}

void checkRange(ConfigIssues &issues, const QString &path, qint64 value, qint64 minimum, qint64 maximum)
{
    if (value < minimum || value > maximum)
        issues.append({path, Tr::tr("must be between %1 and %2").arg(minimum).arg(maximum)});
}

} // namespace

QStringList AppSettings::languages()
{
    return {QString(), u"en"_s, u"zh_CN"_s, u"zh_TW"_s};
}

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings result;
    read(settings, LogCapacityKey, &result.logCapacity);
    read(settings, RecordEnabledKey, &result.recordEnabled);
    read(settings, RecordDirectoryKey, &result.recordDirectory);
    read(settings, RecordRotateBytesKey, &result.recordRotateBytes);
    read(settings, RecordKeepFilesKey, &result.recordKeepFiles);
    read(settings, NotificationsEnabledKey, &result.notificationsEnabled);
    read(settings, NotifyHoldSecondsKey, &result.notifyHoldSeconds);
    read(settings, LanguageKey, &result.language);
    read(settings, MetricsPortKey, &result.metricsPort);
    return result;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(key(LogCapacityKey), logCapacity);
    settings.setValue(key(RecordEnabledKey), recordEnabled);
    settings.setValue(key(RecordDirectoryKey), recordDirectory);
    settings.setValue(key(RecordRotateBytesKey), recordRotateBytes);
    settings.setValue(key(RecordKeepFilesKey), recordKeepFiles);
    settings.setValue(key(NotificationsEnabledKey), notificationsEnabled);
    settings.setValue(key(NotifyHoldSecondsKey), notifyHoldSeconds);
    settings.setValue(key(LanguageKey), language);
    settings.setValue(key(MetricsPortKey), metricsPort);
}

ConfigIssues AppSettings::validate() const
{
    ConfigIssues issues;
    checkRange(issues, u"general.log_capacity"_s, logCapacity, MinLogCapacity, MaxLogCapacity);
    if (recordEnabled && recordDirectory.trimmed().isEmpty())
        issues.append({u"general.record_directory"_s, Tr::tr("must be set when recording is enabled")});
    checkRange(issues, u"general.record_rotate_bytes"_s, recordRotateBytes, MinRecordRotateBytes,
               MaxRecordRotateBytes);
    checkRange(issues, u"general.record_keep_files"_s, recordKeepFiles, 1, MaxRecordKeepFiles);
    checkRange(issues, u"general.notify_hold_seconds"_s, notifyHoldSeconds, 0, MaxNotifyHoldSeconds);
    if (!languages().contains(language))
        issues.append({u"general.language"_s,
                       Tr::tr("unknown language \"%1\", expected one of en, zh_CN, zh_TW or empty for the "
                              "system language")
                           .arg(language)});
    checkRange(issues, u"general.metrics_port"_s, metricsPort, 0, 65535);
    return issues;
}
