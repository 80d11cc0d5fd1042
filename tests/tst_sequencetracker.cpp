#include "sequencetracker.h"

#include <QList>
#include <QTest>

using namespace Qt::StringLiterals;

using Verdict = SequenceTracker::Verdict;
using Observation = SequenceTracker::Observation;

namespace {

// extract() never returns a negative number, so -1 in the tables stands for nullopt.
constexpr qint64 none = -1;
constexpr qint64 max = SequenceTracker::MaxSequence;

Observation first(qint64 got)
{
    return {Verdict::First, -1, got, 0};
}

Observation inOrder(qint64 got)
{
    return {Verdict::InOrder, got, got, 0};
}

Observation gap(qint64 expected, qint64 got)
{
    return {Verdict::Gap, expected, got, got - expected};
}

Observation duplicate(qint64 expected, qint64 got)
{
    return {Verdict::Duplicate, expected, got, 0};
}

Observation reset(qint64 expected, qint64 got)
{
    return {Verdict::Reset, expected, got, 0};
}

const char *verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::First:
        return "First";
    case Verdict::InOrder:
        return "InOrder";
    case Verdict::Gap:
        return "Gap";
    case Verdict::Duplicate:
        return "Duplicate";
    case Verdict::Reset:
        return "Reset";
    }
    return "?";
}

// n arrays nested inside the top-level object's member "a", next to "seq": 5.
QString nested(int n)
{
    return u"{\"seq\":5,\"a\":"_s + QString(n, u'[') + QString(n, u']') + u'}';
}

} // namespace

// Found by QCOMPARE through argument-dependent lookup.
char *toString(const Observation &observation)
{
    return QTest::toString(QByteArray(verdictName(observation.verdict)) + "(expected " +
                           QByteArray::number(observation.expected) + ", got " +
                           QByteArray::number(observation.got) + ", missing " +
                           QByteArray::number(observation.missing) + ')');
}

class tst_SequenceTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void observe_data();
    void observe();
    void clear();
};

void tst_SequenceTracker::extract_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("expected");

    const QString seq = u"seq"_s;

    // Found.
    QTest::newRow("plain") << seq << u"{\"seq\":41}"_s << qint64(41);
    QTest::newRow("zero") << seq << u"{\"seq\":0}"_s << qint64(0);
    QTest::newRow("among-members") << seq << u"{\"type\":\"trade\",\"seq\":42,\"px\":1.5e3,\"ok\":true}"_s
                                   << qint64(42);
    QTest::newRow("whitespace") << seq << u" \t\r\n{ \"seq\" \n:\t 7 \r}\n "_s << qint64(7);
    QTest::newRow("literals-before") << seq << u"{\"a\":true,\"b\":false,\"c\":null,\"seq\":3}"_s
                                     << qint64(3);
    QTest::newRow("nested-before") << seq << u"{\"a\":{\"seq\":5},\"seq\":7}"_s << qint64(7);
    QTest::newRow("nested-after") << seq << u"{\"seq\":7,\"a\":{\"seq\":5,\"b\":[{\"seq\":6}]}}"_s
                                  << qint64(7);
    QTest::newRow("empty-containers") << seq << u"{\"a\":{},\"b\":[],\"c\":[{},[]],\"seq\":8}"_s << qint64(8);
    QTest::newRow("escaped-backslash-before")
        << seq << u"{\"x\":\"a\\\\\",\"seq\":9}"_s << qint64(9); // "a\\" ends at the second quote
    QTest::newRow("escaped-quotes-before") << seq << u"{\"x\":\"\\\"seq\\\":3\",\"seq\":10}"_s << qint64(10);
    QTest::newRow("escaped-key") << seq << u"{\"s\\u0065q\":11}"_s << qint64(11);
    QTest::newRow("unicode-values") << seq << u"{\"name\":\"聊天 😀 \\u00e9\",\"seq\":12}"_s << qint64(12);
    QTest::newRow("unicode-field") << u"序号"_s << u"{\"序号\":13}"_s << qint64(13);
    QTest::newRow("surrogate-escaped-field") << u"😀"_s << u"{\"\\ud83d\\ude00\":14}"_s << qint64(14);
    QTest::newRow("empty-field") << QString() << u"{\"\":15}"_s << qint64(15);
    QTest::newRow("max") << seq << u"{\"seq\":9007199254740992}"_s << max;
    QTest::newRow("duplicate-last-wins") << seq << u"{\"seq\":1,\"seq\":2}"_s << qint64(2);
    QTest::newRow("duplicate-last-int-wins") << seq << u"{\"seq\":\"x\",\"seq\":3}"_s << qint64(3);
    QTest::newRow("nesting-at-limit") << seq << nested(1023) << qint64(5); // 1024 levels with the object

    // Not found, or not a plain integer in range.
    QTest::newRow("absent") << seq << u"{\"type\":\"pong\"}"_s << none;
    QTest::newRow("only-nested") << seq << u"{\"a\":{\"seq\":5}}"_s << none;
    QTest::newRow("only-in-array") << seq << u"{\"list\":[{\"seq\":1}],\"n\":2}"_s << none;
    QTest::newRow("only-inside-string") << seq << u"{\"x\":\"\\\"seq\\\":3\"}"_s << none;
    QTest::newRow("longer-key") << seq << u"{\"sequence\":41}"_s << none;
    QTest::newRow("shorter-key") << seq << u"{\"se\":41}"_s << none;
    QTest::newRow("case") << seq << u"{\"SEQ\":41}"_s << none;
    QTest::newRow("string") << seq << u"{\"seq\":\"41\"}"_s << none;
    QTest::newRow("bool") << seq << u"{\"seq\":true}"_s << none;
    QTest::newRow("null") << seq << u"{\"seq\":null}"_s << none;
    QTest::newRow("object") << seq << u"{\"seq\":{\"seq\":1}}"_s << none;
    QTest::newRow("float") << seq << u"{\"seq\":5.5}"_s << none;
    QTest::newRow("float-integral") << seq << u"{\"seq\":5.0}"_s << none;
    QTest::newRow("exponent") << seq << u"{\"seq\":1e3}"_s << none;
    QTest::newRow("exponent-upper-signed") << seq << u"{\"seq\":1E+3}"_s << none;
    QTest::newRow("negative") << seq << u"{\"seq\":-3}"_s << none;
    QTest::newRow("negative-zero") << seq << u"{\"seq\":-0}"_s << none;
    QTest::newRow("above-max") << seq << u"{\"seq\":9007199254740993}"_s << none;
    QTest::newRow("huge") << seq << u"{\"seq\":123456789012345678901234567890}"_s << none;
    QTest::newRow("duplicate-last-not-int") << seq << u"{\"seq\":1,\"seq\":\"x\"}"_s << none;

    // Malformed: nothing is trusted, even a well-formed member before the fault.
    QTest::newRow("truncated") << seq << u"{\"seq\":41"_s << none;
    QTest::newRow("truncated-after-comma") << seq << u"{\"seq\":41,"_s << none;
    QTest::newRow("truncated-string") << seq << u"{\"seq\":41,\"x\":\"ab"_s << none;
    QTest::newRow("truncated-escape") << seq << u"{\"seq\":41,\"x\":\"\\u00"_s << none;
    QTest::newRow("truncated-literal") << seq << u"{\"seq\":41,\"x\":tru"_s << none;
    QTest::newRow("unbalanced-nesting") << seq << u"{\"seq\":41,\"a\":[1,2}"_s << none;
    QTest::newRow("trailing-comma") << seq << u"{\"seq\":41,}"_s << none;
    QTest::newRow("trailing-garbage") << seq << u"{\"seq\":41}x"_s << none;
    QTest::newRow("two-objects") << seq << u"{\"seq\":1}{\"seq\":2}"_s << none;
    QTest::newRow("leading-zero") << seq << u"{\"seq\":041}"_s << none;
    QTest::newRow("plus-sign") << seq << u"{\"seq\":+41}"_s << none;
    QTest::newRow("missing-colon") << seq << u"{\"seq\" 41}"_s << none;
    QTest::newRow("unquoted-key") << seq << u"{seq:41}"_s << none;
    QTest::newRow("single-quotes") << seq << u"{'seq':41}"_s << none;
    QTest::newRow("bad-escape") << seq << u"{\"x\":\"\\q\",\"seq\":1}"_s << none;
    QTest::newRow("bad-unicode-escape") << seq << u"{\"x\":\"\\u12g4\",\"seq\":1}"_s << none;
    QTest::newRow("raw-control-char") << seq << u"{\"x\":\"a\u0001b\",\"seq\":1}"_s << none;
    QTest::newRow("lenient-number-elsewhere") << seq << u"{\"a\":1.,\"seq\":1}"_s << none;
    QTest::newRow("nbsp-is-not-space") << seq << u"\u00a0{\"seq\":1}"_s << none;
    QTest::newRow("byte-order-mark") << seq << u"\ufeff{\"seq\":1}"_s << none;
    QTest::newRow("nesting-too-deep") << seq << nested(1024) << none; // 1025 levels

    // Not an object.
    QTest::newRow("empty") << seq << QString() << none;
    QTest::newRow("spaces") << seq << u"  "_s << none;
    QTest::newRow("empty-object") << seq << u"{}"_s << none;
    QTest::newRow("open-brace") << seq << u"{"_s << none;
    QTest::newRow("array") << seq << u"[{\"seq\":1}]"_s << none;
    QTest::newRow("number") << seq << u"41"_s << none;
    QTest::newRow("text") << seq << u"pong"_s << none;
}

void tst_SequenceTracker::extract()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(qint64, expected);

    QCOMPARE(SequenceTracker::extract(message, field).value_or(none), expected);
    // A view that ends before the closing brace: the same text, cut short, must not be trusted
    // (and must not be read past its end).
    if (expected != none) {
        const QStringView cut = QStringView(message).left(message.lastIndexOf(u'}'));
        QCOMPARE(SequenceTracker::extract(cut, field), std::nullopt);
    }
}

void tst_SequenceTracker::observe_data()
{
    QTest::addColumn<QList<qint64>>("numbers");
    QTest::addColumn<QList<Observation>>("observations");
    QTest::addColumn<quint64>("gaps");
    QTest::addColumn<quint64>("gapEvents");
    QTest::addColumn<quint64>("duplicates");
    QTest::addColumn<quint64>("resets");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("nothing") << QList<qint64>{} << QList<Observation>{} << quint64(0) << quint64(0)
                             << quint64(0) << quint64(0) << qint64(-1);
    QTest::newRow("first-any-number") << QList<qint64>{41} << QList<Observation>{first(41)} << quint64(0)
                                      << quint64(0) << quint64(0) << quint64(0) << qint64(42);
    QTest::newRow("first-zero") << QList<qint64>{0} << QList<Observation>{first(0)} << quint64(0)
                                << quint64(0) << quint64(0) << quint64(0) << qint64(1);
    QTest::newRow("in-order") << QList<qint64>{1, 2, 3}
                              << QList<Observation>{first(1), inOrder(2), inOrder(3)} << quint64(0)
                              << quint64(0) << quint64(0) << quint64(0) << qint64(4);
    QTest::newRow("gap") << QList<qint64>{1, 2, 5, 6}
                         << QList<Observation>{first(1), inOrder(2), gap(3, 5), inOrder(6)} << quint64(2)
                         << quint64(1) << quint64(0) << quint64(0) << qint64(7);
    QTest::newRow("two-gaps") << QList<qint64>{1, 3, 10}
                              << QList<Observation>{first(1), gap(2, 3), gap(4, 10)} << quint64(7)
                              << quint64(2) << quint64(0) << quint64(0) << qint64(11);
    // The feed-wide counter ran on while the client was reconnecting.
    QTest::newRow("reconnect-gap") << QList<qint64>{1000, 1001, 1500}
                                   << QList<Observation>{first(1000), inOrder(1001), gap(1002, 1500)}
                                   << quint64(498) << quint64(1) << quint64(0) << quint64(0) << qint64(1501);
    QTest::newRow("repeat") << QList<qint64>{1, 2, 3, 3, 4}
                            << QList<Observation>{first(1), inOrder(2), inOrder(3), duplicate(4, 3),
                                                  inOrder(4)}
                            << quint64(0) << quint64(0) << quint64(1) << quint64(0) << qint64(5);
    QTest::newRow("late-arrival") << QList<qint64>{1, 2, 5, 3, 4, 6}
                                  << QList<Observation>{first(1),        inOrder(2),      gap(3, 5),
                                                        duplicate(6, 3), duplicate(6, 4), inOrder(6)}
                                  << quint64(2) << quint64(1) << quint64(2) << quint64(0) << qint64(7);
    QTest::newRow("two-is-a-duplicate")
        << QList<qint64>{10, 2} << QList<Observation>{first(10), duplicate(11, 2)} << quint64(0) << quint64(0)
        << quint64(1) << quint64(0) << qint64(11);
    // A server restart: the counter starts over and nothing is missing.
    QTest::newRow("reset-to-one") << QList<qint64>{100, 101, 1, 2}
                                  << QList<Observation>{first(100), inOrder(101), reset(102, 1), inOrder(2)}
                                  << quint64(0) << quint64(0) << quint64(0) << quint64(1) << qint64(3);
    QTest::newRow("reset-to-zero") << QList<qint64>{100, 0, 1}
                                   << QList<Observation>{first(100), reset(101, 0), inOrder(1)} << quint64(0)
                                   << quint64(0) << quint64(0) << quint64(1) << qint64(2);
    QTest::newRow("reset-then-gap") << QList<qint64>{50, 1, 4}
                                    << QList<Observation>{first(50), reset(51, 1), gap(2, 4)} << quint64(2)
                                    << quint64(1) << quint64(0) << quint64(1) << qint64(5);
    // A repeated 0 or 1 looks like a restart.
    QTest::newRow("repeat-of-one") << QList<qint64>{1, 1} << QList<Observation>{first(1), reset(2, 1)}
                                   << quint64(0) << quint64(0) << quint64(0) << quint64(1) << qint64(2);
    QTest::newRow("repeat-of-zero") << QList<qint64>{0, 0} << QList<Observation>{first(0), reset(1, 0)}
                                    << quint64(0) << quint64(0) << quint64(0) << quint64(1) << qint64(1);
    QTest::newRow("up-to-max") << QList<qint64>{max - 1, max}
                               << QList<Observation>{first(max - 1), inOrder(max)} << quint64(0) << quint64(0)
                               << quint64(0) << quint64(0) << max + 1;
    QTest::newRow("gap-to-max") << QList<qint64>{0, max} << QList<Observation>{first(0), gap(1, max)}
                                << quint64(max - 1) << quint64(1) << quint64(0) << quint64(0) << max + 1;
}

void tst_SequenceTracker::observe()
{
    QFETCH(QList<qint64>, numbers);
    QFETCH(QList<Observation>, observations);
    QFETCH(quint64, gaps);
    QFETCH(quint64, gapEvents);
    QFETCH(quint64, duplicates);
    QFETCH(quint64, resets);
    QFETCH(qint64, expected);

    QCOMPARE(numbers.size(), observations.size());
    SequenceTracker tracker;
    for (qsizetype i = 0; i < numbers.size(); ++i)
        QCOMPARE(tracker.observe(numbers.at(i)), observations.at(i));
    QCOMPARE(tracker.gaps(), gaps);
    QCOMPARE(tracker.gapEvents(), gapEvents);
    QCOMPARE(tracker.duplicates(), duplicates);
    QCOMPARE(tracker.resets(), resets);
    QCOMPARE(tracker.expected(), expected);
}

void tst_SequenceTracker::clear()
{
    SequenceTracker tracker;
    for (const qint64 number : {5, 9, 9, 1})
        tracker.observe(number);
    QCOMPARE(tracker.gaps(), quint64(3));
    QCOMPARE(tracker.gapEvents(), quint64(1));
    QCOMPARE(tracker.duplicates(), quint64(1));
    QCOMPARE(tracker.resets(), quint64(1));
    QCOMPARE(tracker.expected(), qint64(2));

    tracker.clear();
    QCOMPARE(tracker.gaps(), quint64(0));
    QCOMPARE(tracker.gapEvents(), quint64(0));
    QCOMPARE(tracker.duplicates(), quint64(0));
    QCOMPARE(tracker.resets(), quint64(0));
    QCOMPARE(tracker.expected(), qint64(-1));
    // A changed config may point at another feed: its first number is not a gap.
    QCOMPARE(tracker.observe(500), first(500));
}

QTEST_GUILESS_MAIN(tst_SequenceTracker)
#include "tst_sequencetracker.moc"
