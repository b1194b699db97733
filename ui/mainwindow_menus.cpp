// MainWindow: its menus and the actions in them.
#include "addtrackersdialog.h"
#include "enginesettingsstore.h"
#include "inspectionengine.h"
#include "mainwindow.h"
#include "recentfilesmenu.h"
#include "settingsdialog.h"
#include "torrentdetailspane.h"
#include "torrentlistmodel.h"
#include "trackeractions.h"
#include "trackerpanel.h"

#include <QAction>
#include <QKeySequence>
#include <QMenuBar>
#include <QSettings>
#include <QTreeView>

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction =
        fileMenu->addAction(tr("&Open Torrent File…"), this, &MainWindow::showOpenFileDialog);
    openAction->setShortcut(QKeySequence::Open);
    QAction *magnetAction =
        fileMenu->addAction(tr("Open &Magnet Link…"), this, &MainWindow::showMagnetDialog);
    magnetAction->setObjectName(QStringLiteral("openMagnetAction"));
    magnetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = new RecentFilesMenu(m_layoutMemory == LayoutMemory::Remembered
                                           ? RecentFiles::Storage::Settings
                                           : RecentFiles::Storage::MemoryOnly,
                                       this);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    fileMenu->addMenu(m_recentMenu);
    fileMenu->addSeparator();
    QAction *closeAction =
        fileMenu->addAction(tr("&Close Torrent"), this, &MainWindow::closeSelectedTorrents);
    closeAction->setShortcuts({QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Delete)});
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *pasteAction = editMenu->addAction(tr("&Paste Magnet Link or File"), this,
                                               &MainWindow::pasteFromClipboard);
    pasteAction->setObjectName(QStringLiteral("pasteAction"));
    pasteAction->setShortcut(QKeySequence::Paste);
    QAction *copyAction =
        editMenu->addAction(tr("&Copy Magnet Link"), this, &MainWindow::copyMagnetLink);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_torrentView->addActions({copyAction, closeAction});
    createTrackerMenu();
    createHelperMenu();
}

void MainWindow::createTrackerMenu()
{
    m_trackerActions = new TrackerActions(m_engine, m_detailsPane->trackerPanel(), this);
    QMenu *menu = menuBar()->addMenu(tr("&Trackers"));
    const QList<QAction *> actions = m_trackerActions->actions();
    for (QAction *action : actions) {
        menu->addAction(action);
        if (action == m_trackerActions->reannounceAll() ||
            action == m_trackerActions->sendStopped() ||
            action == m_trackerActions->removeNotWorking())
            menu->addSeparator();
    }
}

void MainWindow::createHelperMenu()
{
    QMenu *torrentMenu = menuBar()->addMenu(tr("T&orrent"));
    QAction *addAction =
        torrentMenu->addAction(tr("&Add Trackers…"), this, &MainWindow::showAddTrackersDialog);
    addAction->setObjectName(QStringLiteral("addTrackersAction"));
    addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    // Not wired yet: editing the list in place, report export, saving a copy of the .torrent.
    const QStringList pending{tr("&Edit Tracker List…"), tr("E&xport Report…"),
                              tr("&Save a Copy with Edited Trackers…")};
    for (const QString &text : pending) {
        QAction *action = torrentMenu->addAction(text);
        action->setEnabled(false);
        action->setToolTip(tr("Not available in this build yet."));
    }
    torrentMenu->addSeparator();
    QAction *settingsAction =
        torrentMenu->addAction(tr("Se&ttings…"), this, &MainWindow::showSettingsDialog);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
}

void MainWindow::showSettingsDialog()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_engine->settings());
    connect(dialog, &SettingsDialog::settingsAccepted, this,
            [this](const EngineSettings &settings) {
                m_engine->setSettings(settings);
                if (m_layoutMemory == LayoutMemory::Remembered) {
                    QSettings stored;
                    EngineSettingsStore::save(settings, stored);
                }
            });
    dialog->open();
}

void MainWindow::showAddTrackersDialog()
{
    const int row = selectedTorrentRow();
    if (row < 0)
        return;
    const quint64 torrentId = m_torrentModel->torrentId(row);
    const TorrentState *torrent = m_engine->torrent(torrentId);
    if (!torrent)
        return;
    QList<QList<TrackerUrl>> existing;
    int nextTier = 0;
    for (const TrackerState &tracker : torrent->trackers) {
        while (existing.size() <= tracker.tier)
            existing.append(QList<TrackerUrl>());
        existing[tracker.tier].append(tracker.url);
        nextTier = qMax(nextTier, tracker.tier + 1);
    }
    auto *dialog = new AddTrackersDialog(this);
    dialog->setObjectName(QStringLiteral("addTrackersDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingTrackers(existing);
    connect(dialog, &AddTrackersDialog::trackersAccepted, this,
            [this, torrentId, nextTier](const QList<QList<TrackerUrl>> &tiers) {
                // Each pasted tier comes after the torrent's own; on a private torrent the
                // engine keeps them disabled until the user enables one (and is warned).
                for (qsizetype tier = 0; tier < tiers.size(); ++tier) {
                    for (const TrackerUrl &url : tiers.at(tier))
                        m_engine->addTracker(torrentId, url, nextTier + int(tier));
                }
            });
    dialog->open();
}
