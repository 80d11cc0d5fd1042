#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

// Keeping secrets out of files and out of sight.
// expand() replaces ${VAR} from the environment at connect time, so tokens need not sit in the config.
// The redact*() helpers hide secrets wherever something is shown: the GUI, the log, headless events,
// metrics. A query parameter is secret when its name looks like a credential (token, access_token,
// wsToken, key, api_key, password, secret, signature, auth, ...), a header when it is Authorization,
// Cookie, or its name contains token, key, secret, password or auth.
namespace Secrets {

inline constexpr QStringView Mask = u"***";

// Expands every ${NAME}. Names of variables that are not set are appended to *missing (if given)
// and expand to the empty string. "$${" is a literal "${".
QString expand(const QString &text, const QProcessEnvironment &env, QStringList *missing = nullptr);

// The NAMEs of every ${NAME} in text, in order of appearance.
QStringList variableNames(const QString &text);

bool isSecretQueryKey(const QString &key);
bool isSecretHeader(const QString &name);

// The URL with secret query values and any password replaced by the mask.
QString redactUrl(const QUrl &url);
QString redactUrl(const QString &url);
// "Bearer abc" -> "Bearer ***" for a secret header; other values are returned unchanged.
QString redactHeaderValue(const QString &name, const QString &value);
// Replaces every occurrence of each non-empty secret (expanded values) in text with the mask.
QString redactText(QString text, const QStringList &secrets);

} // namespace Secrets
