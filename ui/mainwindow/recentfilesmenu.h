#pragma once

#include "mainwindow/recentfiles.h"

#include <QMenu>

// File ▸ Open Recent: the last torrent files opened, newest first, and "Clear Menu".
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    explicit RecentFilesMenu(RecentFiles::Storage storage, QWidget *parent = nullptr);

    void addFile(const QString &path);
    QStringList paths() const { return m_recentFiles.paths(); }

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void rebuild();

    RecentFiles m_recentFiles;
};
