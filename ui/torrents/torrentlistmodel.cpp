#include "torrents/torrentlistmodel.h"

#include "engine/inspectionengine.h"
#include "torrents/metainfotext.h"

#include <QFont>
#include <QFontDatabase>
#include <QTextDocument>
#include <algorithm>

TorrentListModel::TorrentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(0);
    connect(&m_changeTimer, &QTimer::timeout, this, &TorrentListModel::emitChangedRows);
}

void TorrentListModel::setEngine(InspectionEngine *engine)
{
    m_engine = engine;
    connect(engine, &InspectionEngine::trackerChanged, this,
            [this](quint64 torrentId) { markChanged(torrentId); });
    connect(engine, &InspectionEngine::trackerAdded, this,
            [this](quint64 torrentId) { markChanged(torrentId); });
    connect(engine, &InspectionEngine::trackerRemoved, this,
            [this](quint64 torrentId) { markChanged(torrentId); });
    connect(engine, &InspectionEngine::peersChanged, this,
            [this](quint64 torrentId) { markChanged(torrentId); });
}

void TorrentListModel::markChanged(quint64 torrentId)
{
    m_changedTorrents.insert(torrentId);
    m_changeTimer.start();
}

void TorrentListModel::emitChangedRows()
{
    for (const quint64 torrentId : std::exchange(m_changedTorrents, {})) {
        const int row = rowOfTorrent(torrentId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, TrackersColumn), index(row, PeersColumn));
    }
}

QVariant TorrentListModel::liveData(int row, int column, bool forSorting) const
{
    const TorrentState *torrent = m_engine ? m_engine->torrent(m_torrentIds.at(row)) : nullptr;
    if (!torrent)
        return forSorting ? QVariant(-1) : QVariant(MetainfoText::unknown());
    int working = 0;
    qint64 best = -1;
    for (const TrackerState &tracker : torrent->trackers) {
        working += trackerStatusIsWorking(tracker.status) ? 1 : 0;
        best = qMax(best, column == SeedersColumn ? tracker.seeders() : tracker.leechers());
    }
    const qint64 trackerCount = torrent->trackers.size();
    switch (column) {
    case TrackersColumn:
        if (forSorting)
            return working;
        return tr("%1 / %2").arg(MetainfoText::count(working), MetainfoText::count(trackerCount));
    case PeersColumn:
        return forSorting ? QVariant(torrent->peers.count())
                          : QVariant(MetainfoText::count(torrent->peers.count()));
    default:
        return forSorting ? QVariant(best) : QVariant(MetainfoText::count(best));
    }
}

int TorrentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_torrents.size());
}

int TorrentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TorrentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Metainfo &torrent = m_torrents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(torrent, index.column());
    case SortRole:
        return sortData(torrent, index.column());
    case Qt::ToolTipRole:
        return toolTip(torrent);
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

QVariant TorrentListModel::displayData(const Metainfo &metainfo, int column) const
{
    const int row = int(&metainfo - m_torrents.constData());
    if (m_engine && column >= TrackersColumn && column <= PeersColumn && m_torrentIds.at(row) != 0)
        return liveData(row, column, false);
    switch (column) {
    case NameColumn:
        return MetainfoText::displayName(metainfo);
    case InfoHashColumn:
        return MetainfoText::primaryHashHex(metainfo);
    case TrackersColumn:
        return MetainfoText::count(metainfo.trackerCount());
    case SizeColumn:
        return MetainfoText::size(metainfo.totalSize);
    case SeedersColumn:
    case LeechersColumn:
    case PeersColumn:
        return MetainfoText::unknown();
    default:
        return {};
    }
}

QVariant TorrentListModel::sortData(const Metainfo &metainfo, int column) const
{
    const int row = int(&metainfo - m_torrents.constData());
    if (m_engine && column >= TrackersColumn && column <= PeersColumn && m_torrentIds.at(row) != 0)
        return liveData(row, column, true);
    switch (column) {
    case NameColumn:
        return MetainfoText::displayName(metainfo);
    case InfoHashColumn:
        return MetainfoText::primaryHashHex(metainfo);
    case TrackersColumn:
        return metainfo.trackerCount();
    case SizeColumn:
        return metainfo.totalSize;
    case SeedersColumn:
    case LeechersColumn:
    case PeersColumn:
        return -1;
    default:
        return {};
    }
}

QString TorrentListModel::toolTip(const Metainfo &metainfo) const
{
    QStringList lines{MetainfoText::displayName(metainfo), MetainfoText::summary(metainfo)};
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
        return m_engine ? tr("Working") : tr("Trackers");
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

int TorrentListModel::addTorrent(const Metainfo &metainfo, quint64 openOrder, quint64 torrentId)
{
    const auto position = std::upper_bound(m_openOrders.cbegin(), m_openOrders.cend(), openOrder);
    const int row = int(position - m_openOrders.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_torrents.insert(row, metainfo);
    m_openOrders.insert(row, openOrder);
    m_torrentIds.insert(row, torrentId);
    endInsertRows();
    return row;
}

void TorrentListModel::removeTorrent(int row)
{
    if (row < 0 || row >= m_torrents.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_torrents.removeAt(row);
    m_openOrders.removeAt(row);
    m_torrentIds.removeAt(row);
    endRemoveRows();
}

int TorrentListModel::findTorrent(const Metainfo &metainfo) const
{
    for (int row = 0; row < m_torrents.size(); ++row) {
        const Metainfo &open = m_torrents.at(row);
        if ((metainfo.hasV1() && open.infoHashV1 == metainfo.infoHashV1) ||
            (metainfo.hasV2() && open.infoHashV2 == metainfo.infoHashV2))
            return row;
    }
    return -1;
}
