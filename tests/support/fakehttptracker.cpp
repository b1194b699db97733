#include "fakehttptracker.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtEndian>

namespace {

constexpr char kSocksVersion = 0x05;
constexpr char kSocksSucceeded = 0x00;
constexpr char kSocksHostUnreachable = 0x04;
constexpr int kOpensslTimeoutMs = 20'000;

// The number of bytes a SOCKS5 CONNECT request needs, or -1 while the header is incomplete.
qsizetype socksRequestSize(const QByteArray &buffer)
{
    if (buffer.size() < 5)
        return -1;
    switch (buffer.at(3)) {
    case 0x01:
        return 4 + 4 + 2;
    case 0x03:
        return 4 + 1 + quint8(buffer.at(4)) + 2;
    case 0x04:
        return 4 + 16 + 2;
    default:
        return 4;
    }
}

} // namespace

QByteArray FakeHttpTracker::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QByteArray FakeHttpTracker::Request::path() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? target : target.left(mark);
}

QByteArray FakeHttpTracker::Request::rawQuery() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? QByteArray() : target.mid(mark + 1);
}

QList<QByteArray> FakeHttpTracker::Request::queryValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const QByteArray &pair : rawQuery().split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals >= 0 && QByteArrayView(pair).first(equals) == name)
            values.append(QByteArray::fromPercentEncoding(pair.mid(equals + 1)));
    }
    return values;
}

QByteArray FakeHttpTracker::Request::queryValue(QByteArrayView name) const
{
    const QList<QByteArray> values = queryValues(name);
    return values.isEmpty() ? QByteArray() : values.constFirst();
}

FakeHttpTracker::Response FakeHttpTracker::Response::bencoded(const QByteArray &body)
{
    Response response;
    response.headers = {{"Content-Type", "text/plain"}};
    response.body = body;
    return response;
}

FakeHttpTracker::Response FakeHttpTracker::Response::redirect(int status,
                                                              const QByteArray &location)
{
    Response response;
    response.status = status;
    response.reason = "Moved";
    response.headers = {{"Location", location}};
    return response;
}

FakeHttpTracker::Response FakeHttpTracker::Response::html(int status, const QByteArray &reason,
                                                          const QByteArray &body)
{
    Response response;
    response.status = status;
    response.reason = reason;
    response.headers = {{"Content-Type", "text/html"}};
    response.body = body;
    return response;
}

FakeHttpTracker::FakeHttpTracker(QObject *parent)
    : QTcpServer(parent)
{}

FakeHttpTracker::~FakeHttpTracker() = default;

bool FakeHttpTracker::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpTracker::url(const QString &pathAndQuery) const
{
    const QString scheme = m_tls ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(serverPort()) +
                pathAndQuery);
}

void FakeHttpTracker::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
}

void FakeHttpTracker::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    ++m_connectionCount;
    if (m_silent)
        return; // kept open, never read: the client waits in its connect or TLS phase
    Connection &connection = m_connections[socket];
    connection.phase = m_socksMode == SocksMode::Off ? Phase::Http : Phase::SocksGreeting;
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
    if (auto *sslSocket = qobject_cast<QSslSocket *>(socket)) {
        sslSocket->setLocalCertificate(m_certificate);
        sslSocket->setPrivateKey(m_key);
        sslSocket->startServerEncryption();
    }
}

void FakeHttpTracker::handleReadable(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found.value();
    connection.buffer += socket->readAll();
    if (connection.phase == Phase::SocksGreeting || connection.phase == Phase::SocksRequest) {
        if (!handleSocks(socket, connection))
            return;
    }
    if (connection.phase == Phase::Http)
        handleHttp(socket, connection);
}

bool FakeHttpTracker::handleSocks(QTcpSocket *socket, Connection &connection)
{
    if (connection.phase == Phase::SocksGreeting) {
        if (connection.buffer.size() < 2 ||
            connection.buffer.size() < 2 + quint8(connection.buffer.at(1)))
            return false;
        connection.buffer.remove(0, 2 + quint8(connection.buffer.at(1)));
        socket->write(QByteArray("\x05\x00", 2)); // version 5, no authentication
        connection.phase = Phase::SocksRequest;
    }
    return handleSocksRequest(socket, connection);
}

bool FakeHttpTracker::handleSocksRequest(QTcpSocket *socket, Connection &connection)
{
    const qsizetype size = socksRequestSize(connection.buffer);
    if (size < 0 || connection.buffer.size() < size)
        return false;
    const QByteArray request = connection.buffer.left(size);
    connection.buffer.remove(0, size);
    const quint16 port = qFromBigEndian<quint16>(request.constData() + size - 2);
    const QByteArray host =
        request.at(3) == 0x03 ? request.mid(5, quint8(request.at(4))) : QByteArray("(address)");
    m_socksTargets.append(QString::fromLatin1(host) + u':' + QString::number(port));
    const bool refuse = m_socksMode == SocksMode::HostUnreachable;
    QByteArray reply;
    reply += kSocksVersion;
    reply += refuse ? kSocksHostUnreachable : kSocksSucceeded;
    reply += QByteArray::fromHex("00017f000001"); // reserved, IPv4, 127.0.0.1
    reply += char(serverPort() >> 8);
    reply += char(serverPort() & 0xff);
    socket->write(reply);
    if (refuse) {
        connection.phase = Phase::Answered;
        socket->disconnectFromHost();
        return false;
    }
    connection.phase = Phase::Http;
    return true;
}

void FakeHttpTracker::handleHttp(QTcpSocket *socket, Connection &connection)
{
    const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = connection.buffer.left(end).split('\n');
    connection.buffer.clear();
    connection.phase = Phase::Answered;
    Request request;
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const qsizetype colon = lines.at(index).indexOf(':');
        if (colon > 0)
            request.headers.append(
                {lines.at(index).left(colon).trimmed(), lines.at(index).mid(colon + 1).trimmed()});
    }
    m_requests.append(request);
    const Response response = nextResponse(request);
    Q_EMIT requestReceived();
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket,
                           [this, socket, response] { writeResponse(socket, response); });
    else
        writeResponse(socket, response);
}

FakeHttpTracker::Response FakeHttpTracker::nextResponse(const Request &request)
{
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    if (m_handler)
        return m_handler(request);
    return Response::html(404, "Not Found", "<html><body><h1>Not Found</h1></body></html>");
}

void FakeHttpTracker::writeResponse(QTcpSocket *socket, const Response &response)
{
    if (response.neverReply)
        return;
    if (response.closeWithoutReply) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.sendContentLength)
        head += "Content-Length: " +
                QByteArray::number(response.body.size() + response.generatedBodySize) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (response.dripBytes > 0) {
        drip(socket, response.body, response);
        return;
    }
    socket->write(response.body);
    m_bodyBytesWritten += response.body.size();
    finishBody(socket, response);
}

void FakeHttpTracker::drip(QTcpSocket *socket, const QByteArray &rest, const Response &response)
{
    if (rest.isEmpty()) {
        finishBody(socket, response);
        return;
    }
    socket->write(rest.left(response.dripBytes));
    m_bodyBytesWritten += qMin<qint64>(rest.size(), response.dripBytes);
    QTimer::singleShot(response.dripIntervalMs, socket, [this, socket, rest, response] {
        drip(socket, rest.mid(response.dripBytes), response);
    });
}

void FakeHttpTracker::finishBody(QTcpSocket *socket, const Response &response)
{
    if (response.generatedBodySize <= 0) {
        socket->disconnectFromHost();
        return;
    }
    m_connections[socket].generatedLeft = response.generatedBodySize;
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pumpGenerated(socket); });
    pumpGenerated(socket);
}

void FakeHttpTracker::pumpGenerated(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    qint64 &left = found.value().generatedLeft;
    while (left > 0 && socket->bytesToWrite() < kMaxPendingBytes) {
        const qint64 size = qMin(left, kStreamChunkSize);
        socket->write(QByteArray(size, 'x'));
        left -= size;
        m_bodyBytesWritten += size;
    }
    if (left == 0)
        socket->disconnectFromHost();
}

bool FakeHttpTracker::makeCertificate(QSslCertificate *certificate, QSslKey *key, QString *error)
{
    QTemporaryDir directory;
    const QString keyPath = directory.filePath(QStringLiteral("key.pem"));
    const QString certificatePath = directory.filePath(QStringLiteral("certificate.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(kOpensslTimeoutMs) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    QFile keyFile(keyPath);
    QFile certificateFile(certificatePath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl wrote no certificate");
        return false;
    }
    *key = QSslKey(keyFile.readAll(), QSsl::Ec);
    *certificate = QSslCertificate(certificateFile.readAll());
    return !key->isNull() && !certificate->isNull();
}
