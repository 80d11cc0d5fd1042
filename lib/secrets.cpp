#include "secrets.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() >= u'0' && c.unicode() <= u'9');
}

bool isExactSecretQueryKey(const QString &lowerKey)
{
    static const QSet<QString> keys{
        u"token"_s,     u"access_token"_s, u"wstoken"_s,  u"auth"_s,      u"authorization"_s, u"key"_s,
        u"apikey"_s,    u"api_key"_s,      u"password"_s, u"passwd"_s,    u"pwd"_s,           u"secret"_s,
        u"signature"_s, u"sig"_s,          u"session"_s,  u"sessionid"_s, u"jwt"_s,
    };
    return keys.contains(lowerKey);
}

// Masks the value of every query parameter whose name looks like a credential. Works on the text as
// written, so parameter order, encoding and ${VAR} placeholders survive untouched.
QString redactQuery(QStringView query)
{
    QString result;
    result.reserve(query.size());
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf(u'&', start);
        if (end < 0)
            end = query.size();
        const QStringView part = query.sliced(start, end - start);
        const qsizetype eq = part.indexOf(u'=');
        if (eq >= 0 && eq + 1 < part.size()) {
            const QStringView key = part.first(eq);
            QByteArray encodedKey = key.toUtf8();
            encodedKey.replace('+', ' ');
            if (Secrets::isSecretQueryKey(QUrl::fromPercentEncoding(encodedKey)))
                result += key % u'=' % Secrets::Mask;
            else
                result += part;
        } else {
            result += part;
        }
        if (end < query.size())
            result += u'&';
        start = end + 1;
    }
    return result;
}

// Auth schemes that say nothing secret by themselves and help the reader ("Bearer ***").
bool isAuthScheme(QStringView word)
{
    static const QStringList schemes{
        u"bearer"_s, u"basic"_s,  u"token"_s,           u"digest"_s, u"negotiate"_s,
        u"ntlm"_s,   u"hoba"_s,   u"mutual"_s,          u"bot"_s,    u"jwt"_s,
        u"dpop"_s,   u"apikey"_s, u"aws4-hmac-sha256"_s};
    return schemes.contains(word.toString(), Qt::CaseInsensitive);
}

} // namespace

namespace Secrets {

QString expand(const QString &text, const QProcessEnvironment &env, QStringList *missing)
{
    QString result;
    result.reserve(text.size());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c != u'$') {
            result += c;
            ++i;
            continue;
        }
        if (QStringView(text).sliced(i).startsWith(u"$${")) {
            result += u"${";
            i += 3;
            continue;
        }
        if (i + 2 < size && text.at(i + 1) == u'{' && isNameStart(text.at(i + 2))) {
            qsizetype end = i + 3;
            while (end < size && isNameChar(text.at(end)))
                ++end;
            if (end < size && text.at(end) == u'}') {
                const QString name = text.sliced(i + 2, end - i - 2);
                if (env.contains(name)) {
                    result += env.value(name);
                } else if (missing && !missing->contains(name)) {
                    missing->append(name);
                }
                i = end + 1;
                continue;
            }
        }
        // Not a well-formed ${NAME}: left as written.
        result += c;
        ++i;
    }
    return result;
}

QStringList variableNames(const QString &text)
{
    // Against an empty environment every variable is "missing", which lists exactly the names.
    QStringList names;
    expand(text, QProcessEnvironment(), &names);
    return names;
}

bool isSecretQueryKey(const QString &key)
{
    const QString lower = key.toLower();
    if (lower.isEmpty())
        return false;
    return isExactSecretQueryKey(lower) || lower.endsWith(u"token") || lower.endsWith(u"secret") ||
           lower.endsWith(u"key") || lower.endsWith(u"password");
}

bool isSecretHeader(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"authorization" || lower == u"proxy-authorization" || lower == u"cookie" ||
        lower == u"set-cookie")
        return true;
    for (const QStringView part : {u"token", u"secret", u"key", u"password", u"auth"}) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

QString redactUrl(const QUrl &url)
{
    // The pretty form keeps delimiters inside values percent-encoded, so the lexical pass stays exact.
    return redactUrl(url.toString());
}

QString redactUrl(const QString &url)
{
    const QStringView text(url);
    qsizetype fragmentStart = text.indexOf(u'#');
    if (fragmentStart < 0)
        fragmentStart = text.size();
    const QStringView beforeFragment = text.first(fragmentStart);
    const QStringView fragment = text.sliced(fragmentStart);

    qsizetype queryStart = beforeFragment.indexOf(u'?');
    const QStringView head = queryStart < 0 ? beforeFragment : beforeFragment.first(queryStart);

    QString result;
    result.reserve(url.size() + 8);

    qsizetype authorityStart = -1;
    if (const qsizetype schemeEnd = head.indexOf(u"://"); schemeEnd >= 0)
        authorityStart = schemeEnd + 3;
    else if (head.startsWith(u"//"))
        authorityStart = 2;
    bool headDone = false;
    if (authorityStart >= 0) {
        qsizetype authorityEnd = head.indexOf(u'/', authorityStart);
        if (authorityEnd < 0)
            authorityEnd = head.size();
        const QStringView authority = head.sliced(authorityStart, authorityEnd - authorityStart);
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at >= 0) {
            const QStringView userInfo = authority.first(at);
            const qsizetype colon = userInfo.indexOf(u':');
            if (colon >= 0 && colon + 1 < userInfo.size()) {
                result += head.first(authorityStart) % userInfo.first(colon + 1) % Mask %
                          head.sliced(authorityStart + at);
                headDone = true;
            }
        }
    }
    if (!headDone)
        result += head;

    if (queryStart >= 0)
        result += u'?' % redactQuery(beforeFragment.sliced(queryStart + 1));
    result += fragment;
    return result;
}

QString redactHeaderValue(const QString &name, const QString &value)
{
    if (!isSecretHeader(name) || value.isEmpty())
        return value;
    const QStringView trimmed = QStringView(value).trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    if (space > 0 && isAuthScheme(trimmed.first(space)))
        return trimmed.first(space) % u' ' % Mask;
    return Mask.toString();
}

QString redactText(QString text, const QStringList &secrets)
{
    // Longest first, so a secret that contains a shorter one is masked whole.
    QStringList ordered;
    for (const QString &secret : secrets) {
        if (secret.size() >= 3)
            ordered.append(secret);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(ordered))
        text.replace(secret, Mask.toString());
    return text;
}

} // namespace Secrets
