#pragma once

#include "metainfo.h"

#include <QWidget>

class FileTreeModel;
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
class TrackerTierModel;

// The right side of the window for one torrent: its name and summary, a banner when it loaded
// with warnings, and tabs for trackers by tier, files, all metadata, and the warnings.
class TorrentDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TorrentDetailsPane)

public:
    enum Tab { TrackersTab, FilesTab, DetailsTab, WarningsTab };

    explicit TorrentDetailsPane(QWidget *parent = nullptr);

    void setMetainfo(const Metainfo &metainfo);
    void saveLayout(QSettings &settings) const;
    void restoreLayout(QSettings &settings);

    QTabWidget *tabs() const { return m_tabs; }
    TrackerTierModel *trackerModel() const { return m_trackerModel; }
    FileTreeModel *fileModel() const { return m_fileModel; }
    QTreeView *trackerView() const { return m_trackerView; }
    QTreeView *fileView() const { return m_fileView; }
    MetainfoDetailsWidget *detailsWidget() const { return m_detailsWidget; }
    MessageBanner *warningBanner() const { return m_warningBanner; }
    QStringListModel *warningModel() const { return m_warningModel; }
    QString title() const;
    // The URLs of the selected trackers (all trackers of a selected tier), one per line.
    QStringList selectedTrackerUrls() const;

public Q_SLOTS:
    void copySelectedTrackerUrls();

private:
    QWidget *createHeader();
    QWidget *createTrackerTab();
    QWidget *createFilesTab();
    QWidget *createWarningsTab();
    void spanTierRows();
    void showWarnings(const QStringList &warnings);

    QLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    MessageBanner *m_warningBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    TrackerTierModel *m_trackerModel = nullptr;
    QSortFilterProxyModel *m_trackerProxy = nullptr;
    QTreeView *m_trackerView = nullptr;
    FileTreeModel *m_fileModel = nullptr;
    QSortFilterProxyModel *m_fileProxy = nullptr;
    QTreeView *m_fileView = nullptr;
    QStackedWidget *m_filesStack = nullptr;
    MetainfoDetailsWidget *m_detailsWidget = nullptr;
    QStringListModel *m_warningModel = nullptr;
    QListView *m_warningView = nullptr;
};
