#pragma once

#include "serverprocess.h"

#include <QUrl>

// WebTorrent's npm bittorrent-tracker server (tests/fixtures/webtorrent-tracker, installed into the
// build tree by the test build): HTTP and WebSocket on `host`, UDP on 127.0.0.1 and ::1, all on
// one free port. It accepts any info hash.
class WebTorrentTrackerServer
{
public:
    // host: "127.0.0.1" or "::1"
    bool start(const QString &host, QString *error);
    void stop() { m_process.stop(); }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.pid(); }
    QUrl httpAnnounceUrl() const;
    QUrl udpAnnounceUrl() const; // over the same family as host
    QUrl webSocketUrl() const;

    static QString installDirectory(); // where node_modules was installed

private:
    QString hostForUrl() const;

    ServerProcess m_process;
    QString m_host;
    quint16 m_port = 0;
};
