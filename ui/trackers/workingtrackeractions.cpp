#include "trackers/workingtrackeractions.h"

#include "engine/inspectionengine.h"
#include "trackers/trackerpanel.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QSaveFile>

WorkingTrackerActions::WorkingTrackerActions(InspectionEngine *engine, TrackerPanel *panel,
                                             QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_panel(panel)
    , m_choosePath([panel](const QString &suggested) {
        return QFileDialog::getSaveFileName(panel, tr("Save Working Trackers"), suggested,
                                            tr("Text files (*.txt);;All files (*)"));
    })
{
    m_copyMenu = makeMenu(tr("Copy &Working Trackers"), QStringLiteral("copyWorkingTrackers"),
                          &WorkingTrackerActions::copyWorkingTrackers);
    m_saveMenu = makeMenu(tr("Save Wor&king Trackers…"), QStringLiteral("saveWorkingTrackers"),
                          &WorkingTrackerActions::saveWorkingTrackers);
}

WorkingTrackerActions::~WorkingTrackerActions() = default;

std::unique_ptr<QMenu>
WorkingTrackerActions::makeMenu(const QString &title, const QString &objectName,
                                void (WorkingTrackerActions::*slot)(FamilyChoice))
{
    auto menu = std::make_unique<QMenu>(title);
    menu->menuAction()->setObjectName(objectName + QStringLiteral("Action"));
    const QList<std::pair<QString, FamilyChoice>> choices{
        {tr("IPv4 and IPv6"), FamilyChoice::Both},
        {tr("IPv4 Only"), FamilyChoice::IPv4Only},
        {tr("IPv6 Only"), FamilyChoice::IPv6Only}};
    const QStringList suffixes{QStringLiteral("Both"), QStringLiteral("IPv4"),
                               QStringLiteral("IPv6")};
    for (qsizetype index = 0; index < choices.size(); ++index) {
        QAction *action = menu->addAction(choices.at(index).first);
        action->setObjectName(objectName + suffixes.at(index));
        const FamilyChoice choice = choices.at(index).second;
        connect(action, &QAction::triggered, this, [this, slot, choice] { (this->*slot)(choice); });
    }
    menu->menuAction()->setToolTip(
        tr("The working trackers, best first (lowest latency, then most peers), one URL a line. "
           "HTTP(S) trackers reached by host name are in IPv4-only or IPv6-only lists only when "
           "the family they answered over is known."));
    return menu;
}

QAction *WorkingTrackerActions::copyMenuAction() const
{
    return m_copyMenu->menuAction();
}

QAction *WorkingTrackerActions::saveMenuAction() const
{
    return m_saveMenu->menuAction();
}

QList<WorkingTrackerRanking::Entry>
WorkingTrackerActions::workingTrackers(FamilyChoice choice) const
{
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(m_panel->torrentId());
    if (!torrent)
        return {};
    return WorkingTrackerRanking::rank({*torrent}, choice);
}

QString WorkingTrackerActions::describe(int count, FamilyChoice choice)
{
    const bool one = count == 1;
    switch (choice) {
    case FamilyChoice::IPv4Only:
        return one ? tr("1 working IPv4 tracker") : tr("%1 working IPv4 trackers").arg(count);
    case FamilyChoice::IPv6Only:
        return one ? tr("1 working IPv6 tracker") : tr("%1 working IPv6 trackers").arg(count);
    case FamilyChoice::Both:
        break;
    }
    return one ? tr("1 working tracker") : tr("%1 working trackers").arg(count);
}

void WorkingTrackerActions::copyWorkingTrackers(FamilyChoice choice)
{
    const QList<WorkingTrackerRanking::Entry> entries = workingTrackers(choice);
    if (entries.isEmpty()) {
        Q_EMIT reported(choice == FamilyChoice::Both
                            ? tr("No working trackers to copy.")
                            : tr("No tracker is known to work over %1.")
                                  .arg(choice == FamilyChoice::IPv4Only ? QStringLiteral("IPv4")
                                                                        : QStringLiteral("IPv6")));
        return;
    }
    QGuiApplication::clipboard()->setText(WorkingTrackerRanking::listText(entries));
    Q_EMIT reported(tr("Copied %1, best first.").arg(describe(int(entries.size()), choice)));
}

void WorkingTrackerActions::saveWorkingTrackers(FamilyChoice choice)
{
    const std::optional<TorrentSnapshot> torrent = m_engine->torrent(m_panel->torrentId());
    if (!torrent)
        return;
    const QString path = m_choosePath(tr("%1 – working trackers.txt").arg(torrent->metainfo.name));
    if (!path.isEmpty())
        saveWorkingTrackersTo(path, choice);
}

bool WorkingTrackerActions::saveWorkingTrackersTo(const QString &path, FamilyChoice choice)
{
    const QList<WorkingTrackerRanking::Entry> entries = workingTrackers(choice);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
        file.write(WorkingTrackerRanking::listText(entries).toUtf8()) < 0 || !file.commit()) {
        Q_EMIT reported(tr("Could not save the working trackers: %1").arg(file.errorString()));
        return false;
    }
    Q_EMIT reported(tr("Saved %1 to %2.").arg(describe(int(entries.size()), choice), path));
    return true;
}
