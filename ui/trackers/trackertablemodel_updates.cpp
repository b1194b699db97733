// TrackerTableModel: headers and following the engine's changes.
#include "engine/inspectionengine.h"
#include "trackers/trackercolumns.h"
#include "trackers/trackertablemodel.h"

#include <QSet>
#include <algorithm>

QVariant TrackerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == TierColumn || section >= SeedersColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role == Qt::ToolTipRole)
        return TrackerColumns::toolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    return TrackerColumns::title(section);
}

QList<QVariant> TrackerTableModel::trackerValues(const TrackerState &tracker) const
{
    QList<QVariant> values;
    values.reserve(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column)
        values.append(trackerValue(tracker, column));
    // Shown from more than their value: the countdown ticks, the scrape shows three figures.
    values[NextAnnounceColumn] = trackerDisplay(tracker, NextAnnounceColumn);
    values[ScrapeColumn] = trackerDisplay(tracker, ScrapeColumn);
    return values;
}

QList<QVariant> TrackerTableModel::endpointValues(const TrackerEndpointState &endpoint) const
{
    QList<QVariant> values;
    values.reserve(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column)
        values.append(endpointValue(endpoint, column));
    return values;
}

void TrackerTableModel::emitChangedCells(const QList<QVariant> &before,
                                         const QList<QVariant> &after, int row,
                                         const QModelIndex &parent)
{
    int first = -1;
    for (int column = 0; column <= ColumnCount; ++column) {
        const bool changed = column < ColumnCount &&
                             (column >= before.size() || before.at(column) != after.at(column));
        if (changed && first < 0)
            first = column;
        if (!changed && first >= 0) {
            Q_EMIT dataChanged(index(row, first, parent), index(row, column - 1, parent));
            first = -1;
        }
    }
}

void TrackerTableModel::handleTrackerAdded(quint64 torrentId)
{
    if (torrentId == m_torrentId)
        m_insertTimer.start();
}

void TrackerTableModel::insertPendingTrackers()
{
    m_insertTimer.stop();
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(m_torrentId);
    if (!torrent)
        return;
    QSet<TrackerId> shown;
    for (const std::unique_ptr<Node> &node : m_nodes)
        shown.insert(node->tracker.id);
    QList<TrackerState> added;
    for (const TrackerState &tracker : torrent->trackers) {
        if (!shown.contains(tracker.id))
            added.append(tracker);
    }
    if (added.isEmpty())
        return;
    std::sort(added.begin(), added.end(), &TrackerTableModel::rowBefore);
    const int first = int(m_nodes.size());
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    for (const TrackerState &tracker : std::as_const(added))
        m_nodes.push_back(makeNode(int(m_nodes.size()), tracker));
    endInsertRows();
    // Appended in one batch; those of an earlier tier than the last rows then move to their place.
    for (int row = first; row < int(m_nodes.size()); ++row)
        moveToTierPlace(row);
}

void TrackerTableModel::handleTrackerRemoved(quint64 torrentId, TrackerId trackerId)
{
    if (torrentId != m_torrentId)
        return;
    const int removed = rowOf(trackerId);
    if (removed < 0)
        return; // never shown (added and removed before the rows were inserted)
    beginRemoveRows(QModelIndex(), removed, removed);
    m_nodes.erase(m_nodes.begin() + removed);
    for (size_t row = size_t(removed); row < m_nodes.size(); ++row)
        m_nodes[row]->row = int(row);
    endRemoveRows();
}

void TrackerTableModel::handleTrackerChanged(quint64 torrentId, TrackerId trackerId)
{
    if (torrentId != m_torrentId)
        return;
    int row = rowOf(trackerId);
    if (row < 0) {
        insertPendingTrackers();
        row = rowOf(trackerId);
    }
    const std::optional<TrackerState> tracker = m_engine->tracker(m_torrentId, trackerId);
    if (!tracker || row < 0)
        return;
    Node &node = *m_nodes[size_t(row)];
    const bool movedTier = node.tracker.tier != tracker->tier;
    node.tracker = *tracker; // before any signal: views read the rows at once
    const QList<QVariant> values = trackerValues(*tracker);
    emitChangedCells(std::exchange(node.values, values), values, row, QModelIndex());
    updateEndpoints(node, *tracker);
    if (movedTier)
        moveToTierPlace(row);
}

// Rows are in tier order (then in the order trackers were added), as the torrent lists them:
// a tracker an edit moved to another tier moves there in the tree too.
bool TrackerTableModel::rowBefore(const TrackerState &first, const TrackerState &second)
{
    return std::pair(first.tier, first.id.value) < std::pair(second.tier, second.id.value);
}

void TrackerTableModel::moveToTierPlace(int row)
{
    const TrackerState &moved = m_nodes[size_t(row)]->tracker;
    int place = 0; // where it belongs among the other rows
    for (int other = 0; other < int(m_nodes.size()); ++other) {
        if (other != row && rowBefore(m_nodes[size_t(other)]->tracker, moved))
            ++place;
    }
    if (place == row)
        return;
    // beginMoveRows names the row before which it goes, counted before the move.
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), place > row ? place + 1 : place);
    std::unique_ptr<Node> node = std::move(m_nodes[size_t(row)]);
    m_nodes.erase(m_nodes.begin() + row);
    m_nodes.insert(m_nodes.begin() + place, std::move(node));
    for (size_t index = 0; index < m_nodes.size(); ++index)
        m_nodes[index]->row = int(index);
    endMoveRows();
}

void TrackerTableModel::updateEndpoints(Node &node, const TrackerState &tracker)
{
    const QModelIndex parent = index(node.row, 0);
    const int before = int(node.endpointValues.size());
    const int after = int(tracker.endpoints.size());
    if (after < before) {
        beginRemoveRows(parent, after, before - 1);
        node.endpointValues.resize(after);
        endRemoveRows();
    }
    for (int row = 0; row < qMin(before, after); ++row) {
        const QList<QVariant> values = endpointValues(tracker.endpoints.at(row));
        emitChangedCells(std::exchange(node.endpointValues[row], values), values, row, parent);
    }
    if (after > before) {
        beginInsertRows(parent, before, after - 1);
        for (int row = before; row < after; ++row)
            node.endpointValues.append(endpointValues(tracker.endpoints.at(row)));
        endInsertRows();
    }
}

void TrackerTableModel::tickCountdown()
{
    if (m_nodes.empty())
        return;
    Q_EMIT dataChanged(index(0, NextAnnounceColumn),
                       index(int(m_nodes.size()) - 1, NextAnnounceColumn), {Qt::DisplayRole});
}
