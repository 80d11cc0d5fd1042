#include "backoffpolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;

namespace {

// lo + r * (hi - lo), rounded. Computed in double and clamped, so that huge limits (near
// INT64_MAX) cannot overflow on rounding and a source returning exactly 1.0 stays in range.
qint64 lerpRounded(qint64 lo, qint64 hi, double r)
{
    if (hi <= lo)
        return lo;
    r = std::isnan(r) ? 0.0 : std::clamp(r, 0.0, 1.0);
    const double value = static_cast<double>(lo) + r * (static_cast<double>(hi) - static_cast<double>(lo));
    if (!(value < static_cast<double>(hi)))
        return hi;
    if (!(value > static_cast<double>(lo)))
        return lo;
    return std::clamp(static_cast<qint64>(std::llround(value)), lo, hi);
}

} // namespace

qint64 BackoffPolicy::baseDelay(int attempt) const
{
    const qint64 cap = std::max<qint64>(0, maxMs);
    const qint64 initial = std::clamp<qint64>(initialMs, 0, cap);
    if (attempt <= 1 || initial == 0)
        return initial;
    // pow() in double saturates to infinity instead of overflowing, and handles factors below 1
    // without a loop of `attempt` iterations.
    const double base = static_cast<double>(initial) * std::pow(factor, attempt - 1);
    if (std::isnan(base) || !(base < static_cast<double>(cap)))
        return cap;
    return std::clamp<qint64>(std::llround(std::max(base, 0.0)), 0, cap);
}

qint64 BackoffPolicy::delay(int attempt, qint64 previousMs, const RandomSource &random) const
{
    const qint64 base = baseDelay(attempt);
    switch (jitter) {
    case Jitter::None:
        return base;
    case Jitter::Full:
        return lerpRounded(0, base, random());
    case Jitter::Equal:
        // base - base / 2 is base / 2 rounded up: the lowest value base / 2.0 + 0 rounds to.
        return lerpRounded(base - base / 2, base, random());
    case Jitter::Decorrelated: {
        const qint64 cap = std::max<qint64>(0, maxMs);
        // An initial delay above the cap would otherwise escape it; baseDelay() caps it the same way.
        const qint64 low = std::clamp<qint64>(initialMs, 0, cap);
        const qint64 previous = previousMs > 0 ? previousMs : low;
        const qint64 tripled = previous > cap / 3 ? cap : previous * 3;
        return lerpRounded(low, std::max(low, std::min(cap, tripled)), random());
    }
    }
    return base;
}

QString BackoffPolicy::jitterName(Jitter jitter)
{
    switch (jitter) {
    case Jitter::None:
        return u"none"_s;
    case Jitter::Full:
        return u"full"_s;
    case Jitter::Equal:
        return u"equal"_s;
    case Jitter::Decorrelated:
        return u"decorrelated"_s;
    }
    return QString();
}

std::optional<BackoffPolicy::Jitter> BackoffPolicy::jitterFromName(const QString &name)
{
    for (const Jitter jitter : {Jitter::None, Jitter::Full, Jitter::Equal, Jitter::Decorrelated}) {
        if (name == jitterName(jitter))
            return jitter;
    }
    return std::nullopt;
}

BackoffPolicy::RandomSource BackoffPolicy::seededSource(quint32 seed)
{
    // std::function copies its target; sharing the engine keeps copies on one sequence.
    auto engine = std::make_shared<std::mt19937>(seed);
    return [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

BackoffPolicy::RandomSource BackoffPolicy::systemSource()
{
    return [] { return QRandomGenerator::global()->generateDouble(); };
}
