#pragma once

class QWebSocket;

// The read and write buffers of the TCP socket inside a QWebSocket.
//
// QAbstractSocket keeps one chunk per direction once it has used it: 16 KiB for reading and 32 KiB
// for writing, whatever passes through. For an idle feed that is 48 KiB of heap per endpoint (8 KiB
// or more of it resident) to carry a ping of a few bytes a second. Qt 6.4 has no public setting for
// the chunk size, so this sets QIODevicePrivate's, which Qt's own QIODevice subclasses use too. With
// a chunk size of 0 a buffer holds exactly what is in flight and is freed once it is empty; a
// large message still goes through in one chunk of its own size, and a written QByteArray is queued
// without a copy.
namespace SocketBuffers {

// Releases the socket's kept chunks and keeps none from now on. Call once the socket is connected
// (its buffers are empty then); a socket without a TCP device is left alone.
void releaseIdleChunks(QWebSocket *socket);

struct ChunkSizes
{
    int read = -1; // -1: no TCP device found
    int write = -1;
};
// What the socket's buffers are set to, for tests.
ChunkSizes chunkSizes(const QWebSocket *socket);

} // namespace SocketBuffers
