#pragma once

#include "tracker/hostresolver.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

// A HostResolver answering from a table, on the event loop like the real one. IP literals
// (bare or in brackets) resolve to themselves; a host not in the table fails like an unknown
// name. A host can be held so that a test can cancel while the look-up is pending.
class FakeHostResolver final : public HostResolver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHostResolver)

public:
    explicit FakeHostResolver(QObject *parent = nullptr);

    // An empty list answers "no addresses" (a name with no A/AAAA records).
    void setAddresses(const QString &host, const QList<QHostAddress> &addresses);
    void setFailure(const QString &host, const QString &errorMessage);
    // Held look-ups are answered only by release() (or never, if cancelled first).
    void setHeld(const QString &host, bool held);
    void release(const QString &host);

    quint64 resolve(const QString &host) override;
    void cancel(quint64 lookupId) override;

    const QStringList &lookedUpHosts() const { return m_lookedUpHosts; } // in order
    int cancelledCount() const { return m_cancelledCount; }
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Answer
    {
        QList<QHostAddress> addresses;
        QString errorMessage;
    };

    Answer answerFor(const QString &host) const;
    void answerLater(quint64 lookupId);

    QHash<QString, Answer> m_answers;
    QSet<QString> m_heldHosts;
    QHash<quint64, QString> m_pending; // lookup id -> host
    QStringList m_lookedUpHosts;
    quint64 m_lastLookupId = 0;
    int m_cancelledCount = 0;
};
