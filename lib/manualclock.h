#pragma once

#include "clock.h"

#include <atomic>

// A clock that only moves when told to. advance() emits advanced(), so every connection that uses
// this clock re-checks its deadlines at the new time, exactly as it would after a real wait.
class ManualClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualClock)

public:
    explicit ManualClock(qint64 start = 1'000'000, QObject *parent = nullptr);

    qint64 now() const override;
    bool isManual() const override { return true; }

    void advance(qint64 ms);

private:
    std::atomic<qint64> m_now;
};
