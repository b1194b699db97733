#pragma once

#include <QByteArray>
#include <QByteArrayView>

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
};
