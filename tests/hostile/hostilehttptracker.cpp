#include "hostilehttptracker.h"

#include "hostilehttpreplies.h"

#include <QSslSocket>
#include <QTimer>

namespace {

constexpr char kTlsHandshakeRecord = 0x16;

// "/<behaviour>/announce?..." -> behaviour, scrape or not, the raw query.
void splitTarget(const QByteArray &target, QByteArray *behaviour, bool *isScrape,
                 QByteArray *rawQuery)
{
    const qsizetype mark = target.indexOf('?');
    const QByteArray path = mark < 0 ? target : target.left(mark);
    *rawQuery = mark < 0 ? QByteArray() : target.mid(mark + 1);
    const QList<QByteArray> segments = path.split('/');
    *behaviour = segments.value(1);
    *isScrape = segments.constLast() == "scrape";
}

QByteArray firstInfoHash(const QByteArray &rawQuery)
{
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.startsWith("info_hash="))
            return QByteArray::fromPercentEncoding(pair.mid(10));
    }
    return QByteArray(20, '\0');
}

} // namespace

HostileHttpTracker::HostileHttpTracker(quint16 closedPort, QObject *parent)
    : QTcpServer(parent)
    , m_closedPort(closedPort)
{}

HostileHttpTracker::~HostileHttpTracker()
{
    for (auto &[socket, connection] : m_connections)
        disconnect(socket, nullptr, this, nullptr);
}

void HostileHttpTracker::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
}

void HostileHttpTracker::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor) ||
        int(m_connections.size()) >= kMaxConnections) {
        socket->deleteLater();
        return;
    }
    m_connections.emplace(socket, Connection());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadable(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { forget(socket); });
    if (auto *tlsSocket = qobject_cast<QSslSocket *>(socket)) {
        tlsSocket->setLocalCertificate(m_certificate);
        tlsSocket->setPrivateKey(m_key);
        tlsSocket->startServerEncryption();
    }
}

void HostileHttpTracker::handleReadable(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found->second;
    connection.request += socket->readAll();
    if (connection.answered || connection.request.size() > kMaxRequestSize) {
        connection.request.clear();
        return;
    }
    if (connection.request.startsWith(kTlsHandshakeRecord)) {
        // TLS spoken to a plain HTTP port: answer as nginx does, in plain HTTP.
        connection.answered = true;
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    } else if (connection.request.contains("\r\n\r\n")) {
        answer(socket, connection);
    }
}

void HostileHttpTracker::answer(QTcpSocket *socket, Connection &connection)
{
    connection.answered = true;
    const QList<QByteArray> requestLine =
        connection.request.left(connection.request.indexOf('\r')).split(' ');
    HostileHttpReplies::Context context;
    QByteArray behaviour;
    bool isScrape = false;
    splitTarget(requestLine.value(1), &behaviour, &isScrape, &context.rawQuery);
    context.infoHash = firstInfoHash(context.rawQuery);
    context.closedPort = m_closedPort;
    context.plainHttpPort = m_plainHttpPort;
    connection.plan = HostileHttpReplies::planFor(behaviour, isScrape, context);
    connection.request.clear();
    if (connection.plan.silent)
        return;
    socket->write(connection.plan.head);
    connection.generatedLeft = connection.plan.generatedBytes;
    if (connection.plan.filler == HostileHttpPlan::Filler::Gzip)
        connection.gzip = std::make_unique<HostileGzipStream>(connection.plan.generatedBytes);
    if (!connection.plan.dripped.isEmpty()) {
        connection.dripTimer = new QTimer(socket);
        connect(connection.dripTimer, &QTimer::timeout, this, [this, socket] { dripNext(socket); });
        connection.dripTimer->start(kDripIntervalMs);
        return;
    }
    pump(socket);
}

void HostileHttpTracker::dripNext(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found->second;
    socket->write(connection.plan.dripped.mid(connection.dripPosition++, 1));
    if (connection.dripPosition < connection.plan.dripped.size())
        return;
    connection.dripTimer->stop();
    finishWriting(socket, connection);
}

void HostileHttpTracker::pump(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end() || !found->second.answered || found->second.dripTimer)
        return;
    Connection &connection = found->second;
    for (int piece = 0; piece < kMaxPiecesPerTurn && connection.generatedLeft > 0 &&
                        socket->bytesToWrite() < kMaxPendingBytes;
         ++piece)
        socket->write(nextFillerPiece(connection));
    if (connection.generatedLeft <= 0 && socket->bytesToWrite() == 0)
        finishWriting(socket, connection);
}

QByteArray HostileHttpTracker::nextFillerPiece(Connection &connection)
{
    const qint64 size = qMin(kFillerPieceSize, connection.generatedLeft);
    ++connection.generatedIndex;
    switch (connection.plan.filler) {
    case HostileHttpPlan::Filler::Chunked:
        connection.generatedLeft -= size;
        return QByteArray::number(size, 16) + "\r\n" + QByteArray(size, 'C') + "\r\n";
    case HostileHttpPlan::Filler::Gzip: {
        const QByteArray piece = connection.gzip->next(kGzipInputPieceSize);
        connection.generatedLeft = connection.gzip->atEnd() ? 0 : connection.generatedLeft - 1;
        return piece;
    }
    case HostileHttpPlan::Filler::Headers: {
        const QByteArray line = "X-Filler-" + QByteArray::number(connection.generatedIndex) + ": " +
                                QByteArray(1000, 'h') + "\r\n";
        connection.generatedLeft -= line.size();
        return line;
    }
    case HostileHttpPlan::Filler::Raw:
        connection.generatedLeft -= size;
        return QByteArray(size, 'A');
    case HostileHttpPlan::Filler::None:
        break;
    }
    connection.generatedLeft = 0;
    return QByteArray();
}

void HostileHttpTracker::finishWriting(QTcpSocket *socket, const Connection &connection)
{
    if (connection.plan.closeAfter && socket->state() == QAbstractSocket::ConnectedState)
        socket->disconnectFromHost();
}

void HostileHttpTracker::forget(QTcpSocket *socket)
{
    if (m_connections.erase(socket) == 0)
        return;
    disconnect(socket, nullptr, this, nullptr);
    socket->deleteLater();
}
