#include "torrents/metainfotext.h"

#include <QLocale>
#include <QUrl>

QString MetainfoText::unknown()
{
    return QStringLiteral("–");
}

QString MetainfoText::displayName(const Metainfo &metainfo)
{
    if (!metainfo.name.isEmpty())
        return metainfo.name;
    const QString hash = primaryHashHex(metainfo);
    return hash == unknown() ? tr("(unnamed torrent)") : tr("(unnamed) %1").arg(hash);
}

QString MetainfoText::primaryHashHex(const Metainfo &metainfo)
{
    return hashHex(metainfo.hasV1() ? metainfo.infoHashV1 : metainfo.infoHashV2);
}

QString MetainfoText::hashHex(const QByteArray &hash)
{
    if (hash.isEmpty())
        return unknown();
    return QString::fromLatin1(hash.toHex());
}

QString MetainfoText::versionName(MetainfoVersion version)
{
    switch (version) {
    case MetainfoVersion::V1:
        return tr("v1");
    case MetainfoVersion::V2:
        return tr("v2");
    case MetainfoVersion::Hybrid:
        return tr("hybrid v1 + v2");
    case MetainfoVersion::MagnetOnly:
        return tr("magnet link (no metadata yet)");
    }
    return unknown();
}

QString MetainfoText::trackerListKind()
{
    return tr("tracker list, checked with an info hash of its own");
}

QString MetainfoText::plural(qint64 count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(QLocale().toString(count));
}

QString MetainfoText::size(qint64 bytes)
{
    if (bytes < 0)
        return unknown();
    return QLocale().formattedDataSize(bytes, 1);
}

QString MetainfoText::exactSize(qint64 bytes)
{
    if (bytes < 0)
        return unknown();
    if (bytes < 1024)
        return plural(bytes, tr("1 byte"), tr("%1 bytes"));
    return tr("%1 (%2 bytes)").arg(size(bytes), QLocale().toString(bytes));
}

QString MetainfoText::count(qint64 value)
{
    if (value < 0)
        return unknown();
    return QLocale().toString(value);
}

QString MetainfoText::trackerSummary(const Metainfo &metainfo)
{
    const int trackerCount = metainfo.trackerCount();
    if (trackerCount == 0)
        return tr("no trackers");
    int unsupported = 0;
    for (const auto &tier : metainfo.trackerTiers) {
        for (const TrackerUrl &url : tier)
            unsupported += url.isSupported() ? 0 : 1;
    }
    const QString trackers = plural(trackerCount, tr("1 tracker"), tr("%1 trackers"));
    const QString tiers = plural(metainfo.trackerTiers.size(), tr("1 tier"), tr("%1 tiers"));
    QString text = tr("%1 in %2").arg(trackers, tiers);
    if (unsupported > 0)
        text += tr(", %1 unsupported").arg(unsupported);
    return text;
}

QString MetainfoText::summary(const Metainfo &metainfo)
{
    QStringList parts;
    parts << (metainfo.isTrackerList ? trackerListKind() : versionName(metainfo.version));
    if (metainfo.totalSize >= 0)
        parts << size(metainfo.totalSize);
    if (metainfo.fileCount >= 0)
        parts << plural(metainfo.fileCount, tr("1 file"), tr("%1 files"));
    // A list's trackers are each a tier of their own: its tiers say nothing.
    parts << (metainfo.isTrackerList
                  ? plural(metainfo.trackerCount(), tr("1 tracker"), tr("%1 trackers"))
                  : trackerSummary(metainfo));
    if (metainfo.isPrivate)
        parts << tr("private");
    return parts.join(QStringLiteral("  ·  "));
}

QString MetainfoText::magnetLink(const Metainfo &metainfo)
{
    QString link = QStringLiteral("magnet:?");
    QStringList parameters;
    if (metainfo.hasV1())
        parameters << QStringLiteral("xt=urn:btih:") +
                          QString::fromLatin1(metainfo.infoHashV1.toHex());
    if (metainfo.hasV2())
        parameters << QStringLiteral("xt=urn:btmh:1220") +
                          QString::fromLatin1(metainfo.infoHashV2.toHex());
    if (parameters.isEmpty())
        return unknown();
    if (!metainfo.name.isEmpty())
        parameters << QStringLiteral("dn=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(metainfo.name));
    for (const auto &tier : metainfo.trackerTiers) {
        for (const TrackerUrl &url : tier)
            parameters << QStringLiteral("tr=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(url.text()));
    }
    if (metainfo.totalSize >= 0)
        parameters << QStringLiteral("xl=") + QString::number(metainfo.totalSize);
    return link + parameters.join(u'&');
}
