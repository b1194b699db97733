#pragma once

#include "engine/trackerstate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the tracker table's tooltip says of a tracker's address families (FamilyVerdicts) and of
// the other URLs it is listed under (TrackerAliases), in sentences.
class TrackerFamilyText
{
    Q_DECLARE_TR_FUNCTIONS(TrackerFamilyText)

public:
    // "Works over IPv4 and IPv6.", "Works over IPv4; fails over IPv6.", or for an HTTP(S) host
    // name, that the family it answered over is not known. Empty before anything is known.
    static QString families(const TrackerState &tracker);
    // "Also listed as …" for a tracker listed under other URLs of trackers; empty otherwise.
    static QString aliases(const TrackerState &tracker, const QList<TrackerState> &trackers);
};
