#include "peers/peerfilterproxy.h"

#include "peers/peertablemodel.h"

PeerFilterProxy::PeerFilterProxy(PeerTableModel *peers, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_peers(peers)
{
    setSourceModel(peers);
    setSortRole(PeerTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PeerFilterProxy::setTrackerId(TrackerId trackerId)
{
    if (trackerId == m_trackerId)
        return;
    m_trackerId = trackerId;
    invalidateRowsFilter();
}

void PeerFilterProxy::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool PeerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_trackerId.isValid() && !m_peers->peerHasSource(sourceRow, m_trackerId))
        return false;
    if (m_text.isEmpty())
        return true;
    // "127.0.0.1:51413", the way the report writes peers, finds the peer too.
    if (m_peers->endpointText(sourceRow).contains(m_text, Qt::CaseInsensitive))
        return true;
    for (const int column : {PeerTableModel::AddressColumn, PeerTableModel::ClientColumn,
                             PeerTableModel::SourcesColumn}) {
        if (m_peers->index(sourceRow, column)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool PeerFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_peers->lessThan(left.row(), right.row(), left.column());
}
