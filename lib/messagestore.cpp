#include "messagestore.h"

#include "engineevent.h"

#include <QDateTime>

#include <algorithm>

// Layout: m_ring holds exactly m_count records (the vector grows lazily up to m_capacity, so an
// idle store costs nothing). The oldest is at m_head; once the ring is full, append overwrites it
// in place and advances m_head, so a full store allocates nothing per append.

MessageStore::MessageStore(qsizetype capacity, QObject *parent)
    : QObject(parent), m_capacity(std::max<qsizetype>(1, capacity))
{}

void MessageStore::append(LogRecord record)
{
    bool notify = false;
    {
        const std::lock_guard lock(m_mutex);
        record.seq = ++m_lastSeq;
        const auto capacity = static_cast<std::size_t>(m_capacity);
        if (m_ring.size() < capacity) {
            if (m_head != 0) {
                std::rotate(m_ring.begin(), m_ring.begin() + std::ptrdiff_t(m_head), m_ring.end());
                m_head = 0;
            }
            if (m_ring.size() == m_ring.capacity()) {
                // Grow geometrically but never past the capacity, which std::vector would do.
                m_ring.reserve(std::min(capacity, std::max<std::size_t>(64, m_ring.size() * 2)));
            }
            m_ring.push_back(std::move(record));
        } else {
            m_ring[m_head] = std::move(record);
            if (++m_head == m_ring.size())
                m_head = 0;
            ++m_dropped;
        }
        m_count = m_ring.size();
        // Inside the lock: a reader resets the flag under the same lock after taking its copy,
        // so a record appended after that copy always finds the flag cleared and notifies.
        // The relaxed load spares the exchange (a locked instruction) while a read is pending.
        notify = !m_notified.load(std::memory_order_relaxed) && !m_notified.exchange(true);
    }
    // Outside the lock: a directly connected receiver may call recordsSince() right away.
    if (notify)
        Q_EMIT recordsAvailable();
}

qsizetype MessageStore::capacity() const
{
    const std::lock_guard lock(m_mutex);
    return m_capacity;
}

void MessageStore::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(1, capacity);
    const std::lock_guard lock(m_mutex);
    const auto newCapacity = static_cast<std::size_t>(capacity);
    if (m_count > newCapacity) {
        const std::size_t cut = m_count - newCapacity;
        std::vector<LogRecord> kept;
        kept.reserve(newCapacity);
        for (std::size_t i = cut; i < m_count; ++i)
            kept.push_back(std::move(m_ring[(m_head + i) % m_count]));
        m_ring = std::move(kept);
        m_dropped += cut;
    } else {
        std::rotate(m_ring.begin(), m_ring.begin() + std::ptrdiff_t(m_head), m_ring.end());
        if (m_ring.capacity() > newCapacity)
            m_ring.shrink_to_fit();
    }
    m_head = 0;
    m_count = m_ring.size();
    m_capacity = capacity;
}

qsizetype MessageStore::size() const
{
    const std::lock_guard lock(m_mutex);
    return qsizetype(m_count);
}

quint64 MessageStore::lastSeq() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastSeq;
}

quint64 MessageStore::dropped() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

void MessageStore::clear()
{
    const std::lock_guard lock(m_mutex);
    // Keeps the vector's storage: a store that was full will likely fill up again.
    m_ring.clear();
    m_head = 0;
    m_count = 0;
}

QList<LogRecord> MessageStore::recordsSince(quint64 after, qsizetype max, quint64 *missed)
{
    QList<LogRecord> result;
    const std::lock_guard lock(m_mutex);
    m_notified.store(false);
    if (missed)
        *missed = 0;
    if (after >= m_lastSeq)
        return result;
    // Seqs in the ring are contiguous and end at m_lastSeq; after + 1 cannot overflow here.
    const quint64 oldest = m_lastSeq - m_count + 1;
    if (missed && after + 1 < oldest)
        *missed = oldest - after - 1;
    const quint64 first = std::max(after + 1, oldest);
    if (first <= m_lastSeq) {
        auto available = m_lastSeq - first + 1;
        if (max >= 0)
            available = std::min(available, quint64(max));
        result.reserve(qsizetype(available));
        const std::size_t start = m_head + std::size_t(first - oldest);
        for (std::size_t i = 0; i < available; ++i)
            result.append(m_ring[(start + i) % m_count]);
    }
    return result;
}

QByteArray LogRecord::directionName(Direction direction)
{
    switch (direction) {
    case Direction::In:
        return "in";
    case Direction::Out:
        return "out";
    case Direction::Event:
        return "event";
    }
    return "in";
}

QByteArray LogRecord::toJsonLine() const
{
    QByteArray line;
    line.reserve(96 + endpoint.size() + (binary ? data.size() * 2 : text.size()));
    line += "{\"seq\":";
    line += QByteArray::number(seq);
    line += ",\"ts\":\"";
    line += QDateTime::fromMSecsSinceEpoch(timestampMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    line += "\",\"endpoint\":";
    EngineEvent::appendJsonString(line, endpoint);
    line += ",\"direction\":\"";
    line += directionName(direction);
    line += "\",\"heartbeat\":";
    line += heartbeat ? "true" : "false";
    if (binary) {
        line += ",\"hex\":\"";
        line += data.toHex();
        line += '"';
    } else {
        line += ",\"text\":";
        EngineEvent::appendJsonString(line, text);
    }
    line += "}\n";
    return line;
}
