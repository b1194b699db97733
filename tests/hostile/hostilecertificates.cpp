#include "hostilecertificates.h"

#include <QFile>
#include <QProcess>

namespace {
const QString kNewKey =
    QStringLiteral("-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 ");
} // namespace

bool HostileCertificates::runOpenssl(const QString &arguments, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_directory.path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments.split(u' ', Qt::SkipEmptyParts));
    if (!openssl.waitForFinished(kOpensslTimeoutMs) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments, QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

bool HostileCertificates::read(const QString &name, Identity *identity, QString *error)
{
    QFile certificate(m_directory.filePath(name + QStringLiteral(".pem")));
    QFile key(m_directory.filePath(name + QStringLiteral(".key")));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl wrote no %1 certificate").arg(name);
        return false;
    }
    identity->certificate = QSslCertificate(certificate.readAll());
    identity->key = QSslKey(key.readAll(), QSsl::Ec);
    return !identity->certificate.isNull() && !identity->key.isNull();
}

bool HostileCertificates::make(QString *error)
{
    QFile extensions(m_directory.filePath(QStringLiteral("leaf.ext")));
    if (!m_directory.isValid() || !extensions.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("no temporary directory for the certificates");
        return false;
    }
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    const QString selfSignedFor = QStringLiteral("req -x509 ") + kNewKey;
    return runOpenssl(selfSignedFor + QStringLiteral("-keyout self.key -out self.pem "
                                                     "-subj /CN=127.0.0.1 -addext "
                                                     "subjectAltName=IP:127.0.0.1"),
                      error) &&
           runOpenssl(selfSignedFor + QStringLiteral("-keyout other.key -out other.pem "
                                                     "-subj /CN=tracker.invalid -addext "
                                                     "subjectAltName=DNS:tracker.invalid"),
                      error) &&
           runOpenssl(selfSignedFor + QStringLiteral("-keyout ca.key -out ca.pem "
                                                     "-subj /CN=Hostile-Test-CA"),
                      error) &&
           runOpenssl(QStringLiteral("req ") + kNewKey +
                          QStringLiteral("-keyout leaf.key -out leaf.csr -subj /CN=127.0.0.1"),
                      error) &&
           runOpenssl(QStringLiteral("x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key "
                                     "-CAcreateserial -out leaf.pem -days 2 -extfile leaf.ext"),
                      error) &&
           read(QStringLiteral("self"), &selfSigned, error) &&
           read(QStringLiteral("other"), &wrongHost, error) &&
           read(QStringLiteral("leaf"), &signedByTestCa, error);
}
