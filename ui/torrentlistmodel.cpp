#include "torrentlistmodel.h"

#include "metainfotext.h"

#include <QFont>
#include <QFontDatabase>
#include <QTextDocument>
#include <algorithm>

TorrentListModel::TorrentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

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
        if (index.column() == TrackersColumn || index.column() == SizeColumn)
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
    switch (column) {
    case NameColumn:
        return MetainfoText::displayName(metainfo);
    case InfoHashColumn:
        return MetainfoText::primaryHashHex(metainfo);
    case TrackersColumn:
        return MetainfoText::count(metainfo.trackerCount());
    case SizeColumn:
        return MetainfoText::size(metainfo.totalSize);
    default:
        return {};
    }
}

QVariant TorrentListModel::sortData(const Metainfo &metainfo, int column) const
{
    switch (column) {
    case NameColumn:
        return MetainfoText::displayName(metainfo);
    case InfoHashColumn:
        return MetainfoText::primaryHashHex(metainfo);
    case TrackersColumn:
        return metainfo.trackerCount();
    case SizeColumn:
        return metainfo.totalSize;
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
    if (role == Qt::TextAlignmentRole && (section == TrackersColumn || section == SizeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case InfoHashColumn:
        return tr("Info hash");
    case TrackersColumn:
        return tr("Trackers");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

int TorrentListModel::addTorrent(const Metainfo &metainfo, quint64 openOrder)
{
    const auto position = std::upper_bound(m_openOrders.cbegin(), m_openOrders.cend(), openOrder);
    const int row = int(position - m_openOrders.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_torrents.insert(row, metainfo);
    m_openOrders.insert(row, openOrder);
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
