#include "tracker/http/redirectaddressguard.h"

#include "tracker/http/addressscope.h"

#include <algorithm>

namespace {

// The target for messages: scheme, host and port, nothing of the path or query (which may carry
// a passkey).
QString targetHostText(const QUrl &target)
{
    return target
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo |
                  QUrl::RemoveFragment)
        .toDisplayString();
}

} // namespace

RedirectAddressGuard::RedirectAddressGuard(HostResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_lookups(resolver)
{}

void RedirectAddressGuard::check(const QUrl &firstUrl, const QUrl &target, Verdict verdict)
{
    cancel();
    m_verdict = std::move(verdict);
    if (m_firstUrlIsPublic.has_value()) {
        checkTarget(target);
        return;
    }
    m_lookupId =
        m_lookups.resolve(firstUrl.host(), [this, target](const QList<QHostAddress> &addresses,
                                                          const QString &failure) {
            Q_UNUSED(failure); // a first host that does not resolve counts as public
            m_lookupId.reset();
            // Public when any address is: a public tracker must not make itself "local" by
            // adding a 127.0.0.1 record beside its real one.
            m_firstUrlIsPublic =
                addresses.isEmpty() ||
                std::any_of(addresses.cbegin(), addresses.cend(), &AddressScope::isPublic);
            checkTarget(target);
        });
}

void RedirectAddressGuard::cancel()
{
    if (m_lookupId.has_value())
        m_lookups.cancel(*std::exchange(m_lookupId, std::nullopt));
    m_verdict = nullptr;
}

void RedirectAddressGuard::checkTarget(const QUrl &target)
{
    m_lookupId = m_lookups.resolve(
        target.host(), [this, target](const QList<QHostAddress> &addresses, const QString &) {
            m_lookupId.reset();
            decide(target, addresses);
        });
}

void RedirectAddressGuard::decide(const QUrl &target, const QList<QHostAddress> &addresses)
{
    QString refusal;
    const auto local =
        std::find_if_not(addresses.cbegin(), addresses.cend(), &AddressScope::isPublic);
    if (*m_firstUrlIsPublic && local != addresses.cend()) {
        refusal = tr("The tracker redirected from a public address to a %1 one: %2 (%3). "
                     "Refused, so that a tracker cannot send our requests into a local network; "
                     "Settings → Network → “Follow redirects to private addresses” (or check "
                     "--allow-private-redirects) allows it.")
                      .arg(AddressScope::describe(AddressScope::of(*local)), targetHostText(target),
                           local->toString());
    }
    const Verdict verdict = std::exchange(m_verdict, nullptr);
    if (verdict)
        verdict(refusal);
}
