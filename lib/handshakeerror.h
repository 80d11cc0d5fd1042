#pragma once

#include <QString>
#include <QStringView>

// What an HTTP status on a refused WebSocket upgrade means for the reconnect policy. Qt 6.4 reports
// a refused upgrade only as an error string that carries the status, so parse() reads it from there;
// response headers (Retry-After) are not exposed, so 429 and 503 back off by the endpoint's policy.
namespace HandshakeError {

enum class Kind {
    None,        // not an HTTP refusal (a socket or TLS error)
    Auth,        // 401, 403: the credentials are wrong; fatal unless retry_auth_failures
    NotFound,    // 404, 410: the URL is wrong; a configuration error, fatal
    RateLimited, // 429: back off
    Unavailable, // 502, 503, 504: back off
    OtherStatus, // any other status: back off
};

// The HTTP status in a QWebSocket handshake error string; 0 when there is none.
int parseStatus(QStringView errorString);
Kind kindOf(int status);
// The name used in events ("auth", "not_found", "rate_limited", "unavailable", "http"); empty for None.
QString kindName(Kind kind);
// Whether a retry can help without someone changing the config or the server.
bool isFatal(Kind kind, bool retryAuthFailures);

} // namespace HandshakeError
