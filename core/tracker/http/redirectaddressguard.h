#pragma once

#include "tracker/hostlookups.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

class HostResolver;

// The guard against a tracker on the internet redirecting our requests into a local network
// (server-side request forgery through the announce): a redirect is refused when the tracker's
// first URL leads to a public address and the target resolves to any address that is not public
// (see AddressScope). A tracker that is itself local (loopback, private...) may redirect
// anywhere. Both hosts are resolved through the HostResolver: a public name resolving to
// 127.0.0.1 counts as loopback. A first host that does not resolve counts as public; a target
// that does not resolve is let through, for the network access manager to report why.
// The network access manager resolves the target again when it connects; an answer that changes
// in between (DNS rebinding) is not caught here.
class RedirectAddressGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectAddressGuard)

public:
    // refusal is empty when the redirect may be followed, else a sentence saying why not.
    using Verdict = std::function<void(const QString &refusal)>;

    // resolver is not owned and must outlive the guard.
    explicit RedirectAddressGuard(HostResolver *resolver, QObject *parent = nullptr);

    // Decides on a redirect of the exchange that began at firstUrl; verdict runs on the event
    // loop, never inside this call, and never after cancel().
    void check(const QUrl &firstUrl, const QUrl &target, Verdict verdict);
    void cancel();

private:
    void checkTarget(const QUrl &target);
    void decide(const QUrl &target, const QList<QHostAddress> &addresses);

    HostLookups m_lookups;
    std::optional<quint64> m_lookupId;
    std::optional<bool> m_firstUrlIsPublic; // known after the first redirect
    Verdict m_verdict;
};
