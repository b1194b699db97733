#include "desktop/runninginstancelink.h"

#include "desktop/instancemessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace {
const QLatin1String kSocketFileName("tracker-inspector.instance");
const QLatin1String kLockFileSuffix(".lock");

// Held while a start decides to listen: the lock file is removed again when it goes away.
std::unique_ptr<QLockFile> lockTakeOver(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(RunningInstanceLink::kStaleLockAgeMs);
    if (!lock->tryLock(RunningInstanceLink::kTakeOverLockTimeoutMs))
        return nullptr;
    return lock;
}
} // namespace

RunningInstanceLink::RunningInstanceLink(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{}

RunningInstanceLink::~RunningInstanceLink() = default;

QString RunningInstanceLink::defaultServerName()
{
    const QString configured = qEnvironmentVariable(kServerNameVariable);
    if (!configured.isEmpty())
        return configured;
    // XDG_RUNTIME_DIR, or a private directory Qt makes (mode 0700): only this user reaches it.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + u'/' + kSocketFileName;
    return kSocketFileName + u'-' + qEnvironmentVariable("USER");
}

QString RunningInstanceLink::lockFilePath() const
{
    // QLocalServer puts a name that is not a path into the temporary directory.
    const QString socketPath =
        QDir::isAbsolutePath(m_serverName) ? m_serverName : QDir::tempPath() + u'/' + m_serverName;
    return socketPath + kLockFileSuffix;
}

void RunningInstanceLink::start(const QStringList &sources, const QString &activationToken)
{
    if (m_role != Role::Undecided || m_sender)
        return;
    {
        const std::unique_ptr<QLockFile> lock = lockTakeOver(lockFilePath());
        // No lock (an unusable directory, or one held for too long): listen all the same; the
        // socket file itself still keeps two listeners apart unless one is taking over.
        if (listen()) {
            decide(Role::RunningInstance);
            return;
        }
    }
    if (m_server->serverError() != QAbstractSocket::AddressInUseError) {
        decideCannotListen();
        return;
    }
    forward(sources, activationToken);
}

void RunningInstanceLink::decideCannotListen()
{
    decide(Role::Standalone, tr("Cannot listen for other starts of Tracker Inspector on "
                                "\"%1\": %2")
                                 .arg(m_serverName, m_server->errorString()));
}

bool RunningInstanceLink::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        connect(m_server, &QLocalServer::newConnection, this,
                &RunningInstanceLink::acceptConnections);
    }
    return m_server->listen(m_serverName);
}

void RunningInstanceLink::forward(const QStringList &sources, const QString &activationToken)
{
    QStringList skipped;
    const QList<InstanceRequest> requests =
        InstanceMessage::splitIntoRequests(sources, activationToken, &skipped);
    if (!skipped.isEmpty()) {
        decide(Role::Standalone,
               tr("%n source(s) too long to hand to the running window.", "", int(skipped.size())));
        return;
    }
    for (const InstanceRequest &request : requests)
        m_outgoing.append(InstanceMessage::encodeRequest(request));

    m_sender = new QLocalSocket(this);
    m_acknowledgementTimer = new QTimer(this);
    m_acknowledgementTimer->setSingleShot(true);
    connect(m_acknowledgementTimer, &QTimer::timeout, this, [this] {
        decide(Role::Standalone, tr("The running Tracker Inspector did not answer within %1 ms.")
                                     .arg(kAcknowledgementTimeoutMs));
    });
    connect(m_sender, &QLocalSocket::connected, this, [this] {
        for (const QByteArray &frame : std::as_const(m_outgoing))
            m_sender->write(frame);
        m_acknowledgementsDue = m_outgoing.size();
        m_outgoing.clear();
    });
    connect(m_sender, &QLocalSocket::readyRead, this, &RunningInstanceLink::readAcknowledgements);
    connect(m_sender, &QLocalSocket::errorOccurred, this, &RunningInstanceLink::handleForwardError);
    m_acknowledgementTimer->start(kAcknowledgementTimeoutMs);
    m_sender->connectToServer(m_serverName);
}

void RunningInstanceLink::handleForwardError()
{
    if (m_role != Role::Undecided)
        return;
    const QLocalSocket::LocalSocketError error = m_sender->error();
    const bool neverConnected = !m_outgoing.isEmpty();
    const bool nobodyListens =
        error == QLocalSocket::ConnectionRefusedError || error == QLocalSocket::ServerNotFoundError;
    if (!(neverConnected && nobodyListens) || m_triedTakeOver) {
        decide(Role::Standalone,
               tr("Could not hand the torrents to the running Tracker Inspector: %1")
                   .arg(m_sender->errorString()));
        return;
    }
    // From the event loop, like every other outcome of forwarding (the refusal may come inside
    // connectToServer()); another start refused at the same time may take over first meanwhile.
    QMetaObject::invokeMethod(this, &RunningInstanceLink::takeOverStaleSocket,
                              Qt::QueuedConnection);
}

// The socket file outlived its instance (a crash): take it over, once. Another start may be doing
// the same: under the lock, whoever comes second finds the first listening and hands over to it.
void RunningInstanceLink::takeOverStaleSocket()
{
    if (m_role != Role::Undecided)
        return;
    m_triedTakeOver = true;
    const std::unique_ptr<QLockFile> lock = lockTakeOver(lockFilePath());
    if (!lock) {
        decide(Role::Standalone,
               tr("Another start of Tracker Inspector kept \"%1\" locked.").arg(lockFilePath()));
        return;
    }
    if (listen()) { // the stale file is gone already
        decide(Role::RunningInstance);
        return;
    }
    if (m_server->serverError() == QAbstractSocket::AddressInUseError && someoneListens()) {
        m_sender->abort();
        m_sender->connectToServer(m_serverName); // the sources are still in m_outgoing
        return;
    }
    QLocalServer::removeServer(m_serverName);
    if (listen())
        decide(Role::RunningInstance);
    else
        decideCannotListen();
}

bool RunningInstanceLink::someoneListens() const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    const bool connected = probe.waitForConnected(kProbeTimeoutMs);
    probe.abort();
    return connected;
}

void RunningInstanceLink::readAcknowledgements()
{
    m_acknowledgementBuffer += m_sender->readAll();
    QByteArray payload;
    while (m_role == Role::Undecided) {
        const InstanceMessage::FrameStatus status =
            InstanceMessage::takeFrame(m_acknowledgementBuffer, payload);
        if (status == InstanceMessage::FrameStatus::Incomplete)
            return;
        if (status == InstanceMessage::FrameStatus::Oversized ||
            InstanceMessage::decodeAcknowledgement(payload) < 0) {
            decide(Role::Standalone,
                   tr("The running Tracker Inspector sent an answer that is not understood."));
            return;
        }
        if (--m_acknowledgementsDue == 0)
            decide(Role::Forwarded);
    }
}

void RunningInstanceLink::decide(Role role, const QString &errorMessage)
{
    if (m_acknowledgementTimer)
        m_acknowledgementTimer->stop();
    if (m_sender) {
        m_sender->disconnect(this);
        m_sender->abort();
        m_sender->deleteLater();
        m_sender = nullptr;
    }
    m_role = role;
    m_errorMessage = errorMessage;
    emit roleDecided(role);
}

void RunningInstanceLink::acceptConnections()
{
    while (QLocalSocket *connection = m_server->nextPendingConnection()) {
        if (m_connections.size() >= kMaximumConnections) {
            connection->abort();
            connection->deleteLater();
            continue;
        }
        m_connections.insert(connection, QByteArray());
        connect(connection, &QLocalSocket::readyRead, this,
                [this, connection] { readRequests(connection); });
        connect(connection, &QLocalSocket::disconnected, this,
                [this, connection] { dropConnection(connection); });
        QTimer::singleShot(kConnectionTimeoutMs, connection,
                           [this, connection] { dropConnection(connection); });
        readRequests(connection); // bytes may have come with the connection
    }
}

void RunningInstanceLink::readRequests(QLocalSocket *connection)
{
    const auto buffer = m_connections.find(connection);
    if (buffer == m_connections.end())
        return;
    buffer->append(connection->readAll());
    if (!takeRequests(connection, *buffer))
        dropConnection(connection);
    // Delivered from the event loop: a receiver may run a nested one, or quit the main one.
    if (m_delivering && !m_heldRequests.isEmpty())
        QMetaObject::invokeMethod(this, &RunningInstanceLink::deliverHeldRequests,
                                  Qt::QueuedConnection);
}

bool RunningInstanceLink::takeRequests(QLocalSocket *connection, QByteArray &buffer)
{
    QByteArray payload;
    for (;;) {
        const InstanceMessage::FrameStatus status = InstanceMessage::takeFrame(buffer, payload);
        if (status == InstanceMessage::FrameStatus::Incomplete)
            return true;
        const std::optional<InstanceRequest> request =
            status == InstanceMessage::FrameStatus::Complete
                ? InstanceMessage::decodeRequest(payload)
                : std::nullopt;
        // Garbage (this sender is not one of us), or more than a window can take in at once.
        if (!request || m_heldRequests.size() >= kMaximumHeldRequests)
            return false;
        connection->write(InstanceMessage::encodeAcknowledgement(request->sources.size()));
        m_heldRequests.append(*request);
    }
}

void RunningInstanceLink::startDelivering()
{
    m_delivering = true;
    QMetaObject::invokeMethod(this, &RunningInstanceLink::deliverHeldRequests,
                              Qt::QueuedConnection);
}

void RunningInstanceLink::stopListening()
{
    if (m_server)
        m_server->close(); // removes the socket file
    const QList<QLocalSocket *> connections = m_connections.keys();
    for (QLocalSocket *connection : connections)
        dropConnection(connection);
    m_delivering = false;
}

void RunningInstanceLink::deliverHeldRequests()
{
    const QList<InstanceRequest> requests = std::exchange(m_heldRequests, {});
    for (const InstanceRequest &request : requests)
        emit sourcesReceived(request.sources, request.activationToken);
}

void RunningInstanceLink::dropConnection(QLocalSocket *connection)
{
    if (!m_connections.remove(connection))
        return;
    connection->disconnect(this);
    connection->abort();
    connection->deleteLater();
}
