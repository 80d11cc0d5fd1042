#pragma once

#include <QObject>

// The one seam for time. Every deadline in the engine (connect, pong, stale, backoff, stable uptime)
// is computed from now(). The default clock is monotonic; tests substitute ManualClock and move time
// forward explicitly, so that "nothing happens before the deadline" is proven without sleeping.
// Whoever holds deadlines connects to advanced() and re-evaluates them.
class Clock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Clock)

public:
    explicit Clock(QObject *parent = nullptr);
    ~Clock() override;

    // Monotonic milliseconds; only differences are meaningful.
    virtual qint64 now() const;

    // True when time only moves through advance() (tests); real timers then serve as wake-ups only.
    virtual bool isManual() const { return false; }

    // The process-wide monotonic clock. Thread-safe to read.
    static Clock *system();

Q_SIGNALS:
    // Time jumped forward by more than a timer tick (only a manual clock does this).
    void advanced();
};
