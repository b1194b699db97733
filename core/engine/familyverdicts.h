#pragma once

#include "engine/trackerstate.h"

#include <QHostAddress>
#include <QString>

// Whether a tracker works over IPv4 and over IPv6, from the endpoints it answered (or failed)
// from: a host name with A and AAAA records has an endpoint of each family. An endpoint whose
// address is unknown (HTTP(S) goes through the network access manager, which does not say where
// it connected) counts for its family only when the URL's host is an address itself; otherwise
// that family stays Unknown.
struct FamilyVerdicts
{
    enum class Verdict { Unknown, Works, Fails };
    enum class Family { IPv4, IPv6 };

    Verdict ipv4 = Verdict::Unknown;
    Verdict ipv6 = Verdict::Unknown;

    static FamilyVerdicts of(const TrackerState &tracker);
    // The family of an address; an IPv4-mapped IPv6 address is IPv4.
    static Family familyOf(const QHostAddress &address);

    Verdict verdict(Family family) const { return family == Family::IPv4 ? ipv4 : ipv6; }
    bool worksOver(Family family) const { return verdict(family) == Verdict::Works; }
    // "works", "fails" or an empty string for Unknown: stable names for reports.
    static QString verdictName(Verdict verdict);
    // "IPv4+6", "IPv4", "IPv6" for the families that work, "–" for none known to work.
    QString workingFamiliesText() const;

private:
    void record(Family family, TrackerStatus status);
};
