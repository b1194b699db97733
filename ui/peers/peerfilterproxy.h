#pragma once

#include "engine/trackerid.h"

#include <QSortFilterProxyModel>

class PeerTableModel;

// Sorts the peers and keeps those one tracker returned (or all), matching a text.
class PeerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerFilterProxy)

public:
    explicit PeerFilterProxy(PeerTableModel *peers, QObject *parent = nullptr);

    void setTrackerId(TrackerId trackerId); // invalid: every tracker
    TrackerId trackerId() const { return m_trackerId; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PeerTableModel *m_peers;
    TrackerId m_trackerId;
    QString m_text;
};
