#pragma once

#include "metainfo/metainfo.h"

#include <QByteArray>
#include <QJsonObject>

// The JSON form of a Metainfo, as `tracker-inspector info --json` prints it. Hashes are lowercase
// hex or null; unknown numbers (-1) are null; trackers are a list of tiers of URL strings.
class MetainfoJson
{
public:
    static QJsonObject toJson(const Metainfo &metainfo);
    // The same object as UTF-8 text, written directly: a torrent with 20,000 files prints in a
    // few milliseconds instead of the tens QJsonDocument needs for as many QJsonObjects.
    static QByteArray toJsonText(const Metainfo &metainfo);
    static QString versionName(MetainfoVersion version); // "v1", "v2", "hybrid", "magnet"

private:
    static QJsonObject withoutFiles(const Metainfo &metainfo);
};
