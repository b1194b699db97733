#pragma once

#include "serverprocess.h"

#include <QByteArray>
#include <QList>
#include <QTemporaryDir>
#include <QUrl>

// opentracker (Debian's build: whitelist-only, IPv4-only) serving HTTP and UDP on one free port of
// 127.0.0.1. Only whitelisted info hashes are accepted; setWhitelist reloads the list (SIGHUP).
class OpenTrackerServer
{
public:
    // infoHashes: 20-byte hashes allowed to announce.
    bool start(const QList<QByteArray> &infoHashes, QString *error);
    bool setWhitelist(const QList<QByteArray> &infoHashes, QString *error);
    void stop() { m_process.stop(); }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.pid(); }
    QUrl httpAnnounceUrl() const;
    QUrl udpAnnounceUrl() const;

private:
    // Announces until the tracker accepts or refuses infoHash as asked; leaves no peer behind.
    bool waitForWhitelist(const QByteArray &infoHash, bool accepted, QString *error);
    QByteArray probe(const QByteArray &infoHash, const QByteArray &event);
    bool writeWhitelist(const QList<QByteArray> &infoHashes, QString *error);

    QList<QByteArray> m_whitelist;
    QTemporaryDir m_directory;
    ServerProcess m_process;
    quint16 m_port = 0;
};
