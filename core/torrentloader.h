#pragma once

#include "metainfoparseresult.h"

#include <QObject>

// Loads torrents and magnets without blocking the caller's thread: a file is read and hashed on
// a worker thread, and loadFinished comes back on the loader's thread. Never emits inside a call.
class TorrentLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TorrentLoader)

public:
    explicit TorrentLoader(QObject *parent = nullptr);
    ~TorrentLoader() override;

    quint64 loadFile(const QString &path);
    quint64 loadMagnet(const QString &uri);
    quint64 loadData(const QByteArray &data, const QString &sourceName);

Q_SIGNALS:
    void loadFinished(quint64 requestId, const MetainfoParseResult &result);

private:
    quint64 m_lastRequestId = 0;
};
