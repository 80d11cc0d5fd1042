#include "logfilterproxymodel.h"
#include "logmodel.h"
#include "logview.h"
#include "messagedetailsview.h"
#include "messagestore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

LogRecord makeRecord(int n)
{
    LogRecord record;
    record.timestampMs = 1'700'000'000'000 + n;
    record.endpoint = n % 2 ? u"beta"_s : u"alpha"_s;
    record.direction = LogRecord::Direction::In;
    record.text = u"msg "_s + QString::number(n);
    return record;
}

void appendMany(MessageStore &store, int count, int first = 0)
{
    for (int i = 0; i < count; ++i)
        store.append(makeRecord(first + i));
}

template <typename T> T *child(const QWidget &view, const QString &name)
{
    auto *widget = view.findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

} // namespace

class tst_LogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlsAreNamed();
    void typingFilters();
    void invalidRegexIsShown();
    void endpointAndDirectionControls();
    void droppedLabel();
    void detailsShowJsonAndHex();
    void pauseStopsRowsUntilResumed();
    void autoScrollFollowsNewRows();
    void clearButton();
    void exportWritesShownRows();
    void messageDetailsFormatting();
};

void tst_LogView::controlsAreNamed()
{
    MessageStore store;
    LogView view(&store);
    const QList<QWidget *> controls = view.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : controls) {
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget) &&
            !qobject_cast<QComboBox *>(widget) && !qobject_cast<QTableView *>(widget)) {
            continue;
        }
        if (widget->parentWidget() != &view && widget->parentWidget() != view.details())
            continue; // internals of composite widgets (the line edit's clear button, the table's corner)
        ++checked;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QCOMPARE_GE(checked, 11);
    QVERIFY(child<QLabel>(view, u"logDropped"_s));
    QVERIFY(!child<QLabel>(view, u"logDropped"_s)->accessibleName().isEmpty());
}

void tst_LogView::typingFilters()
{
    MessageStore store;
    LogView view(&store);
    view.show();
    appendMany(store, 100);
    view.model()->flushNow();
    QCOMPARE(view.table()->model()->rowCount(), 100);

    auto *field = child<QLineEdit>(view, u"logTextFilter"_s);
    QVERIFY(field);
    QTest::keyClicks(field, u"MSG 5"_s);
    QTRY_COMPARE(view.table()->model()->rowCount(), 11); // 5, 50..59
    QCOMPARE(view.proxy()->textFilter(), u"MSG 5"_s);

    field->clear();
    QTRY_COMPARE(view.table()->model()->rowCount(), 100);

    QTest::mouseClick(child<QCheckBox>(view, u"logFilterRegex"_s), Qt::LeftButton);
    QTest::keyClicks(field, uR"(msg [1-3]\d$)"_s);
    QTest::keyClick(field, Qt::Key_Return); // Enter applies at once
    QCOMPARE(view.table()->model()->rowCount(), 30);
}

void tst_LogView::invalidRegexIsShown()
{
    MessageStore store;
    LogView view(&store);
    view.show();
    appendMany(store, 10);
    view.model()->flushNow();

    auto *field = child<QLineEdit>(view, u"logTextFilter"_s);
    auto *errorLabel = child<QLabel>(view, u"logFilterError"_s);
    QVERIFY(errorLabel->isHidden());
    child<QCheckBox>(view, u"logFilterRegex"_s)->setChecked(true);
    QTest::keyClicks(field, u"msg ("_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(view.table()->model()->rowCount(), 0);
    QVERIFY(!view.proxy()->filterError().isEmpty());
    QVERIFY(!errorLabel->isHidden());
    QCOMPARE(errorLabel->text(), view.proxy()->filterError());
    QCOMPARE(field->toolTip(), view.proxy()->filterError());
    QVERIFY(field->styleSheet().contains(u"border"_s));

    // Unticking Regex makes the same text a plain filter: no error.
    child<QCheckBox>(view, u"logFilterRegex"_s)->setChecked(false);
    QVERIFY(view.proxy()->filterError().isEmpty());
    QVERIFY(errorLabel->isHidden());
    QVERIFY(field->styleSheet().isEmpty());
    QVERIFY(field->toolTip().isEmpty());
}

void tst_LogView::endpointAndDirectionControls()
{
    MessageStore store;
    LogView view(&store);
    view.show();
    appendMany(store, 10);
    LogRecord event = makeRecord(10);
    event.direction = LogRecord::Direction::Event;
    event.text = uR"({"event":"open"})"_s;
    store.append(event);
    LogRecord heartbeat = makeRecord(11);
    heartbeat.heartbeat = true;
    store.append(heartbeat);
    view.model()->flushNow();
    QCOMPARE(view.table()->model()->rowCount(), 12);

    view.setEndpoints({u"alpha"_s, u"beta"_s});
    auto *combo = child<QComboBox>(view, u"logEndpointFilter"_s);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findText(u"beta"_s));
    QCOMPARE(view.proxy()->endpointFilter(), u"beta"_s);
    QCOMPARE(view.table()->model()->rowCount(), 6); // 1, 3, 5, 7, 9, 11

    // The selection survives a new endpoint list that still holds it.
    view.setEndpoints({u"beta"_s, u"gamma"_s});
    QCOMPARE(combo->currentText(), u"beta"_s);
    view.setEndpoints({u"gamma"_s});
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(view.table()->model()->rowCount(), 12);

    QTest::mouseClick(child<QCheckBox>(view, u"logDirectionIn"_s), Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QTest::mouseClick(child<QCheckBox>(view, u"logDirectionEvent"_s), Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), 0);
    QTest::mouseClick(child<QCheckBox>(view, u"logDirectionIn"_s), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(view, u"logDirectionEvent"_s), Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), 12);

    QTest::mouseClick(child<QCheckBox>(view, u"logHideHeartbeats"_s), Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), 11);
}

void tst_LogView::droppedLabel()
{
    MessageStore store(1'000);
    LogView view(&store);
    view.show();
    auto *label = child<QLabel>(view, u"logDropped"_s);
    QVERIFY(label->isHidden());

    appendMany(store, 1'500); // 500 overwritten in the store before the view reads
    view.model()->flushNow();
    QVERIFY(!label->isHidden());
    QCOMPARE(label->text(), u"500 dropped"_s);

    view.model()->setMaxRows(900); // and 100 more removed by the cap
    QCOMPARE(label->text(), u"600 dropped"_s);

    QTest::mouseClick(child<QPushButton>(view, u"logClear"_s), Qt::LeftButton);
    QVERIFY(label->isHidden());
}

void tst_LogView::detailsShowJsonAndHex()
{
    MessageStore store;
    LogView view(&store);
    view.resize(1'000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    LogRecord json = makeRecord(0);
    json.text = uR"({"price":1.5,"tags":["a","b"]})"_s;
    store.append(json);
    LogRecord binary = makeRecord(1);
    binary.binary = true;
    binary.text.clear();
    binary.data = QByteArray("Hello\x00\x01\x02World!!!!!!AB", 21);
    store.append(binary);
    LogRecord plain = makeRecord(2);
    plain.text = u"{not json"_s;
    store.append(plain);
    view.model()->flushNow();
    QCOMPARE(view.table()->model()->rowCount(), 3);

    QTableView *table = view.table();
    const auto clickRow = [&](int row) {
        const QModelIndex index = table->model()->index(row, LogModel::TextColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    };

    clickRow(0);
    QCOMPARE(view.details()->mode(), MessageDetailsView::Mode::Json);
    const QString pretty =
        QString::fromUtf8(QJsonDocument::fromJson(json.text.toUtf8()).toJson(QJsonDocument::Indented));
    QCOMPARE(view.details()->currentText(), pretty);
    QVERIFY(view.details()->currentText().contains(u"\n    \"price\": 1.5"_s));

    clickRow(1);
    QCOMPARE(view.details()->mode(), MessageDetailsView::Mode::Hex);
    const QStringList lines = view.details()->currentText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], u"00000000  48 65 6c 6c 6f 00 01 02  57 6f 72 6c 64 21 21 21  |Hello...World!!!|"_s);
    QVERIFY(lines[1].startsWith(u"00000010  21 21 21 41 42 "_s));
    QVERIFY(lines[1].endsWith(u"|!!!AB|"_s));

    clickRow(2);
    QCOMPARE(view.details()->mode(), MessageDetailsView::Mode::Text);
    QCOMPARE(view.details()->currentText(), plain.text);
}

void tst_LogView::pauseStopsRowsUntilResumed()
{
    MessageStore store;
    LogView view(&store);
    view.show();
    appendMany(store, 10);
    view.model()->flushNow();
    QCOMPARE(view.table()->model()->rowCount(), 10);

    auto *pause = child<QPushButton>(view, u"logPause"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(pause->isChecked());
    QVERIFY(view.model()->isPaused());
    const QString pausedText = pause->text();

    appendMany(store, 25, 10);
    view.model()->flushNow();
    QCOMPARE(view.table()->model()->rowCount(), 10);
    QCOMPARE(view.model()->pendingCount(), 25); // records still arrive, they wait
    appendMany(store, 5, 35);
    view.model()->flushNow();
    QCOMPARE(view.table()->model()->rowCount(), 10);
    QCOMPARE(view.model()->pendingCount(), 30);

    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!view.model()->isPaused());
    QVERIFY(pause->text() != pausedText);
    QCOMPARE(view.table()->model()->rowCount(), 40);
    QCOMPARE(view.model()->pendingCount(), 0);
    QCOMPARE(view.model()->droppedCount(), 0u);
}

void tst_LogView::autoScrollFollowsNewRows()
{
    MessageStore store;
    LogView view(&store);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isAutoScroll());

    appendMany(store, 500);
    view.model()->flushNow();
    QScrollBar *bar = view.table()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    child<QCheckBox>(view, u"logAutoScroll"_s)->setChecked(false);
    bar->setValue(0);
    appendMany(store, 500, 500);
    view.model()->flushNow();
    QCOMPARE(view.table()->model()->rowCount(), 1'000);
    QCOMPARE(bar->value(), 0);
}

void tst_LogView::clearButton()
{
    MessageStore store;
    LogView view(&store);
    view.show();
    appendMany(store, 20);
    view.model()->flushNow();
    view.table()->setCurrentIndex(view.table()->model()->index(3, 0));
    QVERIFY(!view.details()->currentText().isEmpty());

    QTest::mouseClick(child<QPushButton>(view, u"logClear"_s), Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), 0);
    QVERIFY(view.details()->currentText().isEmpty());
    QCOMPARE(store.size(), 20);

    appendMany(store, 2, 20);
    view.model()->flushNow();
    QCOMPARE(view.table()->model()->rowCount(), 2);
}

void tst_LogView::exportWritesShownRows()
{
    MessageStore store;
    LogView view(&store);
    appendMany(store, 50);
    view.model()->flushNow();
    view.proxy()->setEndpointFilter(u"alpha"_s);
    appendMany(store, 10, 50); // not yet inserted: exportTo flushes first

    QTemporaryDir dir;
    const QString fileName = dir.filePath(u"log.ndjson"_s);
    QSignalSpy exported(&view, &LogView::exported);
    QVERIFY(view.exportTo(fileName, LogExporter::Format::Ndjson));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toInt(), 30);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 30);
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(u"text"_s).toString(), u"msg 58"_s);

    QVERIFY(!view.exportTo(dir.filePath(u"no/such/dir.csv"_s), LogExporter::Format::Csv));
    QCOMPARE(exported.count(), 1);
    auto *box = view.findChild<QWidget *>(u"logExportError"_s);
    QVERIFY(box);
    box->close();
}

void tst_LogView::messageDetailsFormatting()
{
    QCOMPARE(MessageDetailsView::prettyJson(u"[1,2]"_s), u"[\n    1,\n    2\n]\n"_s);
    QVERIFY(MessageDetailsView::prettyJson(u"42"_s).isNull());
    QVERIFY(MessageDetailsView::prettyJson(u"{broken"_s).isNull());
    QCOMPARE(MessageDetailsView::hexDump({}), QString());
    const QString cut = MessageDetailsView::hexDump(QByteArray(40, 'x'), 16);
    QCOMPARE(cut.count(u'\n'), 2);
    QVERIFY(cut.contains(u"24"_s));

    MessageDetailsView details;
    LogRecord record = makeRecord(7);
    record.heartbeat = true;
    details.showRecord(record);
    QCOMPARE(details.mode(), MessageDetailsView::Mode::Text);
    QVERIFY(details.headerText().contains(u"alpha"_s) || details.headerText().contains(u"beta"_s));
    details.clear();
    QCOMPARE(details.currentText(), QString());
}

QTEST_MAIN(tst_LogView)
#include "tst_logview.moc"
