#include "logview.h"

#include "logfilterproxymodel.h"
#include "logmodel.h"
#include "messagedetailsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

QCheckBox *makeCheckBox(const QString &text, const QString &objectName, const QString &accessibleName,
                        bool checked, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setChecked(checked);
    return box;
}

} // namespace

LogView::LogView(MessageStore *store, QWidget *parent)
    : QWidget(parent), m_model(new LogModel(store, 50'000, this)), m_proxy(new LogFilterProxyModel(this)),
      m_endpointCombo(new QComboBox(this)),
      m_inCheck(makeCheckBox(tr("In"), u"logDirectionIn"_s, tr("Show inbound messages"), true, this)),
      m_outCheck(makeCheckBox(tr("Out"), u"logDirectionOut"_s, tr("Show outbound messages"), true, this)),
      m_eventCheck(makeCheckBox(tr("Events"), u"logDirectionEvent"_s, tr("Show engine events"), true, this)),
      m_textEdit(new QLineEdit(this)),
      m_regexCheck(makeCheckBox(tr("Regex"), u"logFilterRegex"_s, tr("Filter text is a regular expression"),
                                false, this)),
      m_filterErrorLabel(new QLabel(this)),
      m_hideHeartbeatsCheck(
          makeCheckBox(tr("Hide heartbeats"), u"logHideHeartbeats"_s, tr("Hide heartbeats"), false, this)),
      m_pauseButton(new QPushButton(tr("Pause"), this)),
      m_autoScrollCheck(makeCheckBox(tr("Auto-scroll"), u"logAutoScroll"_s,
                                     tr("Scroll to new messages as they arrive"), true, this)),
      m_clearButton(new QPushButton(tr("Clear"), this)), m_exportButton(new QPushButton(tr("Export…"), this)),
      m_droppedLabel(new QLabel(this)), m_table(new QTableView(this)), m_details(new MessageDetailsView(this))
{
    setObjectName(u"logView"_s);
    setAccessibleName(tr("Message log"));
    m_proxy->setSourceModel(m_model);

    m_endpointCombo->setObjectName(u"logEndpointFilter"_s);
    m_endpointCombo->setAccessibleName(tr("Endpoint filter"));
    m_endpointCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setEndpoints({});

    m_textEdit->setObjectName(u"logTextFilter"_s);
    m_textEdit->setAccessibleName(tr("Text filter"));
    m_textEdit->setPlaceholderText(tr("Filter messages"));
    m_textEdit->setClearButtonEnabled(true);

    m_filterErrorLabel->setObjectName(u"logFilterError"_s);
    m_filterErrorLabel->setAccessibleName(tr("Filter error"));
    m_filterErrorLabel->setTextFormat(Qt::PlainText);
    m_filterErrorLabel->setWordWrap(true);
    m_filterErrorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_filterErrorLabel->hide();

    m_pauseButton->setObjectName(u"logPause"_s);
    m_pauseButton->setAccessibleName(tr("Pause the log"));
    m_pauseButton->setCheckable(true);

    m_clearButton->setObjectName(u"logClear"_s);
    m_clearButton->setAccessibleName(tr("Clear the log"));

    m_exportButton->setObjectName(u"logExport"_s);
    m_exportButton->setAccessibleName(tr("Export the shown messages"));

    m_droppedLabel->setObjectName(u"logDropped"_s);
    m_droppedLabel->setAccessibleName(tr("Dropped messages"));
    m_droppedLabel->setToolTip(
        tr("Messages that are not in the log because it was full, paused too long, or could not keep up."));
    m_droppedLabel->hide();

    m_table->setObjectName(u"logTable"_s);
    m_table->setAccessibleName(tr("Messages"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights spare the view from measuring rows when tens of thousands are in the model.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics metrics = fontMetrics();
    // Wide enough for typical content and for the header's own (translated) title.
    const auto fit = [header](int column, int contentWidth) {
        header->resizeSection(column, std::max(contentWidth, header->sectionSizeHint(column)));
    };
    fit(LogModel::TimeColumn, metrics.horizontalAdvance(u"00:00:00.000"_s) + 16);
    fit(LogModel::EndpointColumn, metrics.horizontalAdvance(u"endpoint-name-xx"_s) + 16);
    fit(LogModel::DirectionColumn, metrics.horizontalAdvance(u"event"_s) + 24);
    fit(LogModel::SizeColumn, metrics.horizontalAdvance(u"1000000"_s) + 16);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_endpointCombo);
    filterBar->addWidget(m_inCheck);
    filterBar->addWidget(m_outCheck);
    filterBar->addWidget(m_eventCheck);
    filterBar->addWidget(m_textEdit, 1);
    filterBar->addWidget(m_regexCheck);
    filterBar->addWidget(m_hideHeartbeatsCheck);
    filterBar->addWidget(m_pauseButton);
    filterBar->addWidget(m_autoScrollCheck);
    filterBar->addWidget(m_clearButton);
    filterBar->addWidget(m_exportButton);
    filterBar->addWidget(m_droppedLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"logSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterBar);
    layout->addWidget(m_filterErrorLabel);
    layout->addWidget(splitter, 1);

    m_textFilterTimer.setSingleShot(true);
    m_textFilterTimer.setInterval(TextFilterDelayMs);
    connect(&m_textFilterTimer, &QTimer::timeout, this, &LogView::applyTextFilter);
    connect(m_textEdit, &QLineEdit::textChanged, &m_textFilterTimer, qOverload<>(&QTimer::start));
    connect(m_textEdit, &QLineEdit::returnPressed, this, &LogView::applyTextFilter);
    connect(m_regexCheck, &QCheckBox::toggled, this, &LogView::applyTextFilter);
    connect(m_proxy, &LogFilterProxyModel::filterErrorChanged, this, &LogView::onFilterErrorChanged);

    connect(m_endpointCombo, &QComboBox::currentIndexChanged, this, &LogView::onEndpointChanged);
    for (QCheckBox *box : {m_inCheck, m_outCheck, m_eventCheck})
        connect(box, &QCheckBox::toggled, this, &LogView::applyDirections);
    connect(m_hideHeartbeatsCheck, &QCheckBox::toggled, m_proxy, &LogFilterProxyModel::setHideHeartbeats);

    connect(m_pauseButton, &QPushButton::toggled, this, &LogView::onPauseToggled);
    connect(m_clearButton, &QPushButton::clicked, this, &LogView::onClearClicked);
    connect(m_exportButton, &QPushButton::clicked, this, &LogView::onExportClicked);

    connect(m_model, &LogModel::rowsAppended, this, &LogView::onRowsAppended);
    connect(m_model, &LogModel::droppedCountChanged, this, &LogView::onDroppedCountChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogView::onCurrentRowChanged);
}

void LogView::setEndpoints(const QStringList &names)
{
    const QString selected = m_endpointCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_endpointCombo);
        m_endpointCombo->clear();
        //: Endpoint filter entry that shows every endpoint
        m_endpointCombo->addItem(tr("All endpoints"), QString());
        for (const QString &name : names)
            m_endpointCombo->addItem(name, name);
        const int index = selected.isEmpty() ? 0 : m_endpointCombo->findData(selected);
        m_endpointCombo->setCurrentIndex(std::max(0, index));
    }
    onEndpointChanged(m_endpointCombo->currentIndex());
}

bool LogView::isAutoScroll() const
{
    return m_autoScrollCheck->isChecked();
}

void LogView::setAutoScroll(bool on)
{
    m_autoScrollCheck->setChecked(on);
}

void LogView::applyTextFilter()
{
    m_textFilterTimer.stop();
    m_proxy->setTextFilter(m_textEdit->text(), m_regexCheck->isChecked());
}

void LogView::applyDirections()
{
    int mask = 0;
    if (m_inCheck->isChecked())
        mask |= LogFilterProxyModel::In;
    if (m_outCheck->isChecked())
        mask |= LogFilterProxyModel::Out;
    if (m_eventCheck->isChecked())
        mask |= LogFilterProxyModel::Event;
    m_proxy->setDirections(mask);
}

void LogView::onEndpointChanged(int index)
{
    m_proxy->setEndpointFilter(index < 0 ? QString() : m_endpointCombo->itemData(index).toString());
}

void LogView::onPauseToggled(bool paused)
{
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setAccessibleName(paused ? tr("Resume the log") : tr("Pause the log"));
    m_model->setPaused(paused);
}

void LogView::onRowsAppended()
{
    if (m_autoScrollCheck->isChecked() && !m_model->isPaused())
        m_table->scrollToBottom();
}

void LogView::onDroppedCountChanged(quint64 dropped)
{
    m_droppedLabel->setVisible(dropped > 0);
    //: Shown next to the log when messages could not be kept
    m_droppedLabel->setText(tr("%n dropped", nullptr, int(std::min<quint64>(dropped, INT_MAX))));
}

void LogView::onFilterErrorChanged(const QString &error)
{
    // A style sheet on the field alone: the palette's base colour is not drawn by every style.
    m_textEdit->setStyleSheet(error.isEmpty() ? QString() : u"QLineEdit { border: 2px solid #c62828; }"_s);
    m_textEdit->setToolTip(error);
    m_textEdit->setAccessibleDescription(error);
    m_filterErrorLabel->setText(error);
    m_filterErrorLabel->setVisible(!error.isEmpty());
}

void LogView::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (source.isValid())
        m_details->showRecord(m_model->record(source.row()));
}

void LogView::onClearClicked()
{
    m_model->clear();
    m_details->clear();
}

void LogView::onExportClicked()
{
    //: File dialog filter
    const QString ndjsonFilter = tr("Newline-delimited JSON (*.ndjson *.jsonl)");
    //: File dialog filter
    const QString csvFilter = tr("CSV (*.csv)");
    QString selectedFilter = ndjsonFilter;
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export Log"), QString(),
                                                    ndjsonFilter + u";;"_s + csvFilter, &selectedFilter);
    if (fileName.isEmpty())
        return;
    const bool hasSuffix = fileName.endsWith(u".csv"_s, Qt::CaseInsensitive) ||
                           fileName.endsWith(u".ndjson"_s, Qt::CaseInsensitive) ||
                           fileName.endsWith(u".jsonl"_s, Qt::CaseInsensitive);
    if (!hasSuffix)
        fileName += selectedFilter == csvFilter ? u".csv"_s : u".ndjson"_s;
    exportTo(fileName, LogExporter::formatForFileName(fileName));
}

bool LogView::exportTo(const QString &fileName, LogExporter::Format format)
{
    m_model->flushNow();
    QString error;
    if (!LogExporter::exportView(m_proxy, fileName, format, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), error, QMessageBox::Ok, this);
        box->setObjectName(u"logExportError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    Q_EMIT exported(fileName, m_proxy->rowCount());
    return true;
}
