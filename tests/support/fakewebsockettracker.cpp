#include "fakewebsockettracker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

QString binaryString(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

FakeWebSocketTracker::FakeWebSocketTracker(QObject *parent)
    : QObject(parent)
{}

FakeWebSocketTracker::~FakeWebSocketTracker()
{
    for (QWebSocket *socket : std::as_const(m_sockets)) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool FakeWebSocketTracker::listen(const QHostAddress &address)
{
    m_server = new QWebSocketServer(
        QStringLiteral("fake tracker"),
        m_secure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    return m_server->listen(address, 0) && connect(m_server, &QWebSocketServer::newConnection, this,
                                                   &FakeWebSocketTracker::handleNewConnection);
}

bool FakeWebSocketTracker::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_secure = true;
    if (!listen())
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(configuration);
    return true;
}

bool FakeWebSocketTracker::listenRefusingUpgrade(Upgrade mode, int status, const QByteArray &reason)
{
    m_upgrade = mode;
    m_refusal = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    connect(&m_rawServer, &QTcpServer::newConnection, this,
            &FakeWebSocketTracker::handleRawConnection);
    return m_rawServer.listen(QHostAddress::LocalHost, 0);
}

void FakeWebSocketTracker::handleRawConnection()
{
    while (QTcpSocket *socket = m_rawServer.nextPendingConnection()) {
        ++m_connectionCount;
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->peek(64 * 1024).contains("\r\n\r\n") ||
                m_upgrade != Upgrade::RefuseWithStatus)
                return;
            socket->readAll();
            socket->write(m_refusal);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

QUrl FakeWebSocketTracker::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_secure ? QStringLiteral("wss") : QStringLiteral("ws"));
    const bool raw = m_rawServer.isListening();
    url.setHost(raw ? m_rawServer.serverAddress().toString()
                    : m_server->serverAddress().toString());
    url.setPort(raw ? m_rawServer.serverPort() : m_server->serverPort());
    url.setPath(path);
    return url;
}

void FakeWebSocketTracker::setCounts(qint64 complete, qint64 incomplete, int interval)
{
    m_complete = complete;
    m_incomplete = incomplete;
    m_interval = interval;
}

void FakeWebSocketTracker::handleNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        // Not the server's child: without a parent, the sockets still open when the tracker
        // goes away would leak (LeakSanitizer found them).
        socket->setParent(this);
        m_sockets.append(socket);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) { handleMessage(socket, message); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_sockets.removeOne(socket);
            socket->deleteLater();
            Q_EMIT clientDisconnected();
        });
    }
}

QJsonObject FakeWebSocketTracker::messageObject(qsizetype index) const
{
    return QJsonDocument::fromJson(m_messages.value(index)).object();
}

void FakeWebSocketTracker::handleMessage(QWebSocket *socket, const QString &message)
{
    m_messages.append(message.toUtf8());
    const Step step = m_steps.isEmpty() ? Step() : m_steps.takeFirst();
    const QJsonObject request = QJsonDocument::fromJson(message.toUtf8()).object();
    Q_EMIT messageReceived();
    for (int offer = 0; offer < step.offersBefore; ++offer)
        socket->sendTextMessage(
            QString::fromUtf8(offerFor(request.value(u"info_hash").toString())));
    if (step.delayMs <= 0) {
        answer(socket, request, step);
        return;
    }
    QTimer::singleShot(step.delayMs, socket,
                       [this, socket, request, step] { answer(socket, request, step); });
}

void FakeWebSocketTracker::answer(QWebSocket *socket, const QJsonObject &request, const Step &step)
{
    QJsonObject failure{{QStringLiteral("failure reason"), QString::fromUtf8(step.text)}};
    switch (step.action) {
    case Action::Reply:
        socket->sendTextMessage(QString::fromUtf8(properReply(request)));
        return;
    case Action::NotJson:
        socket->sendTextMessage(QStringLiteral("<html>502 Bad Gateway</html>"));
        return;
    case Action::NotTrackerMessage:
        socket->sendTextMessage(QStringLiteral("{\"hello\":\"world\"}"));
        return;
    case Action::Failure:
        failure.insert(QStringLiteral("action"), request.value(u"action"));
        failure.insert(QStringLiteral("info_hash"), request.value(u"info_hash"));
        socket->sendTextMessage(QString::fromUtf8(toJson(failure)));
        return;
    case Action::BareFailure:
        socket->sendTextMessage(QString::fromUtf8(toJson(failure)));
        return;
    case Action::Silence:
        return;
    case Action::Close:
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("bye"));
        return;
    case Action::Abort:
        socket->abort();
        return;
    case Action::Oversized:
        socket->sendTextMessage(QString(qsizetype(step.oversizedBytes), u'x'));
        return;
    case Action::Raw:
        socket->sendTextMessage(QString::fromUtf8(step.text));
        return;
    }
}

QByteArray FakeWebSocketTracker::properReply(const QJsonObject &request) const
{
    if (request.value(u"action").toString() == QLatin1String("scrape")) {
        QJsonArray hashes;
        const QJsonValue value = request.value(u"info_hash");
        if (value.isString())
            hashes.append(value);
        else
            hashes = value.toArray();
        QJsonObject files;
        for (const QJsonValue &hash : std::as_const(hashes)) {
            files.insert(hash.toString(), QJsonObject{{QStringLiteral("complete"), m_complete},
                                                      {QStringLiteral("incomplete"), m_incomplete},
                                                      {QStringLiteral("downloaded"), m_complete}});
        }
        return toJson({{QStringLiteral("action"), QStringLiteral("scrape")},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("flags"),
                        QJsonObject{{QStringLiteral("min_request_interval"), 600}}}});
    }
    QJsonObject reply{{QStringLiteral("action"), QStringLiteral("announce")},
                      {QStringLiteral("info_hash"), request.value(u"info_hash")},
                      {QStringLiteral("complete"), m_complete},
                      {QStringLiteral("incomplete"), m_incomplete},
                      {QStringLiteral("interval"), m_interval}};
    if (!m_warning.isEmpty())
        reply.insert(QStringLiteral("warning message"), m_warning);
    return toJson(reply);
}

QByteArray FakeWebSocketTracker::offerFor(const QString &binaryInfoHash) const
{
    const QByteArray otherPeer = "-WW0001-" + QByteArray::number(100000000000 + m_offerNumber);
    return toJson(
        {{QStringLiteral("action"), QStringLiteral("announce")},
         {QStringLiteral("offer"), QJsonObject{{QStringLiteral("type"), QStringLiteral("offer")},
                                               {QStringLiteral("sdp"), QStringLiteral("v=0\r\n")}}},
         {QStringLiteral("offer_id"), QStringLiteral("offer-%1").arg(m_offerNumber)},
         {QStringLiteral("peer_id"), binaryString(otherPeer)},
         {QStringLiteral("info_hash"), binaryInfoHash}});
}

void FakeWebSocketTracker::pushOffer(const QByteArray &infoHash)
{
    ++m_offerNumber;
    for (QWebSocket *socket : std::as_const(m_sockets))
        socket->sendTextMessage(QString::fromUtf8(offerFor(binaryString(infoHash))));
}
