#pragma once

#include "engineevent.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class Clock;

// Records the engine events of one or more emitters together with the monotonic time each arrived,
// so that tests can assert order, fields and timing. Connect it with record() as the slot.
class EventRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventRecorder)

public:
    struct Entry
    {
        EngineEvent event;
        qint64 at = 0; // Clock::now() when it arrived
    };

    explicit EventRecorder(Clock *clock = nullptr, QObject *parent = nullptr);

    void record(const EngineEvent &event);

    const QList<Entry> &entries() const { return m_entries; }
    int count(const QString &type) const;
    // The latest event of that type, or an empty event (type empty) when none.
    EngineEvent last(const QString &type) const;
    qint64 lastAt(const QString &type) const;
    QStringList types() const;
    // Types after the first `from` entries, for asserting what a step caused.
    QStringList typesSince(int from) const;
    int size() const { return int(m_entries.size()); }
    void clear() { m_entries.clear(); }

Q_SIGNALS:
    void recorded(const EngineEvent &event);

private:
    Clock *m_clock;
    QList<Entry> m_entries;
};
