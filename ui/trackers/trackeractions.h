#pragma once

#include "engine/trackerid.h"
#include "metainfo/trackerurl.h"
#include "tracker/announceoverrides.h"

#include <QObject>
#include <functional>

class InspectionEngine;
class QAction;
class QWidget;
class TrackerPanel;
class WorkingTrackerActions;

// The actions on trackers, for menus, the tracker table's context menu and shortcuts. Each acts
// on the torrent shown in the panel and its selected trackers (all of them when none is).
class TrackerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackerActions)

public:
    // Asks the user a yes/no question (title, sentence); replaceable in tests.
    using Confirmation = std::function<bool(const QString &, const QString &)>;

    explicit TrackerActions(InspectionEngine *engine, TrackerPanel *panel,
                            QObject *parent = nullptr);

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    QList<QAction *> actions() const;

    QAction *reannounceSelected() const { return m_reannounceSelected; }
    QAction *reannounceAll() const { return m_reannounceAll; }
    QAction *scrapeNow() const { return m_scrapeNow; }
    QAction *sendCompleted() const { return m_sendCompleted; }
    QAction *sendPaused() const { return m_sendPaused; }
    QAction *sendStopped() const { return m_sendStopped; }
    // Opens Announce With… for the selected trackers (all of them when none is).
    QAction *announceWith() const { return m_announceWith; }
    QAction *toggleEnabled() const { return m_toggleEnabled; }
    // Checkable: go on past the selected HTTPS/wss trackers' certificate errors (after a warning).
    QAction *allowCertificateErrors() const { return m_allowCertificateErrors; }
    QAction *removeSelected() const { return m_removeSelected; }
    QAction *removeNotWorking() const { return m_removeNotWorking; }
    QAction *undoRemove() const { return m_undoRemove; }
    QAction *copyUrls() const { return m_copyUrls; }
    QAction *copyMaskedUrls() const { return m_copyMaskedUrls; }
    // Copy Working Trackers and Save Working Trackers… (submenus, in actions()).
    WorkingTrackerActions *workingTrackerActions() const { return m_workingTrackers; }

    void reannounceSelectedTrackers();
    void announceWithSelected();
    void removeSelectedTrackers();
    void removeTrackersNotWorking();
    // Puts back the trackers the last removal took (the list as it was before it).
    void undoLastRemoval();
    void toggleSelectedEnabled();
    void setSelectedAllowCertificateErrors(bool allow);
    // The selected trackers' URLs, one a line: exactly as listed, or with passkeys and other
    // secrets replaced (UrlMasking) for sharing.
    void copySelectedUrls();
    void copySelectedUrlsMasked();
    void updateEnabled();

Q_SIGNALS:
    // A sentence for the status bar: what an action did.
    void reported(const QString &message);

private:
    void createRemovalActions();
    void createCopyActions();
    QAction *makeAction(const QString &text, const QKeySequence &shortcut,
                        void (TrackerActions::*slot)());
    void sendEventToSelected(int event);
    void reportHeldBack(const QList<TrackerId> &trackerIds);
    void removeTrackers(const QList<TrackerId> &trackerIds);
    QStringList selectedUrls() const;
    // What the trackers (all of the torrent's when none is named) cannot be sent, each sentence
    // once, after the protocol's name.
    QStringList unsentOverrides(quint64 torrentId, const QList<TrackerId> &trackerIds,
                                const AnnounceOverrides &overrides) const;

    InspectionEngine *m_engine;
    TrackerPanel *m_panel;
    Confirmation m_confirm;
    // The list before the last removal, for Undo: the trackers come back (as new trackers: what
    // they said before is gone with them).
    quint64 m_undoTorrentId = 0;
    QList<QList<TrackerUrl>> m_undoTiers;
    QList<QList<TrackerUrl>> m_undoneTiers; // the list right after the removal
    QAction *m_reannounceSelected = nullptr;
    QAction *m_reannounceAll = nullptr;
    QAction *m_scrapeNow = nullptr;
    QAction *m_sendCompleted = nullptr;
    QAction *m_sendPaused = nullptr;
    QAction *m_sendStopped = nullptr;
    QAction *m_announceWith = nullptr;
    QAction *m_toggleEnabled = nullptr;
    QAction *m_allowCertificateErrors = nullptr;
    QAction *m_removeSelected = nullptr;
    QAction *m_removeNotWorking = nullptr;
    QAction *m_undoRemove = nullptr;
    QAction *m_copyUrls = nullptr;
    QAction *m_copyMaskedUrls = nullptr;
    WorkingTrackerActions *m_workingTrackers = nullptr;
};
