#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Gives the messages a translation context without making JsonReader a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

constexpr qint64 MaxJsonInteger = qint64(1) << 53;

} // namespace

QString JsonReader::syntaxError(const QByteArray &json, const QJsonParseError &error)
{
    const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), json.size());
    const QByteArrayView before(json.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return Tr::tr("JSON syntax error at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

QString JsonReader::joinPath(const QString &prefix, QStringView key)
{
    if (prefix.isEmpty())
        return key.toString();
    return prefix % u'.' % key;
}

QString JsonReader::indexPath(const QString &path, qsizetype index)
{
    return path % u'[' % QString::number(index) % u']';
}

void JsonReader::checkKeys(const QJsonObject &object, const QString &path,
                           std::initializer_list<QStringView> known)
{
    const auto isKnown = [&known](QStringView key) {
        return std::find(known.begin(), known.end(), key) != known.end();
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (isKnown(key))
            continue;
        // The most common slip: one URL where a list is expected.
        if (key == u"url"_s && isKnown(u"urls"))
            add(joinPath(path, key), Tr::tr("unknown key (use \"urls\", an array of strings)"));
        else
            add(joinPath(path, key), Tr::tr("unknown key"));
    }
}

bool JsonReader::readObject(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject()) {
        add(path, Tr::tr("expected an object"));
        return false;
    }
    *out = value.toObject();
    return true;
}

bool JsonReader::readString(const QJsonValue &value, const QString &path, QString *out)
{
    if (!value.isString()) {
        add(path, Tr::tr("expected a string"));
        return false;
    }
    *out = value.toString();
    return true;
}

bool JsonReader::readBool(const QJsonValue &value, const QString &path, bool *out)
{
    if (!value.isBool()) {
        add(path, Tr::tr("expected true or false"));
        return false;
    }
    *out = value.toBool();
    return true;
}

bool JsonReader::readNumber(const QJsonValue &value, const QString &path, double *out)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        add(path, Tr::tr("expected a number"));
        return false;
    }
    *out = value.toDouble();
    return true;
}

bool JsonReader::readInteger(const QJsonValue &value, const QString &path, qint64 minimum, qint64 maximum,
                             qint64 *out)
{
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number) {
        add(path, Tr::tr("expected an integer"));
        return false;
    }
    if (number < double(minimum) || number > double(maximum)) {
        add(path, Tr::tr("expected an integer between %1 and %2").arg(minimum).arg(maximum));
        return false;
    }
    *out = qint64(number);
    return true;
}

bool JsonReader::readInt(const QJsonValue &value, const QString &path, int *out)
{
    qint64 number = 0;
    if (!readInteger(value, path, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), &number))
        return false;
    *out = int(number);
    return true;
}

bool JsonReader::readInt64(const QJsonValue &value, const QString &path, qint64 *out)
{
    return readInteger(value, path, -MaxJsonInteger, MaxJsonInteger, out);
}

bool JsonReader::readStringList(const QJsonValue &value, const QString &path, QStringList *out)
{
    if (!value.isArray()) {
        add(path, Tr::tr("expected an array of strings"));
        return false;
    }
    const QJsonArray array = value.toArray();
    QStringList result;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            add(indexPath(path, i), Tr::tr("expected a string"));
            ok = false;
        }
        result.append(element.toString());
    }
    *out = result;
    return ok;
}

bool JsonReader::readIntList(const QJsonValue &value, const QString &path, QList<int> *out)
{
    if (!value.isArray()) {
        add(path, Tr::tr("expected an array of integers"));
        return false;
    }
    const QJsonArray array = value.toArray();
    QList<int> result;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        int number = 0;
        ok = readInt(array.at(i), indexPath(path, i), &number) && ok;
        result.append(number);
    }
    *out = result;
    return ok;
}
