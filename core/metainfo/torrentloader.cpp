#include "metainfo/torrentloader.h"

#include "metainfo/magnetlinkparser.h"
#include "metainfo/metainfoparser.h"
#include "metainfo/torrentfilereader.h"

#include <QElapsedTimer>
#include <QMetaObject>

static_assert(TorrentLoader::kMaxFileSize <= TorrentFileReader::kMaxFileSize);

TorrentLoader::TorrentLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Expected<Metainfo>>();
    m_workers.setMaxThreadCount(kMaxParallelLoads);
}

TorrentLoader::~TorrentLoader()
{
    // Workers post to this object: it must outlive them. Posted results die with the object.
    cancelAll();
    m_workers.waitForDone();
}

TorrentLoader::CancelFlag TorrentLoader::makeCancelFlag(quint64 requestId)
{
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancelFlags.insert(requestId, flag);
    return flag;
}

quint64 TorrentLoader::loadFile(const QString &path)
{
    const quint64 requestId = ++m_lastRequestId;
    const CancelFlag cancelled = makeCancelFlag(requestId);
    const int intervalMs = m_progressIntervalMs;
    m_workers.start([this, requestId, path, cancelled, intervalMs] {
        if (*cancelled)
            return;
        QElapsedTimer sinceReport;
        sinceReport.start();
        bool reported = false;
        const auto progress = [&](qint64 done, qint64 total) {
            // Bounded rate: the first report after one interval, then one an interval at most,
            // and the end when anything was reported before.
            if (sinceReport.elapsed() >= intervalMs || (reported && done == total)) {
                deliverProgress(requestId, done, total);
                sinceReport.restart();
                reported = true;
            }
            return !*cancelled;
        };
        Expected<Metainfo> result = TorrentFileReader::read(path, kMaxFileSize, progress);
        if (!*cancelled)
            deliver(requestId, result);
    });
    return requestId;
}

quint64 TorrentLoader::loadMagnet(const QString &uri)
{
    // Parsing a magnet takes microseconds: no thread, but still delivered from the event loop.
    const quint64 requestId = ++m_lastRequestId;
    makeCancelFlag(requestId);
    deliver(requestId, MagnetLinkParser::parse(uri));
    return requestId;
}

quint64 TorrentLoader::loadData(const QByteArray &data, const QString &sourceName)
{
    const quint64 requestId = ++m_lastRequestId;
    const CancelFlag cancelled = makeCancelFlag(requestId);
    m_workers.start([this, requestId, data, sourceName, cancelled] {
        if (!*cancelled)
            deliver(requestId, MetainfoParser::parse(data, sourceName));
    });
    return requestId;
}

void TorrentLoader::cancel(quint64 requestId)
{
    const CancelFlag flag = m_cancelFlags.take(requestId);
    if (flag)
        *flag = true;
}

void TorrentLoader::cancelAll()
{
    for (const CancelFlag &flag : std::as_const(m_cancelFlags))
        *flag = true;
    m_cancelFlags.clear();
}

void TorrentLoader::deliver(quint64 requestId, const Expected<Metainfo> &result)
{
    QMetaObject::invokeMethod(
        this,
        [this, requestId, result] {
            // Cancelled after the worker finished: the result is dropped all the same.
            if (m_cancelFlags.remove(requestId) > 0)
                Q_EMIT loadFinished(requestId, result);
        },
        Qt::QueuedConnection);
}

void TorrentLoader::deliverProgress(quint64 requestId, qint64 bytesDone, qint64 bytesTotal)
{
    QMetaObject::invokeMethod(
        this,
        [this, requestId, bytesDone, bytesTotal] {
            if (m_cancelFlags.contains(requestId))
                Q_EMIT loadProgressed(requestId, bytesDone, bytesTotal);
        },
        Qt::QueuedConnection);
}
