#include "settingsdialog.h"

#include "configfile.h"
#include "configstore.h"
#include "endpointeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024LL * 1024;
constexpr int MaxNameLength = 64;
constexpr int MaxImportProblemsShown = 20;

// Marks a General tab widget like EndpointEditor marks its fields; the tooltip it had is kept aside.
void setInvalid(QWidget *widget, const QStringList &messages)
{
    const bool invalid = !messages.isEmpty();
    if (!widget->property("baseToolTip").isValid())
        widget->setProperty("baseToolTip", widget->toolTip());
    widget->setToolTip(invalid ? messages.join(u'\n') : widget->property("baseToolTip").toString());
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

SettingsDialog::SettingsDialog(const QList<EndpointConfig> &endpoints, const AppSettings &settings,
                               QWidget *parent)
    : QDialog(parent), m_initialSettings(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    setStyleSheet(u"*[invalid=\"true\"] { border: 1px solid #d32f2f; }"_s);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"settingsTabs"_s);
    tabs->addTab(createEndpointsTab(), tr("&Endpoints"));
    tabs->addTab(createGeneralTab(), tr("&General"));

    m_validation = new QLabel(this);
    m_validation->setObjectName(u"validationLabel"_s);
    m_validation->setAccessibleName(tr("Validation message"));
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setStyleSheet(u"color: #d32f2f;"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_importButton = m_buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setAccessibleName(tr("Import endpoints from a config file"));
    m_exportButton = m_buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setAccessibleName(tr("Export endpoints to a config file"));
    connect(m_importButton, &QPushButton::clicked, this, &SettingsDialog::onImport);
    connect(m_exportButton, &QPushButton::clicked, this, &SettingsDialog::onExport);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_validation);
    layout->addWidget(m_buttons);

    setGeneral(settings);
    setEndpointList(endpoints);
    resize(960, 720);
}

QWidget *SettingsDialog::createEndpointsTab()
{
    auto *tab = new QWidget(this);

    m_list = new QListWidget(tab);
    m_list->setObjectName(u"endpointList"_s);
    m_list->setAccessibleName(tr("Endpoints"));
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::onCurrentRowChanged);

    m_addButton = new QPushButton(tr("&Add"), tab);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setAccessibleName(tr("Add endpoint"));
    m_duplicateButton = new QPushButton(tr("D&uplicate"), tab);
    m_duplicateButton->setObjectName(u"duplicateButton"_s);
    m_duplicateButton->setAccessibleName(tr("Duplicate endpoint"));
    m_removeButton = new QPushButton(tr("&Remove"), tab);
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setAccessibleName(tr("Remove endpoint"));
    connect(m_addButton, &QPushButton::clicked, this, &SettingsDialog::onAdd);
    connect(m_duplicateButton, &QPushButton::clicked, this, &SettingsDialog::onDuplicate);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsDialog::onRemove);

    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addWidget(m_duplicateButton);
    buttonRow->addWidget(m_removeButton);
    leftLayout->addLayout(buttonRow);

    m_editor = new EndpointEditor(tab);
    m_editor->setObjectName(u"endpointEditor"_s);
    m_editor->setAccessibleName(tr("Endpoint settings"));
    connect(m_editor, &EndpointEditor::changed, this, &SettingsDialog::onEditorChanged);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

QWidget *SettingsDialog::createGeneralTab()
{
    auto *tab = new QWidget(this);
    const auto spin = [tab, this](const QString &objectName, const QString &accessibleName, int minimum,
                                  int maximum) {
        auto *box = new QSpinBox(tab);
        box->setObjectName(objectName);
        box->setAccessibleName(accessibleName);
        box->setRange(minimum, maximum);
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::revalidate);
        return box;
    };
    const auto check = [tab, this](const QString &objectName, const QString &text,
                                   const QString &accessibleName) {
        auto *box = new QCheckBox(text, tab);
        box->setObjectName(objectName);
        box->setAccessibleName(accessibleName);
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::revalidate);
        return box;
    };

    m_logCapacity = spin(u"logCapacitySpin"_s, tr("Log rows kept"), 0, AppSettings::MaxLogCapacity);
    m_logCapacity->setSingleStep(1000);
    m_logCapacity->setToolTip(tr("The log view keeps this many rows; the oldest go first."));

    m_recordEnabled = check(u"recordEnabledCheck"_s, tr("&Record every event to files"), tr("Record events"));
    m_recordDirectory = new QLineEdit(tab);
    m_recordDirectory->setObjectName(u"recordDirectoryEdit"_s);
    m_recordDirectory->setAccessibleName(tr("Recording folder"));
    connect(m_recordDirectory, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    m_recordBrowse = new QPushButton(tr("&Browse…"), tab);
    m_recordBrowse->setObjectName(u"recordBrowseButton"_s);
    m_recordBrowse->setAccessibleName(tr("Choose the recording folder"));
    connect(m_recordBrowse, &QPushButton::clicked, this, &SettingsDialog::onBrowseRecordDirectory);
    m_recordRotate = spin(u"recordRotateSpin"_s, tr("Start a new recording file after"), 0,
                          int(AppSettings::MaxRecordRotateBytes / MiB));
    //: Unit suffix of a spin box: mebibytes
    m_recordRotate->setSuffix(tr(" MiB"));
    m_recordKeep = spin(u"recordKeepSpin"_s, tr("Recording files kept"), 0, AppSettings::MaxRecordKeepFiles);

    m_notificationsEnabled =
        check(u"notificationsEnabledCheck"_s, tr("Show &notifications"), tr("Show notifications"));
    m_notifyHold =
        spin(u"notifyHoldSpin"_s, tr("Notification hold time"), 0, AppSettings::MaxNotifyHoldSeconds);
    //: Unit suffix of a spin box: seconds
    m_notifyHold->setSuffix(tr(" s"));
    m_notifyHold->setToolTip(
        tr("A state must last this long before it is notified, so a flapping feed does not flood you."));

    m_language = new QComboBox(tab);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    //: Language choice: follow the system language
    m_language->addItem(tr("System"), QString());
    // Each language is named in itself, so that it can be found whatever the current one is.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"繁體中文"_s, u"zh_TW"_s);
    m_language->setToolTip(tr("Takes effect the next time FeedPulse starts."));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::revalidate);

    m_metricsPort = spin(u"metricsPortSpin"_s, tr("Metrics port"), 0, 65535);
    //: Metrics port 0
    m_metricsPort->setSpecialValueText(tr("Off"));
    m_metricsPort->setToolTip(tr("Serve Prometheus metrics on 127.0.0.1 at this port."));

    auto *logBox = new QGroupBox(tr("Log"), tab);
    auto *logForm = new QFormLayout(logBox);
    logForm->addRow(tr("Rows &kept:"), m_logCapacity);

    auto *recordBox = new QGroupBox(tr("Recording"), tab);
    auto *recordForm = new QFormLayout(recordBox);
    recordForm->addRow(m_recordEnabled);
    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_recordDirectory, 1);
    directoryRow->addWidget(m_recordBrowse);
    auto *directoryLabel = new QLabel(tr("&Folder:"), tab);
    directoryLabel->setBuddy(m_recordDirectory);
    recordForm->addRow(directoryLabel, directoryRow);
    recordForm->addRow(tr("New file &after:"), m_recordRotate);
    recordForm->addRow(tr("Files &kept:"), m_recordKeep);

    auto *notifyBox = new QGroupBox(tr("Notifications"), tab);
    auto *notifyForm = new QFormLayout(notifyBox);
    notifyForm->addRow(m_notificationsEnabled);
    notifyForm->addRow(tr("&Hold for:"), m_notifyHold);

    auto *otherBox = new QGroupBox(tr("Interface"), tab);
    auto *otherForm = new QFormLayout(otherBox);
    otherForm->addRow(tr("&Language:"), m_language);
    otherForm->addRow(tr("&Metrics port:"), m_metricsPort);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(logBox);
    layout->addWidget(recordBox);
    layout->addWidget(notifyBox);
    layout->addWidget(otherBox);
    layout->addStretch();
    return tab;
}

void SettingsDialog::setGeneral(const AppSettings &settings)
{
    m_initialSettings = settings;
    m_logCapacity->setValue(settings.logCapacity);
    m_recordEnabled->setChecked(settings.recordEnabled);
    m_recordDirectory->setText(settings.recordDirectory);
    m_recordRotate->setValue(
        int(qBound(qint64(0), settings.recordRotateBytes / MiB, AppSettings::MaxRecordRotateBytes / MiB)));
    m_recordKeep->setValue(settings.recordKeepFiles);
    m_notificationsEnabled->setChecked(settings.notificationsEnabled);
    m_notifyHold->setValue(settings.notifyHoldSeconds);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_metricsPort->setValue(settings.metricsPort);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result;
    result.logCapacity = m_logCapacity->value();
    result.recordEnabled = m_recordEnabled->isChecked();
    result.recordDirectory = m_recordDirectory->text().trimmed();
    // The spin box counts whole MiB; an untouched one keeps the exact byte count it was given.
    result.recordRotateBytes = m_recordRotate->value() == m_initialSettings.recordRotateBytes / MiB
                                   ? m_initialSettings.recordRotateBytes
                                   : m_recordRotate->value() * MiB;
    result.recordKeepFiles = m_recordKeep->value();
    result.notificationsEnabled = m_notificationsEnabled->isChecked();
    result.notifyHoldSeconds = m_notifyHold->value();
    result.language = m_language->currentData().toString();
    result.metricsPort = m_metricsPort->value();
    return result;
}

QList<EndpointConfig> SettingsDialog::endpoints() const
{
    return m_endpoints;
}

QString SettingsDialog::validationMessage() const
{
    return m_validation->text();
}

QStringList SettingsDialog::problems() const
{
    return m_problems;
}

QString SettingsDialog::currentEndpointName() const
{
    return m_currentRow >= 0 ? m_endpoints.at(m_currentRow).name : QString();
}

void SettingsDialog::selectEndpoint(const QString &name)
{
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints.at(i).name == name) {
            m_list->setCurrentRow(int(i));
            return;
        }
    }
}

void SettingsDialog::setEndpointList(const QList<EndpointConfig> &endpoints)
{
    m_currentRow = -1;
    m_endpoints = endpoints;
    m_endpointIssues = QList<ConfigIssues>(endpoints.size());
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
            m_list->addItem(QString());
            updateListItem(int(i));
        }
    }
    m_list->setCurrentRow(m_endpoints.isEmpty() ? -1 : 0);
    onCurrentRowChanged(m_list->currentRow());
}

void SettingsDialog::onCurrentRowChanged(int row)
{
    m_currentRow = row >= 0 && row < m_endpoints.size() ? row : -1;
    m_editor->setEnabled(m_currentRow >= 0);
    m_editor->setConfig(m_currentRow >= 0 ? m_endpoints.at(m_currentRow) : EndpointConfig());
    m_duplicateButton->setEnabled(m_currentRow >= 0);
    m_removeButton->setEnabled(m_currentRow >= 0);
    revalidate();
}

void SettingsDialog::onEditorChanged()
{
    if (m_currentRow < 0)
        return;
    m_endpoints[m_currentRow] = m_editor->config();
    revalidate();
}

void SettingsDialog::updateListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const QString name = m_endpoints.at(row).name;
    //: An endpoint whose name is empty, in the settings list
    item->setText(name.isEmpty() ? tr("(unnamed)") : name);
    const ConfigIssues &issues = m_endpointIssues.at(row);
    item->setIcon(issues.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    QStringList lines;
    for (const ConfigIssue &issue : issues)
        lines.append(issue.toString());
    item->setToolTip(lines.join(u'\n'));
}

QString SettingsDialog::uniqueName(const QString &base) const
{
    QHash<QString, bool> taken;
    for (const EndpointConfig &config : m_endpoints)
        taken.insert(config.name, true);
    if (!base.isEmpty() && !taken.contains(base))
        return base;
    // "ticker" -> "ticker-2", and "ticker-2" -> "ticker-3" rather than "ticker-2-2".
    static const QRegularExpression numbered(u"^(.*)-(\\d+)$"_s);
    QString stem = base.isEmpty() ? tr("endpoint") : base;
    int n = 2;
    if (const QRegularExpressionMatch match = numbered.match(stem); match.hasMatch()) {
        stem = match.captured(1);
        n = qMax(2, match.captured(2).toInt() + 1);
    }
    for (;; ++n) {
        const QString suffix = u'-' % QString::number(n);
        const QString candidate = stem.left(MaxNameLength - suffix.size()).trimmed() % suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

void SettingsDialog::insertEndpoint(const EndpointConfig &config)
{
    const int row = m_currentRow >= 0 ? m_currentRow + 1 : int(m_endpoints.size());
    m_endpoints.insert(row, config);
    m_endpointIssues.insert(row, ConfigIssues());
    {
        const QSignalBlocker blocker(m_list);
        m_list->insertItem(row, QString());
    }
    updateListItem(row);
    m_list->setCurrentRow(row);
    onCurrentRowChanged(row);
}

void SettingsDialog::onAdd()
{
    EndpointConfig config;
    //: The name given to a new endpoint in the settings (letters, digits, spaces, - _ . : only)
    config.name = uniqueName(tr("endpoint"));
    insertEndpoint(config);
    if (auto *nameEdit = m_editor->findChild<QLineEdit *>(u"nameEdit"_s)) {
        nameEdit->setFocus();
        nameEdit->selectAll();
    }
}

void SettingsDialog::onDuplicate()
{
    if (m_currentRow < 0)
        return;
    EndpointConfig config = m_endpoints.at(m_currentRow);
    config.name = uniqueName(config.name);
    insertEndpoint(config);
}

void SettingsDialog::onRemove()
{
    const int row = m_currentRow;
    if (row < 0)
        return;
    m_currentRow = -1;
    m_endpoints.removeAt(row);
    m_endpointIssues.removeAt(row);
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    }
    onCurrentRowChanged(m_list->currentRow());
}

void SettingsDialog::onBrowseRecordDirectory()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Recording folder"), m_recordDirectory->text());
    if (!directory.isEmpty())
        m_recordDirectory->setText(directory);
}

bool SettingsDialog::importFile(const QString &fileName, QString *error)
{
    ConfigIssues issues;
    const ConfigFile file = ConfigFile::load(fileName, &issues);
    if (!issues.isEmpty()) {
        if (error) {
            QStringList lines;
            for (qsizetype i = 0; i < issues.size() && i < MaxImportProblemsShown; ++i)
                lines.append(issues.at(i).toString());
            if (issues.size() > MaxImportProblemsShown)
                lines.append(
                    tr("… and %n more problem(s)", nullptr, int(issues.size() - MaxImportProblemsShown)));
            *error = tr("\"%1\" was not imported:").arg(fileName) % u'\n' % lines.join(u'\n');
        }
        return false;
    }
    setEndpointList(file.endpoints);
    return true;
}

bool SettingsDialog::exportFile(const QString &fileName, QString *error) const
{
    if (!m_problems.isEmpty()) {
        if (error)
            *error = tr("Fix the problems first: %1").arg(m_problems.constFirst());
        return false;
    }
    // The file dialog has already asked before replacing an existing file.
    return ConfigStore::save(fileName, m_endpoints, error, true);
}

void SettingsDialog::onImport()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import endpoints"), QString(),
                                                          tr("Config files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!importFile(fileName, &error))
        QMessageBox::warning(this, tr("Import failed"), error);
}

void SettingsDialog::onExport()
{
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export endpoints"), u"endpoints.json"_s,
                                                    tr("Config files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportFile(fileName, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void SettingsDialog::revalidate()
{
    m_problems.clear();
    QStringList currentProblems;

    QHash<QString, int> nameCounts;
    for (const EndpointConfig &config : std::as_const(m_endpoints)) {
        if (!config.name.isEmpty())
            ++nameCounts[config.name];
    }

    for (qsizetype row = 0; row < m_endpoints.size(); ++row) {
        const EndpointConfig &config = m_endpoints.at(row);
        ConfigIssues issues = row == m_currentRow ? m_editor->issues() : config.validate();
        if (nameCounts.value(config.name) > 1)
            issues.prepend({u"name"_s, tr("another endpoint is also named \"%1\"").arg(config.name)});
        m_endpointIssues[row] = issues;
        updateListItem(int(row));
        // The name says which endpoint; an unnamed one is the one being edited, or says so itself.
        const QString prefix = config.name.isEmpty() ? QString() : config.name % u": "_s;
        QStringList &target = row == m_currentRow ? currentProblems : m_problems;
        for (const ConfigIssue &issue : std::as_const(issues))
            target.append(prefix % issue.toString());
    }
    // What the user is looking at comes first.
    m_problems = currentProblems + m_problems;
    m_editor->setIssues(m_currentRow >= 0 ? m_endpointIssues.at(m_currentRow) : ConfigIssues());

    const AppSettings general = settings();
    const ConfigIssues generalIssues = general.validate();
    const QList<QPair<QString, QWidget *>> generalWidgets = {
        {u"general.log_capacity"_s, m_logCapacity},
        {u"general.record_directory"_s, m_recordDirectory},
        {u"general.record_rotate_bytes"_s, m_recordRotate},
        {u"general.record_keep_files"_s, m_recordKeep},
        {u"general.notify_hold_seconds"_s, m_notifyHold},
        {u"general.language"_s, m_language},
        {u"general.metrics_port"_s, m_metricsPort},
    };
    for (const auto &[path, widget] : generalWidgets) {
        QStringList messages;
        for (const ConfigIssue &issue : generalIssues) {
            if (issue.path == path)
                messages.append(issue.toString());
        }
        setInvalid(widget, messages);
    }
    for (const ConfigIssue &issue : generalIssues)
        m_problems.append(issue.toString());

    m_recordDirectory->setEnabled(general.recordEnabled);
    m_recordBrowse->setEnabled(general.recordEnabled);
    m_recordRotate->setEnabled(general.recordEnabled);
    m_recordKeep->setEnabled(general.recordEnabled);
    m_notifyHold->setEnabled(general.notificationsEnabled);

    m_validation->setText(m_problems.isEmpty() ? QString() : m_problems.constFirst());
    m_validation->setToolTip(m_problems.join(u'\n'));
    m_validation->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    m_exportButton->setEnabled(m_problems.isEmpty());
}

void SettingsDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    QDialog::accept();
}
