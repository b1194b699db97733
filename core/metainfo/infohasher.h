#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

// The digests of an info dictionary: SHA-1 (v1 info hash) and SHA-256 (v2, BEP 52). OpenSSL's
// libcrypto is used because it is measured faster than QCryptographicHash on Qt 6.4 (see
// tests/bench/bench_metainfo.cpp: SHA-256 is several times faster with SHA-NI).
class InfoHasher
{
public:
    enum class Backend { OpenSsl, Qt };

    static QByteArray sha1(QByteArrayView data, Backend backend = Backend::OpenSsl);
    static QByteArray sha256(QByteArrayView data, Backend backend = Backend::OpenSsl);

    // Both digests of the same bytes; with both wanted and enough bytes to be worth it, the two
    // run side by side on two threads (a hybrid torrent's info dictionary can be tens of MB).
    struct Digests
    {
        QByteArray sha1;
        QByteArray sha256;
    };
    static Digests digests(QByteArrayView data, bool wantSha1, bool wantSha256);
    static constexpr qsizetype kParallelThreshold = qsizetype(4) * 1024 * 1024;

    // Progress of digests() on this thread: bytes hashed so far and in all (each digest counts
    // the data once). Returning false cancels: the digests come back empty.
    using Progress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;
    // While one lives, digests() on the thread that made it hashes in kProgressChunkSize steps
    // and reports each (TorrentLoader shows how far a large torrent is; MetainfoParser needs no
    // parameter for it). Scopes do not nest.
    class ProgressScope
    {
    public:
        explicit ProgressScope(Progress progress);
        ~ProgressScope();
        ProgressScope(const ProgressScope &) = delete;
        ProgressScope &operator=(const ProgressScope &) = delete;

    private:
        Progress m_progress;
    };
    static constexpr qsizetype kProgressChunkSize = qsizetype(1) * 1024 * 1024;

private:
    static Digests digestsWithProgress(QByteArrayView data, bool wantSha1, bool wantSha256,
                                       const Progress &progress);
};
