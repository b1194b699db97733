#pragma once

#include "common/expected.h"
#include "tracker/announceoverrides.h"

#include <QCoreApplication>
#include <QStringList>

class InspectionEngine;

// The announce options of `check` (--event, --uploaded, --downloaded, --left, --peer-id, --key,
// --no-compact, --ip, --param NAME=VALUE, --user-agent), read into the values sent, each checked
// by AnnounceOverrideText as the Announce With… dialog checks it.
class AnnounceOptionParser
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceOptionParser)

public:
    // Reads arguments[index] when it is an announce option, with its value (index then stands on
    // the value): true. False when it is none of them; an Error saying what is wrong with it.
    static Expected<bool> read(const QStringList &arguments, qsizetype &index,
                               AnnounceOverrides &overrides);
    // What each tracker of the torrent cannot be sent, one line each ("URL: sentence").
    static QStringList unsentWarnings(InspectionEngine &engine, quint64 torrentId,
                                      const AnnounceOverrides &overrides);
    // The options, for usage lines.
    static QString usage();
};
