#pragma once

#include <QStringView>
#include <QtGlobal>

#include <optional>

// Sequence-gap accounting for one endpoint whose messages carry a running number, such as
// {"seq":41,...}. extract() reads the number out of each text message; observe() compares it with
// the number expected next and keeps the totals. Pure logic: no clock and no signals, the owner
// feeds it every message and reads the counters.
//
// A tracker lives per endpoint and spans reconnects: when a feed-wide counter moved on while the
// client was down, the numbers it skipped count as gaps on the first message after reconnecting.
// For a number got, against the number expected next:
// - First: the first number ever (or since clear()). Nothing is counted.
// - InOrder: got == expected.
// - Gap: got > expected; missing = got - expected numbers never arrived.
// - Reset: got < expected and got <= 1. The counter restarted (a server restart, say); nothing is
//   counted missing. A repeated 0 or 1 cannot be told apart from a restart and is a Reset too.
// - Duplicate: got < expected and got > 1, a repeat or a late arrival. expected stays.
// After First, InOrder, Gap and Reset the tracker expects got + 1.
class SequenceTracker final
{
public:
    enum class Verdict { First, InOrder, Gap, Duplicate, Reset };

    struct Observation
    {
        Verdict verdict;
        qint64 expected; // -1 for First
        qint64 got;
        qint64 missing; // > 0 only for Gap

        friend bool operator==(const Observation &, const Observation &) = default;
    };

    // The largest number extract() returns: beyond it a double (and so a JavaScript sender) skips
    // integers, and a gap could not be told from rounding.
    static constexpr qint64 MaxSequence = qint64(1) << 53;

    // The value of the top-level member field of message, when message is one valid JSON object
    // (RFC 8259, at most 1024 levels deep, as QJsonDocument accepts) and the member is written as a
    // plain integer literal in [0, MaxSequence]. Otherwise nullopt: not an object, malformed or
    // truncated JSON, no such member, or a value that is a string, bool, null, container, negative
    // (-0 included), has a fraction or exponent (5.0, 1e3) or is above MaxSequence. Member names
    // are compared after unescaping, so "s\u0065q" is seq. Nested members never count. When the
    // object repeats the member, the last one wins, as in QJsonDocument; if that one is not an
    // integer the result is nullopt.
    // One pass over the text, with no allocation.
    static std::optional<qint64> extract(QStringView message, QStringView field);

    // seq must be in [0, MaxSequence], as extract() returns it.
    Observation observe(qint64 seq);

    quint64 gaps() const { return m_gaps; } // the sum of missing over all Gap observations
    quint64 gapEvents() const { return m_gapEvents; }
    quint64 duplicates() const { return m_duplicates; }
    quint64 resets() const { return m_resets; }
    qint64 expected() const { return m_expected; } // -1 before the first number

    // Forgets everything, as when the endpoint's config changes.
    void clear();

private:
    qint64 m_expected = -1;
    quint64 m_gaps = 0;
    quint64 m_gapEvents = 0;
    quint64 m_duplicates = 0;
    quint64 m_resets = 0;
};
