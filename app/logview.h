#pragma once

#include "logexporter.h"

#include <QTimer>
#include <QWidget>

class LogFilterProxyModel;
class LogModel;
class MessageDetailsView;
class MessageStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;

// The dashboard's message log: a filter bar (endpoint, directions, text or regex, hide heartbeats,
// pause, auto-scroll, clear, export, the dropped count) over a table of the LogModel seen through a
// LogFilterProxyModel, and a MessageDetailsView for the current row. Shortcuts belong to the main
// window.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    // Typing applies the text filter after this pause (Enter applies it at once).
    static constexpr int TextFilterDelayMs = 150;

    explicit LogView(MessageStore *store, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    LogFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    MessageDetailsView *details() const { return m_details; }

    // Fills the endpoint combo ("All" first); keeps the selected endpoint if it is still there.
    void setEndpoints(const QStringList &names);

    // Flushes pending records, then writes exactly the rows the table shows. On failure a message box
    // says why (non-blocking) and false is returned.
    bool exportTo(const QString &fileName, LogExporter::Format format);

    bool isAutoScroll() const;
    void setAutoScroll(bool on);

Q_SIGNALS:
    void exported(const QString &fileName, int rows);

private:
    void applyTextFilter();
    void applyDirections();
    void onEndpointChanged(int index);
    void onPauseToggled(bool paused);
    void onRowsAppended();
    void onDroppedCountChanged(quint64 dropped);
    void onFilterErrorChanged(const QString &error);
    void onCurrentRowChanged(const QModelIndex &current);
    void onExportClicked();
    void onClearClicked();

    LogModel *m_model;
    LogFilterProxyModel *m_proxy;
    QComboBox *m_endpointCombo;
    QCheckBox *m_inCheck;
    QCheckBox *m_outCheck;
    QCheckBox *m_eventCheck;
    QLineEdit *m_textEdit;
    QCheckBox *m_regexCheck;
    QLabel *m_filterErrorLabel;
    QCheckBox *m_hideHeartbeatsCheck;
    QPushButton *m_pauseButton;
    QCheckBox *m_autoScrollCheck;
    QPushButton *m_clearButton;
    QPushButton *m_exportButton;
    QLabel *m_droppedLabel;
    QTableView *m_table;
    MessageDetailsView *m_details;
    QTimer m_textFilterTimer;
};
