#pragma once

#include "common/expected.h"
#include "dialogs/exportreportdialog.h"
#include "engine/torrentsnapshot.h"
#include "metainfo/metainfo.h"

#include <QHash>
#include <QMainWindow>
#include <optional>

class EngineStatusLabel;
class InspectionEngine;
class LoadProgressWidget;
class MessageArea;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class RecentFilesMenu;
class TorrentDetailsPane;
class TorrentListModel;
class TorrentLoader;
class TrackerActions;
class TrackerCoverageWindow;
class QMenu;

// The main window: open torrents on the left, the selected one's trackers, files, details and
// warnings on the right. Opens files and magnets from menus, dialogs, drops, the clipboard and
// the command line; load errors appear in the window as banners and in the status bar. Each
// opened torrent is handed to the engine, which starts contacting its trackers at once; closing
// one sends `stopped`.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Ignored: neither read nor write QSettings (screenshots must look the same everywhere).
    enum class LayoutMemory { Remembered, Ignored };
    static constexpr QSize kDefaultSize{1280, 800};      // with LayoutMemory::Ignored (screenshots)
    static constexpr qreal kFirstStartScreenShare = 0.9; // of the screen, when nothing is saved

    // engine (not owned) must outlive the window.
    explicit MainWindow(InspectionEngine *engine,
                        LayoutMemory layoutMemory = LayoutMemory::Remembered,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void openSources(const QStringList &sources); // paths, file URLs or magnet links
    void openSource(const QString &source);
    void openFile(const QString &path);
    void openMagnet(const QString &uri);

    // Adds a loaded torrent to the engine and the list (or selects it when already open);
    // returns its row.
    int addTorrent(const Metainfo &metainfo, quint64 openOrder = kLastOpenOrder);
    int pendingLoadCount() const { return int(m_pendingLoads.size()); }
    int selectedTorrentRow() const; // in TorrentListModel rows, -1 when none
    void selectTorrent(int row);
    QStringList recentFiles() const;
    bool saveScreenshot(const QString &path, QString *errorMessage = nullptr);

    InspectionEngine *engine() const { return m_engine; }
    TrackerActions *trackerActions() const { return m_trackerActions; }
    TrackerCoverageWindow *trackerCoverageWindow() const { return m_coverageWindow; }
    TorrentListModel *torrentListModel() const { return m_torrentModel; }
    QTreeView *torrentView() const { return m_torrentView; }
    TorrentDetailsPane *detailsPane() const { return m_detailsPane; }
    MessageArea *messageArea() const { return m_messageArea; }
    TorrentLoader *torrentLoader() const { return m_loader; }
    LoadProgressWidget *loadProgressWidget() const { return m_loadProgress; }

public Q_SLOTS:
    void showOpenFileDialog();
    void showMagnetDialog();
    // Check Tracker List…: a pasted or opened list of trackers, checked without a torrent.
    void showTrackerListDialog();
    // A text file of tracker URLs opened as a tracker list (random info hash), as from the
    // command line or a drop; false (and the reason shown) when it holds none.
    bool openTrackerListFile(const QString &path);
    void pasteFromClipboard();
    void closeSelectedTorrents();
    void copyMagnetLink();
    void showSettingsDialog();
    void showAddTrackersDialog();
    // The selected torrent's whole list as text; OK applies the difference to the engine.
    void showEditTrackersDialog();
    // Trackers Across Torrents: every URL of the open torrents, where it works, and removal
    // from all of them (one window, kept while the main window lives).
    void showTrackerCoverageWindow();
    // Stops every load under way; their torrents are not opened.
    void cancelPendingLoads();
    void showExportReportDialog();
    void showSaveCopyDialog();
    // The selected torrent's report (JSON or CSV by the path's suffix) / a copy of its .torrent
    // (or magnet) with the trackers as they are now. Failures are shown in the window.
    bool exportReportTo(const QString &path, const ExportReportDialog::Choice &choice);
    bool saveCopyTo(const QString &path);

Q_SIGNALS:
    void torrentOpened(int row);
    void loadFailed(const QString &source, const QString &errorMessage);
    void pendingLoadsFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static constexpr int kStatusMessageTimeout = 8000; // ms
    static constexpr int kMaximumUrlsNamed = 5;        // in a banner; the rest are counted
    std::optional<TorrentSnapshot> selectedTorrentState() const;
    struct PendingLoad
    {
        QString source;
        bool selectWhenLoaded = false;
        quint64 openOrder = 0; // where its row goes: the order the user asked
    };

    static constexpr quint64 kLastOpenOrder = ~quint64(0);

    void createActions();
    void createEditMenu();
    void createTrackerMenu();
    void createCollectionActions(QMenu *menu);
    void createHelpMenu();
    void showKeyboardShortcuts();
    void focusFilter();
    void createTorrentView();
    QWidget *createCentralWidget();
    // loading (mainwindow_loading.cpp)
    void handleLoadFinished(quint64 requestId, const Expected<Metainfo> &result);
    void handleLoadProgressed(quint64 requestId, qint64 bytesDone, qint64 bytesTotal);
    void addLoadedTorrent(const PendingLoad &load, const Metainfo &metainfo);
    void reportLoadError(const QString &source, const QString &errorMessage);
    void offerTrackersOfDuplicate(quint64 torrentId, const Metainfo &metainfo);
    void startLoad(const QString &source, bool selectWhenLoaded);
    void showSelectedTorrent();
    void saveLayout();
    void restoreLayout();

    InspectionEngine *m_engine;
    const LayoutMemory m_layoutMemory;
    TorrentLoader *m_loader;
    TorrentListModel *m_torrentModel;
    QSortFilterProxyModel *m_torrentProxy;
    QTreeView *m_torrentView = nullptr;
    QStackedWidget *m_contentStack = nullptr;
    TorrentDetailsPane *m_detailsPane = nullptr;
    MessageArea *m_messageArea = nullptr;
    EngineStatusLabel *m_statusLabel = nullptr;
    LoadProgressWidget *m_loadProgress = nullptr;
    TrackerActions *m_trackerActions = nullptr;
    TrackerCoverageWindow *m_coverageWindow = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QHash<quint64, PendingLoad> m_pendingLoads;
    quint64 m_nextOpenOrder = 1; // 0 would mean "in the order added" to the engine
};
