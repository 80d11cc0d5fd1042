#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>

// Pure reconnect-delay arithmetic. The base delay for attempt n (1-based) is
// min(max, initial * factor^(n-1)); jitter is applied after that cap, so delays at the cap stay
// spread out instead of collapsing to one value. The random source is injected: it returns a
// uniform double in [0, 1).
class BackoffPolicy final
{
public:
    enum class Jitter { None, Full, Equal, Decorrelated };

    using RandomSource = std::function<double()>;

    qint64 initialMs = 1000;
    qint64 maxMs = 30000;
    double factor = 2.0;
    Jitter jitter = Jitter::Full;

    // The capped, un-jittered delay for attempt n (n >= 1).
    qint64 baseDelay(int attempt) const;

    // The delay before attempt n. previousMs is the delay used before attempt n-1 (0 for the first);
    // only the decorrelated mode uses it: delay = uniform(initial, min(max, previous * 3)).
    qint64 delay(int attempt, qint64 previousMs, const RandomSource &random) const;

    static QString jitterName(Jitter jitter);
    static std::optional<Jitter> jitterFromName(const QString &name);

    // A uniform [0,1) source seeded with seed, for deterministic tests and benchmarks.
    static RandomSource seededSource(quint32 seed);
    // A uniform [0,1) source from the system generator.
    static RandomSource systemSource();

    friend bool operator==(const BackoffPolicy &, const BackoffPolicy &) = default;
};
