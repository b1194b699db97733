#include "trackers/trackeractions.h"

#include "common/trackertext.h"
#include "dialogs/announcewithdialog.h"
#include "engine/inspectionengine.h"
#include "tracker/urlmasking.h"
#include "trackers/trackerpanel.h"
#include "trackers/workingtrackeractions.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTreeView>

TrackerActions::TrackerActions(InspectionEngine *engine, TrackerPanel *panel, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_panel(panel)
    , m_confirm([panel](const QString &title, const QString &question) {
        return QMessageBox::question(panel, title, question) == QMessageBox::Yes;
    })
{
    m_reannounceSelected = makeAction(tr("&Reannounce Selected"), QKeySequence(Qt::Key_F5),
                                      &TrackerActions::reannounceSelectedTrackers);
    m_reannounceAll =
        makeAction(tr("Reannounce &All Trackers"), QKeySequence(Qt::SHIFT | Qt::Key_F5), nullptr);
    connect(m_reannounceAll, &QAction::triggered, this, [this] {
        m_engine->reannounce(m_panel->torrentId(), TrackerId{});
        reportHeldBack({});
    });
    m_scrapeNow = makeAction(tr("&Scrape Now"), QKeySequence(Qt::CTRL | Qt::Key_R), nullptr);
    connect(m_scrapeNow, &QAction::triggered, this,
            [this] { m_engine->scrapeNow(m_panel->torrentId()); });
    m_sendCompleted = makeAction(tr("Send &Completed"), QKeySequence(), nullptr);
    connect(m_sendCompleted, &QAction::triggered, this,
            [this] { sendEventToSelected(int(AnnounceEvent::Completed)); });
    m_sendPaused = makeAction(tr("Send &Paused"), QKeySequence(), nullptr);
    connect(m_sendPaused, &QAction::triggered, this,
            [this] { sendEventToSelected(int(AnnounceEvent::Paused)); });
    m_sendStopped =
        makeAction(tr("Send S&topped"), QKeySequence(Qt::CTRL | Qt::Key_Period), nullptr);
    connect(m_sendStopped, &QAction::triggered, this,
            [this] { sendEventToSelected(int(AnnounceEvent::Stopped)); });
    m_announceWith =
        makeAction(tr("Announce &With…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                   &TrackerActions::announceWithSelected);
    m_announceWith->setObjectName(QStringLiteral("announceWithAction"));
    m_toggleEnabled = makeAction(tr("&Disable / Enable"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                 &TrackerActions::toggleSelectedEnabled);
    m_allowCertificateErrors =
        makeAction(tr("Go On Past Certificate &Errors"), QKeySequence(), nullptr);
    m_allowCertificateErrors->setCheckable(true);
    m_allowCertificateErrors->setToolTip(
        tr("For the selected HTTPS and wss trackers: report certificate errors and go on"));
    connect(m_allowCertificateErrors, &QAction::triggered, this,
            &TrackerActions::setSelectedAllowCertificateErrors);
    createRemovalActions();
    createCopyActions();
    QTreeView *view = panel->view();
    view->addActions(actions());
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrackerActions::updateEnabled);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &TrackerActions::updateEnabled);
    updateEnabled();
}

void TrackerActions::createCopyActions()
{
    m_copyUrls =
        makeAction(tr("Copy &URLs"), QKeySequence::Copy, &TrackerActions::copySelectedUrls);
    m_copyUrls->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyMaskedUrls = makeAction(tr("Copy URLs with Pass&keys Masked"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::ALT | Qt::Key_C),
                                  &TrackerActions::copySelectedUrlsMasked);
    m_copyMaskedUrls->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyMaskedUrls->setToolTip(
        tr("Copies the URLs with passkeys, tokens and user names replaced by %1, for sharing")
            .arg(UrlMasking::kMask));
    m_workingTrackers = new WorkingTrackerActions(m_engine, m_panel, this);
    connect(m_workingTrackers, &WorkingTrackerActions::reported, this, &TrackerActions::reported);
}

void TrackerActions::createRemovalActions()
{
    // Delete acts on what has the focus: here the tracker table (the torrent list closes the
    // torrent). Removal says what it did and can be undone.
    m_removeSelected = makeAction(tr("Re&move Tracker"), QKeySequence(QKeySequence::Delete),
                                  &TrackerActions::removeSelectedTrackers);
    m_removeSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeNotWorking = makeAction(tr("Remove All &Not Working…"), QKeySequence(),
                                    &TrackerActions::removeTrackersNotWorking);
    m_undoRemove = makeAction(tr("&Undo Remove"), QKeySequence(QKeySequence::Undo),
                              &TrackerActions::undoLastRemoval);
}

QAction *TrackerActions::makeAction(const QString &text, const QKeySequence &shortcut,
                                    void (TrackerActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> TrackerActions::actions() const
{
    return {m_reannounceSelected,
            m_reannounceAll,
            m_scrapeNow,
            m_sendCompleted,
            m_sendPaused,
            m_sendStopped,
            m_announceWith,
            m_toggleEnabled,
            m_allowCertificateErrors,
            m_removeSelected,
            m_removeNotWorking,
            m_undoRemove,
            m_copyUrls,
            m_copyMaskedUrls,
            m_workingTrackers->copyMenuAction(),
            m_workingTrackers->saveMenuAction()};
}

void TrackerActions::updateEnabled()
{
    const bool hasTorrent = m_panel->torrentId() != 0;
    const bool hasSelection = !m_panel->selectedTrackerIds().isEmpty();
    for (QAction *action : actions())
        action->setEnabled(hasTorrent);
    m_removeSelected->setEnabled(hasSelection);
    m_toggleEnabled->setEnabled(hasSelection);
    m_copyUrls->setEnabled(hasSelection);
    m_copyMaskedUrls->setEnabled(hasSelection);
    m_undoRemove->setEnabled(hasTorrent && m_undoTorrentId == m_panel->torrentId());
    // Only trackers spoken to over TLS have certificates; checked when the first selected one
    // already goes on past its errors.
    bool anyTls = false;
    bool firstAllows = false;
    for (const TrackerId trackerId : m_panel->selectedTrackerIds()) {
        const std::optional<TrackerState> tracker =
            m_engine->tracker(m_panel->torrentId(), trackerId);
        if (!tracker || !tracker->url.usesTls())
            continue;
        if (!anyTls)
            firstAllows = tracker->ignoresCertificateErrors;
        anyTls = true;
    }
    m_allowCertificateErrors->setEnabled(anyTls);
    m_allowCertificateErrors->setChecked(firstAllows);
}

void TrackerActions::reannounceSelectedTrackers()
{
    const QList<TrackerId> selected = m_panel->selectedTrackerIds();
    for (const TrackerId trackerId : selected)
        m_engine->reannounce(m_panel->torrentId(), trackerId);
    reportHeldBack(selected);
}

// A forced announce still waits for the safety floor: say when it goes, never wait silently.
void TrackerActions::reportHeldBack(const QList<TrackerId> &trackerIds)
{
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(m_panel->torrentId());
    if (!torrent)
        return;
    const qint64 nowMs = m_engine->nowMs();
    qint64 latestMs = -1;
    for (const TrackerState &tracker : torrent->trackers) {
        if (!trackerIds.isEmpty() && !trackerIds.contains(tracker.id))
            continue;
        if (!tracker.isBusy() && tracker.nextAnnounceMs() > nowMs)
            latestMs = qMax(latestMs, tracker.nextAnnounceMs());
    }
    constexpr qint64 kMillisecondsPerSecond = 1000;
    if (latestMs < 0 || latestMs - nowMs < kMillisecondsPerSecond)
        return;
    const int seconds =
        int((latestMs - nowMs + kMillisecondsPerSecond - 1) / kMillisecondsPerSecond);
    Q_EMIT reported(tr("Next announce allowed in %n s: trackers are not asked more often than the "
                       "safety floor (Settings).",
                       nullptr, seconds));
}

void TrackerActions::sendEventToSelected(int event)
{
    const QList<TrackerId> selected = m_panel->selectedTrackerIds();
    if (selected.isEmpty()) {
        m_engine->sendEvent(AnnounceEvent(event), m_panel->torrentId(), TrackerId{});
        return;
    }
    for (const TrackerId trackerId : selected)
        m_engine->sendEvent(AnnounceEvent(event), m_panel->torrentId(), trackerId);
}

void TrackerActions::announceWithSelected()
{
    const quint64 torrentId = m_panel->torrentId();
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(torrentId);
    if (!torrent)
        return;
    const QList<TrackerId> selected = m_panel->selectedTrackerIds();
    auto *dialog = new AnnounceWithDialog(m_panel->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<TrackerState> single =
        selected.size() == 1 ? m_engine->tracker(torrentId, selected.constFirst()) : std::nullopt;
    dialog->setTarget(single
                          ? tr("To %1").arg(single->url.text())
                          : tr("To %n trackers of %1", nullptr,
                               int(selected.isEmpty() ? torrent->trackers.size() : selected.size()))
                                .arg(torrent->metainfo.name));
    dialog->setUnsentLister([this, torrentId, selected](const AnnounceOverrides &overrides) {
        return unsentOverrides(torrentId, selected, overrides);
    });
    connect(dialog, &AnnounceWithDialog::announceAccepted, this,
            [this, torrentId, selected](const AnnounceOverrides &overrides) {
                int sent = 0;
                for (const TrackerId trackerId :
                     selected.isEmpty() ? QList<TrackerId>{TrackerId{}} : selected)
                    sent += m_engine->announceWith(torrentId, trackerId, overrides);
                Q_EMIT reported(tr("%n announce(s) with your values sent.", nullptr, sent));
            });
    dialog->open();
}

QStringList TrackerActions::unsentOverrides(quint64 torrentId, const QList<TrackerId> &trackerIds,
                                            const AnnounceOverrides &overrides) const
{
    QStringList unsent;
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(torrentId);
    for (const TrackerState &tracker : torrent ? torrent->trackers : QList<TrackerState>()) {
        if (!trackerIds.isEmpty() && !trackerIds.contains(tracker.id))
            continue;
        for (const QString &sentence :
             m_engine->unsentOverrides(torrentId, tracker.id, overrides)) {
            const QString line = tracker.url.protocolName().toUpper() + u": " + sentence;
            if (!unsent.contains(line))
                unsent.append(line);
        }
    }
    return unsent;
}

void TrackerActions::toggleSelectedEnabled()
{
    const quint64 torrentId = m_panel->torrentId();
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(torrentId);
    if (!torrent)
        return;
    for (const TrackerId trackerId : m_panel->selectedTrackerIds()) {
        const std::optional<TrackerState> tracker = m_engine->tracker(torrentId, trackerId);
        if (!tracker)
            continue;
        const bool enabling = tracker->disabled;
        // BEP 27: a private torrent's peers must come from its own trackers only.
        if (enabling && tracker->addedByUser && torrent->metainfo.isPrivate &&
            !m_confirm(tr("Private torrent"),
                       tr("This torrent is private: its publisher allows only its own trackers. "
                          "Announce it to %1 anyway?")
                           .arg(tracker->url.text())))
            continue;
        m_engine->setTrackerEnabled(torrentId, trackerId, enabling);
    }
}

void TrackerActions::setSelectedAllowCertificateErrors(bool allow)
{
    const quint64 torrentId = m_panel->torrentId();
    QList<TrackerId> tlsTrackers;
    for (const TrackerId trackerId : m_panel->selectedTrackerIds()) {
        const std::optional<TrackerState> tracker = m_engine->tracker(torrentId, trackerId);
        if (tracker && tracker->url.usesTls())
            tlsTrackers.append(trackerId);
    }
    if (allow && !tlsTrackers.isEmpty() &&
        !m_confirm(tr("Certificate errors"),
                   tr("Go on talking to %n tracker(s) whose certificate cannot be trusted? Their "
                      "certificate errors are still shown, but anyone between you and the "
                      "tracker could read and change what it says.",
                      nullptr, int(tlsTrackers.size())))) {
        updateEnabled();
        return;
    }
    for (const TrackerId trackerId : std::as_const(tlsTrackers)) {
        m_engine->setTrackerIgnoresCertificateErrors(torrentId, trackerId, allow);
        if (allow)
            m_engine->reannounce(torrentId, trackerId);
    }
    updateEnabled();
}

void TrackerActions::removeSelectedTrackers()
{
    removeTrackers(m_panel->selectedTrackerIds());
}

void TrackerActions::removeTrackersNotWorking()
{
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(m_panel->torrentId());
    if (!torrent)
        return;
    QList<TrackerId> failing;
    for (const TrackerState &tracker : torrent->trackers) {
        if (TrackerText::isFailure(tracker.status))
            failing.append(tracker.id);
    }
    if (failing.isEmpty())
        return;
    if (!m_confirm(tr("Remove trackers"),
                   tr("Remove the %1 trackers that are not working (errors, time-outs and "
                      "unreachable)?")
                       .arg(failing.size())))
        return;
    removeTrackers(failing);
}

void TrackerActions::removeTrackers(const QList<TrackerId> &trackerIds)
{
    // As an edit of the list: the trackers removed hear `stopped` where we had joined them.
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(m_panel->torrentId());
    if (!torrent || trackerIds.isEmpty())
        return;
    QStringList urls;
    for (const TrackerId trackerId : trackerIds) {
        if (const TrackerState *tracker = torrent->trackerWithId(trackerId))
            urls.append(tracker->url.text());
    }
    if (urls.isEmpty())
        return;
    m_undoTorrentId = torrent->id;
    m_undoTiers = torrent->trackerTiers();
    m_undoneTiers = torrent->trackerTiers(trackerIds);
    m_engine->setTrackerList(torrent->id, m_undoneTiers);
    updateEnabled();
    Q_EMIT reported(urls.size() == 1
                        ? tr("Removed %1. Undo with %2.")
                              .arg(urls.constFirst(),
                                   m_undoRemove->shortcut().toString(QKeySequence::NativeText))
                        : tr("Removed %n trackers. Undo with %1.", nullptr, int(urls.size()))
                              .arg(m_undoRemove->shortcut().toString(QKeySequence::NativeText)));
}

namespace {
QList<QStringList> tierTexts(const QList<QList<TrackerUrl>> &tiers)
{
    QList<QStringList> texts;
    for (const QList<TrackerUrl> &tier : tiers) {
        texts.append(QStringList());
        for (const TrackerUrl &url : tier)
            texts.last().append(url.text());
    }
    return texts;
}
} // namespace

void TrackerActions::undoLastRemoval()
{
    const std::optional<TorrentSnapshot> torrent =
        m_undoTorrentId == 0 ? std::nullopt : m_engine->torrent(m_undoTorrentId);
    if (!torrent)
        return;
    // Only the removal itself is undone: when the list changed since, putting the old one back
    // would also throw away what was added or edited after it.
    if (tierTexts(torrent->trackerTiers()) != tierTexts(m_undoneTiers)) {
        m_undoTorrentId = 0;
        updateEnabled();
        Q_EMIT reported(tr("The tracker list changed since the removal: nothing to undo."));
        return;
    }
    m_engine->setTrackerList(std::exchange(m_undoTorrentId, 0), m_undoTiers);
    m_undoTiers.clear();
    updateEnabled();
    Q_EMIT reported(tr("Trackers put back."));
}

QStringList TrackerActions::selectedUrls() const
{
    // From the engine: the URL exactly as the torrent or the user wrote it.
    QStringList urls;
    for (const TrackerId trackerId : m_panel->selectedTrackerIds()) {
        if (const std::optional<TrackerState> tracker =
                m_engine->tracker(m_panel->torrentId(), trackerId))
            urls.append(tracker->url.text());
    }
    return urls;
}

void TrackerActions::copySelectedUrls()
{
    const QStringList urls = selectedUrls();
    if (!urls.isEmpty())
        QGuiApplication::clipboard()->setText(urls.join(u'\n'));
}

void TrackerActions::copySelectedUrlsMasked()
{
    QStringList urls = selectedUrls();
    for (QString &url : urls)
        url = UrlMasking::mask(url);
    if (!urls.isEmpty())
        QGuiApplication::clipboard()->setText(urls.join(u'\n'));
}
