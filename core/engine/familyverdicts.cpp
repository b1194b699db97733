#include "engine/familyverdicts.h"

namespace {
// A status that says something about the address: an answer, or a failure to get one.
bool statusIsVerdict(TrackerStatus status)
{
    switch (status) {
    case TrackerStatus::NotContacted:
    case TrackerStatus::Updating:
    case TrackerStatus::Disabled:
    case TrackerStatus::Unsupported:
        return false;
    default:
        return true;
    }
}

// The address the URL names, when its host is an address rather than a name; null otherwise.
QHostAddress literalAddress(const TrackerUrl &url)
{
    return QHostAddress(url.url().host());
}
} // namespace

FamilyVerdicts::Family FamilyVerdicts::familyOf(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return Family::IPv4;
    bool isMapped = false;
    address.toIPv4Address(&isMapped);
    return isMapped ? Family::IPv4 : Family::IPv6;
}

void FamilyVerdicts::record(Family family, TrackerStatus status)
{
    if (!statusIsVerdict(status))
        return;
    Verdict &target = family == Family::IPv4 ? ipv4 : ipv6;
    if (trackerStatusIsWorking(status))
        target = Verdict::Works;
    else if (target == Verdict::Unknown)
        target = Verdict::Fails;
}

FamilyVerdicts FamilyVerdicts::of(const TrackerState &tracker)
{
    FamilyVerdicts verdicts;
    const QHostAddress literal = literalAddress(tracker.url);
    for (const TrackerEndpointState &endpoint : tracker.endpoints) {
        const QHostAddress &address = endpoint.address.isNull() ? literal : endpoint.address;
        if (!address.isNull())
            verdicts.record(familyOf(address), endpoint.status);
    }
    // A scrape alone (check --scrape-only) says as much for a host given as an address.
    if (tracker.endpoints.isEmpty() && !literal.isNull()) {
        verdicts.record(familyOf(literal), tracker.scrape.status);
        verdicts.record(familyOf(literal), tracker.scrapeV2.status);
    }
    return verdicts;
}

QString FamilyVerdicts::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Works:
        return QStringLiteral("works");
    case Verdict::Fails:
        return QStringLiteral("fails");
    case Verdict::Unknown:
        break;
    }
    return QString();
}

QString FamilyVerdicts::workingFamiliesText() const
{
    const bool over4 = worksOver(Family::IPv4);
    const bool over6 = worksOver(Family::IPv6);
    if (over4 && over6)
        return QStringLiteral("IPv4+6");
    if (over4 || over6)
        return over4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
    return QStringLiteral("–");
}
