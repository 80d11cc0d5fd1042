#include "endpointdelegate.h"

#include "connection.h"
#include "endpointtablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

using State = Connection::State;

namespace {

// Two tones per state; each keeps a contrast ratio of at least 3:1 against typical light and dark
// window colours (WCAG's minimum for graphics).
struct Tones
{
    QRgb light; // for a light palette
    QRgb dark;  // for a dark palette
};

Tones tonesFor(State state)
{
    switch (state) {
    case State::Open:
        return {0x1a7f37, 0x3fb950};
    case State::Stale:
        return {0x9a6700, 0xd29922};
    case State::Connecting:
        return {0x0969da, 0x58a6ff};
    case State::Backoff:
        return {0xbc4c00, 0xdb6d28};
    case State::GaveUp:
        return {0xcf222e, 0xf85149};
    case State::Closing:
    case State::Stopped:
    case State::Idle:
        break;
    }
    return {0x57606a, 0x8b949e};
}

} // namespace

QColor statusColor(int state, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    const Tones tones = tonesFor(State(state));
    return QColor::fromRgb(dark ? tones.dark : tones.light);
}

EndpointDelegate::EndpointDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void EndpointDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    if (index.column() == EndpointTableModel::StatusColumn) {
        // The palette of the view, not the application's, decides which tone is readable.
        const int size = std::max(6, opt.fontMetrics.height() * 6 / 10);
        const QColor color = statusColor(index.data(EndpointTableModel::StateRole).toInt(), opt.palette);
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.icon = dotIcon(color, size);
        opt.decorationSize = QSize(size, size);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (index.column() == EndpointTableModel::RttColumn) {
        paintSparkline(painter, opt, index);
    }
}

void EndpointDelegate::paintSparkline(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QList<qint64> samples = index.data(EndpointTableModel::RttHistoryRole).value<QList<qint64>>();
    if (samples.isEmpty()) {
        return;
    }
    constexpr int Margin = 3;
    const int textWidth = option.text.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(option.text);
    QRect area = option.rect.adjusted(Margin, Margin, -(textWidth + 3 * Margin), -Margin);
    if (area.width() < SparklineWidth / 3) {
        // Too narrow beside the text: draw behind it instead.
        area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    }
    if (area.width() < 2 || area.height() < 2) {
        return;
    }
    area.setWidth(std::min(area.width(), SparklineWidth));

    const auto [lo, hi] = std::minmax_element(samples.cbegin(), samples.cend());
    const double range = double(*hi - *lo);
    const auto y = [&](qint64 v) {
        return range > 0 ? area.bottom() - (double(v - *lo) / range) * area.height() : area.center().y();
    };
    const bool selected = option.state & QStyle::State_Selected;
    const QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.5));
    if (samples.size() == 1) {
        painter->setBrush(color);
        painter->drawEllipse(QPointF(area.right() - 1.5, y(samples.front())), 1.5, 1.5);
    } else {
        const double step = double(area.width()) / double(samples.size() - 1);
        QPainterPath path;
        path.moveTo(area.left(), y(samples.front()));
        for (qsizetype i = 1; i < samples.size(); ++i) {
            path.lineTo(area.left() + step * double(i), y(samples[i]));
        }
        painter->drawPath(path);
    }
    painter->restore();
}

QSize EndpointDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == EndpointTableModel::RttColumn) {
        size.rwidth() += SparklineWidth;
    }
    return size;
}

QIcon EndpointDelegate::dotIcon(const QColor &color, int size) const
{
    const quint64 key = (quint64(color.rgba()) << 16) | quint64(size);
    const auto it = m_dots.constFind(key);
    if (it != m_dots.cend()) {
        return *it;
    }
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0, 0, size, size));
    painter.end();
    const QIcon icon(pixmap);
    m_dots.insert(key, icon);
    return icon;
}
