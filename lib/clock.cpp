#include "clock.h"

#include <chrono>

Clock::Clock(QObject *parent) : QObject(parent) {}

Clock::~Clock() = default;

qint64 Clock::now() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

Clock *Clock::system()
{
    // Never destroyed: connections on other threads may read it during shutdown. now() is stateless.
    static Clock *const clock = new Clock;
    return clock;
}
