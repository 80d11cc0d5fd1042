#include "manualclock.h"

ManualClock::ManualClock(qint64 start, QObject *parent) : Clock(parent), m_now(start) {}

qint64 ManualClock::now() const
{
    return m_now.load();
}

void ManualClock::advance(qint64 ms)
{
    m_now += ms;
    Q_EMIT advanced();
}
