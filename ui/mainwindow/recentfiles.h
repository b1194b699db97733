#pragma once

#include <QStringList>

// The torrent files opened last, newest first, kept in QSettings (or only in memory when the
// window must not touch the user's settings, as for screenshots).
class RecentFiles
{
public:
    static constexpr int kMaximumCount = 10;
    enum class Storage { Settings, MemoryOnly };

    explicit RecentFiles(Storage storage = Storage::Settings);

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths);

    Storage m_storage;
    QStringList m_memory;
};
