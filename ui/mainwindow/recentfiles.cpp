#include "mainwindow/recentfiles.h"

#include <QSettings>

namespace {
const QLatin1String kSettingsKey("recentFiles");
} // namespace

RecentFiles::RecentFiles(Storage storage)
    : m_storage(storage)
{}

QStringList RecentFiles::paths() const
{
    if (m_storage == Storage::MemoryOnly)
        return m_memory;
    return QSettings().value(kSettingsKey).toStringList().mid(0, kMaximumCount);
}

void RecentFiles::add(const QString &path)
{
    QStringList updated = paths();
    updated.removeAll(path);
    updated.prepend(path);
    store(updated.mid(0, kMaximumCount));
}

void RecentFiles::remove(const QString &path)
{
    QStringList updated = paths();
    updated.removeAll(path);
    store(updated);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &paths)
{
    if (m_storage == Storage::MemoryOnly)
        m_memory = paths;
    else
        QSettings().setValue(kSettingsKey, paths);
}
