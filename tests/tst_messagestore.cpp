#include "messagestore.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

LogRecord makeRecord(int n)
{
    LogRecord record;
    record.timestampMs = 1'700'000'000'000 + n;
    record.endpoint = u"ep"_s;
    record.direction = LogRecord::Direction::In;
    record.text = QString::number(n);
    return record;
}

void appendMany(MessageStore &store, int count, int firstLabel = 1)
{
    for (int i = 0; i < count; ++i)
        store.append(makeRecord(firstLabel + i));
}

} // namespace

class tst_MessageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capacityClamped_data();
    void capacityClamped();
    void appendAssignsSeq();
    void overflowDropsOldest_data();
    void overflowDropsOldest();
    void recordsSinceMax_data();
    void recordsSinceMax();
    void recordsSinceMissed_data();
    void recordsSinceMissed();
    void setCapacityShrink();
    void setCapacityGrow();
    void setCapacityAfterWrap();
    void clearKeepsSeq();
    void recordsAvailableBatches();
    void concurrentWritersAndReader();
};

void tst_MessageStore::capacityClamped_data()
{
    QTest::addColumn<qsizetype>("requested");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("negative") << qsizetype(-5) << qsizetype(1);
    QTest::newRow("zero") << qsizetype(0) << qsizetype(1);
    QTest::newRow("one") << qsizetype(1) << qsizetype(1);
    QTest::newRow("many") << qsizetype(1000) << qsizetype(1000);
}

void tst_MessageStore::capacityClamped()
{
    QFETCH(qsizetype, requested);
    QFETCH(qsizetype, expected);

    MessageStore store(requested);
    QCOMPARE(store.capacity(), expected);
    MessageStore other(10);
    other.setCapacity(requested);
    QCOMPARE(other.capacity(), expected);

    appendMany(store, 3);
    QCOMPARE(store.size(), std::min<qsizetype>(3, expected));
}

void tst_MessageStore::appendAssignsSeq()
{
    MessageStore store(100);
    QCOMPARE(store.lastSeq(), quint64(0));
    QCOMPARE(store.size(), qsizetype(0));
    QVERIFY(store.recordsSince(0).isEmpty());

    LogRecord record = makeRecord(1);
    record.seq = 999; // ignored: the store assigns seqs
    record.heartbeat = true;
    record.binary = true;
    record.data = QByteArray("\x01\x02", 2);
    record.direction = LogRecord::Direction::Out;
    store.append(record);
    appendMany(store, 9, 2);

    QCOMPARE(store.lastSeq(), quint64(10));
    const QList<LogRecord> records = store.recordsSince(0);
    QCOMPARE(records.size(), 10);
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(records.at(i).seq, quint64(i + 1));
        QCOMPARE(records.at(i).text, QString::number(i + 1));
    }
    QCOMPARE(records.first().direction, LogRecord::Direction::Out);
    QVERIFY(records.first().heartbeat);
    QVERIFY(records.first().binary);
    QCOMPARE(records.first().data, QByteArray("\x01\x02", 2));
    QCOMPARE(records.first().endpoint, u"ep"_s);
}

void tst_MessageStore::overflowDropsOldest_data()
{
    QTest::addColumn<qsizetype>("capacity");

    QTest::newRow("1") << qsizetype(1);
    QTest::newRow("7") << qsizetype(7);
    QTest::newRow("64") << qsizetype(64);
    QTest::newRow("1000") << qsizetype(1000);
}

void tst_MessageStore::overflowDropsOldest()
{
    QFETCH(qsizetype, capacity);

    MessageStore store(capacity);
    const int total = int(capacity * 5 / 2);
    appendMany(store, total);
    const quint64 overflow = quint64(total - capacity);

    QCOMPARE(store.size(), capacity);
    QCOMPARE(store.dropped(), overflow);
    QCOMPARE(store.lastSeq(), quint64(total));

    quint64 missed = 12345;
    const QList<LogRecord> records = store.recordsSince(0, -1, &missed);
    QCOMPARE(missed, overflow);
    QCOMPARE(records.size(), capacity);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const quint64 seq = overflow + quint64(i) + 1;
        QCOMPARE(records.at(i).seq, seq);
        QCOMPARE(records.at(i).text, QString::number(seq));
    }
}

void tst_MessageStore::recordsSinceMax_data()
{
    QTest::addColumn<quint64>("after");
    QTest::addColumn<qsizetype>("max");
    QTest::addColumn<quint64>("firstSeq");
    QTest::addColumn<qsizetype>("count");

    // The store below holds seqs 11..30 (capacity 20, 30 appended).
    QTest::newRow("all") << quint64(0) << qsizetype(-1) << quint64(11) << qsizetype(20);
    QTest::newRow("max-5-from-start") << quint64(0) << qsizetype(5) << quint64(11) << qsizetype(5);
    QTest::newRow("max-0") << quint64(0) << qsizetype(0) << quint64(0) << qsizetype(0);
    QTest::newRow("middle-all") << quint64(20) << qsizetype(-1) << quint64(21) << qsizetype(10);
    QTest::newRow("middle-max-3") << quint64(20) << qsizetype(3) << quint64(21) << qsizetype(3);
    QTest::newRow("max-larger") << quint64(25) << qsizetype(100) << quint64(26) << qsizetype(5);
    QTest::newRow("at-oldest-boundary") << quint64(10) << qsizetype(-1) << quint64(11) << qsizetype(20);
    QTest::newRow("caught-up") << quint64(30) << qsizetype(-1) << quint64(0) << qsizetype(0);
    QTest::newRow("ahead") << quint64(1000) << qsizetype(-1) << quint64(0) << qsizetype(0);
    QTest::newRow("max-quint64") << std::numeric_limits<quint64>::max() << qsizetype(-1) << quint64(0)
                                 << qsizetype(0);
}

void tst_MessageStore::recordsSinceMax()
{
    QFETCH(quint64, after);
    QFETCH(qsizetype, max);
    QFETCH(quint64, firstSeq);
    QFETCH(qsizetype, count);

    MessageStore store(20);
    appendMany(store, 30);
    const QList<LogRecord> records = store.recordsSince(after, max);
    QCOMPARE(records.size(), count);
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(records.at(i).seq, firstSeq + quint64(i));
}

void tst_MessageStore::recordsSinceMissed_data()
{
    QTest::addColumn<quint64>("after");
    QTest::addColumn<quint64>("missed");

    // The store below holds seqs 11..30: seqs 1..10 were overwritten.
    QTest::newRow("from-zero") << quint64(0) << quint64(10);
    QTest::newRow("saw-some") << quint64(4) << quint64(6);
    QTest::newRow("saw-all-but-one") << quint64(9) << quint64(1);
    QTest::newRow("exactly-at-boundary") << quint64(10) << quint64(0);
    QTest::newRow("inside") << quint64(15) << quint64(0);
    QTest::newRow("caught-up") << quint64(30) << quint64(0);
}

void tst_MessageStore::recordsSinceMissed()
{
    QFETCH(quint64, after);
    QFETCH(quint64, missed);

    MessageStore store(20);
    appendMany(store, 30);
    quint64 actual = 999;
    const QList<LogRecord> records = store.recordsSince(after, 2, &actual);
    QCOMPARE(actual, missed);
    if (!records.isEmpty())
        QCOMPARE(records.first().seq, after + missed + 1);
}

void tst_MessageStore::setCapacityShrink()
{
    MessageStore store(10);
    appendMany(store, 8);
    store.setCapacity(3);
    QCOMPARE(store.capacity(), qsizetype(3));
    QCOMPARE(store.size(), qsizetype(3));
    QCOMPARE(store.dropped(), quint64(5));

    quint64 missed = 0;
    QList<LogRecord> records = store.recordsSince(0, -1, &missed);
    QCOMPARE(missed, quint64(5));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).seq, quint64(6));
    QCOMPARE(records.at(2).seq, quint64(8));

    // The smaller ring keeps working as a ring.
    appendMany(store, 2, 9);
    QCOMPARE(store.size(), qsizetype(3));
    QCOMPARE(store.dropped(), quint64(7));
    records = store.recordsSince(0);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).seq, quint64(8));
    QCOMPARE(records.at(2).seq, quint64(10));
    QCOMPARE(records.at(2).text, u"10"_s);

    // Shrinking to a size that still fits drops nothing.
    store.setCapacity(3);
    QCOMPARE(store.dropped(), quint64(7));
}

void tst_MessageStore::setCapacityGrow()
{
    MessageStore store(4);
    appendMany(store, 6);
    QCOMPARE(store.dropped(), quint64(2));
    store.setCapacity(8);
    QCOMPARE(store.capacity(), qsizetype(8));
    QCOMPARE(store.size(), qsizetype(4));
    QCOMPARE(store.dropped(), quint64(2));

    appendMany(store, 4, 7);
    QCOMPARE(store.size(), qsizetype(8));
    QCOMPARE(store.dropped(), quint64(2));
    appendMany(store, 1, 11);
    QCOMPARE(store.dropped(), quint64(3));

    const QList<LogRecord> records = store.recordsSince(0);
    QCOMPARE(records.size(), 8);
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(records.at(i).seq, quint64(4 + i));
        QCOMPARE(records.at(i).text, QString::number(4 + i));
    }
}

void tst_MessageStore::setCapacityAfterWrap()
{
    // The ring has wrapped (oldest record is not at index 0) before each resize.
    MessageStore store(5);
    appendMany(store, 13);
    store.setCapacity(2);
    QList<LogRecord> records = store.recordsSince(0);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).text, u"12"_s);
    QCOMPARE(records.at(1).text, u"13"_s);

    appendMany(store, 3, 14);
    store.setCapacity(6);
    appendMany(store, 2, 17);
    records = store.recordsSince(0);
    QCOMPARE(records.size(), 4);
    for (int i = 0; i < records.size(); ++i)
        QCOMPARE(records.at(i).text, QString::number(15 + i));
}

void tst_MessageStore::clearKeepsSeq()
{
    MessageStore store(5);
    appendMany(store, 8);
    QCOMPARE(store.dropped(), quint64(3));
    store.clear();
    QCOMPARE(store.size(), qsizetype(0));
    QCOMPARE(store.lastSeq(), quint64(8));
    QCOMPARE(store.dropped(), quint64(3));
    QVERIFY(store.recordsSince(0).isEmpty());
    QVERIFY(store.recordsSince(8).isEmpty());

    appendMany(store, 2, 9);
    QCOMPARE(store.size(), qsizetype(2));
    QCOMPARE(store.dropped(), quint64(3));
    const QList<LogRecord> records = store.recordsSince(8);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).seq, quint64(9));
    QCOMPARE(records.at(1).seq, quint64(10));

    // Filling the ring again after a clear still wraps correctly.
    appendMany(store, 6, 11);
    QCOMPARE(store.size(), qsizetype(5));
    QCOMPARE(store.dropped(), quint64(6));
    QCOMPARE(store.recordsSince(0).constFirst().seq, quint64(12));
}

void tst_MessageStore::recordsAvailableBatches()
{
    MessageStore store(100);
    QSignalSpy spy(&store, &MessageStore::recordsAvailable);
    QVERIFY(spy.isValid());

    appendMany(store, 1000);
    QCOMPARE(spy.count(), 1);

    // A read closes the cycle: the next append signals again, exactly once.
    QCOMPARE(store.recordsSince(store.lastSeq()).size(), 0);
    appendMany(store, 1);
    QCOMPARE(spy.count(), 2);
    appendMany(store, 50);
    QCOMPARE(spy.count(), 2);

    // A read that returns records also closes the cycle.
    QCOMPARE(store.recordsSince(0, 10).size(), 10);
    appendMany(store, 5);
    QCOMPARE(spy.count(), 3);

    // Neither clear() nor setCapacity() signals, and neither reopens the cycle.
    store.clear();
    store.setCapacity(10);
    QCOMPARE(spy.count(), 3);
    appendMany(store, 1);
    QCOMPARE(spy.count(), 3);
}

void tst_MessageStore::concurrentWritersAndReader()
{
    constexpr int kWriters = 4;
    constexpr int kPerWriter = 50'000;
    constexpr quint64 kTotal = quint64(kWriters) * kPerWriter;

    MessageStore store(1000);
    std::atomic<int> writersDone{0};
    std::atomic<bool> orderOk{true};
    std::atomic<bool> accountingOk{true};
    quint64 readCount = 0;
    quint64 missedCount = 0;
    quint64 lastSeen = 0;

    auto readOnce = [&] {
        quint64 missed = 0;
        const QList<LogRecord> records = store.recordsSince(lastSeen, -1, &missed);
        missedCount += missed;
        // Missed records sit between what this reader saw last and the first record returned.
        if (!records.isEmpty() && records.constFirst().seq != lastSeen + missed + 1)
            accountingOk = false;
        for (const LogRecord &record : records) {
            if (record.seq <= lastSeen)
                orderOk = false;
            lastSeen = record.seq;
        }
        readCount += quint64(records.size());
    };

    std::thread reader([&] {
        while (writersDone.load() < kWriters)
            readOnce();
    });
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&store, &writersDone, w] {
            for (int i = 0; i < kPerWriter; ++i)
                store.append(makeRecord(w * kPerWriter + i));
            ++writersDone;
        });
    }
    for (std::thread &writer : writers)
        writer.join();
    reader.join();
    readOnce(); // whatever arrived after the reader's last pass

    QVERIFY(orderOk.load());
    QVERIFY(accountingOk.load());
    QCOMPARE(store.lastSeq(), kTotal);
    QCOMPARE(lastSeen, kTotal);
    QCOMPARE(readCount + missedCount, kTotal);
    QCOMPARE(store.dropped(), kTotal - quint64(store.size()));
    QVERIFY(missedCount <= store.dropped());
}

QTEST_GUILESS_MAIN(tst_MessageStore)
#include "tst_messagestore.moc"
