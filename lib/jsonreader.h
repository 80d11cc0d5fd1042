#pragma once

#include "configissue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

// Reads typed values out of JSON config objects, recording one issue named by its path
// ("endpoints[0].heartbeat.timeout_ms") for every value of the wrong type. A value of the wrong
// type leaves the destination untouched, so the default stays in place. Shared by every config
// parser, so that they all say the same thing about the same mistake.
class JsonReader
{
public:
    ConfigIssues issues;

    void add(const QString &path, const QString &message) { issues.append({path, message}); }

    // An issue for every key of object that is not in known.
    void checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<QStringView> known);

    bool readObject(const QJsonValue &value, const QString &path, QJsonObject *out);
    bool readString(const QJsonValue &value, const QString &path, QString *out);
    bool readBool(const QJsonValue &value, const QString &path, bool *out);
    bool readNumber(const QJsonValue &value, const QString &path, double *out);
    // Any JSON number that is whole and within [minimum, maximum], so 1e3 and 10.0 are fine but 1.5
    // is not.
    bool readInteger(const QJsonValue &value, const QString &path, qint64 minimum, qint64 maximum,
                     qint64 *out);
    bool readInt(const QJsonValue &value, const QString &path, int *out);
    // Whole numbers a JSON double holds exactly (±2^53).
    bool readInt64(const QJsonValue &value, const QString &path, qint64 *out);
    // A bad element becomes an empty string (or 0) rather than vanishing, so that later checks
    // still report the good ones under their own index.
    bool readStringList(const QJsonValue &value, const QString &path, QStringList *out);
    bool readIntList(const QJsonValue &value, const QString &path, QList<int> *out);

    // Calls read(value, path) when key is present.
    template <typename Read>
    void optional(const QJsonObject &object, const QString &prefix, QStringView key, Read read)
    {
        const auto it = object.constFind(key);
        if (it != object.constEnd())
            read(it.value(), joinPath(prefix, key));
    }

    // "JSON syntax error at line L, column C: …": QJsonParseError gives only a byte offset, and
    // people and editors think in lines and columns (of characters, not bytes).
    static QString syntaxError(const QByteArray &json, const QJsonParseError &error);

    // "prefix.key", or "key" when prefix is empty.
    static QString joinPath(const QString &prefix, QStringView key);
    // "path[index]".
    static QString indexPath(const QString &path, qsizetype index);
};
