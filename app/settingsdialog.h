#pragma once

#include "appsettings.h"
#include "configissue.h"
#include "endpointconfig.h"

#include <QDialog>
#include <QList>

class EndpointEditor;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// Edits a copy of the endpoint list and the general preferences; the caller reads endpoints() and
// settings() back after accept() and applies them (diffEndpoints, applyEndpointChanges, ConfigStore).
// Every edit re-validates everything: each endpoint, duplicate names and the general settings. While
// anything is wrong, OK is disabled and the message label names the first problem with its field.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const QList<EndpointConfig> &endpoints, const AppSettings &settings,
                   QWidget *parent = nullptr);

    QList<EndpointConfig> endpoints() const;
    AppSettings settings() const;

    // The text shown in the dialog's message label ("" when valid).
    QString validationMessage() const;
    // Every problem, one "endpoint: path: message" per entry.
    QStringList problems() const;
    void selectEndpoint(const QString &name);
    QString currentEndpointName() const;

    // What Import… and Export… do after asking for a file; on failure they return false with *error
    // set and change nothing.
    bool importFile(const QString &fileName, QString *error);
    bool exportFile(const QString &fileName, QString *error) const;

    void accept() override;

private:
    QWidget *createEndpointsTab();
    QWidget *createGeneralTab();
    void setGeneral(const AppSettings &settings);
    void setEndpointList(const QList<EndpointConfig> &endpoints);
    void onCurrentRowChanged(int row);
    void onEditorChanged();
    void onAdd();
    void onDuplicate();
    void onRemove();
    void onBrowseRecordDirectory();
    void onImport();
    void onExport();
    void revalidate();
    void updateListItem(int row);
    QString uniqueName(const QString &base) const;
    void insertEndpoint(const EndpointConfig &config);

    QList<EndpointConfig> m_endpoints;
    QList<ConfigIssues> m_endpointIssues; // per row, paths without prefix
    AppSettings m_initialSettings;
    QStringList m_problems;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    EndpointEditor *m_editor = nullptr;

    QSpinBox *m_logCapacity = nullptr;
    QCheckBox *m_recordEnabled = nullptr;
    QLineEdit *m_recordDirectory = nullptr;
    QPushButton *m_recordBrowse = nullptr;
    QSpinBox *m_recordRotate = nullptr;
    QSpinBox *m_recordKeep = nullptr;
    QCheckBox *m_notificationsEnabled = nullptr;
    QSpinBox *m_notifyHold = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_metricsPort = nullptr;

    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_validation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_currentRow = -1;
};
