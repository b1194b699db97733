#pragma once

#include "metainfo/metainfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QTimer>
#include <limits>

class InspectionEngine;

// The open torrents, one row each, in the order they were asked for (a large file that loads
// late still takes its place after the arguments before it). With an engine, each row also shows
// its trackers' live verdicts: trackers working, best seeders and leechers, unique peers.
class TorrentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TorrentListModel)

public:
    enum Column {
        NameColumn,
        InfoHashColumn,
        TrackersColumn,
        SeedersColumn,
        LeechersColumn,
        PeersColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit TorrentListModel(QObject *parent = nullptr);

    // The engine whose torrents the rows show (not owned); rows added with a torrent id follow it.
    void setEngine(InspectionEngine *engine);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr quint64 kLastPosition = std::numeric_limits<quint64>::max();
    // Inserts after every torrent with a lower or equal openOrder; returns the new row.
    int addTorrent(const Metainfo &metainfo, quint64 openOrder = kLastPosition,
                   quint64 torrentId = 0);
    void removeTorrent(int row);
    // The row of an open torrent with the same v1 or v2 info hash, or -1.
    int findTorrent(const Metainfo &metainfo) const;
    const Metainfo &metainfo(int row) const { return m_torrents.at(row); }
    quint64 torrentId(int row) const { return m_torrentIds.at(row); } // 0 without an engine
    int rowOfTorrent(quint64 torrentId) const { return int(m_torrentIds.indexOf(torrentId)); }
    int torrentCount() const { return int(m_torrents.size()); }

private:
    QVariant displayData(const Metainfo &metainfo, int column) const;
    QVariant sortData(const Metainfo &metainfo, int column) const;
    QString toolTip(const Metainfo &metainfo) const;
    QVariant liveData(int row, int column, bool forSorting) const;
    void markChanged(quint64 torrentId);
    void emitChangedRows();

    InspectionEngine *m_engine = nullptr;
    QList<quint64> m_torrentIds; // parallel to m_torrents
    QSet<quint64> m_changedTorrents;
    QTimer m_changeTimer;

    QList<Metainfo> m_torrents;
    QList<quint64> m_openOrders; // parallel to m_torrents, ascending
};
