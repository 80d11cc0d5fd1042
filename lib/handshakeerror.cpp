#include "handshakeerror.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace HandshakeError {

int parseStatus(QStringView errorString)
{
    // qtwebsockets: "QWebSocketPrivate::processHandshake: Unhandled http status code: 401 (Unauthorized)."
    static const QRegularExpression status(u"http status code:? *(\\d{3})\\b"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = status.match(errorString.toString());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

Kind kindOf(int status)
{
    switch (status) {
    case 0:
        return Kind::None;
    case 401:
    case 403:
        return Kind::Auth;
    case 404:
    case 410:
        return Kind::NotFound;
    case 429:
        return Kind::RateLimited;
    case 502:
    case 503:
    case 504:
        return Kind::Unavailable;
    default:
        return Kind::OtherStatus;
    }
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Auth:
        return u"auth"_s;
    case Kind::NotFound:
        return u"not_found"_s;
    case Kind::RateLimited:
        return u"rate_limited"_s;
    case Kind::Unavailable:
        return u"unavailable"_s;
    case Kind::OtherStatus:
        return u"http"_s;
    }
    return {};
}

bool isFatal(Kind kind, bool retryAuthFailures)
{
    return kind == Kind::NotFound || (kind == Kind::Auth && !retryAuthFailures);
}

} // namespace HandshakeError
