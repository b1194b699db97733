#include "mainwindow/recentfilesmenu.h"

#include <QDir>
#include <QFileInfo>

RecentFilesMenu::RecentFilesMenu(RecentFiles::Storage storage, QWidget *parent)
    : QMenu(parent)
    , m_recentFiles(storage)
{
    setTitle(tr("Open &Recent"));
    setObjectName(QStringLiteral("recentFilesMenu"));
    rebuild();
}

void RecentFilesMenu::addFile(const QString &path)
{
    m_recentFiles.add(path);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList paths = m_recentFiles.paths();
    for (qsizetype index = 0; index < paths.size(); ++index) {
        const QString &path = paths.at(index);
        // "&1 name.torrent"; ampersands in names are doubled so they are not mnemonics.
        QString label = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        if (index < 9)
            label = QStringLiteral("&%1  %2").arg(index + 1).arg(label);
        QAction *action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (!paths.isEmpty())
        addSeparator();
    QAction *clearAction = addAction(tr("&Clear Menu"));
    clearAction->setEnabled(!paths.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        m_recentFiles.clear();
        // Not now: rebuilding deletes the action whose signal is being delivered.
        QMetaObject::invokeMethod(this, &RecentFilesMenu::rebuild, Qt::QueuedConnection);
    });
    setEnabled(!paths.isEmpty());
}
