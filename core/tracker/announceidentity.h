#pragma once

#include <QByteArray>

// Who we say we are in announces. Defaults are those of a fresh download that wants peers:
// nothing uploaded or downloaded, an unknown amount left, the tracker's usual peer count.
struct AnnounceIdentity
{
    // Azureus-style client prefix (BEP 20): "-TI" + version digits + "-". The rest of the
    // 20-byte peer id is a random tail made once per engine.
    static constexpr char kDefaultPeerIdPrefix[] = "-TI0010-";
    static constexpr int kPeerIdLength = 20;
    static constexpr quint16 kDefaultPort = 6881;
    static constexpr int kDefaultNumwant = 50;
    // "left" when the torrent's size is unknown (a magnet): a non-zero value, so that trackers
    // treat us as a leecher and return peers.
    static constexpr qint64 kUnknownSizeLeft = 16 * 1024 * 1024;

    QByteArray peerIdPrefix = kDefaultPeerIdPrefix;
    quint16 port = kDefaultPort;
    int numwant = kDefaultNumwant; // -1 asks for the tracker's default
    qint64 uploaded = 0;
    qint64 downloaded = 0;
    qint64 left = -1; // -1: the torrent's total size (or kUnknownSizeLeft for a magnet)

    // prefix (cut to 20 bytes) + random alphanumeric tail up to 20 bytes.
    static QByteArray makePeerId(const QByteArray &prefix);
    // A random non-zero 32-bit key, made once per torrent.
    static quint32 makeKey();
};
