#pragma once

#include "engine/exchangelogentry.h"
#include "engine/trackerid.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUrl>

class InspectionEngine;

// One tracker's exchange log, newest first: each request with its time, outcome, the torrent's hash
// it concerned (v1 or v2), the endpoint asked, latency and a summary. New exchanges are inserted
// at the top; those the bounded log dropped leave the bottom.
class ExchangeLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLogModel)

public:
    enum Column {
        TimeColumn,
        OutcomeColumn,
        RequestColumn,
        HashColumn,
        EndpointColumn,
        LatencyColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ExchangeLogModel(InspectionEngine *engine, QObject *parent = nullptr);

    void setTracker(quint64 torrentId, TrackerId trackerId); // torrentId 0: none
    quint64 torrentId() const { return m_torrentId; }
    TrackerId trackerId() const { return m_trackerId; }
    const ExchangeLogEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static qint64 latencyMs(const ExchangeLogEntry &entry);
    static QString headerToolTip(int section);
    static QString requestText(const ExchangeLogEntry &entry);
    static QString hashText(InfoHashVersion version); // "v1", "v2"
    // The address:port that answered; when the client could not know it (HTTP) or nothing was
    // reached, the host:port asked (the last redirect's, else trackerUrl's).
    static QString endpointText(const ExchangeLogEntry &entry, const QUrl &trackerUrl);

private:
    QList<ExchangeLogEntry> currentLog() const; // the engine's, now
    QVariant displayData(const ExchangeLogEntry &entry, int column) const;
    QVariant toolTip(const ExchangeLogEntry &entry, int column) const;
    void handleTrackerChanged(quint64 torrentId, TrackerId trackerId);
    void reset();

    InspectionEngine *m_engine;
    quint64 m_torrentId = 0;
    TrackerId m_trackerId;
    QList<ExchangeLogEntry> m_log; // what the rows show, oldest first
    QUrl m_trackerUrl;
    QByteArray m_hashV1; // the 20 bytes each hash version sends, for tool tips
    QByteArray m_hashV2;
};
