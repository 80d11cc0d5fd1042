#pragma once

#include "appsettings.h"
#include "endpointconfig.h"

#include <QHostAddress>
#include <QList>
#include <QMainWindow>
#include <QString>

class ConnectionManager;
class EndpointTableModel;
class LogRecorder;
class LogView;
class MetricsServer;
class Notifier;
class QAction;
class QLabel;
class QSystemTrayIcon;
class QTableView;

// The dashboard: the endpoint table on top, the message log with its details pane below, the
// actions in a tool bar and a menu, and a status bar with the connected count and notices. The
// window owns no connection: it drives the ConnectionManager it is given. Endpoint changes made in
// the settings dialog are applied to the manager (only the changed endpoints restart) and saved to
// the config file, unless the window runs without one (the demo).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ConnectionManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the endpoints from a config file and starts them. A file that fails to parse is kept
    // (and backed up); the window shows the problem and starts with no endpoints. Returns false then.
    bool loadConfig(const QString &fileName);
    QString configPath() const { return m_configPath; }
    // Adds endpoints that are not saved anywhere (the demo) and starts them.
    void setEndpoints(const QList<EndpointConfig> &endpoints);
    QList<EndpointConfig> endpoints() const { return m_endpoints; }

    // Where /metrics is served. A port of -1 leaves it to the settings' metrics port (0 there means
    // off); 0 or more here overrides it, 0 picking a free port (--metrics-port, --metrics-bind).
    void setMetricsAddress(const QHostAddress &bind, int portOverride);
    MetricsServer *metricsServer() const { return m_metrics; }

    // Applies and remembers general preferences (log capacity, recording, notifications, metrics).
    void applySettings(const AppSettings &settings);
    AppSettings settings() const { return m_settings; }
    // Applies an edited endpoint list: only changed endpoints restart. Saves to the config file
    // when there is one; false with *error when the save failed (the change is applied anyway).
    bool applyEndpoints(const QList<EndpointConfig> &endpoints, QString *error = nullptr);

    EndpointTableModel *tableModel() const { return m_tableModel; }
    QTableView *table() const { return m_table; }
    LogView *logView() const { return m_logView; }
    Notifier *notifier() const { return m_notifier; }
    // The selected endpoint's name, or empty.
    QString selectedEndpoint() const;
    void selectEndpoint(const QString &name);

public Q_SLOTS:
    void connectAll();
    void disconnectAll();
    void connectSelected();
    void disconnectSelected();
    void retrySelected();
    void sendToSelected();
    void openSettings();
    void addEndpoint();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *makeAction(const QString &objectName, const QString &text, const QString &icon,
                        const QKeySequence &shortcut, void (MainWindow::*slot)());
    void createActions();
    void updateActions();
    void updateSummary();
    void showConfigProblem(const QString &message);
    // After a refused save: asks whether to replace a config file that does not parse.
    void offerToReplaceBrokenConfig(const QString &error);
    // Opens the settings dialog (non-modal to the event loop) on these endpoints; OK applies them.
    void showSettings(const QList<EndpointConfig> &endpoints, const QString &select);
    void applyMetrics();
    void restoreLayout();
    void saveLayout() const;

    ConnectionManager *m_manager;
    EndpointTableModel *m_tableModel;
    QTableView *m_table;
    LogView *m_logView;
    Notifier *m_notifier;
    LogRecorder *m_recorder;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_trayIcon; // the status icon it shows now
    MetricsServer *m_metrics = nullptr;
    QHostAddress m_metricsBind = QHostAddress(QHostAddress::LocalHost);
    int m_metricsPortOverride = -1;
    QLabel *m_summary;
    QString m_configPath;
    QList<EndpointConfig> m_endpoints;
    AppSettings m_settings;
    QList<QAction *> m_selectionActions;
};
