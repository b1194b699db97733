#pragma once

#include "metainfoparseresult.h"

#include <QObject>
#include <QThreadPool>

// Loads torrents and magnets without blocking the caller's thread: a file is read and hashed on
// a worker thread, and loadFinished comes back on the loader's thread. Never emits inside a call.
// Destroying the loader waits for a parse under way (bounded by kMaxFileSize) and drops its result.
class TorrentLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TorrentLoader)

public:
    // Larger files are refused without being read.
    static constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;
    static constexpr int kMaxParallelLoads = 2;

    explicit TorrentLoader(QObject *parent = nullptr);
    ~TorrentLoader() override;

    quint64 loadFile(const QString &path);
    quint64 loadMagnet(const QString &uri);
    quint64 loadData(const QByteArray &data, const QString &sourceName);

Q_SIGNALS:
    void loadFinished(quint64 requestId, const MetainfoParseResult &result);

private:
    // Called on a worker thread: hands the result to the loader's thread.
    void deliver(quint64 requestId, const MetainfoParseResult &result);

    QThreadPool m_workers;
    quint64 m_lastRequestId = 0;
};
