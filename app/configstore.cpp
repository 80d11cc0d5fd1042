#include "configstore.h"

#include "configfile.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfigStore)
};

// ConfigFile insists on at least one endpoint, which suits a hand-written file. The window, though,
// may save a list the user emptied, and must be able to read it back.
bool hasEmptyEndpointList(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return false;
    const QJsonValue endpoints = document.object().value(u"endpoints");
    return endpoints.isArray() && endpoints.toArray().isEmpty();
}

struct Parsed
{
    ConfigFile file;
    ConfigIssues issues;
};

Parsed parseBytes(const QByteArray &json)
{
    Parsed result;
    ConfigFile file = ConfigFile::parse(json, &result.issues);
    if (hasEmptyEndpointList(json))
        result.issues.removeIf([](const ConfigIssue &issue) { return issue.path == u"endpoints"_s; });
    if (result.issues.isEmpty())
        result.file = file;
    return result;
}

// The first of "<file>.bak", "<file>.bak.2", ... that is free or already holds these bytes, so an
// older backup of a different broken file is never lost.
QString backupFileName(const QString &fileName, const QByteArray &bytes)
{
    for (int n = 1;; ++n) {
        QString candidate = fileName % u".bak"_s;
        if (n > 1)
            candidate += u'.' % QString::number(n);
        QFile existing(candidate);
        if (!existing.exists())
            return candidate;
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            return candidate;
    }
}

} // namespace

namespace ConfigStore {

LoadedConfig load(const QString &fileName)
{
    LoadedConfig result;
    QFile file(fileName);
    if (!file.exists()) {
        result.parsed = true;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues.append({QString(), Tr::tr("cannot read \"%1\": %2").arg(fileName, file.errorString())});
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    Parsed parsed = parseBytes(bytes);
    if (parsed.issues.isEmpty()) {
        result.file = parsed.file;
        result.parsed = true;
        return result;
    }
    result.issues = parsed.issues;

    const QString backup = backupFileName(fileName, bytes);
    if (QFileInfo::exists(backup)) {
        result.backupPath = backup;
    } else if (QFile::copy(fileName, backup)) {
        result.backupPath = backup;
        qCInfo(lcConfig) << "kept a copy of the broken config as" << backup;
    } else {
        result.issues.append({QString(), Tr::tr("cannot copy \"%1\" to \"%2\"").arg(fileName, backup)});
    }
    return result;
}

bool save(const QString &fileName, const QList<EndpointConfig> &endpoints, QString *error,
          bool overwriteBroken)
{
    ConfigFile file;
    QFile existing(fileName);
    if (!overwriteBroken && existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            if (error)
                *error = Tr::tr("cannot read \"%1\": %2").arg(fileName, existing.errorString());
            return false;
        }
        const Parsed parsed = parseBytes(existing.readAll());
        existing.close();
        if (!parsed.issues.isEmpty()) {
            if (error)
                *error = Tr::tr("\"%1\" has problems (%2) and was not overwritten; fix or remove it first")
                             .arg(fileName, parsed.issues.constFirst().toString());
            return false;
        }
        // What the window does not edit (the connect budget) is kept as the file has it.
        file = parsed.file;
    }

    const QString directory = QFileInfo(fileName).absolutePath();
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = Tr::tr("cannot create the folder \"%1\"").arg(directory);
        return false;
    }
    file.endpoints = endpoints;
    return file.save(fileName, error);
}

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) % u"/endpoints.json"_s;
}

} // namespace ConfigStore
