#include "socketbuffers.h"

#include <QAbstractSocket>
#include <QWebSocket>
#include <QtCore/private/qiodevice_p.h>

namespace {

// QWebSocket makes its QTcpSocket (or QSslSocket) as a direct child.
QIODevicePrivate *tcpDevice(const QWebSocket *socket)
{
    if (!socket) {
        return nullptr;
    }
    auto *device = socket->findChild<QAbstractSocket *>(QString(), Qt::FindDirectChildrenOnly);
    return device ? static_cast<QIODevicePrivate *>(QObjectPrivate::get(device)) : nullptr;
}

} // namespace

namespace SocketBuffers {

void releaseIdleChunks(QWebSocket *socket)
{
    QIODevicePrivate *d = tcpDevice(socket);
    if (!d) {
        return;
    }
    d->readBufferChunkSize = 0;
    d->writeBufferChunkSize = 0;
    const auto keepNothing = [](auto &buffers) {
        for (QRingBuffer &buffer : buffers) {
            buffer.setChunkSize(0);
            if (buffer.isEmpty()) {
                buffer.clear(); // frees the kept chunk
            }
        }
    };
    keepNothing(d->readBuffers);
    keepNothing(d->writeBuffers);
}

ChunkSizes chunkSizes(const QWebSocket *socket)
{
    const QIODevicePrivate *d = tcpDevice(socket);
    if (!d) {
        return {};
    }
    ChunkSizes sizes;
    sizes.read = d->readBuffers.isEmpty() ? d->readBufferChunkSize : d->readBuffers.first().chunkSize();
    sizes.write = d->writeBuffers.isEmpty() ? d->writeBufferChunkSize : d->writeBuffers.first().chunkSize();
    return sizes;
}

} // namespace SocketBuffers
