#include "backoffpolicy.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

using Jitter = BackoffPolicy::Jitter;

namespace {

constexpr int kDraws = 10'000;

BackoffPolicy makePolicy(qint64 initialMs, qint64 maxMs, double factor, Jitter jitter)
{
    BackoffPolicy policy;
    policy.initialMs = initialMs;
    policy.maxMs = maxMs;
    policy.factor = factor;
    policy.jitter = jitter;
    return policy;
}

// The capped base delay, written independently of the implementation: repeated multiplication,
// stopping as soon as the cap is reached.
qint64 expectedBase(qint64 initialMs, qint64 maxMs, double factor, int attempt)
{
    double value = double(initialMs);
    for (int i = 1; i < attempt && value < double(maxMs); ++i)
        value *= factor;
    return value >= double(maxMs) ? maxMs : qint64(std::llround(value));
}

struct Bounds
{
    qint64 low;
    qint64 high;
};

Bounds expectedBounds(const BackoffPolicy &p, int attempt, qint64 previousMs)
{
    const qint64 base = expectedBase(p.initialMs, p.maxMs, p.factor, attempt);
    switch (p.jitter) {
    case Jitter::None:
        return {base, base};
    case Jitter::Full:
        return {0, base};
    case Jitter::Equal:
        // base / 2 rounded up, as the smallest rounded value of base / 2.0 + uniform(0, base / 2.0).
        return {(base + 1) / 2, base};
    case Jitter::Decorrelated: {
        const qint64 previous = previousMs == 0 ? p.initialMs : previousMs;
        const qint64 tripled = previous > p.maxMs / 3 ? p.maxMs : previous * 3;
        return {p.initialMs, std::max(p.initialMs, std::min(p.maxMs, tripled))};
    }
    }
    return {0, 0};
}

} // namespace

class tst_BackoffPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseDelay_data();
    void baseDelay();
    void baseDelayNeverOverflows_data();
    void baseDelayNeverOverflows();
    void delayWithinBounds_data();
    void delayWithinBounds();
    void jitterAtCap_data();
    void jitterAtCap();
    void fullJitterMeanAtCap();
    void sameSeedSameSequence();
    void differentSeedsDiffer();
    void systemSourceInRange();
    void jitterNames_data();
    void jitterNames();
    void unknownJitterName_data();
    void unknownJitterName();

private:
    void addPolicyRows();
};

void tst_BackoffPolicy::addPolicyRows()
{
    QTest::addColumn<qint64>("initialMs");
    QTest::addColumn<qint64>("maxMs");
    QTest::addColumn<double>("factor");
    QTest::addColumn<Jitter>("jitter");

    struct Setting
    {
        const char *name;
        qint64 initialMs;
        qint64 maxMs;
        double factor;
    };
    const Setting settings[] = {
        {"default", 1000, 30000, 2.0},
        {"fast", 100, 5000, 1.5},
        {"slow-growth", 250, 60000, 1.1},
        {"flat", 500, 500, 2.0},
        {"factor1", 2000, 30000, 1.0},
        {"tiny", 1, 7, 3.0},
        {"huge-max", 1000, std::numeric_limits<qint64>::max() / 2, 10.0},
    };
    for (const Jitter jitter : {Jitter::None, Jitter::Full, Jitter::Equal, Jitter::Decorrelated}) {
        for (const Setting &s : settings) {
            const QByteArray tag = BackoffPolicy::jitterName(jitter).toLatin1() + '/' + s.name;
            QTest::newRow(tag.constData()) << s.initialMs << s.maxMs << s.factor << jitter;
        }
    }
}

void tst_BackoffPolicy::baseDelay_data()
{
    QTest::addColumn<qint64>("initialMs");
    QTest::addColumn<qint64>("maxMs");
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("first") << qint64(1000) << qint64(30000) << 2.0 << 1 << qint64(1000);
    QTest::newRow("second") << qint64(1000) << qint64(30000) << 2.0 << 2 << qint64(2000);
    QTest::newRow("fifth") << qint64(1000) << qint64(30000) << 2.0 << 5 << qint64(16000);
    QTest::newRow("capped") << qint64(1000) << qint64(30000) << 2.0 << 6 << qint64(30000);
    QTest::newRow("capped-far") << qint64(1000) << qint64(30000) << 2.0 << 10'000 << qint64(30000);
    QTest::newRow("factor-1.5") << qint64(100) << qint64(5000) << 1.5 << 3 << qint64(225);
    QTest::newRow("factor-1") << qint64(2000) << qint64(30000) << 1.0 << 10'000 << qint64(2000);
    QTest::newRow("initial-above-max") << qint64(5000) << qint64(3000) << 2.0 << 1 << qint64(3000);
    QTest::newRow("attempt-0") << qint64(1000) << qint64(30000) << 2.0 << 0 << qint64(1000);
    QTest::newRow("int-max-attempt") << qint64(1000) << qint64(30000) << 2.0
                                     << std::numeric_limits<int>::max() << qint64(30000);
    QTest::newRow("max-qint64") << qint64(1) << std::numeric_limits<qint64>::max() << 2.0 << 10'000
                                << std::numeric_limits<qint64>::max();
}

void tst_BackoffPolicy::baseDelay()
{
    QFETCH(qint64, initialMs);
    QFETCH(qint64, maxMs);
    QFETCH(double, factor);
    QFETCH(int, attempt);
    QFETCH(qint64, expected);

    QCOMPARE(makePolicy(initialMs, maxMs, factor, Jitter::None).baseDelay(attempt), expected);
}

void tst_BackoffPolicy::baseDelayNeverOverflows_data()
{
    addPolicyRows();
}

void tst_BackoffPolicy::baseDelayNeverOverflows()
{
    QFETCH(qint64, initialMs);
    QFETCH(qint64, maxMs);
    QFETCH(double, factor);
    QFETCH(Jitter, jitter);

    const BackoffPolicy policy = makePolicy(initialMs, maxMs, factor, jitter);
    const auto random = BackoffPolicy::seededSource(7);
    qint64 previous = 0;
    qint64 lastBase = 0;
    for (int attempt = 1; attempt <= 10'000; ++attempt) {
        const qint64 base = policy.baseDelay(attempt);
        QVERIFY2(base >= lastBase, qPrintable(u"base shrank at attempt %1"_s.arg(attempt)));
        QVERIFY2(base <= maxMs, qPrintable(u"base above max at attempt %1"_s.arg(attempt)));
        lastBase = base;
        const qint64 d = policy.delay(attempt, previous, random);
        QVERIFY2(d >= 0 && d <= maxMs, qPrintable(u"delay %1 at attempt %2"_s.arg(d).arg(attempt)));
        previous = d;
    }
}

void tst_BackoffPolicy::delayWithinBounds_data()
{
    addPolicyRows();
}

void tst_BackoffPolicy::delayWithinBounds()
{
    QFETCH(qint64, initialMs);
    QFETCH(qint64, maxMs);
    QFETCH(double, factor);
    QFETCH(Jitter, jitter);

    const BackoffPolicy policy = makePolicy(initialMs, maxMs, factor, jitter);
    const auto random = BackoffPolicy::seededSource(12345);
    qint64 previous = 0;
    for (int i = 0; i < kDraws; ++i) {
        // Cycle through the first 60 attempts, restarting like a connection that came back up.
        const int attempt = i % 60 + 1;
        if (attempt == 1)
            previous = 0;
        const qint64 d = policy.delay(attempt, previous, random);
        const Bounds bounds = expectedBounds(policy, attempt, previous);
        QVERIFY2(
            d >= bounds.low && d <= bounds.high,
            qPrintable(
                u"attempt %1: %2 not in [%3, %4]"_s.arg(attempt).arg(d).arg(bounds.low).arg(bounds.high)));
        QVERIFY(d <= maxMs);
        previous = d;
    }
}

void tst_BackoffPolicy::jitterAtCap_data()
{
    QTest::addColumn<Jitter>("jitter");
    QTest::addColumn<int>("minDistinct");

    QTest::newRow("none") << Jitter::None << 1;
    QTest::newRow("full") << Jitter::Full << 100;
    QTest::newRow("equal") << Jitter::Equal << 100;
    QTest::newRow("decorrelated") << Jitter::Decorrelated << 100;
}

void tst_BackoffPolicy::jitterAtCap()
{
    QFETCH(Jitter, jitter);
    QFETCH(int, minDistinct);

    const BackoffPolicy policy = makePolicy(1000, 30000, 2.0, jitter);
    QCOMPARE(policy.baseDelay(50), qint64(30000));
    const auto random = BackoffPolicy::seededSource(99);
    QSet<qint64> distinct;
    // Decorrelated feeds on the previous delay; start it from the cap, as after a long outage.
    qint64 previous = policy.maxMs;
    for (int i = 0; i < kDraws; ++i) {
        const qint64 d = policy.delay(50, previous, random);
        QVERIFY(d <= policy.maxMs);
        distinct.insert(d);
        previous = d;
    }
    if (jitter == Jitter::None) {
        QCOMPARE(distinct.size(), 1);
        QCOMPARE(*distinct.cbegin(), policy.maxMs);
    } else {
        QVERIFY2(distinct.size() >= minDistinct,
                 qPrintable(u"only %1 distinct delays at the cap"_s.arg(distinct.size())));
    }
}

void tst_BackoffPolicy::fullJitterMeanAtCap()
{
    const BackoffPolicy policy = makePolicy(1000, 30000, 2.0, Jitter::Full);
    const auto random = BackoffPolicy::seededSource(2024);
    double sum = 0;
    for (int i = 0; i < kDraws; ++i)
        sum += double(policy.delay(50, 0, random));
    const double mean = sum / kDraws;
    const double expected = policy.maxMs / 2.0;
    QVERIFY2(std::abs(mean - expected) <= expected * 0.05,
             qPrintable(u"mean %1, expected %2 +- 5%"_s.arg(mean).arg(expected)));
}

void tst_BackoffPolicy::sameSeedSameSequence()
{
    const BackoffPolicy policy = makePolicy(1000, 30000, 2.0, Jitter::Full);
    const auto first = BackoffPolicy::seededSource(42);
    const auto second = BackoffPolicy::seededSource(42);
    for (int attempt = 1; attempt <= 1000; ++attempt)
        QCOMPARE(policy.delay(attempt, 0, first), policy.delay(attempt, 0, second));

    // Copies of a source share its state: they continue one sequence, not restart it.
    const auto original = BackoffPolicy::seededSource(42);
    const auto reference = BackoffPolicy::seededSource(42);
    const auto copy = original;
    const double a = original();
    const double b = copy();
    QCOMPARE(a, reference());
    QCOMPARE(b, reference());
}

void tst_BackoffPolicy::differentSeedsDiffer()
{
    const BackoffPolicy policy = makePolicy(1000, 30000, 2.0, Jitter::Full);
    const auto first = BackoffPolicy::seededSource(1);
    const auto second = BackoffPolicy::seededSource(2);
    int differing = 0;
    for (int i = 0; i < 100; ++i) {
        if (policy.delay(50, 0, first) != policy.delay(50, 0, second))
            ++differing;
    }
    QVERIFY2(differing > 90, qPrintable(u"only %1 of 100 delays differ"_s.arg(differing)));
}

void tst_BackoffPolicy::systemSourceInRange()
{
    const auto random = BackoffPolicy::systemSource();
    for (int i = 0; i < 1000; ++i) {
        const double r = random();
        QVERIFY(r >= 0.0 && r < 1.0);
    }
}

void tst_BackoffPolicy::jitterNames_data()
{
    QTest::addColumn<Jitter>("jitter");
    QTest::addColumn<QString>("name");

    QTest::newRow("none") << Jitter::None << u"none"_s;
    QTest::newRow("full") << Jitter::Full << u"full"_s;
    QTest::newRow("equal") << Jitter::Equal << u"equal"_s;
    QTest::newRow("decorrelated") << Jitter::Decorrelated << u"decorrelated"_s;
}

void tst_BackoffPolicy::jitterNames()
{
    QFETCH(Jitter, jitter);
    QFETCH(QString, name);

    QCOMPARE(BackoffPolicy::jitterName(jitter), name);
    QCOMPARE(BackoffPolicy::jitterFromName(name), std::optional<Jitter>(jitter));
}

void tst_BackoffPolicy::unknownJitterName_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("upper") << u"Full"_s;
    QTest::newRow("all-caps") << u"NONE"_s;
    QTest::newRow("padded") << u" equal"_s;
    QTest::newRow("unknown") << u"exponential"_s;
}

void tst_BackoffPolicy::unknownJitterName()
{
    QFETCH(QString, name);

    QVERIFY(!BackoffPolicy::jitterFromName(name).has_value());
}

QTEST_GUILESS_MAIN(tst_BackoffPolicy)
#include "tst_backoffpolicy.moc"
