#pragma once

#include "engine/trackerid.h"

#include <QWidget>

class InspectionEngine;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTreeView;
class TrackerDetailsWidget;
class TrackerFilterProxy;
class TrackerTableModel;

// The Trackers tab: a filter bar, the live tracker → endpoint tree of one torrent, and under it
// the details of the tracker that is current.
class TrackerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerPanel)

public:
    explicit TrackerPanel(InspectionEngine *engine, QWidget *parent = nullptr);

    void setTorrent(quint64 torrentId);
    quint64 torrentId() const;
    // Engine indexes of the selected trackers (an endpoint row counts as its tracker), ascending.
    QList<TrackerId> selectedTrackerIds() const; // in the order of the engine's list
    TrackerId currentTrackerId() const;          // invalid when none
    void selectTracker(TrackerId trackerId);
    QStringList selectedTrackerUrls() const;
    void saveLayout(QSettings &settings) const;
    void restoreLayout(QSettings &settings);

    TrackerTableModel *model() const { return m_model; }
    TrackerFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    TrackerDetailsWidget *details() const { return m_details; }

Q_SIGNALS:
    void currentTrackerChanged(TrackerId trackerId);

private:
    QWidget *createFilterBar();
    void createView();
    void showColumnMenu(const QPoint &position);
    void showCurrentTracker();
    void expandInserted(const QModelIndex &parent, int first, int last);

    InspectionEngine *m_engine;
    TrackerTableModel *m_model;
    TrackerFilterProxy *m_proxy;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QSplitter *m_splitter = nullptr;
    TrackerDetailsWidget *m_details = nullptr;
};
