#pragma once

#include "engine/trackerstate.h"

#include <QAbstractItemModel>
#include <QList>
#include <QTimer>
#include <memory>

class InspectionEngine;

// The trackers of one torrent, live from the engine, as a tree: tracker → its endpoints (each
// address with one of the torrent's hashes). Only the cells that changed are signalled; the
// next-announce column alone ticks every second.
class TrackerTableModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerTableModel)

public:
    enum Column {
        UrlColumn,
        TierColumn,
        ProtocolColumn,
        StatusColumn,
        MessageColumn,
        SeedersColumn,
        LeechersColumn,
        DownloadedColumn,
        ScrapeColumn,
        PeersColumn,
        UniquePeersColumn,
        LatencyColumn,
        LastAnnounceColumn,
        NextAnnounceColumn,
        IntervalColumn,
        MinIntervalColumn,
        SuccessRateColumn,
        FailuresColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, StatusRole, TrackerIdRole, IsEndpointRole };
    static constexpr int kCountdownIntervalMs = 1000;

    explicit TrackerTableModel(InspectionEngine *engine, QObject *parent = nullptr);
    ~TrackerTableModel() override;

    void setTorrent(quint64 torrentId); // 0 shows nothing
    quint64 torrentId() const { return m_torrentId; }
    // The tracker of a tracker or endpoint row; invalid for an invalid index.
    TrackerId trackerId(const QModelIndex &index) const;
    // The row of a tracker, or an invalid index when it has none.
    QModelIndex indexOf(TrackerId trackerId) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // One tracker row: the snapshot it shows, its position and the values last signalled, to
    // find what changed. Rows follow the trackers by id, never by their position in the engine.
    struct Node
    {
        TrackerState tracker;
        int row = 0;
        QList<QVariant> values;
        QList<QList<QVariant>> endpointValues;
    };

    QVariant trackerData(const TrackerState &tracker, int column, int role) const;
    QVariant endpointData(const TrackerEndpointState &endpoint, int column, int role) const;
    // One raw value per column (what SortRole gives), formatted for display.
    QVariant trackerValue(const TrackerState &tracker, int column) const;
    QVariant trackerDisplay(const TrackerState &tracker, int column) const;
    static QVariant endpointValue(const TrackerEndpointState &endpoint, int column);
    static QVariant formatted(int column, const QVariant &value);
    QString trackerToolTip(const TrackerState &tracker, int column) const;
    QString trackerIdentityToolTip(const TrackerState &tracker) const;
    QList<QVariant> trackerValues(const TrackerState &tracker) const;
    QList<QVariant> endpointValues(const TrackerEndpointState &endpoint) const;
    void emitChangedCells(const QList<QVariant> &before, const QList<QVariant> &after, int row,
                          const QModelIndex &parent);
    std::unique_ptr<Node> makeNode(int row, const TrackerState &tracker) const;
    int rowOf(TrackerId trackerId) const; // -1 when no row shows it

    void handleTrackerAdded(quint64 torrentId);
    void handleTrackerRemoved(quint64 torrentId, TrackerId trackerId);
    void handleTrackerChanged(quint64 torrentId, TrackerId trackerId);
    void updateEndpoints(Node &node, const TrackerState &tracker);
    void insertPendingTrackers();
    static bool rowBefore(const TrackerState &first, const TrackerState &second);
    void moveToTierPlace(int row);
    void tickCountdown();

    InspectionEngine *m_engine;
    quint64 m_torrentId = 0;
    std::vector<std::unique_ptr<Node>> m_nodes;
    QTimer m_countdown;
    QTimer m_insertTimer; // gathers trackerAdded signals into one insertion
};
