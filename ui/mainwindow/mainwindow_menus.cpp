// MainWindow: its menus and the actions in them.
#include "collection/checkall.h"
#include "collection/trackercoveragewindow.h"
#include "dialogs/addtrackersdialog.h"
#include "dialogs/exportreportdialog.h"
#include "dialogs/settingsdialog.h"
#include "engine/enginesettingsstore.h"
#include "engine/inspectionengine.h"
#include "engine/trackerproxyfactory.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/messagearea.h"
#include "mainwindow/recentfilesmenu.h"
#include "metainfo/torrentwriter.h"
#include "peers/peerpanel.h"
#include "report/reportexporter.h"
#include "torrents/metainfotext.h"
#include "torrents/torrentdetailspane.h"
#include "torrents/torrentlistmodel.h"
#include "trackers/trackeractions.h"
#include "trackers/trackerpanel.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>
#include <QUrl>

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
    QAction *listAction =
        fileMenu->addAction(tr("Check Tracker &List…"), this, &MainWindow::showTrackerListDialog);
    listAction->setObjectName(QStringLiteral("checkTrackerListAction"));
    listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_recentMenu = new RecentFilesMenu(m_layoutMemory == LayoutMemory::Remembered
                                           ? RecentFiles::Storage::Settings
                                           : RecentFiles::Storage::MemoryOnly,
                                       this);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    fileMenu->addMenu(m_recentMenu);
    fileMenu->addSeparator();
    QAction *exportAction =
        fileMenu->addAction(tr("E&xport Report…"), this, &MainWindow::showExportReportDialog);
    exportAction->setObjectName(QStringLiteral("exportReportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *saveAction = fileMenu->addAction(tr("&Save a Copy with Current Trackers…"), this,
                                              &MainWindow::showSaveCopyDialog);
    saveAction->setObjectName(QStringLiteral("saveCopyAction"));
    saveAction->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    QAction *closeAction =
        fileMenu->addAction(tr("&Close Torrent"), this, &MainWindow::closeSelectedTorrents);
    closeAction->setObjectName(QStringLiteral("closeTorrentAction"));
    closeAction->setShortcut(QKeySequence::Close);
    // Delete closes a torrent only from the torrent list: in the tracker table it removes the
    // selected trackers (TrackerActions), anywhere else it does nothing.
    auto *closeFromList = new QAction(tr("&Close Torrent"), m_torrentView);
    closeFromList->setShortcut(QKeySequence::Delete);
    closeFromList->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(closeFromList, &QAction::triggered, this, &MainWindow::closeSelectedTorrents);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    m_torrentView->addAction(closeFromList); // its context menu; Ctrl+W comes from the menu
    createEditMenu();
    createTrackerMenu();
    createHelpMenu();
}

void MainWindow::createEditMenu()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *pasteAction = editMenu->addAction(tr("&Paste Magnet Link or File"), this,
                                               &MainWindow::pasteFromClipboard);
    pasteAction->setObjectName(QStringLiteral("pasteAction"));
    pasteAction->setShortcut(QKeySequence::Paste);
    QAction *copyAction =
        editMenu->addAction(tr("&Copy Magnet Link"), this, &MainWindow::copyMagnetLink);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_torrentView->addAction(copyAction);
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find…"), this, &MainWindow::focusFilter);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    editMenu->addSeparator();
    QAction *settingsAction =
        editMenu->addAction(tr("Se&ttings…"), this, &MainWindow::showSettingsDialog);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::focusFilter()
{
    // The filter of the tab in view: peers on the Peers tab, trackers everywhere else.
    if (m_detailsPane->tabs()->currentIndex() != TorrentDetailsPane::PeersTab)
        m_detailsPane->tabs()->setCurrentIndex(TorrentDetailsPane::TrackersTab);
    QLineEdit *filter = m_detailsPane->tabs()->currentIndex() == TorrentDetailsPane::PeersTab
                            ? m_detailsPane->peerPanel()->filterEdit()
                            : m_detailsPane->trackerPanel()->filterEdit();
    filter->setFocus(Qt::ShortcutFocusReason);
    filter->selectAll();
}

void MainWindow::createTrackerMenu()
{
    m_trackerActions = new TrackerActions(m_engine, m_detailsPane->trackerPanel(), this);
    connect(m_trackerActions, &TrackerActions::reported, this, [this](const QString &message) {
        statusBar()->showMessage(message, kStatusMessageTimeout);
    });
    QMenu *menu = menuBar()->addMenu(tr("&Trackers"));
    QAction *addAction =
        menu->addAction(tr("&Add Trackers…"), this, &MainWindow::showAddTrackersDialog);
    addAction->setObjectName(QStringLiteral("addTrackersAction"));
    addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *editAction =
        menu->addAction(tr("&Edit Tracker List…"), this, &MainWindow::showEditTrackersDialog);
    editAction->setObjectName(QStringLiteral("editTrackersAction"));
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    createCollectionActions(menu);
    menu->addSeparator();
    const QList<QAction *> actions = m_trackerActions->actions();
    for (QAction *action : actions) {
        menu->addAction(action);
        if (action == m_trackerActions->reannounceAll() ||
            action == m_trackerActions->sendStopped() || action == m_trackerActions->undoRemove() ||
            action == m_trackerActions->copyMaskedUrls())
            menu->addSeparator();
    }
}

// What acts on every open torrent at once: Check All, and the summary across torrents.
void MainWindow::createCollectionActions(QMenu *menu)
{
    menu->addSeparator();
    QAction *checkAllAction = menu->addAction(tr("Check A&ll Torrents"), this, [this] {
        statusBar()->showMessage(CheckAll::run(*m_engine), kStatusMessageTimeout);
    });
    checkAllAction->setObjectName(QStringLiteral("checkAllAction"));
    checkAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    QAction *coverageAction = menu->addAction(tr("Trackers Across T&orrents…"), this,
                                              &MainWindow::showTrackerCoverageWindow);
    coverageAction->setObjectName(QStringLiteral("trackerCoverageAction"));
}

void MainWindow::showTrackerCoverageWindow()
{
    if (!m_coverageWindow) {
        m_coverageWindow =
            new TrackerCoverageWindow(m_engine,
                                      m_layoutMemory == LayoutMemory::Remembered
                                          ? TrackerCoverageWindow::LayoutMemory::Remembered
                                          : TrackerCoverageWindow::LayoutMemory::Ignored,
                                      this);
        connect(m_coverageWindow, &TrackerCoverageWindow::reported, this,
                [this](const QString &message) {
                    statusBar()->showMessage(message, kStatusMessageTimeout);
                });
    }
    m_coverageWindow->show();
    m_coverageWindow->raise();
    m_coverageWindow->activateWindow();
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcutsAction =
        menu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    QAction *cliAction = menu->addAction(tr("&Command-Line Reference"), this, [] {
        QDesktopServices::openUrl(QUrl(QStringLiteral(TRACKER_INSPECTOR_HOMEPAGE "#usage")));
    });
    cliAction->setObjectName(QStringLiteral("cliReferenceAction"));
    menu->addSeparator();
    QAction *aboutAction = menu->addAction(tr("&About Tracker Inspector"), this, [this] {
        QMessageBox::about(this, tr("About Tracker Inspector"),
                           tr("Tracker Inspector %1\n\nAnnounces to and scrapes every tracker "
                              "of a torrent over HTTP(S), UDP and WebSocket, and shows what "
                              "each one says.\n\nMIT licence.")
                               .arg(QStringLiteral(TRACKER_INSPECTOR_VERSION)));
    });
    aboutAction->setMenuRole(QAction::AboutRole);
    menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

// Every shortcut of the menus and the tables, read from the actions themselves.
void MainWindow::showKeyboardShortcuts()
{
    QStringList lines;
    const QList<QAction *> menus = menuBar()->actions();
    for (const QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        const QList<QAction *> actions = menuAction->menu()->actions();
        for (const QAction *action : actions) {
            if (action->shortcut().isEmpty())
                continue;
            lines << QStringLiteral("%1\t%2").arg(
                action->shortcut().toString(QKeySequence::NativeText),
                action->text().remove(u'&').remove(QStringLiteral("…")));
        }
    }
    lines << tr("Delete\tin the torrent list: Close Torrent; in the tracker table: Remove Tracker");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), lines.join(u'\n'),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("keyboardShortcutsBox"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
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
                TrackerProxyFactory::install(settings);
                if (m_layoutMemory == LayoutMemory::Remembered) {
                    QSettings stored;
                    EngineSettingsStore::save(settings, stored);
                }
            });
    dialog->open();
}

void MainWindow::showAddTrackersDialog()
{
    const std::optional<TorrentSnapshot> torrent = selectedTorrentState();
    if (!torrent)
        return;
    const quint64 torrentId = torrent->id;
    const QList<QList<TrackerUrl>> existing = torrent->trackerTiers();
    const int nextTier = torrent->nextFreeTier();
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

void MainWindow::showEditTrackersDialog()
{
    const std::optional<TorrentSnapshot> torrent = selectedTorrentState();
    if (!torrent)
        return;
    const quint64 torrentId = torrent->id;
    auto *dialog = new AddTrackersDialog(this);
    dialog->setObjectName(QStringLiteral("editTrackersDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEditedTrackers(torrent->trackerTiers());
    connect(dialog, &AddTrackersDialog::trackersAccepted, this,
            [this, torrentId](const QList<QList<TrackerUrl>> &tiers) {
                // The engine applies the difference: kept trackers keep their history.
                m_engine->setTrackerList(torrentId, tiers);
                statusBar()->showMessage(tr("Tracker list updated."), kStatusMessageTimeout);
            });
    dialog->open();
}

std::optional<TorrentSnapshot> MainWindow::selectedTorrentState() const
{
    const int row = selectedTorrentRow();
    return row < 0 ? std::nullopt : m_engine->torrent(m_torrentModel->torrentId(row));
}

void MainWindow::showExportReportDialog()
{
    const std::optional<TorrentSnapshot> torrent = selectedTorrentState();
    if (!torrent)
        return;
    bool hasSecrets = false;
    for (int row = 0; row < m_torrentModel->torrentCount() && !hasSecrets; ++row) {
        const std::optional<TorrentSnapshot> open =
            m_engine->torrent(m_torrentModel->torrentId(row));
        hasSecrets = open && ReportExporter::hasSecrets(*open);
    }
    ExportReportDialog dialog(MetainfoText::displayName(torrent->metainfo),
                              m_torrentModel->torrentCount(), hasSecrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportReportDialog::Choice choice = dialog.choice();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"),
        (choice.allTorrents
             ? tr("Trackers of %n torrent(s)", nullptr, m_torrentModel->torrentCount())
             : torrent->metainfo.name) +
            QStringLiteral(".json"),
        choice.allTorrents ? tr("JSON report (*.json)")
                           : tr("JSON report (*.json);;CSV report (*.csv)"));
    if (path.isEmpty())
        return;
    // Several torrents are written as JSON only: the file's name says so.
    const bool jsonName = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    exportReportTo(choice.allTorrents && !jsonName ? path + QStringLiteral(".json") : path, choice);
}

bool MainWindow::exportReportTo(const QString &path, const ExportReportDialog::Choice &choice)
{
    const std::optional<TorrentSnapshot> selected = selectedTorrentState();
    if (!selected)
        return false;
    ReportExporter::Options options;
    options.format = ReportExporter::formatForPath(path);
    options.maskSecrets = choice.maskSecrets;
    options.includeExchangeLog = choice.includeExchangeLog;
    QList<ReportExporter::Item> items;
    for (int row = 0; row < m_torrentModel->torrentCount(); ++row) {
        const quint64 torrentId = m_torrentModel->torrentId(row);
        const std::optional<TorrentSnapshot> torrent = m_engine->torrent(torrentId);
        if (torrent && (choice.allTorrents || torrentId == selected->id))
            items.append({*torrent, m_engine->peers(torrentId)});
    }
    if (items.isEmpty() || !items.constFirst().peers)
        return false;
    const Expected<void> written =
        choice.allTorrents ? ReportExporter::write(items, path, options)
                           : ReportExporter::write(items.constFirst().torrent,
                                                   *items.constFirst().peers, path, options);
    if (!written) {
        m_messageArea->showError(
            tr("Could not export the report: %1").arg(written.error().describe()));
        return false;
    }
    statusBar()->showMessage(
        choice.allTorrents
            ? tr("Report of %n torrent(s) saved to %1.", nullptr, int(items.size())).arg(path)
            : tr("Report of %1 saved to %2.")
                  .arg(MetainfoText::displayName(selected->metainfo), path),
        kStatusMessageTimeout);
    return true;
}

void MainWindow::showSaveCopyDialog()
{
    const std::optional<TorrentSnapshot> torrent = selectedTorrentState();
    if (!torrent)
        return;
    const bool isMagnet = torrent->metainfo.version == MetainfoVersion::MagnetOnly;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy with Current Trackers"),
        torrent->metainfo.name +
            (isMagnet ? QStringLiteral(".magnet") : QStringLiteral(".torrent")),
        isMagnet ? tr("Magnet link (*.magnet *.txt)") : tr("Torrent files (*.torrent)"));
    if (!path.isEmpty())
        saveCopyTo(path);
}

bool MainWindow::saveCopyTo(const QString &path)
{
    const std::optional<TorrentSnapshot> torrent = selectedTorrentState();
    if (!torrent)
        return false;
    // Only the tracker list changes: the info dictionary is copied byte for byte, so the copy
    // has the same info hash.
    const Expected<QByteArray> written =
        TorrentWriter::write(torrent->metainfo, torrent->trackerTiers(), path);
    if (!written) {
        m_messageArea->showError(tr("Could not save the copy: %1").arg(written.error().describe()));
        return false;
    }
    statusBar()->showMessage(tr("Saved a copy to %1.").arg(path), kStatusMessageTimeout);
    return true;
}
