#include "trackers/trackerfamilytext.h"

#include "engine/familyverdicts.h"
#include "report/trackeraliases.h"

#include <QHostAddress>

namespace {
using Verdict = FamilyVerdicts::Verdict;
} // namespace

QString TrackerFamilyText::families(const TrackerState &tracker)
{
    const FamilyVerdicts verdicts = FamilyVerdicts::of(tracker);
    const bool byHostName = QHostAddress(tracker.url.url().host()).isNull();
    const bool addressHidden = tracker.url.protocol() != TrackerProtocol::Udp && byHostName;
    const QString hidden = tr("Over HTTP(S) and WebSocket the system picks a host name's address, "
                              "so which family answered is not known.");
    if (verdicts.ipv4 == Verdict::Unknown && verdicts.ipv6 == Verdict::Unknown)
        return addressHidden && tracker.statistics.successCount() > 0 ? hidden : QString();
    if (verdicts.ipv4 == Verdict::Works && verdicts.ipv6 == Verdict::Works)
        return tr("Works over IPv4 and IPv6.");
    const auto part = [](Verdict verdict, const QString &family) {
        switch (verdict) {
        case Verdict::Works:
            return tr("works over %1").arg(family);
        case Verdict::Fails:
            return tr("fails over %1").arg(family);
        case Verdict::Unknown:
            break;
        }
        return tr("%1 not known").arg(family);
    };
    QString text = part(verdicts.ipv4, QStringLiteral("IPv4")) + QStringLiteral("; ") +
                   part(verdicts.ipv6, QStringLiteral("IPv6"));
    text = text.at(0).toUpper() + text.mid(1) + u'.';
    if (addressHidden && (verdicts.ipv4 == Verdict::Unknown || verdicts.ipv6 == Verdict::Unknown))
        text += u' ' + hidden;
    return text;
}

QString TrackerFamilyText::aliases(const TrackerState &tracker, const QList<TrackerState> &trackers)
{
    qsizetype index = 0;
    while (index < trackers.size() && trackers.at(index).id != tracker.id)
        ++index;
    if (index == trackers.size())
        return {};
    const QStringList others = TrackerAliases(trackers).aliasesOf(int(index));
    if (others.isEmpty())
        return {};
    return tr("Also listed as %1 (the same tracker).").arg(others.join(QStringLiteral(", ")));
}
