#include "logexporter.h"
#include "logfilterproxymodel.h"
#include "logmodel.h"
#include "messagestore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int MessageCount = 1'000;

// Message i: "msg i"; endpoint beta when i is odd, else alpha; Out when i % 10 == 3, Event when
// i % 10 == 7, else In; a heartbeat when i % 5 == 0. Seq is i + 1.
LogRecord makeRecord(int i)
{
    LogRecord record;
    record.timestampMs = 1'700'000'000'000 + i;
    record.endpoint = i % 2 ? u"beta"_s : u"alpha"_s;
    record.direction = i % 10 == 3   ? LogRecord::Direction::Out
                       : i % 10 == 7 ? LogRecord::Direction::Event
                                     : LogRecord::Direction::In;
    record.heartbeat = i % 5 == 0;
    record.text = u"msg "_s + QString::number(i);
    return record;
}

QList<int> shownMessages(const QAbstractItemModel &view)
{
    QList<int> numbers;
    for (int row = 0; row < view.rowCount(); ++row)
        numbers << int(view.index(row, 0).data(LogModel::SeqRole).toULongLong() - 1);
    return numbers;
}

template <typename Predicate> QList<int> expectedMessages(Predicate accept)
{
    QList<int> numbers;
    for (int i = 0; i < MessageCount; ++i) {
        if (accept(makeRecord(i), i))
            numbers << i;
    }
    return numbers;
}

QList<QByteArray> readLines(const QString &fileName, const QByteArray &separator)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (separator == "\r\n") {
        for (QByteArray &line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
    }
    return lines;
}

// RFC 4180 parse of a whole file, enough for the test: quoted fields may hold commas, quotes, newlines.
QList<QStringList> parseCsv(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class tst_LogFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unfilteredShowsAll();
    void regexFilter();
    void plainTextIsCaseInsensitive();
    void regexIsCaseInsensitive();
    void combinedFilters();
    void directionMask_data();
    void directionMask();
    void invalidRegexMatchesNothing();
    void newRowsAreFiltered();
    void binaryRowsOnlyWithoutTextFilter();
    void exportNdjson();
    void exportCsv();
    void exportUnfilteredModel();
    void exportQuotingAndBinary();
    void exportFailureReportsError();

private:
    MessageStore *m_store = nullptr;
    LogModel *m_model = nullptr;
    LogFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void tst_LogFilterProxyModel::init()
{
    m_store = new MessageStore(10'000);
    m_model = new LogModel(m_store);
    m_proxy = new LogFilterProxyModel;
    m_proxy->setSourceModel(m_model);
    m_modelTester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester =
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < MessageCount; ++i)
        m_store->append(makeRecord(i));
    m_model->flushNow();
    QCOMPARE(m_model->rowCount(), MessageCount);
}

void tst_LogFilterProxyModel::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
    delete m_store;
}

void tst_LogFilterProxyModel::unfilteredShowsAll()
{
    QCOMPARE(m_proxy->rowCount(), MessageCount);
    QCOMPARE(m_proxy->filterError(), QString());
    QCOMPARE(m_proxy->directions(), int(LogFilterProxyModel::All));
}

void tst_LogFilterProxyModel::regexFilter()
{
    m_proxy->setTextFilter(uR"(msg (1\d\d|9\d)$)"_s, true);
    QCOMPARE(m_proxy->filterError(), QString());
    const QList<int> expected = expectedMessages(
        [](const LogRecord &, int i) { return (i >= 100 && i <= 199) || (i >= 90 && i <= 99); });
    QCOMPARE(expected.size(), 110);
    QCOMPARE(shownMessages(*m_proxy), expected);

    m_proxy->setTextFilter(QString(), true);
    QCOMPARE(m_proxy->rowCount(), MessageCount);
}

void tst_LogFilterProxyModel::plainTextIsCaseInsensitive()
{
    // Plain text is not a pattern: the dot and the parenthesis match only themselves.
    m_proxy->setTextFilter(u"MSG 99"_s, false);
    QCOMPARE(shownMessages(*m_proxy), (QList<int>{99, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999}));
    m_proxy->setTextFilter(u"msg 9."_s, false);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->filterError(), QString());
}

void tst_LogFilterProxyModel::regexIsCaseInsensitive()
{
    m_proxy->setTextFilter(u"^MSG 5$"_s, true);
    QCOMPARE(shownMessages(*m_proxy), QList<int>{5});
}

void tst_LogFilterProxyModel::combinedFilters()
{
    m_proxy->setEndpointFilter(u"beta"_s);
    m_proxy->setDirections(LogFilterProxyModel::In | LogFilterProxyModel::Event);
    m_proxy->setHideHeartbeats(true);
    m_proxy->setTextFilter(uR"(msg [1-3]\d\d$)"_s, true);
    const QList<int> expected = expectedMessages([](const LogRecord &r, int i) {
        return r.endpoint == u"beta"_s && r.direction != LogRecord::Direction::Out && !r.heartbeat &&
               i >= 100 && i <= 399;
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shownMessages(*m_proxy), expected);

    m_proxy->setTextFilter(QString(), false);
    m_proxy->setEndpointFilter(u"alpha"_s);
    m_proxy->setDirections(LogFilterProxyModel::All);
    m_proxy->setHideHeartbeats(false);
    QCOMPARE(m_proxy->rowCount(), MessageCount / 2);
    m_proxy->setHideHeartbeats(true);
    // Every multiple of 5 is a heartbeat; half of the alpha (even) messages are multiples of 10.
    QCOMPARE(m_proxy->rowCount(), MessageCount / 2 - MessageCount / 10);
    m_proxy->setEndpointFilter(u"nobody"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setEndpointFilter(QString());
    m_proxy->setHideHeartbeats(false);
    QCOMPARE(m_proxy->rowCount(), MessageCount);
}

void tst_LogFilterProxyModel::directionMask_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<int>("expected");

    QTest::newRow("none") << 0 << 0;
    QTest::newRow("in") << int(LogFilterProxyModel::In) << 800;
    QTest::newRow("out") << int(LogFilterProxyModel::Out) << 100;
    QTest::newRow("event") << int(LogFilterProxyModel::Event) << 100;
    QTest::newRow("out+event") << int(LogFilterProxyModel::Out | LogFilterProxyModel::Event) << 200;
    QTest::newRow("all") << int(LogFilterProxyModel::All) << 1000;
}

void tst_LogFilterProxyModel::directionMask()
{
    QFETCH(int, mask);
    QFETCH(int, expected);
    m_proxy->setDirections(mask);
    QCOMPARE(m_proxy->rowCount(), expected);
}

void tst_LogFilterProxyModel::invalidRegexMatchesNothing()
{
    QSignalSpy errors(m_proxy, &LogFilterProxyModel::filterErrorChanged);
    m_proxy->setTextFilter(u"msg (1"_s, true);
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(!m_proxy->filterError().isEmpty());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), m_proxy->filterError());

    // The same text is fine as plain text: it matches nothing here, but is no error.
    m_proxy->setTextFilter(u"msg (1"_s, false);
    QCOMPARE(m_proxy->filterError(), QString());
    QCOMPARE(errors.count(), 2);
    m_proxy->setTextFilter(u"msg 1"_s, false);
    QCOMPARE(m_proxy->rowCount(), 111); // 1, 10..19, 100..199
}

void tst_LogFilterProxyModel::newRowsAreFiltered()
{
    m_proxy->setTextFilter(u"^msg 10\\d\\d$"_s, true);
    QCOMPARE(m_proxy->rowCount(), 0);
    for (int i = MessageCount; i < MessageCount + 20; ++i)
        m_store->append(makeRecord(i));
    m_model->flushNow();
    QCOMPARE(m_proxy->rowCount(), 20);
}

void tst_LogFilterProxyModel::binaryRowsOnlyWithoutTextFilter()
{
    LogRecord binary = makeRecord(0);
    binary.binary = true;
    binary.text.clear();
    binary.data = "msg 0";
    m_store->append(binary);
    m_model->flushNow();
    QCOMPARE(m_proxy->rowCount(), MessageCount + 1);
    m_proxy->setTextFilter(u"msg"_s, false);
    QCOMPARE(m_proxy->rowCount(), MessageCount);
}

void tst_LogFilterProxyModel::exportNdjson()
{
    m_proxy->setTextFilter(uR"(msg (1\d\d|9\d)$)"_s, true);
    m_proxy->setHideHeartbeats(true);
    const QList<int> expected = shownMessages(*m_proxy);
    QCOMPARE(expected.size(), 88); // 110 minus the 22 multiples of 5

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"log.ndjson"_s);
    QString error;
    QVERIFY2(LogExporter::exportView(m_proxy, fileName, LogExporter::Format::Ndjson, &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());

    const QList<QByteArray> lines = readLines(fileName, "\n");
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(lines[n], &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const int i = expected[n];
        const LogRecord r = makeRecord(i);
        QCOMPARE(object.value(u"seq"_s).toInteger(), i + 1);
        QCOMPARE(object.value(u"text"_s).toString(), r.text);
        QCOMPARE(object.value(u"endpoint"_s).toString(), r.endpoint);
        QCOMPARE(object.value(u"direction"_s).toString(), r.direction == LogRecord::Direction::Out ? u"out"_s
                                                          : r.direction == LogRecord::Direction::Event
                                                              ? u"event"_s
                                                              : u"in"_s);
        QCOMPARE(object.value(u"heartbeat"_s).toBool(), false);
        QCOMPARE(object.value(u"ts"_s).toString(),
                 QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs));
        QVERIFY(object.value(u"ts"_s).toString().endsWith(u'Z'));
        QVERIFY(!object.contains(u"hex"_s));
    }
}

void tst_LogFilterProxyModel::exportCsv()
{
    m_proxy->setEndpointFilter(u"alpha"_s);
    m_proxy->setTextFilter(uR"(msg (1\d\d|9\d)$)"_s, true);
    const QList<int> expected = shownMessages(*m_proxy);
    QCOMPARE(expected.size(), 55);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"log.csv"_s);
    QCOMPARE(LogExporter::formatForFileName(fileName), LogExporter::Format::Csv);
    QString error;
    QVERIFY2(LogExporter::exportView(m_proxy, fileName, LogExporter::Format::Csv, &error), qPrintable(error));

    const QList<QStringList> rows = parseCsv(fileName);
    QCOMPARE(rows.size(), expected.size() + 1);
    QCOMPARE(rows.first(), (QStringList{u"seq"_s, u"ts"_s, u"endpoint"_s, u"direction"_s, u"heartbeat"_s,
                                        u"text"_s, u"hex"_s}));
    for (qsizetype n = 0; n < expected.size(); ++n) {
        const QStringList &row = rows[n + 1];
        QCOMPARE(row.size(), 7);
        const LogRecord r = makeRecord(expected[n]);
        QCOMPARE(row[0].toInt(), expected[n] + 1);
        QCOMPARE(row[2], u"alpha"_s);
        QCOMPARE(row[4], r.heartbeat ? u"true"_s : u"false"_s);
        QCOMPARE(row[5], r.text);
        QCOMPARE(row[6], QString());
    }
}

void tst_LogFilterProxyModel::exportUnfilteredModel()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"all.jsonl"_s);
    QCOMPARE(LogExporter::formatForFileName(fileName), LogExporter::Format::Ndjson);
    QVERIFY(LogExporter::exportView(m_model, fileName, LogExporter::Format::Ndjson, nullptr));
    QCOMPARE(readLines(fileName, "\n").size(), MessageCount);
}

void tst_LogFilterProxyModel::exportQuotingAndBinary()
{
    LogRecord tricky = makeRecord(0);
    tricky.text = u"a \"quoted\", multi\nline"_s;
    m_store->append(tricky);
    LogRecord binary = makeRecord(1);
    binary.binary = true;
    binary.text.clear();
    binary.data = QByteArray("\x00\xff\x10", 3);
    m_store->append(binary);
    m_model->flushNow();
    m_proxy->setTextFilter(QString(), false);
    m_proxy->setEndpointFilter(QString());
    // Only the two new rows: seq above MessageCount.
    m_proxy->setTextFilter(u"quoted"_s, false);
    QCOMPARE(m_proxy->rowCount(), 1);

    QTemporaryDir dir;
    const QString csvName = dir.filePath(u"q.csv"_s);
    QVERIFY(LogExporter::exportView(m_proxy, csvName, LogExporter::Format::Csv, nullptr));
    const QList<QStringList> rows = parseCsv(csvName);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][5], tricky.text);

    LogModel *model = m_model;
    const int binaryRow = model->rowCount() - 1;
    QVERIFY(model->record(binaryRow).binary);
    m_proxy->setTextFilter(QString(), false);
    m_proxy->setDirections(LogFilterProxyModel::In);
    const QString ndName = dir.filePath(u"b.ndjson"_s);
    QVERIFY(LogExporter::exportView(m_proxy, ndName, LogExporter::Format::Ndjson, nullptr));
    const QList<QByteArray> lines = readLines(ndName, "\n");
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(last.value(u"hex"_s).toString(), u"00ff10"_s);
    QVERIFY(!last.contains(u"text"_s));
    const QJsonObject beforeLast = QJsonDocument::fromJson(lines[lines.size() - 2]).object();
    QCOMPARE(beforeLast.value(u"text"_s).toString(), tricky.text);

    const QString csvBinary = dir.filePath(u"b.csv"_s);
    QVERIFY(LogExporter::exportView(m_proxy, csvBinary, LogExporter::Format::Csv, nullptr));
    const QList<QStringList> binaryRows = parseCsv(csvBinary);
    QCOMPARE(binaryRows.last()[5], QString());
    QCOMPARE(binaryRows.last()[6], u"00ff10"_s);
}

void tst_LogFilterProxyModel::exportFailureReportsError()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"missing-dir/log.ndjson"_s);
    QString error;
    QVERIFY(!LogExporter::exportView(m_proxy, fileName, LogExporter::Format::Ndjson, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(fileName));
    QVERIFY(!QFile::exists(fileName));
}

QTEST_GUILESS_MAIN(tst_LogFilterProxyModel)
#include "tst_logfilterproxymodel.moc"
