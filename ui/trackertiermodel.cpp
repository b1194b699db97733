#include "trackertiermodel.h"

#include "metainfotext.h"
#include "statusicons.h"

#include <QFont>
#include <QTextDocument>

TrackerTierModel::TrackerTierModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QModelIndex TrackerTierModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_tiers.size() ? createIndex(row, column, kTierNodeId) : QModelIndex();
    if (!isTier(parent) || parent.column() != 0 || row >= m_tiers.at(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TrackerTierModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isTier(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTierNodeId);
}

int TrackerTierModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tiers.size());
    if (parent.column() != 0 || !isTier(parent))
        return 0;
    return int(m_tiers.at(parent.row()).size());
}

int TrackerTierModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TrackerTierModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IsTierRole)
        return isTier(index);
    if (isTier(index))
        return tierData(index.row(), index.column(), role);
    const int tier = int(index.internalId() - 1);
    return trackerData(m_tiers.at(tier).at(index.row()), index.column(), role);
}

QVariant TrackerTierModel::tierData(int tier, int column, int role) const
{
    if (column != UrlColumn)
        return {};
    const QList<TrackerUrl> &trackers = m_tiers.at(tier);
    switch (role) {
    case Qt::DisplayRole: {
        int unsupported = 0;
        for (const TrackerUrl &url : trackers)
            unsupported += url.isSupported() ? 0 : 1;
        QString text =
            tr("Tier %1  ·  %2")
                .arg(QString::number(tier + 1),
                     MetainfoText::plural(trackers.size(), tr("1 tracker"), tr("%1 trackers")));
        if (unsupported > 0)
            text += tr(", %1 unsupported").arg(unsupported);
        return text;
    }
    case SortRole:
        return tier;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return tr("Trackers in one tier are tried in turn; the next tier only when all fail "
                  "(BEP 12).");
    default:
        return {};
    }
}

QVariant TrackerTierModel::trackerData(const TrackerUrl &url, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return trackerDisplay(url, column);
    case SortRole:
        return trackerSortKey(url, column);
    case Qt::DecorationRole:
        if (column != StatusColumn)
            return {};
        return StatusIcons::icon(url.isSupported() ? StatusIcons::Kind::NotContacted
                                                   : StatusIcons::Kind::Unsupported);
    case Qt::ToolTipRole:
        if (column == UrlColumn || column == MessageColumn) {
            const QString text =
                url.isSupported() ? url.text() : url.text() + u'\n' + url.problem();
            return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
        }
        return {};
    default:
        return {};
    }
}

QVariant TrackerTierModel::trackerDisplay(const TrackerUrl &url, int column) const
{
    switch (column) {
    case UrlColumn:
        return url.text();
    case ProtocolColumn:
        return url.protocolName().isEmpty() ? QStringLiteral("–") : url.protocolName();
    case StatusColumn:
        return statusText(status(url));
    case MessageColumn:
        return url.problem();
    default:
        return {};
    }
}

QVariant TrackerTierModel::trackerSortKey(const TrackerUrl &url, int column) const
{
    switch (column) {
    case UrlColumn:
        return url.text();
    case ProtocolColumn:
        return int(url.protocol());
    case StatusColumn:
        return int(status(url));
    case MessageColumn:
        return url.problem();
    default:
        return {};
    }
}

QVariant TrackerTierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrlColumn:
        return tr("Tracker");
    case ProtocolColumn:
        return tr("Protocol");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void TrackerTierModel::setTrackerTiers(const QList<QList<TrackerUrl>> &tiers)
{
    beginResetModel();
    m_tiers = tiers;
    endResetModel();
}

TrackerTierModel::Status TrackerTierModel::status(const TrackerUrl &url)
{
    return url.isSupported() ? Status::NotContacted : Status::Unsupported;
}

QString TrackerTierModel::statusText(Status status)
{
    switch (status) {
    case Status::NotContacted:
        return tr("not contacted");
    case Status::Unsupported:
        return tr("unsupported");
    }
    return {};
}
