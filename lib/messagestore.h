#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <mutex>
#include <vector>

// One line of the message log: an inbound or outbound message, or an engine event.
struct LogRecord
{
    enum class Direction : quint8 { In, Out, Event };

    quint64 seq = 0;        // assigned by the store, strictly increasing from 1
    qint64 timestampMs = 0; // wall clock, ms since the epoch
    QString endpoint;
    Direction direction = Direction::In;
    bool heartbeat = false; // a heartbeat ping or its reply
    bool binary = false;    // payload is in data, not text
    QString text;
    QByteArray data;

    // One NDJSON line with its newline, the format of recordings and exports:
    // {"seq":N,"ts":"ISO UTC ms","endpoint":…,"direction":"in|out|event","heartbeat":bool,"text":…}
    // with "hex" instead of "text" for binary payloads.
    QByteArray toJsonLine() const;
    // "in", "out" or "event": the machine-readable name, never translated.
    static QByteArray directionName(Direction direction);
};

// The bounded log between the network thread and its readers. Writers append from any thread;
// when the ring is full the oldest record is overwritten and counted in dropped(). Readers pull
// everything after the last seq they saw (recordsSince), so one slow reader never blocks a writer.
// recordsAvailable() is emitted at most once until the next read, which batches hand-off to the GUI.
class MessageStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageStore)

public:
    explicit MessageStore(qsizetype capacity = 100'000, QObject *parent = nullptr);

    void append(LogRecord record);

    qsizetype capacity() const;
    // Shrinking keeps the newest records; the ones cut off count as dropped.
    void setCapacity(qsizetype capacity);
    qsizetype size() const;
    quint64 lastSeq() const;
    quint64 dropped() const;
    void clear();

    // Records with seq > after, oldest first, at most max of them. *missed (if given) receives the
    // number of records after `after` that were already overwritten before this read.
    QList<LogRecord> recordsSince(quint64 after, qsizetype max = -1, quint64 *missed = nullptr);

Q_SIGNALS:
    void recordsAvailable();

private:
    mutable std::mutex m_mutex;
    std::vector<LogRecord> m_ring;
    qsizetype m_capacity;
    std::size_t m_head = 0; // index of the oldest record
    std::size_t m_count = 0;
    quint64 m_lastSeq = 0;
    quint64 m_dropped = 0;
    std::atomic<bool> m_notified{false};
};
