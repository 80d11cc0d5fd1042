#pragma once

#include "configfile.h"
#include "configissue.h"

#include <QList>
#include <QString>

// The outcome of reading the endpoints file at start-up.
struct LoadedConfig
{
    ConfigFile file; // endpoints and connect_budget; the defaults unless parsed
    ConfigIssues issues;
    bool parsed = false;
    QString backupPath; // set when a broken file was copied aside
};

// Where the window keeps its endpoints: one config file in the documented format. A file that the
// user broke by hand is never replaced behind their back: load() copies it to "<file>.bak" and
// save() refuses to overwrite it unless asked to.
namespace ConfigStore {

// Reads the file. If it exists but fails to parse, it is copied to "<file>.bak" (backupPath set),
// never overwritten, and issues say why; file then holds no endpoints and parsed=false. A missing file is
// parsed=true with no endpoints. A file with an empty "endpoints" array is accepted here (the window
// may have saved it after every endpoint was removed).
LoadedConfig load(const QString &fileName);

// Atomic save (QSaveFile). Refuses (returns false, *error names the reason) when the file on disk
// exists and does not parse, unless overwriteBroken is true.
bool save(const QString &fileName, const QList<EndpointConfig> &endpoints, QString *error,
          bool overwriteBroken = false);

// QStandardPaths::AppConfigLocation + "/endpoints.json"
QString defaultPath();

} // namespace ConfigStore
