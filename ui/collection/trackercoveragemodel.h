#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

class InspectionEngine;

// Trackers Across Torrents: one row per tracker URL of the open torrents (tracker lists checked
// on their own are left out), with on how many torrents it is listed and works, how it fares on
// them, and its best latency. Built from TrackerCoverage and kept up to date from the engine's
// signals, gathered for kRefreshDelayMs: cells change in place, new URLs are appended, gone ones
// removed, so selection and sort survive.
class TrackerCoverageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerCoverageModel)

public:
    enum Column {
        UrlColumn,
        ListedColumn,
        WorkingColumn,
        StatusColumn,
        BestLatencyColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int kRefreshDelayMs = 200;

    struct Row
    {
        QString url;
        int listedCount = 0;
        int workingCount = 0;
        int failingCount = 0;          // an error, a time-out, unreachable
        int pendingCount = 0;          // not contacted yet, busy, or disabled
        qint64 bestLatencyMs = -1;     // the lowest last latency over its torrents
        int representativeStatus = -1; // a TrackerStatus for the icon
    };

    explicit TrackerCoverageModel(InspectionEngine *engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Row &row(int row) const { return m_rows.at(row); }
    int torrentCount() const { return m_torrentCount; }
    // Reads the engine again now (otherwise done kRefreshDelayMs after it signals).
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    QList<Row> computeRows();
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString statusText(const Row &row) const;
    void scheduleRefresh();

    InspectionEngine *m_engine;
    QList<Row> m_rows;
    int m_torrentCount = 0;
    QTimer m_refreshTimer;
};
