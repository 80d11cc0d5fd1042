// SequenceTracker::extract() against QJsonDocument, and observe() against its documented rules.
// The input is "field\n" (when a newline comes within the first 32 bytes; else the field is "seq")
// followed by the messages: extract() runs on all of them as one message and on each line.
//
// What both accept differs, so only the agreed subset is asserted:
// - When extract() returns a number, QJsonDocument must read the same object with that integer at
//   the field. extract() is strict RFC 8259 and Qt is more lenient (unknown escapes, raw control
//   characters, "1.", a byte order mark), so this direction holds except where Qt alone refuses
//   a number beyond the range of a double (1e400), which extract() does not evaluate.
// - Whatever object QJsonDocument reads, its own compact encoding writes a whole number in
//   [0, 2^53] as a plain integer literal, so on that text extract() must agree exactly. On the
//   original text extract() may still refuse 5.0, 1e1, -0 or lenient syntax elsewhere.
#include "sequencetracker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QByteArray describe(std::optional<qint64> value)
{
    return value ? QByteArray::number(*value) : QByteArray("nullopt");
}

[[noreturn]] void fail(const char *what, QStringView message, QStringView field, std::optional<qint64> got,
                       std::optional<qint64> expected)
{
    std::fprintf(stderr, "fuzz_sequence: %s\n  field: \"%s\"\n  message: %s\n  extract: %s, reference: %s\n",
                 what, qPrintable(field.toString()), qPrintable(message.toString()),
                 describe(got).constData(), describe(expected).constData());
    std::abort();
}

// extract() on a copy in a buffer of exactly the message's size, so that AddressSanitizer sees any
// read past the end of the view (inside the input QString it would land on valid memory).
std::optional<qint64> extractExact(QStringView message, QStringView field)
{
    const auto buffer = std::make_unique<char16_t[]>(std::size_t(message.size()));
    std::copy(message.utf16(), message.utf16() + message.size(), buffer.get());
    return SequenceTracker::extract(QStringView(buffer.get(), message.size()), field);
}

// What QJsonDocument holds at the field, when it is a whole number in extract()'s range.
std::optional<qint64> referenceNumber(const QJsonDocument &document, QStringView field)
{
    const QJsonValue value = document.object().value(field);
    const qint64 number = value.isDouble() ? value.toInteger(-1) : -1;
    if (number < 0 || number > SequenceTracker::MaxSequence)
        return std::nullopt;
    return number;
}

std::optional<qint64> checkedExtract(QStringView message, QStringView field)
{
    const std::optional<qint64> got = extractExact(message, field);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &error);
    const bool parsed = error.error == QJsonParseError::NoError && document.isObject();
    if (got && !parsed && error.error != QJsonParseError::IllegalNumber)
        fail("extract() found a number in what QJsonDocument refuses", message, field, got, std::nullopt);
    if (!parsed)
        return got;
    if (got && got != referenceNumber(document, field))
        fail("extract() and QJsonDocument read different numbers", message, field, got,
             referenceNumber(document, field));

    const QString canonical = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    const std::optional<qint64> fromCanonical = extractExact(canonical, field);
    if (fromCanonical != referenceNumber(document, field))
        fail("extract() disagrees with QJsonDocument on its own encoding", canonical, field, fromCanonical,
             referenceNumber(document, field));
    return got;
}

// The documented rules of observe(), checked step by step alongside running totals.
struct TrackerCheck
{
    SequenceTracker tracker;
    quint64 gaps = 0;
    quint64 gapEvents = 0;
    quint64 duplicates = 0;
    quint64 resets = 0;

    void observe(qint64 seq)
    {
        using Verdict = SequenceTracker::Verdict;
        const qint64 expected = tracker.expected();
        const SequenceTracker::Observation observation = tracker.observe(seq);
        Verdict verdict = Verdict::InOrder;
        qint64 missing = 0;
        qint64 next = seq + 1;
        if (expected < 0) {
            verdict = Verdict::First;
        } else if (seq > expected) {
            verdict = Verdict::Gap;
            missing = seq - expected;
            gaps += quint64(missing);
            ++gapEvents;
        } else if (seq < expected && seq <= 1) {
            verdict = Verdict::Reset;
            ++resets;
        } else if (seq < expected) {
            verdict = Verdict::Duplicate;
            ++duplicates;
            next = expected;
        }
        if (observation != SequenceTracker::Observation{verdict, expected, seq, missing})
            fail("observe() broke its rules", u"", u"", seq, expected);
        if (tracker.expected() != next || tracker.gaps() != gaps || tracker.gapEvents() != gapEvents ||
            tracker.duplicates() != duplicates || tracker.resets() != resets)
            fail("observe() kept the wrong totals", u"", u"", seq, expected);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = bytes.first(qMin<qsizetype>(bytes.size(), 32)).indexOf('\n');
    const QString field = newline < 0 ? u"seq"_s : QString::fromUtf8(bytes.first(newline));
    const QString messages = QString::fromUtf8(newline < 0 ? bytes : bytes.sliced(newline + 1));

    checkedExtract(messages, field);

    TrackerCheck check;
    for (const QStringView line : QStringView(messages).tokenize(u'\n')) {
        if (const std::optional<qint64> seq = checkedExtract(line, field))
            check.observe(*seq);
    }
    return 0;
}
