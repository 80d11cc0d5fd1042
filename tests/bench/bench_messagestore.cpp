// Throughput and memory of MessageStore. Prints figures; asserts nothing.

#include "benchutil.h"
#include "messagestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <chrono>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr qsizetype kCapacity = 100'000;
constexpr int kTextLength = 64;

// A distinct 64-character text per record, as real messages have.
QString makeText(int n)
{
    // Allocated at exactly 64 characters: append() would over-allocate and inflate the figure.
    QString text(kTextLength, u'x');
    const QString digits = QString::number(n);
    text.replace(0, digits.size(), digits);
    return text;
}

LogRecord makeRecord(const QString &text)
{
    LogRecord record;
    record.timestampMs = 1'700'000'000'000;
    record.endpoint = u"bench"_s;
    record.text = text;
    return record;
}

double seconds(SteadyClock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

// Appends from `threads` writers, each with its own prebuilt records, into a store that is already
// full, so that the steady state (overwrite in place) is what gets measured.
double appendRate(int threads, int perThread)
{
    MessageStore store(kCapacity);
    const QString warm = makeText(0);
    for (qsizetype i = 0; i < kCapacity; ++i)
        store.append(makeRecord(warm));

    std::vector<std::vector<LogRecord>> inputs(threads);
    for (int t = 0; t < threads; ++t) {
        inputs[t].reserve(perThread);
        for (int i = 0; i < perThread; ++i)
            inputs[t].push_back(makeRecord(makeText(i)));
    }

    const auto start = SteadyClock::now();
    std::vector<std::thread> writers;
    for (int t = 0; t < threads; ++t) {
        writers.emplace_back([&store, &inputs, t] {
            for (LogRecord &record : inputs[t])
                store.append(std::move(record));
        });
    }
    for (std::thread &writer : writers)
        writer.join();
    const double elapsed = seconds(SteadyClock::now() - start);
    return double(threads) * perThread / elapsed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int kPerThread = 2'000'000;

#ifdef QT_DEBUG
    out << u"note: debug build; numbers are pessimistic\n"_s;
#endif

    // Memory first, before the throughput runs leave freed heap behind. Fill a fresh store to capacity with
    // distinct texts and compare resident size.
    const qint64 before = BenchUtil::rssKb();
    {
        MessageStore store(kCapacity);
        for (qsizetype i = 0; i < kCapacity; ++i)
            store.append(makeRecord(makeText(int(i))));
        const qint64 after = BenchUtil::rssKb();
        out << u"rss_before: %1 kB, rss_full: %2 kB (capacity %3, %4-char texts)\n"_s.arg(before)
                   .arg(after)
                   .arg(kCapacity)
                   .arg(kTextLength);
        out << u"memory_per_record: %1 bytes (sizeof(LogRecord) = %2)\n"_s
                   .arg(double(after - before) * 1024.0 / double(kCapacity), 0, 'f', 1)
                   .arg(sizeof(LogRecord));
        out.flush();

        // Reading everything back: the cost of one GUI flush of a full store.
        const auto start = SteadyClock::now();
        const QList<LogRecord> all = store.recordsSince(0);
        const double elapsed = seconds(SteadyClock::now() - start);
        out << u"read_all: %1 records in %2 ms\n"_s.arg(all.size()).arg(elapsed * 1e3, 0, 'f', 2);
    }
    out << u"append_1thread: %1 M records/s\n"_s.arg(appendRate(1, kPerThread) / 1e6, 0, 'f', 2);
    out << u"append_2threads: %1 M records/s\n"_s.arg(appendRate(2, kPerThread) / 1e6, 0, 'f', 2);
    out.flush();

    return 0;
}
