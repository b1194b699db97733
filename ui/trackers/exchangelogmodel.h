#pragma once

#include "engine/exchangelogentry.h"
#include "engine/trackerid.h"

#include <QAbstractTableModel>
#include <QList>

class InspectionEngine;

// One tracker's exchange log, newest first: each request with its time, endpoint, latency and
// outcome. New exchanges are inserted at the top; those the bounded log dropped leave the bottom.
class ExchangeLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLogModel)

public:
    enum Column {
        TimeColumn,
        RequestColumn,
        EndpointColumn,
        LatencyColumn,
        OutcomeColumn,
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
    // Working, Warning, or the failure: what the exchange said of the tracker.
    static TrackerStatus verdictOf(const ExchangeLogEntry &entry);
    static QString requestText(const ExchangeLogEntry &entry);

private:
    QList<ExchangeLogEntry> currentLog() const; // the engine's, now
    QVariant displayData(const ExchangeLogEntry &entry, int column) const;
    void handleTrackerChanged(quint64 torrentId, TrackerId trackerId);
    void reset();

    InspectionEngine *m_engine;
    quint64 m_torrentId = 0;
    TrackerId m_trackerId;
    QList<ExchangeLogEntry> m_log; // what the rows show, oldest first
};
