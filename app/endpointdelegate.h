#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

class QPalette;

// Paints the endpoint table: a coloured dot before the state text in the status column (the text is
// always there, so colour never stands alone) and a sparkline of the recent round-trip times beside
// the RTT text. Every other cell is painted as QStyledItemDelegate paints it.
class EndpointDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointDelegate)

public:
    explicit EndpointDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The width reserved for the sparkline in the RTT column.
    static constexpr int SparklineWidth = 60;

private:
    void paintSparkline(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
    QIcon dotIcon(const QColor &color, int size) const;

    mutable QHash<quint64, QIcon> m_dots; // by colour and size
};

// The status colour for a Connection::State, readable on the palette's window colour: darker tones on
// a light palette, lighter ones on a dark palette.
QColor statusColor(int state, const QPalette &palette);
