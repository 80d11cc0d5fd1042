#include "logrecorder.h"
#include "messagestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 BaseTime = 1'700'000'000'000;

LogRecord makeRecord(int n, const QString &text = {})
{
    LogRecord record;
    record.timestampMs = BaseTime + n;
    record.endpoint = u"ep%1"_s.arg(n % 3);
    record.direction = LogRecord::Direction(n % 3);
    record.heartbeat = n % 5 == 0;
    record.text = text.isNull() ? u"message %1"_s.arg(n) : text;
    return record;
}

void appendMany(MessageStore &store, int count, int first = 1)
{
    for (int i = 0; i < count; ++i)
        store.append(makeRecord(first + i));
}

// Our files in the directory, oldest first (the name carries time and sequence).
QStringList recordedFiles(const QString &directory)
{
    static const QRegularExpression pattern(u"^feedpulse-(\\d{8}-\\d{6})-(\\d+)\\.ndjson$"_s);
    std::vector<std::pair<std::pair<QString, quint64>, QString>> ours;
    for (const QString &name : QDir(directory).entryList(QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            ours.push_back({{match.captured(1), match.captured(2).toULongLong()}, name});
    }
    std::sort(ours.begin(), ours.end());
    QStringList files;
    for (const auto &entry : ours)
        files << entry.second;
    return files;
}

QList<QJsonObject> readLines(const QString &path)
{
    QList<QJsonObject> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject() || !line.endsWith('\n'))
            return {};
        result << doc.object();
    }
    return result;
}

} // namespace

class tst_LogRecorder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatRecord_data();
    void formatRecord();
    void recordsInOrderWithFields();
    void pullsWhenRecordsArrive();
    void stopFlushes();
    void rotationAndRetention();
    void oversizedLineGetsItsOwnFile();
    void foreignFilesAreKept();
    void restartNeverOverwrites();
    void missedWhenStoreOverflows();
    void unwritableDirectory();
    void openFailureStopsRecording();
};

void tst_LogRecorder::formatRecord_data()
{
    QTest::addColumn<LogRecord>("record");
    QTest::addColumn<QByteArray>("expected");

    LogRecord plain;
    plain.seq = 7;
    plain.timestampMs = BaseTime;
    plain.endpoint = u"alpha"_s;
    plain.text = u"hello"_s;
    QTest::newRow("in") << plain
                        << QByteArray(R"({"seq":7,"ts":"2023-11-14T22:13:20.000Z","endpoint":"alpha",)"
                                      R"("direction":"in","heartbeat":false,"text":"hello"})"
                                      "\n");

    LogRecord escaped = plain;
    escaped.direction = LogRecord::Direction::Out;
    escaped.heartbeat = true;
    escaped.timestampMs = BaseTime + 42;
    escaped.text = u"a\"b\\c\nd\te\u0001f é"_s;
    QTest::newRow("escaped") << escaped
                             << QByteArray(R"({"seq":7,"ts":"2023-11-14T22:13:20.042Z","endpoint":"alpha",)"
                                           R"("direction":"out","heartbeat":true,)"
                                           R"("text":"a\"b\\c\nd\te\u0001f )"
                                           "\xc3\xa9\"}\n");

    LogRecord binary = plain;
    binary.direction = LogRecord::Direction::Event;
    binary.binary = true;
    binary.text.clear();
    binary.data = QByteArray::fromHex("00ff10");
    QTest::newRow("binary") << binary
                            << QByteArray(R"({"seq":7,"ts":"2023-11-14T22:13:20.000Z","endpoint":"alpha",)"
                                          R"("direction":"event","heartbeat":false,"hex":"00ff10"})"
                                          "\n");
}

void tst_LogRecorder::formatRecord()
{
    QFETCH(LogRecord, record);
    QFETCH(QByteArray, expected);
    const QByteArray line = record.toJsonLine();
    QCOMPARE(line, expected);
    QVERIFY(!QJsonDocument::fromJson(line).isNull());
}

void tst_LogRecorder::recordsInOrderWithFields()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    MessageStore store;
    appendMany(store, 5); // before start: not recorded
    LogRecorder recorder(&store);
    QString error;
    QVERIFY2(recorder.start(tmp.path(), 0, 0, &error), qPrintable(error));
    QVERIFY(recorder.isRecording());
    QVERIFY(recorder.currentFile().startsWith(QDir(tmp.path()).absolutePath()));
    QVERIFY(QFileInfo(recorder.currentFile())
                .fileName()
                .contains(QRegularExpression(u"^feedpulse-\\d{8}-\\d{6}-\\d+\\.ndjson$"_s)));

    appendMany(store, 20, 6);
    LogRecord binary = makeRecord(26);
    binary.binary = true;
    binary.text.clear();
    binary.data = "\x01\x02"_ba;
    store.append(binary);
    recorder.flush();
    QCOMPARE(recorder.recordsWritten(), 21u);
    QCOMPARE(recorder.recordsMissed(), 0u);

    const QList<QJsonObject> lines = readLines(recorder.currentFile());
    QCOMPARE(lines.size(), 21);
    static const char *const Directions[] = {"in", "out", "event"};
    for (int i = 0; i < 20; ++i) {
        const int n = 6 + i;
        const QJsonObject &line = lines.at(i);
        QCOMPARE(line.value(u"seq").toInteger(), n);
        QCOMPARE(QDateTime::fromString(line.value(u"ts").toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                 BaseTime + n);
        QVERIFY(line.value(u"ts").toString().endsWith(u'Z'));
        QCOMPARE(line.value(u"endpoint").toString(), u"ep%1"_s.arg(n % 3));
        QCOMPARE(line.value(u"direction").toString(), QLatin1StringView(Directions[n % 3]));
        QCOMPARE(line.value(u"heartbeat").toBool(), n % 5 == 0);
        QCOMPARE(line.value(u"text").toString(), u"message %1"_s.arg(n));
        QVERIFY(!line.contains(u"hex"));
    }
    QCOMPARE(lines.last().value(u"hex").toString(), u"0102"_s);
    QVERIFY(!lines.last().contains(u"text"));
}

void tst_LogRecorder::pullsWhenRecordsArrive()
{
    QTemporaryDir tmp;
    MessageStore store;
    LogRecorder recorder(&store);
    QVERIFY(recorder.start(tmp.path(), 0, 0, nullptr));
    appendMany(store, 50);
    QTRY_COMPARE(recorder.recordsWritten(), 50u);
    // Each pass ends with a flush to the file, so a reader sees the lines without stop().
    QCOMPARE(readLines(recorder.currentFile()).size(), 50);
    appendMany(store, 10, 51);
    QTRY_COMPARE(recorder.recordsWritten(), 60u);
    QCOMPARE(readLines(recorder.currentFile()).size(), 60);
}

void tst_LogRecorder::stopFlushes()
{
    QTemporaryDir tmp;
    MessageStore store;
    LogRecorder recorder(&store);
    QVERIFY(recorder.start(tmp.path(), 0, 0, nullptr));
    const QString file = recorder.currentFile();
    appendMany(store, 30);
    recorder.stop(); // no event loop pass in between
    QVERIFY(!recorder.isRecording());
    QVERIFY(recorder.currentFile().isEmpty());
    QCOMPARE(recorder.recordsWritten(), 30u);
    QCOMPARE(readLines(file).size(), 30);

    appendMany(store, 5, 31);
    QCoreApplication::processEvents();
    QCOMPARE(recorder.recordsWritten(), 30u);
    QCOMPARE(readLines(file).size(), 30);
}

void tst_LogRecorder::rotationAndRetention()
{
    QTemporaryDir tmp;
    MessageStore store;
    appendMany(store, 3);
    LogRecorder recorder(&store);
    constexpr qint64 RotateBytes = 400;
    constexpr int KeepFiles = 4;
    QVERIFY(recorder.start(tmp.path(), RotateBytes, KeepFiles, nullptr));
    constexpr int Count = 200;
    for (int i = 0; i < Count; ++i) {
        store.append(makeRecord(4 + i));
        if (i % 17 == 0)
            recorder.flush(); // several passes, not one
    }
    recorder.flush();
    QCOMPARE(recorder.recordsWritten(), quint64(Count));

    const QStringList files = recordedFiles(tmp.path());
    QCOMPARE(files.size(), KeepFiles);
    QCOMPARE(QDir(tmp.path()).filePath(files.last()), recorder.currentFile());
    QList<qint64> seqs;
    for (const QString &name : files) {
        const QString path = QDir(tmp.path()).filePath(name);
        QVERIFY2(QFileInfo(path).size() <= RotateBytes, qPrintable(name));
        const QList<QJsonObject> lines = readLines(path);
        QVERIFY(!lines.isEmpty());
        for (const QJsonObject &line : lines)
            seqs << line.value(u"seq").toInteger();
    }
    // The kept files are the contiguous tail, each seq exactly once; the oldest files were deleted.
    QCOMPARE(seqs.last(), qint64(3 + Count));
    for (qsizetype i = 1; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), seqs.at(i - 1) + 1);
    QVERIFY(seqs.first() > 4);
}

void tst_LogRecorder::oversizedLineGetsItsOwnFile()
{
    QTemporaryDir tmp;
    MessageStore store;
    LogRecorder recorder(&store);
    constexpr qint64 RotateBytes = 200;
    QVERIFY(recorder.start(tmp.path(), RotateBytes, 0, nullptr));
    store.append(makeRecord(1));
    store.append(makeRecord(2, QString(500, u'x')));
    store.append(makeRecord(3));
    recorder.stop();

    const QStringList files = recordedFiles(tmp.path());
    QCOMPARE(files.size(), 3);
    QList<qint64> sizes;
    for (const QString &name : files) {
        const QString path = QDir(tmp.path()).filePath(name);
        QCOMPARE(readLines(path).size(), 1);
        sizes << QFileInfo(path).size();
    }
    QVERIFY(sizes.at(0) <= RotateBytes);
    QVERIFY(sizes.at(1) > RotateBytes);
    QVERIFY(sizes.at(2) <= RotateBytes);
}

void tst_LogRecorder::foreignFilesAreKept()
{
    QTemporaryDir tmp;
    const QStringList foreign = {u"notes.ndjson"_s, u"feedpulse-old.ndjson"_s, u"feedpulse-1-2-3.txt"_s};
    for (const QString &name : foreign) {
        QFile file(QDir(tmp.path()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    MessageStore store;
    LogRecorder recorder(&store);
    QVERIFY(recorder.start(tmp.path(), 150, 1, nullptr));
    appendMany(store, 20);
    recorder.stop();
    QCOMPARE(recordedFiles(tmp.path()).size(), 1);
    for (const QString &name : foreign)
        QVERIFY2(QFile::exists(QDir(tmp.path()).filePath(name)), qPrintable(name));
}

void tst_LogRecorder::restartNeverOverwrites()
{
    QTemporaryDir tmp;
    MessageStore store;
    LogRecorder recorder(&store);
    QVERIFY(recorder.start(tmp.path(), 0, 0, nullptr));
    const QString first = recorder.currentFile();
    appendMany(store, 3);
    recorder.stop();
    QVERIFY(recorder.start(tmp.path(), 0, 0, nullptr));
    QVERIFY(recorder.currentFile() != first);
    recorder.stop();
    QCOMPARE(readLines(first).size(), 3);
    QCOMPARE(recordedFiles(tmp.path()).size(), 2);
}

void tst_LogRecorder::missedWhenStoreOverflows()
{
    QTemporaryDir tmp;
    MessageStore store(10);
    appendMany(store, 4);
    LogRecorder recorder(&store);
    QVERIFY(recorder.start(tmp.path(), 0, 0, nullptr));
    appendMany(store, 25, 5); // seq 5..29; only 20..29 survive
    recorder.flush();
    QCOMPARE(recorder.recordsMissed(), 15u);
    QCOMPARE(recorder.recordsWritten(), 10u);

    appendMany(store, 3, 30);
    recorder.flush();
    QCOMPARE(recorder.recordsMissed(), 15u);
    QCOMPARE(recorder.recordsWritten(), 13u);

    const QList<QJsonObject> lines = readLines(recorder.currentFile());
    QCOMPARE(lines.size(), 13);
    for (int i = 0; i < 13; ++i)
        QCOMPARE(lines.at(i).value(u"seq").toInteger(), 20 + i);

    // Records cleared from the store before we read them are missed as well.
    appendMany(store, 2, 33);
    store.clear();
    recorder.flush();
    QCOMPARE(recorder.recordsMissed(), 17u);
    appendMany(store, 1, 35);
    recorder.flush();
    QCOMPARE(recorder.recordsWritten(), 14u);
    QCOMPARE(recorder.recordsMissed(), 17u);
}

void tst_LogRecorder::unwritableDirectory()
{
    // A path below a regular file can never be created, not even by root.
    QTemporaryDir tmp;
    const QString blocker = QDir(tmp.path()).filePath(u"blocker"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString directory = QDir(blocker).filePath(u"logs"_s);
    MessageStore store;
    LogRecorder recorder(&store);
    QSignalSpy errors(&recorder, &LogRecorder::errorOccurred);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Cannot create the directory"_s));
    QVERIFY(!recorder.start(directory, 0, 0, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(directory)), qPrintable(error));
    QVERIFY(!recorder.isRecording());
    QCOMPARE(errors.size(), 0); // start() reports through its return value
}

void tst_LogRecorder::openFailureStopsRecording()
{
    QTemporaryDir tmp;
    const QString directory = QDir(tmp.path()).filePath(u"logs"_s);
    MessageStore store;
    LogRecorder recorder(&store);
    QSignalSpy errors(&recorder, &LogRecorder::errorOccurred);
    QVERIFY(recorder.start(directory, 150, 0, nullptr));
    appendMany(store, 1);
    recorder.flush();
    // The directory vanishes under us: the next rotation cannot open its file.
    QVERIFY(QDir(directory).removeRecursively());
    appendMany(store, 20, 2);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Cannot create the log file"_s));
    recorder.flush();
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(directory)), qPrintable(message));
    QVERIFY2(message.contains(u"feedpulse-"_s), qPrintable(message));
    QVERIFY(!recorder.isRecording());

    appendMany(store, 5, 22);
    QCoreApplication::processEvents();
    QCOMPARE(errors.size(), 1);
}

QTEST_MAIN(tst_LogRecorder)
#include "tst_logrecorder.moc"
