#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

class LogModel;

// Filters the rows of a LogModel (or any model with LogModel's roles) by endpoint, direction,
// heartbeat flag and text. Text matching is case-insensitive, plain substring or regular expression,
// and runs on a record's whole text, not the truncated cell. Rows keep the source order.
class LogFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterProxyModel)

public:
    enum Direction { In = 1, Out = 2, Event = 4, All = 7 };
    Q_ENUM(Direction)

    explicit LogFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString endpointFilter() const { return m_endpoint; }
    void setEndpointFilter(const QString &endpoint); // empty = all

    int directions() const { return m_directions; }
    void setDirections(int directionMask);

    QString textFilter() const { return m_text; }
    bool isRegexFilter() const { return m_regexMode; }
    // Case-insensitive. An invalid regular expression matches nothing and filterError() says why.
    void setTextFilter(const QString &text, bool regex);
    QString filterError() const { return m_error; }

    bool hidesHeartbeats() const { return m_hideHeartbeats; }
    void setHideHeartbeats(bool hide);

Q_SIGNALS:
    void filterErrorChanged(const QString &error);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    bool acceptsText(const QString &text) const;

    const LogModel *m_logModel = nullptr;
    QString m_endpoint;
    int m_directions = All;
    QString m_text;
    bool m_regexMode = false;
    QRegularExpression m_regex;
    QString m_error;
    bool m_hideHeartbeats = false;
};
