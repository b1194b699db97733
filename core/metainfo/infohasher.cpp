#include "metainfo/infohasher.h"

#include <QCryptographicHash>

#include <atomic>
#include <memory>
#include <openssl/evp.h>
#include <thread>

namespace {
thread_local const InfoHasher::Progress *t_progress = nullptr;

// One digest over data in chunks; step(bytesDone) after each, false to stop (empty result).
QByteArray chunkedDigest(QByteArrayView data, const EVP_MD *algorithm,
                         const std::function<bool(qint64)> &step)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), algorithm, nullptr) != 1)
        return QByteArray();
    for (qsizetype offset = 0; offset < data.size();) {
        const qsizetype length = std::min(InfoHasher::kProgressChunkSize, data.size() - offset);
        if (EVP_DigestUpdate(context.get(), data.data() + offset, size_t(length)) != 1)
            return QByteArray();
        offset += length;
        if (!step(offset))
            return QByteArray();
    }
    QByteArray digest(EVP_MD_get_size(algorithm), Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(digest.data()),
                           &length) != 1)
        return QByteArray();
    digest.truncate(qsizetype(length));
    return digest;
}

QByteArray openSslDigest(QByteArrayView data, const EVP_MD *algorithm)
{
    QByteArray digest(EVP_MD_get_size(algorithm), Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &length, algorithm,
                   nullptr) != 1) {
        return QByteArray();
    }
    digest.truncate(qsizetype(length));
    return digest;
}
} // namespace

QByteArray InfoHasher::sha1(QByteArrayView data, Backend backend)
{
    if (backend == Backend::Qt)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    QByteArray digest = openSslDigest(data, EVP_sha1());
    return digest.isEmpty() ? QCryptographicHash::hash(data, QCryptographicHash::Sha1) : digest;
}

QByteArray InfoHasher::sha256(QByteArrayView data, Backend backend)
{
    if (backend == Backend::Qt)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    QByteArray digest = openSslDigest(data, EVP_sha256());
    return digest.isEmpty() ? QCryptographicHash::hash(data, QCryptographicHash::Sha256) : digest;
}

InfoHasher::ProgressScope::ProgressScope(Progress progress)
    : m_progress(std::move(progress))
{
    t_progress = &m_progress;
}

InfoHasher::ProgressScope::~ProgressScope()
{
    t_progress = nullptr;
}

InfoHasher::Digests InfoHasher::digestsWithProgress(QByteArrayView data, bool wantSha1,
                                                    bool wantSha256, const Progress &progress)
{
    const qint64 size = data.size();
    const qint64 total = size * ((wantSha1 ? 1 : 0) + (wantSha256 ? 1 : 0));
    std::atomic<bool> cancelled = false;
    std::atomic<qint64> sha256Done = 0;
    const auto report = [&](qint64 done) {
        if (cancelled || !progress(done, total))
            cancelled = true;
        return !cancelled;
    };
    Digests result;
    if (wantSha1 && wantSha256 && size >= kParallelThreshold) {
        // SHA-256 beside on a second thread; this one reports both.
        std::thread sha256Thread([&] {
            result.sha256 = chunkedDigest(data, EVP_sha256(), [&](qint64 done) {
                sha256Done = done;
                return !cancelled;
            });
        });
        result.sha1 =
            chunkedDigest(data, EVP_sha1(), [&](qint64 done) { return report(done + sha256Done); });
        sha256Thread.join();
    } else {
        if (wantSha1)
            result.sha1 = chunkedDigest(data, EVP_sha1(), report);
        const qint64 before = wantSha1 ? size : 0;
        if (wantSha256 && !cancelled)
            result.sha256 = chunkedDigest(data, EVP_sha256(),
                                          [&](qint64 done) { return report(before + done); });
    }
    if (cancelled)
        return Digests();
    report(total);
    return result;
}

InfoHasher::Digests InfoHasher::digests(QByteArrayView data, bool wantSha1, bool wantSha256)
{
    if (t_progress != nullptr && *t_progress)
        return digestsWithProgress(data, wantSha1, wantSha256, *t_progress);
    Digests result;
    if (wantSha1 && wantSha256 && data.size() >= kParallelThreshold) {
        std::thread sha256Thread([&result, data] { result.sha256 = sha256(data); });
        result.sha1 = sha1(data);
        sha256Thread.join();
        return result;
    }
    if (wantSha1)
        result.sha1 = sha1(data);
    if (wantSha256)
        result.sha256 = sha256(data);
    return result;
}
