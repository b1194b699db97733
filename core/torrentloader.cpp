#include "torrentloader.h"

#include "magnetlinkparser.h"
#include "metainfoparser.h"

#include <QMetaObject>

TorrentLoader::TorrentLoader(QObject *parent)
    : QObject(parent)
{}

TorrentLoader::~TorrentLoader() = default;

quint64 TorrentLoader::loadFile(const QString &path)
{
    // Placeholder until the worker-thread loader lands: reports "not implemented".
    return loadData(QByteArray(), path);
}

quint64 TorrentLoader::loadMagnet(const QString &uri)
{
    const quint64 requestId = ++m_lastRequestId;
    const MetainfoParseResult result = MagnetLinkParser::parse(uri);
    QMetaObject::invokeMethod(
        this, [this, requestId, result] { Q_EMIT loadFinished(requestId, result); },
        Qt::QueuedConnection);
    return requestId;
}

quint64 TorrentLoader::loadData(const QByteArray &data, const QString &sourceName)
{
    const quint64 requestId = ++m_lastRequestId;
    const MetainfoParseResult result = MetainfoParser::parse(data, sourceName);
    QMetaObject::invokeMethod(
        this, [this, requestId, result] { Q_EMIT loadFinished(requestId, result); },
        Qt::QueuedConnection);
    return requestId;
}
