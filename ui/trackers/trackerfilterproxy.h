#pragma once

#include "common/trackertext.h"

#include <QSortFilterProxyModel>

// Sorts the tracker tree and filters its trackers by text (URL or message) and by a status
// group; a tracker that passes keeps all its endpoints.
class TrackerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerFilterProxy)

public:
    explicit TrackerFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatusGroup(TrackerText::StatusGroup group);
    TrackerText::StatusGroup statusGroup() const { return m_statusGroup; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    TrackerText::StatusGroup m_statusGroup = TrackerText::StatusGroup::All;
};
