#include "torrentloader.h"

#include "magnetlinkparser.h"
#include "metainfoparser.h"
#include "torrentfilereader.h"

#include <QMetaObject>

static_assert(TorrentLoader::kMaxFileSize <= TorrentFileReader::kMaxFileSize);

TorrentLoader::TorrentLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MetainfoParseResult>();
    m_workers.setMaxThreadCount(kMaxParallelLoads);
}

TorrentLoader::~TorrentLoader()
{
    // Workers post to this object: it must outlive them. Posted results die with the object.
    m_workers.waitForDone();
}

quint64 TorrentLoader::loadFile(const QString &path)
{
    const quint64 requestId = ++m_lastRequestId;
    m_workers.start([this, requestId, path] {
        deliver(requestId, TorrentFileReader::read(path, kMaxFileSize));
    });
    return requestId;
}

quint64 TorrentLoader::loadMagnet(const QString &uri)
{
    // Parsing a magnet takes microseconds: no thread, but still delivered from the event loop.
    const quint64 requestId = ++m_lastRequestId;
    deliver(requestId, MagnetLinkParser::parse(uri));
    return requestId;
}

quint64 TorrentLoader::loadData(const QByteArray &data, const QString &sourceName)
{
    const quint64 requestId = ++m_lastRequestId;
    m_workers.start([this, requestId, data, sourceName] {
        deliver(requestId, MetainfoParser::parse(data, sourceName));
    });
    return requestId;
}

void TorrentLoader::deliver(quint64 requestId, const MetainfoParseResult &result)
{
    QMetaObject::invokeMethod(
        this, [this, requestId, result] { Q_EMIT loadFinished(requestId, result); },
        Qt::QueuedConnection);
}
