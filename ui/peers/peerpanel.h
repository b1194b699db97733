#pragma once

#include "engine/trackerid.h"

#include <QWidget>

class InspectionEngine;
class PeerFilterProxy;
class PeerTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTreeView;

// The Peers tab: every unique peer of one torrent with the trackers that returned it; filter by
// tracker or text, copy rows as text.
class PeerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerPanel)

public:
    explicit PeerPanel(InspectionEngine *engine, QWidget *parent = nullptr);
    QLineEdit *filterEdit() const { return m_textFilter; }

    void setTorrent(quint64 torrentId);
    void setTrackerFilter(TrackerId trackerId); // invalid: all trackers
    QString selectedRowsText() const;           // all shown rows when none is selected
    void saveLayout(QSettings &settings) const;
    void restoreLayout(QSettings &settings);

    PeerTableModel *model() const { return m_model; }
    PeerFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QComboBox *trackerFilter() const { return m_trackerFilter; }

public Q_SLOTS:
    void copySelectedRows();

private:
    void setUpView();
    void setUpFilters();
    void followEngine(InspectionEngine *engine);
    void fillTrackerFilter();
    void updateCount();

    InspectionEngine *m_engine;
    PeerTableModel *m_model;
    PeerFilterProxy *m_proxy;
    QTreeView *m_view;
    QComboBox *m_trackerFilter;
    QLineEdit *m_textFilter;
    QLabel *m_countLabel;
    bool m_refillScheduled = false;
};
