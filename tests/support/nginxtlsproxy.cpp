#include "nginxtlsproxy.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {
const QHostAddress kLoopback(QHostAddress::LocalHost);
constexpr int kOpensslTimeoutMs = 20'000;

bool runOpenssl(const QString &directory, const QStringList &arguments, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(directory);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(kOpensslTimeoutMs) ||
        openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(u' '), QString::fromUtf8(openssl.readAll()));
        return false;
    }
    return true;
}
} // namespace

bool NginxTlsProxy::makeServerCertificate(const QString &name, const QString &subjectAltName,
                                          QString *error)
{
    const QString dir = m_directory.path();
    QFile extensions(m_directory.filePath(name + QStringLiteral(".ext")));
    if (!extensions.open(QIODevice::WriteOnly)) {
        *error = extensions.errorString();
        return false;
    }
    extensions.write("subjectAltName=" + subjectAltName.toLatin1() +
                     "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    const auto args = [&name](const char *text) {
        return QString::fromLatin1(text).arg(name).split(u' ', Qt::SkipEmptyParts);
    };
    return runOpenssl(dir,
                      args("req -newkey rsa:2048 -nodes -keyout %1.key -out %1.csr "
                           "-subj /CN=%1"),
                      error) &&
           runOpenssl(dir,
                      args("x509 -req -in %1.csr -CA ca.crt -CAkey ca.key -CAcreateserial "
                           "-out %1.crt -days 2 -extfile %1.ext"),
                      error);
}

// server.crt: for 127.0.0.1 and localhost, or for hostName; default.crt: for kDefaultHostName.
bool NginxTlsProxy::makeCertificates(const QString &hostName, QString *error)
{
    const QStringList caArguments =
        QStringLiteral("req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 2 "
                       "-subj /CN=Tracker-Inspector-Test-CA")
            .split(u' ');
    if (!runOpenssl(m_directory.path(), caArguments, error))
        return false;
    if (hostName.isEmpty())
        return makeServerCertificate(QStringLiteral("server"),
                                     QStringLiteral("IP:127.0.0.1,DNS:localhost"), error);
    return makeServerCertificate(QStringLiteral("server"), QStringLiteral("DNS:") + hostName,
                                 error) &&
           makeServerCertificate(QStringLiteral("default"),
                                 QStringLiteral("DNS:") + QLatin1String(kDefaultHostName), error);
}

bool NginxTlsProxy::writeConfiguration(quint16 upstreamPort, const QString &hostName,
                                       QString *error)
{
    const QString dir = m_directory.path();
    QDir(dir).mkpath(QStringLiteral("temp"));
    // With a host name: a default server with the other certificate, and the name's own server.
    const QString named =
        hostName.isEmpty()
            ? QString()
            : QStringLiteral("  server {\n    listen 127.0.0.1:%1 ssl default_server;\n"
                             "    ssl_certificate %2/default.crt;\n"
                             "    ssl_certificate_key %2/default.key;\n"
                             "    location / { proxy_pass http://127.0.0.1:%3; }\n  }\n")
                  .arg(m_port)
                  .arg(dir)
                  .arg(upstreamPort);
    const QString serverName =
        hostName.isEmpty() ? QString() : QStringLiteral("    server_name %1;\n").arg(hostName);
    const QString configuration =
        QStringLiteral(
            "daemon off;\nmaster_process off;\npid %1/nginx.pid;\n"
            "error_log %1/error.log;\nevents { worker_connections 64; }\n"
            "http {\n  access_log off;\n"
            "  client_body_temp_path %1/temp/body;\n  proxy_temp_path %1/temp/proxy;\n"
            "  fastcgi_temp_path %1/temp/fastcgi;\n  uwsgi_temp_path %1/temp/uwsgi;\n"
            "  scgi_temp_path %1/temp/scgi;\n%4"
            "  server {\n    listen 127.0.0.1:%2 ssl;\n%5"
            "    ssl_certificate %1/server.crt;\n    ssl_certificate_key %1/server.key;\n"
            "    location / { proxy_pass http://127.0.0.1:%3; }\n  }\n}\n")
            .arg(dir)
            .arg(m_port)
            .arg(upstreamPort)
            .arg(named, serverName);
    QFile file(m_directory.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(configuration.toUtf8());
    return true;
}

bool NginxTlsProxy::start(quint16 upstreamPort, QString *error, const QString &hostName)
{
    QString program = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (program.isEmpty())
        program =
            QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    if (program.isEmpty()) {
        *error = QStringLiteral("nginx is not installed (./dev.sh test installs it)");
        return false;
    }
    m_port = ServerProcess::findFreePort(kLoopback);
    if (!m_directory.isValid() || m_port == 0) {
        *error = QStringLiteral("no temporary directory or free port for nginx");
        return false;
    }
    if (!makeCertificates(hostName, error) || !writeConfiguration(upstreamPort, hostName, error))
        return false;
    const QString dir = m_directory.path();
    const QStringList arguments{
        QStringLiteral("-p"), dir,
        QStringLiteral("-c"), m_directory.filePath(QStringLiteral("nginx.conf")),
        QStringLiteral("-e"), m_directory.filePath(QStringLiteral("error.log"))};
    return m_process.start(program, arguments, dir, error) &&
           m_process.waitForTcpPort(kLoopback, m_port, error);
}

QUrl NginxTlsProxy::httpsAnnounceUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/announce").arg(m_port));
}

QString NginxTlsProxy::caCertificatePath() const
{
    return m_directory.filePath(QStringLiteral("ca.crt"));
}

QSslCertificate NginxTlsProxy::caCertificate() const
{
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(caCertificatePath(), QSsl::Pem);
    return certificates.value(0);
}
