#pragma once

#include "report/workingtrackerranking.h"

#include <QObject>
#include <functional>
#include <memory>

class InspectionEngine;
class QAction;
class QMenu;
class TrackerPanel;

// Copy Working Trackers and Save Working Trackers…: the working trackers of the torrent or list
// shown in the panel, best first (WorkingTrackerRanking), as a list of URLs, one a line. Each is a
// submenu with the families to keep: IPv4 and IPv6, IPv4 only, IPv6 only.
class WorkingTrackerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkingTrackerActions)

public:
    using FamilyChoice = WorkingTrackerRanking::FamilyChoice;
    // Asks where to save (the suggested file name); an empty path cancels. Replaceable in tests.
    using SavePathChooser = std::function<QString(const QString &)>;

    explicit WorkingTrackerActions(InspectionEngine *engine, TrackerPanel *panel,
                                   QObject *parent = nullptr);
    ~WorkingTrackerActions() override;

    // The submenus' own actions, for menus and context menus.
    QAction *copyMenuAction() const;
    QAction *saveMenuAction() const;
    void setSavePathChooser(SavePathChooser chooser) { m_choosePath = std::move(chooser); }

    // The list of the working trackers of the torrent shown, best first.
    QList<WorkingTrackerRanking::Entry> workingTrackers(FamilyChoice choice) const;
    void copyWorkingTrackers(FamilyChoice choice);
    void saveWorkingTrackers(FamilyChoice choice);
    bool saveWorkingTrackersTo(const QString &path, FamilyChoice choice);

Q_SIGNALS:
    // A sentence for the status bar: what an action did.
    void reported(const QString &message);

private:
    std::unique_ptr<QMenu> makeMenu(const QString &title, const QString &objectName,
                                    void (WorkingTrackerActions::*slot)(FamilyChoice));
    static QString describe(int count, FamilyChoice choice);

    InspectionEngine *m_engine;
    TrackerPanel *m_panel;
    SavePathChooser m_choosePath;
    std::unique_ptr<QMenu> m_copyMenu;
    std::unique_ptr<QMenu> m_saveMenu;
};
