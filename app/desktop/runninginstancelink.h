#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

struct InstanceRequest;
class QLocalServer;
class QLocalSocket;
class QTimer;

// Keeps one window per user: the first start listens on a local socket and becomes the running
// instance; a later start (a torrent opened from the file manager) hands its sources to it,
// waits for the acknowledgement, and can quit. A socket file left by a crashed instance (nobody
// answers on it) is removed and taken over. Listening and taking over happen under a lock file
// beside the socket, so that two starts after a crash never both take it over: the second finds
// the first listening and hands its sources to it. Messages are InstanceMessage frames.
class RunningInstanceLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningInstanceLink)

public:
    enum class Role {
        Undecided,       // start() not called yet, or waiting for the running instance
        RunningInstance, // listening: sourcesReceived() brings what later starts open
        Forwarded,       // the running instance acknowledged every source: this start can quit
        Standalone,      // neither worked (see errorMessage()): open a window of its own
    };
    Q_ENUM(Role)

    static constexpr int kAcknowledgementTimeoutMs = 2000;
    static constexpr int kConnectionTimeoutMs = 5000; // a sender gets this long to finish
    static constexpr int kMaximumConnections = 8;     // senders served at the same time
    static constexpr int kMaximumHeldRequests = 64;   // received before startDelivering()
    // The lock is held only while a start listens or takes over, for milliseconds; a start waits
    // this long for another one to finish that (blocking: it happens before any window exists).
    static constexpr int kTakeOverLockTimeoutMs = 2000;
    static constexpr int kStaleLockAgeMs = 10'000; // a lock this old was left by a crash
    static constexpr int kProbeTimeoutMs = 500;    // does anyone listen on the socket file?
    // Overrides defaultServerName(): for tests, or to keep two setups apart.
    static constexpr const char *kServerNameVariable = "TRACKER_INSPECTOR_INSTANCE_NAME";

    // serverName: a QLocalServer name; an absolute path names the socket file itself.
    explicit RunningInstanceLink(const QString &serverName, QObject *parent = nullptr);
    ~RunningInstanceLink() override;

    // A socket in the user's runtime directory (XDG_RUNTIME_DIR), or kServerNameVariable.
    static QString defaultServerName();

    // Listens, or hands sources (already absolute) to the instance that listens, then emits
    // roleDecided(). The role may be decided before start() returns.
    void start(const QStringList &sources, const QString &activationToken = QString());
    // Lets sourcesReceived() out, from the event loop. Until then what other starts send is
    // acknowledged and kept (the window may not exist yet when a second start already asks).
    void startDelivering();
    // Closes the socket, so that a start while this one shuts down opens its own window.
    void stopListening();
    Role role() const { return m_role; }
    QString serverName() const { return m_serverName; }
    QString lockFilePath() const;                           // beside the socket file
    QString errorMessage() const { return m_errorMessage; } // why the role is Standalone

signals:
    void roleDecided(RunningInstanceLink::Role role);
    // Another start asked to open these (maybe none: it asks to show the window).
    void sourcesReceived(const QStringList &sources, const QString &activationToken);

private:
    bool listen();
    void forward(const QStringList &sources, const QString &activationToken);
    void handleForwardError();
    void takeOverStaleSocket();
    bool someoneListens() const;
    void decideCannotListen();
    void readAcknowledgements();
    void decide(Role role, const QString &errorMessage = QString());

    void acceptConnections();
    void readRequests(QLocalSocket *connection);
    bool takeRequests(QLocalSocket *connection, QByteArray &buffer); // false: garbage
    void dropConnection(QLocalSocket *connection);
    void deliverHeldRequests();

    QString m_serverName;
    Role m_role = Role::Undecided;
    QString m_errorMessage;
    QLocalServer *m_server = nullptr;
    QHash<QLocalSocket *, QByteArray> m_connections; // received bytes not yet a whole frame
    bool m_delivering = false;
    QList<InstanceRequest> m_heldRequests; // received, not yet delivered

    QLocalSocket *m_sender = nullptr;
    bool m_triedTakeOver = false;
    QTimer *m_acknowledgementTimer = nullptr;
    QList<QByteArray> m_outgoing;        // frames to write once connected
    qsizetype m_acknowledgementsDue = 0; // frames written and not yet acknowledged
    QByteArray m_acknowledgementBuffer;
};
