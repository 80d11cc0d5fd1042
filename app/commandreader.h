#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

// Reads newline-separated commands from a file descriptor (stdin) without blocking the event loop.
// Emits one lineRead() per complete line and finished() at end of input.
class CommandReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandReader)

public:
    explicit CommandReader(int fd, QObject *parent = nullptr);

Q_SIGNALS:
    void lineRead(const QByteArray &line);
    void finished();

private:
    void onReadable();

    int m_fd;
    QSocketNotifier *m_notifier;
    QByteArray m_buffer;
};
