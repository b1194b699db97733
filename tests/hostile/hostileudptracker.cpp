#include "hostileudptracker.h"

#include <QUdpSocket>
#include <QtEndian>

namespace {

constexpr quint32 kActionConnect = 0;
constexpr quint32 kActionAnnounce = 1;
constexpr quint32 kActionScrape = 2;
constexpr quint32 kActionError = 3;
constexpr qsizetype kRequestHeaderSize = 16;
constexpr qsizetype kScrapeHashOffset = 16;
constexpr qsizetype kHashSize = 20;
constexpr qint64 kMaxDatagramSize = 65'536;

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray header(quint32 action, quint32 transactionId)
{
    return bigEndian32(action) + bigEndian32(transactionId);
}

QByteArray connectReply(quint32 transactionId)
{
    QByteArray id(8, '\0');
    qToBigEndian(HostileUdpTracker::kConnectionId, id.data());
    return header(kActionConnect, transactionId) + id;
}

QByteArray announceReply(quint32 transactionId, quint32 interval, const QByteArray &peers)
{
    return header(kActionAnnounce, transactionId) + bigEndian32(interval) + bigEndian32(2) +
           bigEndian32(1) + peers;
}

QByteArray compactPeer(quint32 address, quint16 port)
{
    QByteArray bytes(6, '\0');
    qToBigEndian(address, bytes.data());
    qToBigEndian(port, bytes.data() + 4);
    return bytes;
}

QByteArray hostileText()
{
    // Markup, a script, terminal escapes, a bell, a bidi override, NUL and line breaks.
    static const char text[] = "<b>Banned</b> <script>alert('owned')</script>\x1b[2J\x1b[31mRED\x07"
                               "\xe2\x80\xae"
                               "desrever\r\nsecond line\x00tail";
    return QByteArray(text, qsizetype(sizeof text) - 1);
}

// The right answer to request, whatever it is.
QByteArray validReply(const QByteArray &request)
{
    const quint32 action = qFromBigEndian<quint32>(request.constData() + 8);
    const quint32 transactionId = qFromBigEndian<quint32>(request.constData() + 12);
    if (action == kActionConnect)
        return connectReply(transactionId);
    if (action == kActionAnnounce)
        return announceReply(transactionId, 1800, compactPeer(0xC0000201, 6881));
    QByteArray reply = header(kActionScrape, transactionId);
    const qsizetype hashes = (request.size() - kScrapeHashOffset) / kHashSize;
    for (qsizetype index = 0; index < hashes; ++index)
        reply += bigEndian32(1) + bigEndian32(3) + bigEndian32(2);
    return reply;
}

} // namespace

HostileUdpTracker::HostileUdpTracker(QObject *parent)
    : QObject(parent)
{}

QList<QByteArray> HostileUdpTracker::behaviours()
{
    return {"valid",
            "silence",
            "silent-after-connect",
            "wrong-transaction",
            "wrong-action",
            "short-connect",
            "tiny-packet",
            "other-port",
            "error-hostile",
            "error-huge",
            "oversized-packet",
            "truncated-announce",
            "peers-bogus",
            "interval-huge",
            "flood",
            "announce-as-connect"};
}

bool HostileUdpTracker::start(QString *error)
{
    m_otherPort = new QUdpSocket(this);
    if (!m_otherPort->bind(QHostAddress(QHostAddress::LocalHost), 0)) {
        *error = m_otherPort->errorString();
        return false;
    }
    for (const QByteArray &behaviour : behaviours()) {
        auto *socket = new QUdpSocket(this);
        if (!socket->bind(QHostAddress(QHostAddress::LocalHost), 0)) {
            *error = socket->errorString();
            return false;
        }
        m_sockets.insert(behaviour, socket);
        connect(socket, &QUdpSocket::readyRead, this, [this, socket] { readDatagrams(socket); });
    }
    return true;
}

QUrl HostileUdpTracker::url(const QByteArray &behaviour) const
{
    const QUdpSocket *socket = m_sockets.value(behaviour);
    return QUrl(
        QStringLiteral("udp://127.0.0.1:%1/announce").arg(socket ? socket->localPort() : 0));
}

void HostileUdpTracker::readDatagrams(QUdpSocket *socket)
{
    const QByteArray behaviour = m_sockets.key(socket);
    while (socket->hasPendingDatagrams()) {
        QByteArray request(qMin(socket->pendingDatagramSize(), kMaxDatagramSize), '\0');
        QHostAddress sender;
        quint16 senderPort = 0;
        const qint64 size =
            socket->readDatagram(request.data(), request.size(), &sender, &senderPort);
        if (size < kRequestHeaderSize)
            continue;
        request.truncate(size);
        answer(socket, behaviour, request, sender, senderPort);
    }
}

void HostileUdpTracker::answer(QUdpSocket *socket, const QByteArray &behaviour,
                               const QByteArray &request, const QHostAddress &sender,
                               quint16 senderPort)
{
    QUdpSocket *from = behaviour == "other-port" ? m_otherPort : socket;
    const quint32 transactionId = qFromBigEndian<quint32>(request.constData() + 12);
    if (behaviour == "flood") {
        for (int index = 0; index < kFloodPackets; ++index)
            from->writeDatagram(connectReply(transactionId ^ quint32(index + 1)), sender,
                                senderPort);
    }
    for (const QByteArray &reply : repliesFor(behaviour, request))
        from->writeDatagram(reply, sender, senderPort);
}

QList<QByteArray> HostileUdpTracker::repliesFor(const QByteArray &behaviour,
                                                const QByteArray &request) const
{
    const quint32 action = qFromBigEndian<quint32>(request.constData() + 8);
    const quint32 transactionId = qFromBigEndian<quint32>(request.constData() + 12);
    const bool connecting = action == kActionConnect;
    const QByteArray valid = validReply(request);
    if (behaviour == "silence" || (behaviour == "silent-after-connect" && !connecting))
        return {};
    if (behaviour == "wrong-transaction")
        return {valid.left(4) + bigEndian32(transactionId ^ 0x5a5a5a5a) + valid.mid(8)};
    if (behaviour == "wrong-action" && connecting)
        return {header(kActionScrape, transactionId) + valid.mid(8)};
    if (behaviour == "short-connect" && connecting)
        return {valid.left(12)};
    if (behaviour == "tiny-packet")
        return {QByteArray("\x00\x00\x01", 3)};
    if (behaviour == "error-hostile" && connecting)
        return {header(kActionError, transactionId) + hostileText()};
    if (behaviour == "error-huge" && connecting)
        return {header(kActionError, transactionId) + QByteArray(kHugeErrorSize, 'E')};
    if (connecting)
        return {valid};
    if (behaviour == "oversized-packet" && action == kActionAnnounce) {
        QByteArray peers;
        for (int index = 0; index < kOversizedPeerCount; ++index)
            peers += compactPeer(0x0A000000 + quint32(index), 6881);
        return {announceReply(transactionId, 1800, peers)};
    }
    if (behaviour == "truncated-announce")
        return {valid.left(19)};
    if (behaviour == "peers-bogus" && action == kActionAnnounce) {
        const QByteArray peers = compactPeer(0, 0) + compactPeer(0xFFFFFFFF, 0) +
                                 compactPeer(0xC0000207, 6881) + QByteArray("\x01\x02\x03", 3);
        return {announceReply(transactionId, 1800, peers)};
    }
    if (behaviour == "interval-huge" && action == kActionAnnounce)
        return {announceReply(transactionId, 0xFFFFFFFF, QByteArray())};
    if (behaviour == "announce-as-connect")
        return {connectReply(transactionId)};
    return {valid};
}
