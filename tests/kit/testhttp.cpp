#include "testhttp.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace TestHttp {

namespace {

Reply finish(QNetworkReply *raw)
{
    std::unique_ptr<QNetworkReply> reply(raw);
    Reply result;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (!reply->isFinished())
            return result;
    }
    result.finished = true;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.body = reply->readAll();
    return result;
}

} // namespace

Reply get(const QUrl &url)
{
    QNetworkAccessManager http;
    http.setProxy(QNetworkProxy::NoProxy);
    return finish(http.get(QNetworkRequest(url)));
}

Reply post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    QNetworkAccessManager http;
    http.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    return finish(http.post(request, body));
}

} // namespace TestHttp
