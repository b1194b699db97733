#pragma once

#include "metainfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <limits>

// The open torrents, one row each, in the order they were asked for (a large file that loads
// late still takes its place after the arguments before it).
class TorrentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TorrentListModel)

public:
    enum Column { NameColumn, InfoHashColumn, TrackersColumn, SizeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit TorrentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr quint64 kLastPosition = std::numeric_limits<quint64>::max();
    // Inserts after every torrent with a lower or equal openOrder; returns the new row.
    int addTorrent(const Metainfo &metainfo, quint64 openOrder = kLastPosition);
    void removeTorrent(int row);
    // The row of an open torrent with the same v1 or v2 info hash, or -1.
    int findTorrent(const Metainfo &metainfo) const;
    const Metainfo &metainfo(int row) const { return m_torrents.at(row); }
    int torrentCount() const { return int(m_torrents.size()); }

private:
    QVariant displayData(const Metainfo &metainfo, int column) const;
    QVariant sortData(const Metainfo &metainfo, int column) const;
    QString toolTip(const Metainfo &metainfo) const;

    QList<Metainfo> m_torrents;
    QList<quint64> m_openOrders; // parallel to m_torrents, ascending
};
