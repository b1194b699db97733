#pragma once

#include "serverprocess.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

// nginx terminating TLS on a free port of 127.0.0.1 and passing requests to a plain HTTP upstream
// (opentracker). The certificate is made at start by a throw-away test CA (openssl), valid for
// 127.0.0.1 and localhost; trust caCertificate() to make HTTPS work, or don't to see it fail.
// Given a host name, it serves that name's certificate only to clients that ask for the name
// (SNI), and anyone else one for kDefaultHostName from the same CA.
class NginxTlsProxy
{
public:
    static constexpr const char *kDefaultHostName = "default.invalid";

    bool start(quint16 upstreamPort, QString *error, const QString &hostName = QString());
    void stop() { m_process.stop(); }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.pid(); }
    QUrl httpsAnnounceUrl() const; // https://127.0.0.1:PORT/announce
    QSslCertificate caCertificate() const;
    QString caCertificatePath() const;

private:
    bool makeCertificates(const QString &hostName, QString *error);
    bool makeServerCertificate(const QString &name, const QString &subjectAltName, QString *error);
    bool writeConfiguration(quint16 upstreamPort, const QString &hostName, QString *error);

    QTemporaryDir m_directory;
    ServerProcess m_process;
    quint16 m_port = 0;
};
