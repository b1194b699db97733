#pragma once

#include "trackerurl.h"

#include <QAbstractItemModel>
#include <QList>

// A torrent's trackers as a tree: tier → tracker URL. Tier rows come first at the top level,
// trackers are their children in the torrent's order. Until the engine announces, every
// supported tracker is "not contacted"; unsupported URLs say what is wrong with them.
class TrackerTierModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerTierModel)

public:
    enum Column { UrlColumn, ProtocolColumn, StatusColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IsTierRole };
    enum class Status { NotContacted, Unsupported };

    explicit TrackerTierModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setTrackerTiers(const QList<QList<TrackerUrl>> &tiers);
    const QList<QList<TrackerUrl>> &trackerTiers() const { return m_tiers; }
    static Status status(const TrackerUrl &url);
    static QString statusText(Status status);

private:
    static constexpr quintptr kTierNodeId = 0; // tracker rows carry their tier + 1
    bool isTier(const QModelIndex &index) const { return index.internalId() == kTierNodeId; }
    QVariant tierData(int tier, int column, int role) const;
    QVariant trackerData(const TrackerUrl &url, int column, int role) const;
    QVariant trackerDisplay(const TrackerUrl &url, int column) const;
    QVariant trackerSortKey(const TrackerUrl &url, int column) const;

    QList<QList<TrackerUrl>> m_tiers;
};
