#pragma once

#include "engine/trackerid.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class InspectionEngine;
struct PeerRecord;

// The unique peers of one torrent, live from the engine, with the trackers each came from.
// New peers are inserted in one batch per engine update; only rows whose sources or last-seen
// time changed are signalled.
class PeerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerTableModel)

public:
    enum Column {
        AddressColumn,
        PortColumn,
        FamilyColumn,
        ClientColumn,
        SourcesColumn,
        SourceCountColumn,
        FirstSeenColumn,
        LastSeenColumn,
        PeerIdColumn, // from dictionary-model replies (compact=0) only
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit PeerTableModel(InspectionEngine *engine, QObject *parent = nullptr);

    void setTorrent(quint64 torrentId); // 0 shows nothing
    quint64 torrentId() const { return m_torrentId; }
    bool peerHasSource(int row, TrackerId trackerId) const;
    // "1.2.3.4:6881" or "[::1]:6881", as the report and the exchange log write a peer.
    QString endpointText(int row) const;
    // Compares two rows by a column without building QVariants (sorting 100k rows).
    bool lessThan(int leftRow, int rightRow, int column) const;
    // One line per row, tab-separated, with a header line.
    QString rowsAsText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // What was last signalled for a row.
    struct RowState
    {
        qint64 lastSeenMs = -1;
        int sourceCount = 0;
        QString clientName;
    };

    const PeerRecord *recordAt(int row) const;
    QVariant displayData(const PeerRecord &record, int row, int column) const;
    QVariant sortData(const PeerRecord &record, int row, int column) const;
    QString sourcesText(const PeerRecord &record) const;
    void handlePeersChanged(quint64 torrentId);
    void rebuild();

    InspectionEngine *m_engine;
    quint64 m_torrentId = 0;
    bool m_rebuildScheduled = false;
    QList<RowState> m_rows;
    mutable QHash<TrackerId, QString> m_trackerUrls; // the sources column's names, by id
};
