#include "trackers/trackerfilterproxy.h"

#include "trackers/trackertablemodel.h"

TrackerFilterProxy::TrackerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TrackerTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TrackerFilterProxy::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void TrackerFilterProxy::setStatusGroup(TrackerText::StatusGroup group)
{
    if (group == m_statusGroup)
        return;
    m_statusGroup = group;
    invalidateRowsFilter();
}

bool TrackerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // endpoints follow their tracker
    const QModelIndex url = sourceModel()->index(sourceRow, TrackerTableModel::UrlColumn);
    if (m_statusGroup != TrackerText::StatusGroup::All) {
        const auto status = TrackerStatus(url.data(TrackerTableModel::StatusRole).toInt());
        if (TrackerText::statusGroup(status) != m_statusGroup)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QModelIndex message = url.siblingAtColumn(TrackerTableModel::MessageColumn);
    return url.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           message.data().toString().contains(m_text, Qt::CaseInsensitive);
}
