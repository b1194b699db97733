// MainWindow: loading torrents in the background, with progress and cancel.
#include "dialogs/trackerlistdialog.h"
#include "engine/inspectionengine.h"
#include "mainwindow/loadprogresswidget.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/messagearea.h"
#include "mainwindow/recentfilesmenu.h"
#include "metainfo/torrentloader.h"
#include "metainfo/trackerlistdocument.h"
#include "torrents/metainfotext.h"
#include "torrents/torrentlistmodel.h"
#include "torrents/torrentsources.h"

#include <QFileInfo>
#include <QStatusBar>

void MainWindow::startLoad(const QString &source, bool selectWhenLoaded)
{
    if (m_engine->isShuttingDown())
        return; // it could not be added any more
    const bool isMagnet = TorrentSources::isMagnet(source);
    if (!isMagnet && source.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive)) {
        openTrackerListFile(source);
        return;
    }
    const quint64 requestId = isMagnet ? m_loader->loadMagnet(source) : m_loader->loadFile(source);
    m_pendingLoads.insert(requestId, {source, selectWhenLoaded, m_nextOpenOrder++});
    statusBar()->showMessage(tr("Opening %1…").arg(TorrentSources::describe(source)));
}

void MainWindow::showTrackerListDialog()
{
    auto *dialog = new TrackerListDialog(this);
    dialog->setObjectName(QStringLiteral("trackerListDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrackerListDialog::listAccepted, this, [this](const Metainfo &document) {
        selectTorrent(addTorrent(document, m_nextOpenOrder++));
        statusBar()->showMessage(tr("Opened %1.").arg(document.name), kStatusMessageTimeout);
    });
    dialog->open();
}

bool MainWindow::openTrackerListFile(const QString &path)
{
    const Expected<QString> text = TrackerListDialog::readFile(path);
    const QList<QList<TrackerUrl>> tiers =
        text ? TrackerListText::parse(*text).usableTiers() : QList<QList<TrackerUrl>>();
    if (tiers.isEmpty()) {
        reportLoadError(path, text ? tr("it holds no tracker URL") : text.error().message());
        return false;
    }
    m_recentMenu->addFile(path);
    const Metainfo document = TrackerListDocument::make(tiers, QFileInfo(path).fileName(),
                                                        TrackerListDocument::randomInfoHash());
    selectTorrent(addTorrent(document, m_nextOpenOrder++));
    statusBar()->showMessage(tr("Opened %1.").arg(document.name), kStatusMessageTimeout);
    return true;
}

void MainWindow::handleLoadFinished(quint64 requestId, const Expected<Metainfo> &result)
{
    const auto found = m_pendingLoads.constFind(requestId);
    if (found == m_pendingLoads.constEnd())
        return;
    const PendingLoad load = *found;
    m_pendingLoads.erase(found);
    m_loadProgress->finish(requestId);
    if (result)
        addLoadedTorrent(load, *result);
    else
        reportLoadError(load.source, result.error().describe());
    if (m_pendingLoads.isEmpty())
        Q_EMIT pendingLoadsFinished();
}

void MainWindow::handleLoadProgressed(quint64 requestId, qint64 bytesDone, qint64 bytesTotal)
{
    const auto found = m_pendingLoads.constFind(requestId);
    if (found == m_pendingLoads.constEnd())
        return;
    const QString name = TorrentSources::isMagnet(found->source)
                             ? TorrentSources::describe(found->source)
                             : QFileInfo(found->source).fileName();
    if (!m_loadProgress->isVisibleTo(this))
        statusBar()->clearMessage(); // the progress says it better than "Opening…"
    m_loadProgress->setProgress(requestId, name, bytesDone, bytesTotal);
}

void MainWindow::cancelPendingLoads()
{
    if (m_pendingLoads.isEmpty())
        return;
    for (auto it = m_pendingLoads.cbegin(); it != m_pendingLoads.cend(); ++it)
        m_loader->cancel(it.key());
    const int count = int(m_pendingLoads.size());
    m_pendingLoads.clear();
    m_loadProgress->clear();
    statusBar()->showMessage(count == 1 ? tr("Loading cancelled.")
                                        : tr("Loading of %Ln torrents cancelled.", nullptr, count),
                             kStatusMessageTimeout);
    Q_EMIT pendingLoadsFinished();
}

void MainWindow::addLoadedTorrent(const PendingLoad &load, const Metainfo &metainfo)
{
    const bool isFile = !TorrentSources::isMagnet(load.source);
    if (isFile)
        m_recentMenu->addFile(load.source);
    const QString name = MetainfoText::displayName(metainfo);
    const int existingRow = m_torrentModel->findTorrent(metainfo);
    if (existingRow >= 0) {
        selectTorrent(existingRow);
        offerTrackersOfDuplicate(m_torrentModel->torrentId(existingRow), metainfo);
        return;
    }
    const int row = addTorrent(metainfo, load.openOrder);
    if (load.selectWhenLoaded || selectedTorrentRow() < 0)
        selectTorrent(row);
    const int warningCount = int(metainfo.warnings.size());
    statusBar()->showMessage(warningCount > 0
                                 ? tr("Opened %1 with %2.")
                                       .arg(name, warningCount == 1
                                                      ? tr("a warning")
                                                      : tr("%Ln warnings", nullptr, warningCount))
                                 : tr("Opened %1.").arg(name),
                             kStatusMessageTimeout);
    Q_EMIT torrentOpened(row);
}

// The torrent is open already: say so, and offer the trackers the link or file lists that the
// open one lacks (each in a tier of its own after the open torrent's), never adding them unasked.
void MainWindow::offerTrackersOfDuplicate(quint64 torrentId, const Metainfo &metainfo)
{
    const std::optional<TorrentSnapshot> open = m_engine->torrent(torrentId);
    if (!open)
        return;
    const QString name = MetainfoText::displayName(metainfo);
    QStringList known;
    for (const TrackerState &tracker : open->trackers)
        known << tracker.url.text();
    QList<TrackerUrl> missing;
    for (const QList<TrackerUrl> &tier : metainfo.trackerTiers) {
        for (const TrackerUrl &url : tier) {
            if (!known.contains(url.text()))
                missing << url;
        }
    }
    if (missing.isEmpty()) {
        statusBar()->showMessage(
            tr("%1 is already open, with every tracker this one lists.").arg(name),
            kStatusMessageTimeout);
        return;
    }
    QStringList texts;
    for (const TrackerUrl &url :
         std::as_const(missing).first(std::min(missing.size(), qsizetype(kMaximumUrlsNamed))))
        texts << url.text();
    if (missing.size() > kMaximumUrlsNamed)
        texts << tr("and %n more", nullptr, int(missing.size() - kMaximumUrlsNamed));
    const int count = int(missing.size());
    m_messageArea->showOffer(
        tr("%1 is already open. This one also lists %n tracker(s) it does not have: %2", nullptr,
           count)
            .arg(name, texts.join(QStringLiteral(", "))),
        tr("Add Them"), [this, torrentId, missing, name] {
            const std::optional<TorrentSnapshot> now = m_engine->torrent(torrentId);
            const int nextTier = now ? now->nextFreeTier() : 0;
            int added = 0;
            for (const TrackerUrl &url : missing)
                added += m_engine->addTracker(torrentId, url, nextTier + added).isValid() ? 1 : 0;
            statusBar()->showMessage(tr("Added %n tracker(s) to %1.", nullptr, added).arg(name),
                                     kStatusMessageTimeout);
        });
}

void MainWindow::reportLoadError(const QString &source, const QString &errorMessage)
{
    const QString message =
        tr("Could not open %1: %2").arg(TorrentSources::describe(source), errorMessage);
    m_messageArea->showError(message);
    statusBar()->showMessage(message, kStatusMessageTimeout);
    Q_EMIT loadFailed(source, errorMessage);
}
