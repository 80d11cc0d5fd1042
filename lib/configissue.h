#pragma once

#include <QList>
#include <QString>

// One problem found in a config, located by its JSON path ("endpoints[2].heartbeat.timeout_ms").
struct ConfigIssue
{
    QString path;
    QString message;

    // "path: message", the form printed on stderr and shown next to a field.
    QString toString() const;

    friend bool operator==(const ConfigIssue &, const ConfigIssue &) = default;
};

using ConfigIssues = QList<ConfigIssue>;
