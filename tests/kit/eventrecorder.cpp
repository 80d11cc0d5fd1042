#include "eventrecorder.h"

#include "clock.h"

EventRecorder::EventRecorder(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system())
{}

void EventRecorder::record(const EngineEvent &event)
{
    m_entries.append({event, m_clock->now()});
    Q_EMIT recorded(event);
}

int EventRecorder::count(const QString &type) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&type](const Entry &entry) { return entry.event.type == type; }));
}

EngineEvent EventRecorder::last(const QString &type) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->event.type == type) {
            return it->event;
        }
    }
    return {};
}

qint64 EventRecorder::lastAt(const QString &type) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->event.type == type) {
            return it->at;
        }
    }
    return -1;
}

QStringList EventRecorder::types() const
{
    return typesSince(0);
}

QStringList EventRecorder::typesSince(int from) const
{
    QStringList result;
    for (qsizetype i = from; i < m_entries.size(); ++i) {
        result << m_entries.at(i).event.type;
    }
    return result;
}
