#include "commandreader.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

CommandReader::CommandReader(int fd, QObject *parent)
    : QObject(parent), m_fd(fd), m_notifier(new QSocketNotifier(fd, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &CommandReader::onReadable);
}

void CommandReader::onReadable()
{
    char chunk[4096];
    const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
        return;
    }
    if (n <= 0) {
        m_notifier->setEnabled(false);
        if (!m_buffer.trimmed().isEmpty()) {
            Q_EMIT lineRead(std::exchange(m_buffer, {}));
        }
        Q_EMIT finished();
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        Q_EMIT lineRead(line);
    }
}
