#include "logmodel.h"
#include "manualclock.h"
#include "messagestore.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

LogRecord makeRecord(int n, LogRecord::Direction direction = LogRecord::Direction::In)
{
    LogRecord record;
    record.timestampMs = 1'700'000'000'000 + n;
    record.endpoint = n % 2 ? u"beta"_s : u"alpha"_s;
    record.direction = direction;
    record.text = u"msg "_s + QString::number(n);
    return record;
}

void appendMany(MessageStore &store, int count, int first = 0)
{
    for (int i = 0; i < count; ++i)
        store.append(makeRecord(first + i));
}

// Delivers the store's queued recordsAvailable() to the model, and nothing time-driven.
void deliverNotifications()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
}

quint64 seqAt(const LogModel &model, int row)
{
    return model.index(row, 0).data(LogModel::SeqRole).toULongLong();
}

// Every inserted batch must continue exactly where the previous one ended.
struct BatchChecker
{
    explicit BatchChecker(LogModel &model)
    {
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                         [this, &model](const QModelIndex &, int first, int last) {
                             ++batches;
                             maxRowCount = std::max(maxRowCount, model.rowCount());
                             QCOMPARE_GE(last, first);
                             QCOMPARE(last, model.rowCount() - 1);
                             for (int row = first; row <= last; ++row) {
                                 const quint64 seq = seqAt(model, row);
                                 if (lastSeq != 0 && seq != lastSeq + 1)
                                     contiguous = false;
                                 lastSeq = seq;
                             }
                         });
    }
    int batches = 0;
    int maxRowCount = 0;
    quint64 lastSeq = 0;
    bool contiguous = true;
};

} // namespace

class tst_LogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void emptyStore();
    void existingRecordsShown();
    void burstIsOneBatch();
    void chunksAreFewContiguousBatches();
    void waitsForPause();
    void maxDelayUnderSteadyTraffic();
    void minimumIntervalBetweenInserts();
    void capUnderFlood();
    void storeOverwriteCountsMissed();
    void pauseBuffersAndUnpauseCatchesUp();
    void pausedInsertsNothingWhileTimePasses();
    void clearKeepsStore();
    void setMaxRowsShrinks();
    void displayText_data();
    void displayText();
    void columnsAndRoles();
    void headers();
};

void tst_LogModel::modelTester()
{
    MessageStore store(5'000);
    LogModel model(&store, 300);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    appendMany(store, 100);
    model.flushNow();
    QCOMPARE(model.rowCount(), 100);
    appendMany(store, 250, 100);
    QCoreApplication::processEvents();
    model.flushNow();
    QCOMPARE(model.rowCount(), 300);
    model.setPaused(true);
    appendMany(store, 50, 350);
    model.flushNow();
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 300);
    model.setMaxRows(120);
    QCOMPARE(model.rowCount(), 120);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    appendMany(store, 10, 400);
    QTRY_COMPARE(model.rowCount(), 10);
}

void tst_LogModel::emptyStore()
{
    MessageStore store;
    LogModel model(&store);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(LogModel::ColumnCount));
    QCOMPARE(model.droppedCount(), 0u);
    QCOMPARE(model.maxRows(), 50'000);
    QVERIFY(!model.isPaused());
    model.flushNow();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
}

void tst_LogModel::existingRecordsShown()
{
    MessageStore store;
    appendMany(store, 7);
    LogModel model(&store);
    QTRY_COMPARE(model.rowCount(), 7);
    QCOMPARE(seqAt(model, 0), 1u);
}

void tst_LogModel::burstIsOneBatch()
{
    MessageStore store(20'000);
    LogModel model(&store);
    BatchChecker checker(model);
    QSignalSpy appended(&model, &LogModel::rowsAppended);

    appendMany(store, 10'000); // no event loop in between: one notification, one pull, one insert
    QTRY_COMPARE(model.rowCount(), 10'000);
    QCOMPARE(checker.batches, 1);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).toInt(), 10'000);
    QVERIFY(checker.contiguous);
    QCOMPARE(checker.lastSeq, 10'000u);
}

void tst_LogModel::chunksAreFewContiguousBatches()
{
    MessageStore store(20'000);
    LogModel model(&store);
    BatchChecker checker(model);

    constexpr int chunks = 100;
    constexpr int perChunk = 100;
    for (int chunk = 0; chunk < chunks; ++chunk) {
        appendMany(store, perChunk, chunk * perChunk);
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(model.rowCount(), chunks * perChunk);
    QVERIFY(checker.contiguous);
    QCOMPARE(checker.lastSeq, quint64(chunks * perChunk));
    // Each chunk was pulled on its own, yet the inserts were batched.
    QVERIFY2(checker.batches < chunks, qPrintable(QString::number(checker.batches)));
    qInfo("%d chunks became %d inserts", chunks, checker.batches);
}

void tst_LogModel::waitsForPause()
{
    ManualClock clock;
    MessageStore store;
    LogModel model(&store);
    model.setClock(&clock);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    appendMany(store, 10);
    deliverNotifications();
    QCOMPARE(model.pendingCount(), 10);
    QCOMPARE(model.rowCount(), 0);
    clock.advance(LogModel::PauseDelayMs - 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(inserted.count(), 0);
    clock.advance(1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.pendingCount(), 0);
}

void tst_LogModel::maxDelayUnderSteadyTraffic()
{
    ManualClock clock;
    MessageStore store;
    LogModel model(&store);
    model.setClock(&clock);

    // A record every 5 ms never leaves a 10 ms pause; the batch goes in at the 40 ms maximum.
    qint64 elapsed = 0;
    int appended = 0;
    while (elapsed < LogModel::MaxDelayMs - 5) {
        store.append(makeRecord(appended++));
        deliverNotifications();
        clock.advance(5);
        elapsed += 5;
        QCOMPARE(model.rowCount(), 0);
    }
    store.append(makeRecord(appended++));
    deliverNotifications();
    clock.advance(4);
    QCOMPARE(model.rowCount(), 0);
    clock.advance(1);
    QCOMPARE(model.rowCount(), appended);
}

void tst_LogModel::minimumIntervalBetweenInserts()
{
    ManualClock clock;
    MessageStore store;
    LogModel model(&store);
    model.setClock(&clock);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    appendMany(store, 3);
    model.flushNow(); // an insert at t0
    QCOMPARE(inserted.count(), 1);

    appendMany(store, 3, 3);
    deliverNotifications();
    clock.advance(LogModel::PauseDelayMs); // the pause has passed, but not 33 ms since the last insert
    QCOMPARE(model.rowCount(), 3);
    clock.advance(LogModel::MinInsertIntervalMs - LogModel::PauseDelayMs - 1);
    QCOMPARE(model.rowCount(), 3);
    clock.advance(1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.count(), 2);
}

void tst_LogModel::capUnderFlood()
{
    constexpr int total = 200'000;
    constexpr int cap = 10'000;
    MessageStore store(total);
    LogModel model(&store, cap);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BatchChecker checker(model);
    QSignalSpy droppedSpy(&model, &LogModel::droppedCountChanged);

    for (int i = 0; i < total; i += 5'000) {
        appendMany(store, 5'000, i);
        QCoreApplication::processEvents();
    }
    model.flushNow();

    QCOMPARE_LE(checker.maxRowCount, cap);
    QCOMPARE(model.rowCount(), cap);
    QCOMPARE(model.droppedCount(), quint64(total - cap));
    QCOMPARE(seqAt(model, 0), quint64(total - cap + 1));
    QCOMPARE(seqAt(model, cap - 1), quint64(total));
    QCOMPARE(model.record(cap - 1).text, u"msg 199999"_s);
    QVERIFY(!droppedSpy.isEmpty());
    QCOMPARE(droppedSpy.last().at(0).toULongLong(), quint64(total - cap));
}

void tst_LogModel::storeOverwriteCountsMissed()
{
    MessageStore store(1'000);
    LogModel model(&store);
    QSignalSpy droppedSpy(&model, &LogModel::droppedCountChanged);

    appendMany(store, 5'000);
    model.flushNow();
    QCOMPARE(store.dropped(), 4'000u);
    QCOMPARE(model.rowCount(), 1'000);
    QCOMPARE(model.droppedCount(), 4'000u);
    QCOMPARE(seqAt(model, 0), 4'001u);
    QCOMPARE(droppedSpy.count(), 1);
    QCOMPARE(droppedSpy.at(0).at(0).toULongLong(), 4'000u);
}

void tst_LogModel::pauseBuffersAndUnpauseCatchesUp()
{
    MessageStore store;
    LogModel model(&store, 100);
    appendMany(store, 10);
    model.flushNow();
    QCOMPARE(model.rowCount(), 10);

    model.setPaused(true);
    QVERIFY(model.isPaused());
    appendMany(store, 50, 10);
    model.flushNow();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.pendingCount(), 50); // still pulled from the store while paused

    // The pending buffer is bounded by maxRows; its overflow counts as dropped.
    appendMany(store, 100, 60);
    QCoreApplication::processEvents();
    model.flushNow();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.pendingCount(), 100);
    QCOMPARE(model.droppedCount(), 50u);

    QSignalSpy appended(&model, &LogModel::rowsAppended);
    model.setPaused(false);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(seqAt(model, 0), 61u);
    QCOMPARE(seqAt(model, 99), 160u);
    // 50 overflowed while paused, and the 10 old rows made room for the 100 pending ones.
    QCOMPARE(model.droppedCount(), 60u);
}

void tst_LogModel::pausedInsertsNothingWhileTimePasses()
{
    ManualClock clock;
    MessageStore store;
    LogModel model(&store);
    model.setClock(&clock);
    model.setPaused(true);

    appendMany(store, 5);
    deliverNotifications();
    clock.advance(10'000);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 5);
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 5);
}

void tst_LogModel::clearKeepsStore()
{
    MessageStore store(100);
    LogModel model(&store, 50);
    appendMany(store, 80);
    model.flushNow();
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.droppedCount(), 30u);

    QSignalSpy droppedSpy(&model, &LogModel::droppedCountChanged);
    appendMany(store, 5, 80); // pulled but not inserted yet: cleared too
    deliverNotifications();
    QCOMPARE(model.pendingCount(), 5);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.droppedCount(), 0u);
    QCOMPARE(droppedSpy.count(), 1);
    QCOMPARE(store.size(), 85);

    appendMany(store, 3, 85);
    model.flushNow();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(seqAt(model, 0), 86u);
}

void tst_LogModel::setMaxRowsShrinks()
{
    MessageStore store;
    LogModel model(&store, 100);
    appendMany(store, 100);
    model.flushNow();
    model.setMaxRows(40);
    QCOMPARE(model.maxRows(), 40);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(seqAt(model, 0), 61u);
    QCOMPARE(model.droppedCount(), 60u);
    model.setMaxRows(0);
    QCOMPARE(model.maxRows(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void tst_LogModel::displayText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"hello"_s << false << u"hello"_s;
    QTest::newRow("newlines") << u"a\nb\r\nc\td"_s << false << u"a b c d"_s;
    QTest::newRow("truncated") << QString(600, u'x') << false << QString(500, u'x') + u'\u2026';
    QTest::newRow("exactly the limit") << QString(500, u'y') << false << QString(500, u'y');
    QTest::newRow("binary") << QString() << true << u"<binary 4 bytes>"_s;
}

void tst_LogModel::displayText()
{
    QFETCH(QString, text);
    QFETCH(bool, binary);
    QFETCH(QString, expected);

    MessageStore store;
    LogModel model(&store);
    LogRecord record = makeRecord(1);
    record.text = text;
    record.binary = binary;
    if (binary)
        record.data = QByteArray("\x00\x01\x02\x03", 4);
    store.append(record);
    model.flushNow();
    QCOMPARE(model.index(0, LogModel::TextColumn).data().toString(), expected);
    QCOMPARE(LogModel::displayText(model.record(0)), expected);
}

void tst_LogModel::columnsAndRoles()
{
    MessageStore store;
    LogModel model(&store);
    LogRecord in = makeRecord(1);
    in.text = u"h\u00e9llo"_s + QString(2'500, u'z');
    in.heartbeat = true;
    store.append(in);
    LogRecord out = makeRecord(2, LogRecord::Direction::Out);
    store.append(out);
    LogRecord event = makeRecord(3, LogRecord::Direction::Event);
    event.text = uR"({"event":"open"})"_s;
    store.append(event);
    LogRecord binary = makeRecord(4);
    binary.binary = true;
    binary.text.clear();
    binary.data = QByteArray(1'234, 'b');
    store.append(binary);
    model.flushNow();
    QCOMPARE(model.rowCount(), 4);

    const QDateTime time = QDateTime::fromMSecsSinceEpoch(in.timestampMs);
    QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(), time.toString(u"hh:mm:ss.zzz"_s));
    QCOMPARE(model.index(0, LogModel::EndpointColumn).data().toString(), u"beta"_s);
    QCOMPARE(model.index(0, LogModel::DirectionColumn).data().toString(), u"in"_s);
    QCOMPARE(model.index(1, LogModel::DirectionColumn).data().toString(), u"out"_s);
    QCOMPARE(model.index(2, LogModel::DirectionColumn).data().toString(), u"event"_s);
    QCOMPARE(model.index(0, LogModel::SizeColumn).data().toLongLong(), 2'500 + 6); // é is two bytes
    QCOMPARE(model.index(3, LogModel::SizeColumn).data().toLongLong(), 1'234);
    QCOMPARE(model.index(3, LogModel::TextColumn).data().toString(), u"<binary 1234 bytes>"_s);

    const QString tip = model.index(0, LogModel::TextColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.size(), LogModel::ToolTipLimit + 1);
    QVERIFY(in.text.startsWith(tip.chopped(1)));

    const QModelIndex first = model.index(0, LogModel::SizeColumn); // roles answer on any column
    QCOMPARE(first.data(LogModel::SeqRole).toULongLong(), 1u);
    QCOMPARE(first.data(LogModel::DirectionRole).toInt(), int(LogRecord::Direction::In));
    QCOMPARE(first.data(LogModel::HeartbeatRole).toBool(), true);
    QCOMPARE(first.data(LogModel::EndpointRole).toString(), u"beta"_s);
    QCOMPARE(first.data(LogModel::TimestampRole).toLongLong(), in.timestampMs);
    QCOMPARE(first.data(LogModel::BinaryRole).toBool(), false);
    QCOMPARE(first.data(LogModel::TextRole).toString(), in.text);
    QCOMPARE(model.index(1, 0).data(LogModel::HeartbeatRole).toBool(), false);
    QCOMPARE(model.index(2, 0).data(LogModel::DirectionRole).toInt(), int(LogRecord::Direction::Event));
    QCOMPARE(model.index(3, 0).data(LogModel::BinaryRole).toBool(), true);
    QCOMPARE(model.index(3, 0).data(LogModel::DataRole).toByteArray(), binary.data);
    QCOMPARE(model.record(2).text, event.text);
}

void tst_LogModel::headers()
{
    MessageStore store;
    LogModel model(&store);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{u"Time"_s, u"Endpoint"_s, u"Direction"_s, u"Size"_s, u"Message"_s}));
}

QTEST_GUILESS_MAIN(tst_LogModel)
#include "tst_logmodel.moc"
