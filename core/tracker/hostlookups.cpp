#include "tracker/hostlookups.h"

#include "tracker/hostresolver.h"

HostLookups::HostLookups(HostResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    if (m_resolver)
        connect(m_resolver, &HostResolver::hostResolved, this, &HostLookups::handleHostResolved);
}

HostLookups::~HostLookups()
{
    for (auto it = m_lookups.cbegin(); it != m_lookups.cend(); ++it)
        m_resolver->cancel(it.key());
}

quint64 HostLookups::resolve(const QString &host, Answer answer)
{
    const quint64 lookupId = m_resolver->resolve(host);
    m_lookups.insert(lookupId, Lookup{host, std::move(answer)});
    return lookupId;
}

void HostLookups::cancel(quint64 lookupId)
{
    if (m_lookups.remove(lookupId) > 0)
        m_resolver->cancel(lookupId);
}

void HostLookups::handleHostResolved(quint64 lookupId, const QList<QHostAddress> &addresses,
                                     const QString &errorMessage)
{
    const auto it = m_lookups.find(lookupId);
    if (it == m_lookups.end())
        return; // another client's, or cancelled
    const Lookup lookup = *it;
    m_lookups.erase(it);
    if (!addresses.isEmpty()) {
        lookup.answer(addresses, QString());
        return;
    }
    const QString reason = errorMessage.isEmpty() ? tr("no addresses") : errorMessage;
    lookup.answer({}, tr("%1 did not resolve: %2").arg(lookup.host, reason));
}
