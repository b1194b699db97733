#pragma once

#include "common/expected.h"
#include "metainfo/metainfo.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

// Loads torrents and magnets without blocking the caller's thread: a file is read and hashed on
// a worker thread, and loadFinished comes back on the loader's thread. Never emits inside a call.
// While a file is hashed, loadProgressed reports how far it is, at most every progress interval.
// A cancelled load (cancel(), cancelAll(), or destroying the loader) finishes within one hashing
// step (InfoHasher::kProgressChunkSize) and delivers nothing.
class TorrentLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TorrentLoader)

public:
    // Larger files are refused without being read.
    static constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;
    static constexpr int kMaxParallelLoads = 2;
    // The least time between two loadProgressed of one load; loads shorter than this report
    // no progress at all.
    static constexpr int kDefaultProgressIntervalMs = 100;

    explicit TorrentLoader(QObject *parent = nullptr);
    ~TorrentLoader() override;

    quint64 loadFile(const QString &path);
    quint64 loadMagnet(const QString &uri);
    quint64 loadData(const QByteArray &data, const QString &sourceName);

    void cancel(quint64 requestId);
    void cancelAll();
    // 0 reports every hashing step (tests).
    void setProgressInterval(int milliseconds) { m_progressIntervalMs = milliseconds; }

Q_SIGNALS:
    void loadFinished(quint64 requestId, const Expected<Metainfo> &result);
    // bytesDone of bytesTotal hashed (a hybrid torrent's info dictionary counts twice).
    void loadProgressed(quint64 requestId, qint64 bytesDone, qint64 bytesTotal);

private:
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    // Called on a worker thread: hands the result to the loader's thread.
    void deliver(quint64 requestId, const Expected<Metainfo> &result);
    void deliverProgress(quint64 requestId, qint64 bytesDone, qint64 bytesTotal);
    CancelFlag makeCancelFlag(quint64 requestId);

    QThreadPool m_workers;
    quint64 m_lastRequestId = 0;
    int m_progressIntervalMs = kDefaultProgressIntervalMs;
    QHash<quint64, CancelFlag> m_cancelFlags; // loads under way, on the loader's thread
};
