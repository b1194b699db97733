#pragma once

#include "engine/torrentsnapshot.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QTimer>

class InspectionEngine;

// The engine's torrents, one row each, in the order they were asked for (TorrentSnapshot::
// openOrder), following the engine's signals: a torrent added to the engine gets a row, a removed
// one loses it, and each row shows its trackers' live verdicts (trackers working, best seeders and
// leechers, unique peers) from the torrent's latest snapshot.
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

    // The longest the rows' refresh keeps the event loop per turn.
    static constexpr int kRefreshSliceMs = 8;

    explicit TorrentListModel(InspectionEngine *engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of an open torrent with the same v1 or v2 info hash, or -1.
    int findTorrent(const Metainfo &metainfo) const;
    const Metainfo &metainfo(int row) const { return m_rows.at(row).metainfo; }
    quint64 torrentId(int row) const { return m_rows.at(row).torrentId; }
    int rowOfTorrent(quint64 torrentId) const;
    int torrentCount() const { return int(m_rows.size()); }

private:
    // What a row shows: the torrent's metainfo and the figures of its latest snapshot.
    struct Row
    {
        quint64 torrentId = 0;
        quint64 openOrder = 0;
        Metainfo metainfo;
        int trackerCount = 0;
        int workingCount = 0;
        qint64 seeders = -1;
        qint64 leechers = -1;
        int peerCount = 0;
    };
    static Row rowFor(const TorrentSnapshot &torrent);
    // The raw value of a cell: what SortRole gives and DisplayRole formats.
    static QVariant value(const Row &row, int column);
    static QVariant display(const Row &row, int column);
    QString toolTip(const Metainfo &metainfo) const;
    void handleTorrentAdded(quint64 torrentId);
    void handleTorrentRemoved(quint64 torrentId);
    void markChanged(quint64 torrentId);
    void refreshChangedRows();
    void refreshRow(quint64 torrentId);

    InspectionEngine *m_engine;
    QList<Row> m_rows; // by (openOrder, torrentId)
    QSet<quint64> m_changedTorrents;
    QTimer m_changeTimer;
};
