#pragma once

#include <QByteArray>
#include <QUrl>

// One HTTP request for tests (the metrics endpoint, the feed server's control endpoint, Prometheus'
// API): no proxy, an event loop until the reply finishes or 10 s pass.
namespace TestHttp {

struct Reply
{
    bool finished = false; // false: no reply within 10 s
    int status = 0;        // the HTTP status; 0 when there was none
    QByteArray body;
    QByteArray contentType;
};

Reply get(const QUrl &url);
Reply post(const QUrl &url, const QByteArray &body = {},
           const QByteArray &contentType = "application/x-www-form-urlencoded");

} // namespace TestHttp
