#pragma once

#include "metainfo/metainfo.h"

#include <QTimer>
#include <QWidget>

class FileTreeModel;
class InspectionEngine;
class PeerPanel;
class TrackerPanel;
class MessageBanner;
class MetainfoDetailsWidget;
class QLabel;
class QSettings;
class QSortFilterProxyModel;
class QStackedWidget;
class QStringListModel;
class QTabWidget;
class QTreeView;
class QListView;

// The right side of the window for one torrent: its name and summary, a banner when it loaded
// with warnings, and tabs for the live trackers, peers, files, all metadata, and the warnings.
class TorrentDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TorrentDetailsPane)

public:
    enum Tab { TrackersTab, PeersTab, FilesTab, DetailsTab, WarningsTab };

    explicit TorrentDetailsPane(InspectionEngine *engine, QWidget *parent = nullptr);

    // torrentId: the engine's id of the torrent (0 when the engine does not know it).
    void setTorrent(quint64 torrentId, const Metainfo &metainfo);
    void saveLayout(QSettings &settings) const;
    void restoreLayout(QSettings &settings);

    QTabWidget *tabs() const { return m_tabs; }
    TrackerPanel *trackerPanel() const { return m_trackerPanel; }
    PeerPanel *peerPanel() const { return m_peerPanel; }
    FileTreeModel *fileModel() const { return m_fileModel; }
    QTreeView *trackerView() const;
    QTreeView *fileView() const { return m_fileView; }
    MetainfoDetailsWidget *detailsWidget() const { return m_detailsWidget; }
    MessageBanner *warningBanner() const { return m_warningBanner; }
    QStringListModel *warningModel() const { return m_warningModel; }
    QString title() const;
    // The URLs of the selected trackers.
    QStringList selectedTrackerUrls() const;

public Q_SLOTS:
    void copySelectedTrackerUrls();

private:
    QWidget *createHeader();
    QWidget *createFilesTab();
    QWidget *createWarningsTab();
    void showWarnings(const QStringList &warnings);
    // The summary line with the torrent's tracker list as it is now (edits change it).
    void refreshSummary();
    void handleTrackersChanged(quint64 torrentId);

    InspectionEngine *m_engine;
    quint64 m_torrentId = 0;
    Metainfo m_metainfo;
    QTimer m_summaryTimer; // gathers a list edit's signals into one refresh
    QLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    MessageBanner *m_warningBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    TrackerPanel *m_trackerPanel = nullptr;
    PeerPanel *m_peerPanel = nullptr;
    FileTreeModel *m_fileModel = nullptr;
    QSortFilterProxyModel *m_fileProxy = nullptr;
    QTreeView *m_fileView = nullptr;
    QStackedWidget *m_filesStack = nullptr;
    MetainfoDetailsWidget *m_detailsWidget = nullptr;
    QStringListModel *m_warningModel = nullptr;
    QListView *m_warningView = nullptr;
};
