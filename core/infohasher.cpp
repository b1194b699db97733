#include "infohasher.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <thread>

namespace {
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

InfoHasher::Digests InfoHasher::digests(QByteArrayView data, bool wantSha1, bool wantSha256)
{
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
