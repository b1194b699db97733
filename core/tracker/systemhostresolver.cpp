#include "tracker/systemhostresolver.h"

#include <QMetaObject>

SystemHostResolver::SystemHostResolver(QObject *parent)
    : HostResolver(parent)
{}

SystemHostResolver::~SystemHostResolver()
{
    for (const int qtId : std::as_const(m_qtLookupIds)) {
        if (qtId != kNoQtLookup)
            QHostInfo::abortHostLookup(qtId);
    }
}

quint64 SystemHostResolver::resolve(const QString &host)
{
    const quint64 lookupId = ++m_lastLookupId;
    QHostAddress literal;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (literal.setAddress(bare)) {
        m_qtLookupIds.insert(lookupId, kNoQtLookup);
        QMetaObject::invokeMethod(
            this,
            [this, lookupId, literal] {
                if (m_qtLookupIds.remove(lookupId))
                    Q_EMIT hostResolved(lookupId, {literal}, QString());
            },
            Qt::QueuedConnection);
        return lookupId;
    }
    const int qtId = QHostInfo::lookupHost(
        host, this, [this, lookupId](const QHostInfo &info) { handleLookup(lookupId, info); });
    m_qtLookupIds.insert(lookupId, qtId);
    return lookupId;
}

void SystemHostResolver::cancel(quint64 lookupId)
{
    const auto it = m_qtLookupIds.constFind(lookupId);
    if (it == m_qtLookupIds.constEnd())
        return;
    if (it.value() != kNoQtLookup)
        QHostInfo::abortHostLookup(it.value());
    m_qtLookupIds.erase(it);
}

void SystemHostResolver::handleLookup(quint64 lookupId, const QHostInfo &info)
{
    if (!m_qtLookupIds.remove(lookupId))
        return; // cancelled
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        const QString message = info.error() == QHostInfo::NoError
                                    ? tr("the host name has no addresses")
                                    : info.errorString();
        Q_EMIT hostResolved(lookupId, {}, message);
        return;
    }
    Q_EMIT hostResolved(lookupId, info.addresses(), QString());
}
