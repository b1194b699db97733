#include "fakehostresolver.h"

#include <QMetaObject>

FakeHostResolver::FakeHostResolver(QObject *parent)
    : HostResolver(parent)
{}

void FakeHostResolver::setAddresses(const QString &host, const QList<QHostAddress> &addresses)
{
    m_answers.insert(host.toLower(),
                     {addresses, addresses.isEmpty()
                                     ? QStringLiteral("the host name has no addresses")
                                     : QString()});
}

void FakeHostResolver::setFailure(const QString &host, const QString &errorMessage)
{
    m_answers.insert(host.toLower(), {{}, errorMessage});
}

void FakeHostResolver::setHeld(const QString &host, bool held)
{
    if (held)
        m_heldHosts.insert(host.toLower());
    else
        m_heldHosts.remove(host.toLower());
}

void FakeHostResolver::release(const QString &host)
{
    setHeld(host, false);
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value() == host.toLower())
            answerLater(it.key());
    }
}

quint64 FakeHostResolver::resolve(const QString &host)
{
    const quint64 lookupId = ++m_lastLookupId;
    m_lookedUpHosts.append(host);
    m_pending.insert(lookupId, host.toLower());
    if (!m_heldHosts.contains(host.toLower()))
        answerLater(lookupId);
    return lookupId;
}

void FakeHostResolver::cancel(quint64 lookupId)
{
    if (m_pending.remove(lookupId))
        ++m_cancelledCount;
}

FakeHostResolver::Answer FakeHostResolver::answerFor(const QString &host) const
{
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress literal(bare);
    if (!literal.isNull())
        return {{literal}, QString()};
    const auto it = m_answers.constFind(host);
    if (it != m_answers.cend())
        return it.value();
    return {{}, QStringLiteral("Host %1 not found").arg(host)};
}

void FakeHostResolver::answerLater(quint64 lookupId)
{
    QMetaObject::invokeMethod(
        this,
        [this, lookupId] {
            const auto it = m_pending.constFind(lookupId);
            if (it == m_pending.cend() || m_heldHosts.contains(it.value()))
                return; // cancelled, or held again
            const Answer answer = answerFor(it.value());
            m_pending.erase(it);
            Q_EMIT hostResolved(lookupId, answer.addresses, answer.errorMessage);
        },
        Qt::QueuedConnection);
}
