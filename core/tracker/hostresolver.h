#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

// Resolves host names for the engine and the UDP/WebSocket clients. Tests replace it so that a
// DNS failure is tested without asking the system resolver about invented names.
class HostResolver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts a look-up and returns its id; hostResolved follows on the event loop (never inside
    // this call). IP literals resolve to themselves.
    virtual quint64 resolve(const QString &host) = 0;
    virtual void cancel(quint64 lookupId) = 0;

Q_SIGNALS:
    // addresses is empty on failure, and then errorMessage says why.
    void hostResolved(quint64 lookupId, const QList<QHostAddress> &addresses,
                      const QString &errorMessage);
};
