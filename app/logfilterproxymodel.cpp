#include "logfilterproxymodel.h"

#include "logmodel.h"

LogFilterProxyModel::LogFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void LogFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    // With a LogModel underneath, rows are read straight from its records instead of through
    // QVariant roles; refiltering 50,000 rows on each keystroke is then cheap.
    m_logModel = qobject_cast<const LogModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void LogFilterProxyModel::setEndpointFilter(const QString &endpoint)
{
    if (endpoint == m_endpoint)
        return;
    m_endpoint = endpoint;
    refilter();
}

void LogFilterProxyModel::setDirections(int directionMask)
{
    directionMask &= All;
    if (directionMask == m_directions)
        return;
    m_directions = directionMask;
    refilter();
}

void LogFilterProxyModel::setTextFilter(const QString &text, bool regex)
{
    if (text == m_text && regex == m_regexMode)
        return;
    m_text = text;
    m_regexMode = regex;
    QString error;
    if (m_regexMode && !m_text.isEmpty()) {
        m_regex = QRegularExpression(m_text, QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::UseUnicodePropertiesOption);
        if (m_regex.isValid()) {
            m_regex.optimize();
        } else {
            //: %1 is a character position in the pattern, %2 the reason
            error = tr("Invalid regular expression at position %1: %2")
                        .arg(m_regex.patternErrorOffset())
                        .arg(m_regex.errorString());
        }
    } else {
        m_regex = QRegularExpression();
    }
    refilter();
    if (error != m_error) {
        m_error = error;
        Q_EMIT filterErrorChanged(m_error);
    }
}

void LogFilterProxyModel::setHideHeartbeats(bool hide)
{
    if (hide == m_hideHeartbeats)
        return;
    m_hideHeartbeats = hide;
    refilter();
}

void LogFilterProxyModel::refilter()
{
    // invalidateFilter() announces every contiguous run of hidden or shown rows on its own; with a
    // scattered match over tens of thousands of rows the view then spends seconds in its header.
    // One layout change costs the view a single pass, and persistent indexes (the current row) survive.
    invalidate();
}

bool LogFilterProxyModel::acceptsText(const QString &text) const
{
    if (m_text.isEmpty())
        return true;
    if (!m_regexMode)
        return text.contains(m_text, Qt::CaseInsensitive);
    return m_regex.isValid() && m_regex.match(text).hasMatch();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_regexMode && !m_text.isEmpty() && !m_regex.isValid())
        return false;
    if (m_logModel && !sourceParent.isValid()) {
        const LogRecord &r = m_logModel->record(sourceRow);
        if (!(m_directions & (1 << int(r.direction))))
            return false;
        if (m_hideHeartbeats && r.heartbeat)
            return false;
        if (!m_endpoint.isEmpty() && r.endpoint != m_endpoint)
            return false;
        return r.binary ? m_text.isEmpty() : acceptsText(r.text);
    }

    const QAbstractItemModel *source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    const int direction = source->data(index, LogModel::DirectionRole).toInt();
    if (!(m_directions & (1 << direction)))
        return false;
    if (m_hideHeartbeats && source->data(index, LogModel::HeartbeatRole).toBool())
        return false;
    if (!m_endpoint.isEmpty() && source->data(index, LogModel::EndpointRole).toString() != m_endpoint)
        return false;
    if (source->data(index, LogModel::BinaryRole).toBool())
        return m_text.isEmpty();
    return acceptsText(source->data(index, LogModel::TextRole).toString());
}
