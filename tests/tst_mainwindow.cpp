// The main window with a real ConnectionManager: actions, the demo's four behaviours, sending a
// message, applying and saving endpoint changes, a broken config file, and the layout in QSettings.

#include "configstore.h"
#include "connection.h"
#include "connectionmanager.h"
#include "demo.h"
#include "endpointtablemodel.h"
#include "eventrecorder.h"
#include "feedserver.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "metrics.h"
#include "sendmessagedialog.h"
#include "testhttp.h"
#include "testserver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using State = Connection::State;

namespace {

int stateOf(const MainWindow &window, const QString &name)
{
    const int row = window.tableModel()->rowOf(name);
    return row < 0 ? -1 : window.tableModel()->index(row, 0).data(EndpointTableModel::StateRole).toInt();
}

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionsHaveShortcutsAndAccessibleNames();
    void demoShowsItsFourBehaviours();
    void sendMessageReachesTheServer();
    void applyRestartsOnlyChangedAndSaves();
    void brokenConfigIsKeptAndShown();
    void layoutIsKeptInSettings();
    void metricsFromSettingsAndCommandLine();
};

void tst_MainWindow::initTestCase()
{
    // QSettings and the default config path go to a throw-away test location.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FeedPulseTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
}

void tst_MainWindow::actionsHaveShortcutsAndAccessibleNames()
{
    ConnectionManager manager;
    MainWindow window(&manager);
    window.show();
    const QStringList names = {u"connectAllAction"_s,  u"disconnectAllAction"_s, u"connectAction"_s,
                               u"disconnectAction"_s,  u"retryAction"_s,         u"sendAction"_s,
                               u"addEndpointAction"_s, u"settingsAction"_s};
    QList<QKeySequence> seen;
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    for (const QString &name : names) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
        QVERIFY2(!seen.contains(action->shortcut()), qPrintable(name + u": shortcut used twice"_s));
        seen << action->shortcut();
        QWidget *button = toolBar->widgetForAction(action);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY(!button->accessibleName().contains(u'&'));
    }
    // Per-endpoint actions wait for a selection.
    QVERIFY(!window.findChild<QAction *>(u"retryAction"_s)->isEnabled());
    QVERIFY(window.findChild<QAction *>(u"connectAllAction"_s)->isEnabled());
    QVERIFY(!window.table()->accessibleName().isEmpty());
}

void tst_MainWindow::demoShowsItsFourBehaviours()
{
    Demo::Timing timing;
    timing.flakyCloseEveryMs = 1'500;
    timing.stallCycleMs = 1'600;
    timing.stallMs = 1'200;
    timing.staleAfterMs = 400;
    timing.chatPingIntervalMs = 300;
    timing.chatPingTimeoutMs = 300;
    Demo demo(timing);
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    QCOMPARE(demo.servers().size(), 4);
    for (const FeedServer *server : demo.servers()) {
        QCOMPARE(server->config().bind, QHostAddress(QHostAddress::LocalHost));
    }

    ConnectionManager manager;
    EventRecorder events;
    connect(&manager, &ConnectionManager::event, &events, &EventRecorder::record);
    MainWindow window(&manager);
    window.setEndpoints(demo.endpoints());
    window.show();
    QTRY_COMPARE(window.tableModel()->rowCount(), 4);

    const auto seen = [&events](const QString &endpoint, const QString &type) {
        for (const EventRecorder::Entry &entry : events.entries()) {
            if (entry.event.endpoint == endpoint && entry.event.type == type)
                return true;
        }
        return false;
    };
    // ticker: healthy, with round trips.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, u"ticker"_s), int(State::Open), 10'000);
    // orders: closed by its server (1001), and back.
    QTRY_VERIFY_WITH_TIMEOUT(seen(u"orders"_s, u"closed"_s), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(events.count(u"open"_s) >= 5, 10'000);
    // chat: its pings go unanswered, so heartbeats time out and it reconnects.
    QTRY_VERIFY_WITH_TIMEOUT(seen(u"chat"_s, u"heartbeat_timeout"_s), 10'000);
    // sensors: goes stale while its server stalls, and fresh when it flows again.
    QTRY_VERIFY_WITH_TIMEOUT(seen(u"sensors"_s, u"stale"_s), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(seen(u"sensors"_s, u"fresh"_s), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(seen(u"ticker"_s, u"pong"_s), 10'000);
    QVERIFY(!seen(u"ticker"_s, u"closed"_s));
    const int tickerRow = window.tableModel()->rowOf(u"ticker"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        !window.tableModel()->index(tickerRow, EndpointTableModel::RttColumn).data().toString().isEmpty(),
        10'000);
    for (const EventRecorder::Entry &entry : events.entries()) {
        if (entry.event.endpoint == u"orders"_s && entry.event.type == u"closed"_s)
            QCOMPARE(entry.event.fields.value(u"code"_s).toInt(), 1001);
    }
    // The log shows the traffic.
    window.logView()->model()->flushNow();
    QVERIFY(window.logView()->model()->rowCount() > 0);
}

void tst_MainWindow::sendMessageReachesTheServer()
{
    TestServer server;
    QVERIFY(server.listen());
    QSignalSpy received(&server, &TestServer::textReceived);
    ConnectionManager manager;
    MainWindow window(&manager);
    window.setEndpoints({server.endpoint(u"alpha"_s)});
    window.show();
    QTRY_COMPARE(stateOf(window, u"alpha"_s), int(State::Open));
    window.selectEndpoint(u"alpha"_s);
    QCOMPARE(window.selectedEndpoint(), u"alpha"_s);
    auto *send = window.findChild<QAction *>(u"sendAction"_s);
    QVERIFY(send->isEnabled());
    send->trigger();
    auto *dialog = window.findChild<SendMessageDialog *>(u"sendMessageDialog"_s);
    QVERIFY(dialog);
    auto *sendButton = dialog->findChild<QPushButton *>(u"sendButton"_s);
    dialog->findChild<QCheckBox *>(u"jsonCheck"_s)->setChecked(true);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"messageEdit"_s), u"{\"op\": "_s);
    // Half a JSON object cannot be sent.
    QVERIFY(!sendButton->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(u"errorLabel"_s)->text().isEmpty());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"messageEdit"_s), u"\"hello\"}"_s);
    QVERIFY(sendButton->isEnabled());
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QTRY_VERIFY(!received.isEmpty());
    QCOMPARE(received.last().at(0).toString(), u"alpha"_s);
    QCOMPARE(received.last().at(1).toString(), u"{\"op\":\"hello\"}"_s);
}

void tst_MainWindow::applyRestartsOnlyChangedAndSaves()
{
    TestServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"endpoints.json"_s);
    QString error;
    QVERIFY2(ConfigStore::save(path, {server.endpoint(u"a"_s), server.endpoint(u"b"_s)}, &error),
             qPrintable(error));

    ConnectionManager manager;
    MainWindow window(&manager);
    QVERIFY(window.loadConfig(path));
    window.show();
    QTRY_COMPARE(stateOf(window, u"a"_s), int(State::Open));
    QTRY_COMPARE(stateOf(window, u"b"_s), int(State::Open));
    QCOMPARE(server.connectionCount(u"a"_s), 1);

    // b moves to another path: only b reconnects; c is new.
    QList<EndpointConfig> edited = window.endpoints();
    edited[1].urls = {server.url(u"b"_s).toString() + u"&v=2"_s};
    edited << server.endpoint(u"c"_s);
    QVERIFY2(window.applyEndpoints(edited, &error), qPrintable(error));
    QTRY_COMPARE(server.connectionCount(u"b"_s), 2);
    QTRY_COMPARE(stateOf(window, u"c"_s), int(State::Open));
    QTRY_COMPARE(stateOf(window, u"b"_s), int(State::Open));
    QCOMPARE(server.connectionCount(u"a"_s), 1);
    QTRY_COMPARE(window.tableModel()->rowCount(), 3);

    const LoadedConfig saved = ConfigStore::load(path);
    QVERIFY(saved.parsed);
    QCOMPARE(saved.file.endpoints, edited);
}

void tst_MainWindow::brokenConfigIsKeptAndShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"endpoints.json"_s);
    const QByteArray broken = "{\"version\": 1, \"endpoints\": [ {\"name\": \"x\", ";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    ConnectionManager manager;
    MainWindow window(&manager);
    QVERIFY(!window.loadConfig(path));
    auto *box = window.findChild<QMessageBox *>(u"configProblemBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(path));
    QCOMPARE(window.tableModel()->rowCount(), 0);

    // Saving now must not replace the user's file.
    QString error;
    QVERIFY(!window.applyEndpoints({}, &error));
    QVERIFY(!error.isEmpty());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
    }
    QFile backup(path + u".bak"_s);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), broken);

    // Through the settings dialog the user is asked, and only "Yes" replaces the file.
    box->close();
    const auto acceptSettings = [&window] {
        window.openSettings();
        auto *dialog = window.findChild<QDialog *>(u"settingsDialog"_s);
        QVERIFY(dialog);
        dialog->accept();
    };
    acceptSettings();
    auto *question = window.findChild<QMessageBox *>(u"replaceConfigBox"_s);
    QVERIFY(question);
    QVERIFY(question->text().contains(path + u".bak"_s));
    QTest::mouseClick(question->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"replaceConfigBox"_s));
    QCOMPARE(ConfigStore::load(path).parsed, false);
    acceptSettings();
    question = window.findChild<QMessageBox *>(u"replaceConfigBox"_s);
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(ConfigStore::load(path).parsed);
    QCOMPARE(ConfigStore::load(path).file.endpoints.size(), 0);
}

void tst_MainWindow::layoutIsKeptInSettings()
{
    QByteArray header;
    {
        ConnectionManager manager;
        MainWindow window(&manager);
        window.show();
        window.table()->horizontalHeader()->resizeSection(EndpointTableModel::NameColumn, 211);
        header = window.table()->horizontalHeader()->saveState();
        window.close();
    }
    QCOMPARE(QSettings().value(u"window/tableHeader"_s).toByteArray(), header);
    ConnectionManager manager;
    MainWindow window(&manager);
    QCOMPARE(window.table()->horizontalHeader()->sectionSize(EndpointTableModel::NameColumn), 211);
}

void tst_MainWindow::metricsFromSettingsAndCommandLine()
{
    TestServer server;
    QVERIFY(server.listen());
    ConnectionManager manager;
    MainWindow window(&manager);
    window.setEndpoints({server.endpoint(u"m"_s)});
    QTRY_COMPARE(stateOf(window, u"m"_s), int(State::Open));
    QVERIFY(!window.metricsServer() || !window.metricsServer()->isListening());

    // The general tab's metrics port turns /metrics on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = probe.serverPort();
    probe.close();
    AppSettings settings = window.settings();
    settings.metricsPort = port;
    window.applySettings(settings);
    QVERIFY(window.metricsServer() && window.metricsServer()->isListening());
    QCOMPARE(window.metricsServer()->port(), port);
    const TestHttp::Reply scrape = TestHttp::get(QUrl(window.metricsServer()->url()));
    QVERIFY(scrape.finished);
    QVERIFY(scrape.body.contains("feedpulse_endpoint_up{endpoint=\"m\"} 1\n"));

    // Port 0 in the settings turns it off again; the command line overrides the settings.
    settings.metricsPort = 0;
    window.applySettings(settings);
    QVERIFY(!window.metricsServer()->isListening());
    window.setMetricsAddress(QHostAddress(QHostAddress::LocalHost), 0);
    QVERIFY(window.metricsServer()->isListening());
    QVERIFY(window.metricsServer()->port() > 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
