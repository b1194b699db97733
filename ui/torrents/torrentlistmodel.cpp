#include "torrents/torrentlistmodel.h"

#include "engine/inspectionengine.h"
#include "torrents/metainfotext.h"

#include <QElapsedTimer>
#include <QFont>
#include <QFontDatabase>
#include <QTextDocument>
#include <algorithm>

TorrentListModel::TorrentListModel(InspectionEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(0);
    connect(&m_changeTimer, &QTimer::timeout, this, &TorrentListModel::refreshChangedRows);
    connect(engine, &InspectionEngine::torrentAdded, this, &TorrentListModel::handleTorrentAdded);
    connect(engine, &InspectionEngine::torrentRemoved, this,
            &TorrentListModel::handleTorrentRemoved);
    connect(engine, &InspectionEngine::trackerChanged, this,
            [this](quint64 torrentId) { markChanged(torrentId); });
    connect(engine, &InspectionEngine::trackerAdded, this,
            [this](quint64 torrentId) { markChanged(torrentId); });
    connect(engine, &InspectionEngine::trackerRemoved, this,
            [this](quint64 torrentId) { markChanged(torrentId); });
    connect(engine, &InspectionEngine::peersChanged, this,
            [this](quint64 torrentId) { markChanged(torrentId); });
    for (const quint64 torrentId : engine->torrentIds())
        handleTorrentAdded(torrentId);
}

TorrentListModel::Row TorrentListModel::rowFor(const TorrentSnapshot &torrent)
{
    Row row;
    row.torrentId = torrent.id;
    row.openOrder = torrent.openOrder;
    row.metainfo = torrent.metainfo;
    row.trackerCount = int(torrent.trackers.size());
    for (const TrackerState &tracker : torrent.trackers) {
        row.workingCount += trackerStatusIsWorking(tracker.status) ? 1 : 0;
        row.seeders = qMax(row.seeders, tracker.seeders());
        row.leechers = qMax(row.leechers, tracker.leechers());
    }
    row.peerCount = torrent.peerCount;
    return row;
}

int TorrentListModel::rowOfTorrent(quint64 torrentId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).torrentId == torrentId)
            return int(row);
    }
    return -1;
}

void TorrentListModel::handleTorrentAdded(quint64 torrentId)
{
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(torrentId);
    if (!torrent || rowOfTorrent(torrentId) >= 0)
        return;
    const auto before = [](const Row &row, const TorrentSnapshot &added) {
        return std::pair(row.openOrder, row.torrentId) <= std::pair(added.openOrder, added.id);
    };
    const auto position = std::partition_point(
        m_rows.cbegin(), m_rows.cend(), [&](const Row &row) { return before(row, *torrent); });
    const int row = int(position - m_rows.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, rowFor(*torrent));
    endInsertRows();
}

void TorrentListModel::handleTorrentRemoved(quint64 torrentId)
{
    const int row = rowOfTorrent(torrentId);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void TorrentListModel::markChanged(quint64 torrentId)
{
    m_changedTorrents.insert(torrentId);
    m_changeTimer.start();
}

void TorrentListModel::refreshChangedRows()
{
    // A collection's trackers change together (a thousand torrents' rows at once): a slice per
    // turn, the rest at the next, so the window repaints in between.
    QElapsedTimer slice;
    slice.start();
    while (!m_changedTorrents.isEmpty() && slice.elapsed() < kRefreshSliceMs) {
        const quint64 torrentId = *m_changedTorrents.cbegin();
        m_changedTorrents.erase(m_changedTorrents.cbegin());
        refreshRow(torrentId);
    }
    if (!m_changedTorrents.isEmpty())
        m_changeTimer.start();
}

void TorrentListModel::refreshRow(quint64 torrentId)
{
    const int row = rowOfTorrent(torrentId);
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(torrentId);
    if (row < 0 || !torrent)
        return;
    const Row refreshed = rowFor(*torrent);
    const Row &shown = m_rows.at(row);
    const bool changed =
        refreshed.trackerCount != shown.trackerCount ||
        refreshed.workingCount != shown.workingCount || refreshed.seeders != shown.seeders ||
        refreshed.leechers != shown.leechers || refreshed.peerCount != shown.peerCount;
    if (!changed)
        return; // a change its figures do not show (a log entry, a finding)
    m_rows[row] = refreshed;
    Q_EMIT dataChanged(index(row, TrackersColumn), index(row, PeersColumn));
}

int TorrentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TorrentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TorrentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return value(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row.metainfo);
    case Qt::TextAlignmentRole:
        if (index.column() >= TrackersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == InfoHashColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    default:
        return {};
    }
}

QVariant TorrentListModel::value(const Row &row, int column)
{
    switch (column) {
    case NameColumn:
        return MetainfoText::displayName(row.metainfo);
    case InfoHashColumn:
        return MetainfoText::primaryHashHex(row.metainfo);
    case TrackersColumn:
        return row.workingCount;
    case SeedersColumn:
        return row.seeders;
    case LeechersColumn:
        return row.leechers;
    case PeersColumn:
        return row.peerCount;
    case SizeColumn:
        return row.metainfo.totalSize;
    default:
        return {};
    }
}

QVariant TorrentListModel::display(const Row &row, int column)
{
    const QVariant raw = value(row, column);
    switch (column) {
    case TrackersColumn:
        return tr("%1 / %2").arg(MetainfoText::count(row.workingCount),
                                 MetainfoText::count(row.trackerCount));
    case SeedersColumn:
    case LeechersColumn:
    case PeersColumn:
        return MetainfoText::count(raw.toLongLong());
    case SizeColumn:
        return row.metainfo.isTrackerList ? tr("tracker list")
                                          : MetainfoText::size(raw.toLongLong());
    default:
        return raw;
    }
}

QString TorrentListModel::toolTip(const Metainfo &metainfo) const
{
    QStringList lines{MetainfoText::displayName(metainfo), MetainfoText::summary(metainfo)};
    if (metainfo.isTrackerList)
        lines << tr("Checked without a torrent: each tracker is announced and scraped with the "
                    "list's own info hash.");
    if (metainfo.hasV1())
        lines << tr("v1 info hash: %1").arg(MetainfoText::hashHex(metainfo.infoHashV1));
    if (metainfo.hasV2())
        lines << tr("v2 info hash: %1").arg(MetainfoText::hashHex(metainfo.infoHashV2));
    if (!metainfo.warnings.isEmpty())
        lines << tr("%1 while loading")
                     .arg(MetainfoText::plural(metainfo.warnings.size(), tr("1 warning"),
                                               tr("%1 warnings")));
    // Plain text: a tooltip starting with a tag would be rendered as rich text.
    return Qt::convertFromPlainText(lines.join(u'\n'), Qt::WhiteSpaceNormal);
}

QVariant TorrentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= TrackersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case InfoHashColumn:
        return tr("Info hash");
    case TrackersColumn:
        return tr("Working");
    case SeedersColumn:
        return tr("Seeders");
    case LeechersColumn:
        return tr("Leechers");
    case PeersColumn:
        return tr("Peers");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

int TorrentListModel::findTorrent(const Metainfo &metainfo) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Metainfo &open = m_rows.at(row).metainfo;
        if ((metainfo.hasV1() && open.infoHashV1 == metainfo.infoHashV1) ||
            (metainfo.hasV2() && open.infoHashV2 == metainfo.infoHashV2))
            return row;
    }
    return -1;
}
