#pragma once

#include "configissue.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>
#include <QStringList>

#include <algorithm>

// Helpers shared by the config tests: readable issue lists for failure messages, and lookups.
namespace ConfigIssuesTesting {

// One "path: message" per line, or "(no issues)".
inline QString describe(const ConfigIssues &issues)
{
    QStringList lines;
    for (const ConfigIssue &issue : issues)
        lines.append(issue.toString());
    return lines.isEmpty() ? QStringLiteral("(no issues)") : lines.join(u'\n');
}

// True when an issue has exactly this path and a message containing messagePart.
inline bool hasIssue(const ConfigIssues &issues, const QString &path, const QString &messagePart = {})
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const ConfigIssue &issue) {
        return issue.path == path && issue.message.contains(messagePart);
    });
}

// Test data that must be a JSON object; anything else is a broken test.
inline QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test data is not a JSON object: %s", json.constData());
    return document.object();
}

} // namespace ConfigIssuesTesting
