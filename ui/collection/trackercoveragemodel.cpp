#include "collection/trackercoveragemodel.h"

#include "common/trackertext.h"
#include "engine/inspectionengine.h"
#include "report/trackercoverage.h"

#include <QHash>
#include <QIcon>
#include <limits>

TrackerCoverageModel::TrackerCoverageModel(InspectionEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TrackerCoverageModel::refresh);
    connect(engine, &InspectionEngine::torrentAdded, this, &TrackerCoverageModel::scheduleRefresh);
    connect(engine, &InspectionEngine::torrentRemoved, this,
            &TrackerCoverageModel::scheduleRefresh);
    connect(engine, &InspectionEngine::trackerAdded, this, &TrackerCoverageModel::scheduleRefresh);
    connect(engine, &InspectionEngine::trackerRemoved, this,
            &TrackerCoverageModel::scheduleRefresh);
    connect(engine, &InspectionEngine::trackerChanged, this,
            &TrackerCoverageModel::scheduleRefresh);
    refresh();
}

void TrackerCoverageModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

QList<TrackerCoverageModel::Row> TrackerCoverageModel::computeRows()
{
    QList<TorrentSnapshot> torrents;
    const QList<quint64> torrentIds = m_engine->torrentIds();
    for (const quint64 torrentId : torrentIds) {
        std::optional<TorrentSnapshot> torrent = m_engine->torrent(torrentId);
        if (torrent && !torrent->isTrackerList())
            torrents.append(std::move(*torrent));
    }
    m_torrentCount = int(torrents.size());
    QList<Row> rows;
    QHash<QString, qsizetype> rowByUrl;
    for (const TrackerCoverage::Entry &entry : TrackerCoverage::of(torrents)) {
        rowByUrl.insert(entry.url, rows.size());
        rows.append(Row{entry.url, entry.listedCount, entry.workingCount});
    }
    for (const TorrentSnapshot &torrent : std::as_const(torrents)) {
        for (const TrackerState &tracker : torrent.trackers) {
            Row &row = rows[rowByUrl.value(tracker.url.text())];
            const bool working = trackerStatusIsWorking(tracker.status);
            const bool failing = TrackerText::isFailure(tracker.status);
            row.failingCount += failing ? 1 : 0;
            row.pendingCount += !working && !failing ? 1 : 0;
            const qint64 latency = tracker.statistics.lastLatencyMs();
            if (latency >= 0 && (row.bestLatencyMs < 0 || latency < row.bestLatencyMs))
                row.bestLatencyMs = latency;
            // The icon says the best it does: working anywhere, else how it did first.
            const bool firstSeen = row.representativeStatus < 0;
            if (firstSeen ||
                (working && !trackerStatusIsWorking(TrackerStatus(row.representativeStatus))))
                row.representativeStatus = int(tracker.status);
        }
    }
    return rows;
}

void TrackerCoverageModel::refresh()
{
    m_refreshTimer.stop();
    const QList<Row> rows = computeRows();
    QHash<QString, qsizetype> newIndexByUrl;
    for (qsizetype index = 0; index < rows.size(); ++index)
        newIndexByUrl.insert(rows.at(index).url, index);
    // Rows whose URL is gone, from the last so the indexes stay right.
    for (qsizetype index = m_rows.size() - 1; index >= 0; --index) {
        if (newIndexByUrl.contains(m_rows.at(index).url))
            continue;
        beginRemoveRows({}, int(index), int(index));
        m_rows.removeAt(index);
        endRemoveRows();
    }
    QHash<QString, qsizetype> oldIndexByUrl;
    for (qsizetype index = 0; index < m_rows.size(); ++index)
        oldIndexByUrl.insert(m_rows.at(index).url, index);
    QList<Row> added;
    for (const Row &row : rows) {
        const qsizetype index = oldIndexByUrl.value(row.url, -1);
        if (index < 0) {
            added.append(row);
            continue;
        }
        const Row &old = m_rows.at(index);
        if (old.listedCount == row.listedCount && old.workingCount == row.workingCount &&
            old.failingCount == row.failingCount && old.pendingCount == row.pendingCount &&
            old.bestLatencyMs == row.bestLatencyMs &&
            old.representativeStatus == row.representativeStatus)
            continue;
        m_rows[index] = row;
        Q_EMIT dataChanged(this->index(int(index), ListedColumn),
                           this->index(int(index), ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
    Q_EMIT refreshed();
}

int TrackerCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrackerCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackerCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == UrlColumn ? row.url : QVariant();
    case Qt::DecorationRole:
        return index.column() == StatusColumn
                   ? QVariant(TrackerText::statusIcon(TrackerStatus(row.representativeStatus)))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == UrlColumn || index.column() == StatusColumn
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TrackerCoverageModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case UrlColumn:
        return row.url;
    case ListedColumn:
        return row.listedCount;
    case WorkingColumn:
        return row.workingCount;
    case StatusColumn:
        return statusText(row);
    case BestLatencyColumn:
        return TrackerText::latency(row.bestLatencyMs);
    default:
        return {};
    }
}

// The text and counts sort as shown; the status and the latency by their raw values.
QVariant TrackerCoverageModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn: // the share of its torrents it works on
        return row.listedCount > 0 ? double(row.workingCount) / row.listedCount : 0.0;
    case BestLatencyColumn: // unknown after every known latency
        return row.bestLatencyMs < 0 ? std::numeric_limits<qint64>::max() : row.bestLatencyMs;
    default:
        return displayData(row, column);
    }
}

// "works on all 3", "works on 2 of 3 · 1 failing", "fails on all 4"; "works" alone on one.
QString TrackerCoverageModel::statusText(const Row &row) const
{
    QString text;
    if (row.workingCount == row.listedCount)
        text = row.listedCount == 1 ? tr("works") : tr("works on all %1").arg(row.listedCount);
    else if (row.failingCount == row.listedCount)
        text = row.listedCount == 1 ? tr("fails") : tr("fails on all %1").arg(row.listedCount);
    else
        text = tr("works on %1 of %2").arg(row.workingCount).arg(row.listedCount);
    QStringList details;
    if (row.failingCount > 0 && row.failingCount < row.listedCount)
        details << tr("%1 failing").arg(row.failingCount);
    if (row.pendingCount > 0)
        details << tr("%1 waiting or disabled").arg(row.pendingCount);
    return details.isEmpty() ? text : text + QStringLiteral(" · ") + details.join(u", ");
}

QVariant TrackerCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrlColumn:
        return tr("Tracker");
    case ListedColumn:
        return tr("Listed on");
    case WorkingColumn:
        return tr("Works on");
    case StatusColumn:
        return tr("Status");
    case BestLatencyColumn:
        return tr("Best latency");
    default:
        return {};
    }
}
