#include "mainwindow.h"

#include "configstore.h"
#include "connection.h"
#include "connectionmanager.h"
#include "endpointchanges.h"
#include "endpointdelegate.h"
#include "endpointtablemodel.h"
#include "fdlimit.h"
#include "logmodel.h"
#include "logrecorder.h"
#include "logview.h"
#include "messagestore.h"
#include "metrics.h"
#include "notifier.h"
#include "sendmessagedialog.h"
#include "settingsdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

// Resources live in a static library, so they must be registered by hand, outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(feedpulse);
}

namespace {

constexpr int StatsIntervalMs = 250;
constexpr int NoticeMs = 10'000;

} // namespace

MainWindow::MainWindow(ConnectionManager *manager, QWidget *parent)
    : QMainWindow(parent), m_manager(manager), m_tableModel(new EndpointTableModel(nullptr, this)),
      m_table(new QTableView(this)), m_logView(new LogView(manager->store(), this)),
      m_notifier(new Notifier(nullptr, this)), m_recorder(new LogRecorder(manager->store(), this)),
      m_summary(new QLabel(this))
{
    initResources();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("FeedPulse"));
    setWindowIcon(QIcon(u":/icons/feedpulse.svg"_s));

    m_tableModel->attach(manager, StatsIntervalMs);
    m_table->setObjectName(u"endpointTable"_s);
    m_table->setAccessibleName(tr("Endpoints"));
    m_table->setModel(m_tableModel);
    m_table->setItemDelegate(new EndpointDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths that fit the usual content and the (translated) column title; the user's own widths
    // are restored from the settings.
    const QList<int> widths = {120, 90, 200, 75, 90, 120, 120, 70, 60, 200};
    for (int column = 0; column < int(widths.size()); ++column) {
        m_table->setColumnWidth(
            column, std::max(widths.at(column), m_table->horizontalHeader()->sectionSizeHint(column)));
    }
    connect(m_table, &QTableView::doubleClicked, this, [this] { openSettings(); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_logView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_summary->setObjectName(u"summaryLabel"_s);
    statusBar()->addPermanentWidget(m_summary);

    // Notices go to the tray where there is one, and to the status bar otherwise.
    m_notifier->setStatusBar(statusBar());
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("FeedPulse"));
        m_tray->show();
        m_notifier->setTrayIcon(m_tray);
    }
    connect(manager, &ConnectionManager::stateChanged, m_notifier, &Notifier::onStateChanged);
    connect(manager, &ConnectionManager::statsUpdated, this, [this] { updateSummary(); });
    connect(m_recorder, &LogRecorder::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Recording stopped: %1").arg(message), NoticeMs);
    });

    createActions();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_tableModel, &QAbstractItemModel::rowsInserted, this, [this] { updateSummary(); });
    connect(m_tableModel, &QAbstractItemModel::rowsRemoved, this, [this] { updateSummary(); });

    QSettings settings;
    applySettings(AppSettings::load(settings));
    restoreLayout();
    updateActions();
    updateSummary();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::makeAction(const QString &objectName, const QString &text, const QString &icon,
                                const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    auto *action = new QAction(QIcon(u":/icons/%1.svg"_s.arg(icon)), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    const QString plain = QString(text).remove(u'&');
    action->setToolTip(u"%1 (%2)"_s.arg(plain, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(plain);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void MainWindow::createActions()
{
    QAction *connectAllAction =
        makeAction(u"connectAllAction"_s, tr("Connect &all"), u"connect-all"_s,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::connectAll);
    QAction *disconnectAllAction =
        makeAction(u"disconnectAllAction"_s, tr("&Disconnect all"), u"disconnect-all"_s,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &MainWindow::disconnectAll);
    QAction *connectAction = makeAction(u"connectAction"_s, tr("&Connect"), u"connect"_s,
                                        QKeySequence(Qt::CTRL | Qt::Key_K), &MainWindow::connectSelected);
    QAction *disconnectAction =
        makeAction(u"disconnectAction"_s, tr("Dis&connect"), u"disconnect"_s,
                   QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::disconnectSelected);
    QAction *retryAction = makeAction(u"retryAction"_s, tr("&Retry now"), u"retry"_s,
                                      QKeySequence(Qt::CTRL | Qt::Key_R), &MainWindow::retrySelected);
    QAction *sendAction = makeAction(u"sendAction"_s, tr("&Send message…"), u"send"_s,
                                     QKeySequence(Qt::CTRL | Qt::Key_M), &MainWindow::sendToSelected);
    QAction *addAction = makeAction(u"addEndpointAction"_s, tr("&Add endpoint…"), u"add"_s,
                                    QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::addEndpoint);
    QAction *settingsAction = makeAction(u"settingsAction"_s, tr("S&ettings…"), u"settings"_s,
                                         QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::openSettings);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setStatusTip(tr("Quit"));
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    m_selectionActions = {connectAction, disconnectAction, retryAction, sendAction};

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *endpointMenu = menuBar()->addMenu(tr("&Endpoints"));
    endpointMenu->addActions({connectAllAction, disconnectAllAction});
    endpointMenu->addSeparator();
    endpointMenu->addActions({connectAction, disconnectAction, retryAction, sendAction});
    endpointMenu->addSeparator();
    endpointMenu->addAction(addAction);

    QToolBar *toolBar = addToolBar(tr("Actions"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({connectAllAction, disconnectAllAction});
    toolBar->addSeparator();
    toolBar->addActions({connectAction, disconnectAction, retryAction, sendAction});
    toolBar->addSeparator();
    toolBar->addActions({addAction, settingsAction});
    // Screen readers read the tool buttons; give each the action's plain name.
    for (QAction *action : toolBar->actions()) {
        if (QWidget *button = toolBar->widgetForAction(action)) {
            button->setAccessibleName(action->statusTip());
            button->setObjectName(action->objectName() + u"Button"_s);
        }
    }
    m_table->addActions({connectAction, disconnectAction, retryAction, sendAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::updateActions()
{
    const bool selected = !selectedEndpoint().isEmpty();
    for (QAction *action : std::as_const(m_selectionActions)) {
        action->setEnabled(selected);
    }
}

void MainWindow::updateSummary()
{
    int open = 0;
    int down = 0;
    const int total = m_tableModel->rowCount();
    for (int row = 0; row < total; ++row) {
        const auto state =
            Connection::State(m_tableModel->index(row, 0).data(EndpointTableModel::StateRole).toInt());
        if (state == Connection::State::Open || state == Connection::State::Stale) {
            ++open;
        } else if (state == Connection::State::Backoff || state == Connection::State::GaveUp ||
                   state == Connection::State::Connecting) {
            ++down;
        }
    }
    //: The status bar summary; %1 endpoints are connected out of %n
    QString text = tr("%1 of %n connected", nullptr, total).arg(open);
    if (down > 0) {
        text += u" · "_s + tr("%n reconnecting", nullptr, down);
    }
    m_summary->setText(text);
    if (m_tray) {
        // The tray shows the worst state at a glance; the tooltip says it in words.
        int stale = 0;
        for (int row = 0; row < total; ++row) {
            stale += m_tableModel->index(row, 0).data(EndpointTableModel::StateRole).toInt() ==
                     int(Connection::State::Stale);
        }
        const QString icon = total == 0      ? u"status-stopped"_s
                             : down > 0      ? u"status-reconnecting"_s
                             : stale > 0     ? u"status-stale"_s
                             : open == total ? u"status-connected"_s
                                             : u"status-stopped"_s;
        if (icon != m_trayIcon) {
            m_trayIcon = icon;
            m_tray->setIcon(QIcon(u":/icons/%1.svg"_s.arg(icon)));
        }
        m_tray->setToolTip(tr("FeedPulse") + u" — "_s + text);
    }
}

QString MainWindow::selectedEndpoint() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_tableModel->endpointAt(rows.first().row());
}

void MainWindow::selectEndpoint(const QString &name)
{
    const int row = m_tableModel->rowOf(name);
    if (row >= 0) {
        m_table->selectRow(row);
    }
}

bool MainWindow::loadConfig(const QString &fileName)
{
    m_configPath = fileName;
    const LoadedConfig loaded = ConfigStore::load(fileName);
    if (!loaded.parsed) {
        QStringList lines;
        for (const ConfigIssue &issue : loaded.issues) {
            lines << issue.toString();
        }
        QString message = tr("%1 could not be read, so FeedPulse started without its endpoints. The file "
                             "was not changed.")
                              .arg(fileName);
        if (!loaded.backupPath.isEmpty()) {
            message += u' ' + tr("A copy was kept as %1.").arg(loaded.backupPath);
        }
        showConfigProblem(message + u"\n\n"_s + lines.join(u'\n'));
        return false;
    }
    if (const QString problem = FdLimit::check(loaded.file.endpoints.size()); !problem.isEmpty()) {
        showConfigProblem(problem);
        return false;
    }
    m_manager->setAttemptBudget(loaded.file.attemptsPerSecond, loaded.file.attemptBurst);
    setEndpoints(loaded.file.endpoints);
    return true;
}

void MainWindow::showConfigProblem(const QString &message)
{
    statusBar()->showMessage(message.section(u'\n', 0, 0), NoticeMs);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Config file"), message, QMessageBox::Ok, this);
    box->setObjectName(u"configProblemBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setEndpoints(const QList<EndpointConfig> &endpoints)
{
    for (const EndpointConfig &config : endpoints) {
        m_manager->addEndpoint(config);
        m_endpoints << config;
    }
    QStringList names;
    for (const EndpointConfig &config : std::as_const(m_endpoints)) {
        names << config.name;
    }
    m_logView->setEndpoints(names);
}

bool MainWindow::applyEndpoints(const QList<EndpointConfig> &endpoints, QString *error)
{
    applyEndpointChanges(m_manager, diffEndpoints(m_endpoints, endpoints));
    m_endpoints = endpoints;
    QStringList names;
    for (const EndpointConfig &config : endpoints) {
        names << config.name;
    }
    m_logView->setEndpoints(names);
    if (m_configPath.isEmpty()) {
        return true;
    }
    QString reason;
    if (!ConfigStore::save(m_configPath, endpoints, &reason)) {
        if (error) {
            *error = reason;
        }
        statusBar()->showMessage(tr("Not saved: %1").arg(reason), NoticeMs);
        return false;
    }
    statusBar()->showMessage(tr("Saved to %1").arg(m_configPath), NoticeMs);
    return true;
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const AppSettings before = m_settings;
    m_settings = settings;
    m_logView->model()->setMaxRows(settings.logCapacity);
    m_notifier->setEnabled(settings.notificationsEnabled);
    m_notifier->setHoldMs(settings.notifyHoldSeconds * 1000);
    if (!settings.recordEnabled) {
        m_recorder->stop();
    } else if (!m_recorder->isRecording() || before.recordDirectory != settings.recordDirectory ||
               before.recordRotateBytes != settings.recordRotateBytes ||
               before.recordKeepFiles != settings.recordKeepFiles) {
        m_recorder->stop();
        QString error;
        if (!m_recorder->start(settings.recordDirectory, settings.recordRotateBytes, settings.recordKeepFiles,
                               &error)) {
            statusBar()->showMessage(tr("Recording not started: %1").arg(error), NoticeMs);
        }
    }
    if (before.metricsPort != settings.metricsPort) {
        applyMetrics();
    }
    if (before.language != settings.language && isVisible()) {
        statusBar()->showMessage(tr("The language changes when FeedPulse starts again."), NoticeMs);
    }
}

void MainWindow::setMetricsAddress(const QHostAddress &bind, int portOverride)
{
    m_metricsBind = bind;
    m_metricsPortOverride = portOverride;
    applyMetrics();
}

void MainWindow::applyMetrics()
{
    const int port = m_metricsPortOverride >= 0 ? m_metricsPortOverride
                                                : (m_settings.metricsPort > 0 ? m_settings.metricsPort : -1);
    if (port < 0) {
        if (m_metrics) {
            m_metrics->close();
        }
        return;
    }
    if (!m_metrics) {
        m_metrics = new MetricsServer([this] { return m_manager->snapshot(); }, this);
    }
    if (m_metrics->isListening() && m_metrics->address() == m_metricsBind &&
        (port == 0 || m_metrics->port() == port)) {
        return;
    }
    QString error;
    if (m_metrics->listen(m_metricsBind, quint16(port), &error)) {
        statusBar()->showMessage(tr("Serving metrics on %1").arg(m_metrics->url()), NoticeMs);
    } else {
        statusBar()->showMessage(tr("Metrics are off: %1").arg(error), NoticeMs);
    }
}

void MainWindow::connectAll()
{
    m_manager->startAll();
}

void MainWindow::disconnectAll()
{
    m_manager->stopAll();
}

void MainWindow::connectSelected()
{
    if (const QString name = selectedEndpoint(); !name.isEmpty()) {
        m_manager->start(name);
    }
}

void MainWindow::disconnectSelected()
{
    if (const QString name = selectedEndpoint(); !name.isEmpty()) {
        m_manager->stop(name);
    }
}

void MainWindow::retrySelected()
{
    if (const QString name = selectedEndpoint(); !name.isEmpty()) {
        m_manager->retryNow(name);
    }
}

void MainWindow::sendToSelected()
{
    const QString name = selectedEndpoint();
    if (name.isEmpty()) {
        return;
    }
    auto *dialog = new SendMessageDialog(name, this);
    dialog->setObjectName(u"sendMessageDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        m_manager->send(name, dialog->message());
        statusBar()->showMessage(tr("Sent to %1 (queued while it is offline)").arg(name), NoticeMs);
    });
    dialog->open();
}

void MainWindow::openSettings()
{
    showSettings(m_endpoints, selectedEndpoint());
}

void MainWindow::addEndpoint()
{
    QList<EndpointConfig> endpoints = m_endpoints;
    const auto taken = [&endpoints](const QString &name) {
        return std::any_of(endpoints.cbegin(), endpoints.cend(),
                           [&name](const EndpointConfig &other) { return other.name == name; });
    };
    int number = int(endpoints.size()) + 1;
    while (taken(u"endpoint-%1"_s.arg(number))) {
        ++number;
    }
    EndpointConfig config;
    config.name = u"endpoint-%1"_s.arg(number);
    config.urls = {u"ws://127.0.0.1:8080/"_s};
    endpoints << config;
    showSettings(endpoints, config.name);
}

void MainWindow::showSettings(const QList<EndpointConfig> &endpoints, const QString &select)
{
    auto *dialog = new SettingsDialog(endpoints, m_settings, this);
    dialog->setObjectName(u"settingsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!select.isEmpty()) {
        dialog->selectEndpoint(select);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!applyEndpoints(dialog->endpoints(), &error)) {
            offerToReplaceBrokenConfig(error);
        }
        applySettings(dialog->settings());
        QSettings settings;
        m_settings.save(settings);
    });
    dialog->open();
}

void MainWindow::offerToReplaceBrokenConfig(const QString &error)
{
    // Only a file that does not parse is refused; it was backed up when it was loaded.
    const LoadedConfig onDisk = ConfigStore::load(m_configPath);
    if (onDisk.parsed) {
        QMessageBox::warning(
            this, tr("Config file"),
            tr("The changes are applied but could not be saved to %1: %2").arg(m_configPath, error));
        return;
    }
    QString question = tr("%1 could not be read when FeedPulse started, so it was not replaced: %2")
                           .arg(m_configPath, error);
    if (!onDisk.backupPath.isEmpty()) {
        question += u"\n\n"_s + tr("A copy of it is kept as %1.").arg(onDisk.backupPath);
    }
    question += u"\n\n"_s + tr("Replace it with the endpoints you see now?");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Config file"), question,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"replaceConfigBox"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes) {
            return;
        }
        QString reason;
        if (ConfigStore::save(m_configPath, m_endpoints, &reason, true)) {
            statusBar()->showMessage(tr("Saved to %1").arg(m_configPath), NoticeMs);
        } else {
            QMessageBox::warning(this, tr("Config file"), tr("Not saved: %1").arg(reason));
        }
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_recorder->stop();
    if (m_tray) {
        m_tray->hide();
    }
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(u"window"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray())) {
        resize(1180, 760);
    }
    restoreState(settings.value(u"state"_s).toByteArray());
    // Widths saved for another set of columns would land on the wrong ones: keep the defaults.
    if (settings.value(u"tableColumns"_s).toInt() == m_table->horizontalHeader()->count()) {
        m_table->horizontalHeader()->restoreState(settings.value(u"tableHeader"_s).toByteArray());
    }
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget())) {
        splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    }
    settings.endGroup();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(u"window"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"tableHeader"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(u"tableColumns"_s, m_table->horizontalHeader()->count());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget())) {
        settings.setValue(u"splitter"_s, splitter->saveState());
    }
    settings.endGroup();
}
