#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

// The certificates of the hostile HTTPS trackers, made by the openssl program at start: one
// self-signed for 127.0.0.1, one self-signed for another host name, and one for 127.0.0.1 signed
// by a throw-away test CA (trusted only by a client that is given caPath()).
class HostileCertificates
{
public:
    static constexpr int kOpensslTimeoutMs = 20'000;

    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    bool make(QString *error);
    QString caPath() const { return m_directory.filePath(QStringLiteral("ca.pem")); }

    Identity selfSigned;
    Identity wrongHost;
    Identity signedByTestCa;

private:
    bool runOpenssl(const QString &arguments, QString *error);
    bool read(const QString &name, Identity *identity, QString *error);

    QTemporaryDir m_directory;
};
