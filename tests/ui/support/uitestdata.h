#pragma once

#include "metainfo/metainfo.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

// Torrents and metainfo for the UI tests, built here rather than read from fixtures.
namespace UiTestData {

inline QList<QList<TrackerUrl>> tiers(const QList<QStringList> &urls)
{
    QList<QList<TrackerUrl>> result;
    for (const QStringList &tier : urls) {
        QList<TrackerUrl> parsed;
        for (const QString &url : tier)
            parsed << TrackerUrl::parse(url);
        result << parsed;
    }
    return result;
}

inline MetainfoFile file(const QStringList &path, qint64 size, bool isPadFile = false)
{
    MetainfoFile result;
    result.path = path;
    result.size = size;
    result.isPadFile = isPadFile;
    return result;
}

// A hybrid multi-file torrent with two tiers (one unsupported URL), a pad file and warnings.
// Its name holds markup, which must be shown as text.
inline Metainfo hybridMetainfo()
{
    Metainfo metainfo;
    metainfo.sourceName = QStringLiteral("/tmp/sample.torrent");
    metainfo.version = MetainfoVersion::Hybrid;
    metainfo.infoHashV1 = QCryptographicHash::hash("v1", QCryptographicHash::Sha1);
    metainfo.infoHashV2 = QCryptographicHash::hash("v2", QCryptographicHash::Sha256);
    metainfo.name = QStringLiteral("<b>Sample</b> & data");
    metainfo.isMultiFile = true;
    metainfo.files = {
        file({QStringLiteral("docs"), QStringLiteral("readme.txt")}, 1000),
        file({QStringLiteral(".pad"), QStringLiteral("24")}, 24, true),
        file({QStringLiteral("docs"), QStringLiteral("img"), QStringLiteral("a.png")}, 3000),
        file({QStringLiteral("data.bin")}, 60000)};
    metainfo.fileCount = 3;
    metainfo.padFileCount = 1;
    metainfo.totalSize = 64000;
    metainfo.paddedSize = 64024;
    metainfo.pieceLength = 16384;
    metainfo.pieceCount = 4;
    metainfo.isPrivate = true;
    metainfo.source = QStringLiteral("TEST");
    metainfo.createdBy = QStringLiteral("tst");
    metainfo.comment = QStringLiteral("<i>not italic</i>");
    metainfo.urlList = {QStringLiteral("https://seed.example/files/")};
    metainfo.trackerTiers = tiers(
        {{QStringLiteral("http://127.0.0.1:6969/announce"), QStringLiteral("udp://127.0.0.1:6969")},
         {QStringLiteral("ws://127.0.0.1:8000"), QStringLiteral("gopher://127.0.0.1/announce")}});
    metainfo.warnings = {QStringLiteral("dictionary keys are not sorted at byte 12"),
                         QStringLiteral("a file path leaves the torrent's folder")};
    return metainfo;
}

// A magnet: hash and trackers, nothing else known.
inline Metainfo magnetMetainfo()
{
    Metainfo metainfo;
    metainfo.sourceName = QStringLiteral("magnet link");
    metainfo.version = MetainfoVersion::MagnetOnly;
    metainfo.infoHashV1 = QByteArray::fromHex("0123456789abcdef0123456789abcdef01234567");
    metainfo.trackerTiers = tiers({{QStringLiteral("udp://127.0.0.1:6969")}});
    return metainfo;
}

inline const QString magnetLink()
{
    return QStringLiteral("magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567"
                          "&dn=Magnet%20test&tr=udp%3A%2F%2F127.0.0.1%3A6969");
}

inline QByteArray bencodedString(const QByteArray &text)
{
    return QByteArray::number(text.size()) + ':' + text;
}

// A minimal valid single-file v1 .torrent with one tracker.
inline QByteArray torrentBytes(const QByteArray &name, const QByteArray &tracker)
{
    const QByteArray pieces(20, 'x');
    return "d8:announce" + bencodedString(tracker) + "4:infod6:lengthi1000e4:name" +
           bencodedString(name) + "12:piece lengthi16384e6:pieces" + bencodedString(pieces) + "ee";
}

inline QString writeTorrent(const QTemporaryDir &directory, const QString &fileName,
                            const QByteArray &name)
{
    const QString path = directory.filePath(fileName);
    QFile output(path);
    if (!output.open(QIODevice::WriteOnly))
        return QString();
    output.write(torrentBytes(name, "http://127.0.0.1:6969/announce"));
    return path;
}

// Settings of the tests go to a scratch directory, never to the user's.
inline void isolateSettings(const QTemporaryDir &directory)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory.path());
    QCoreApplication::setOrganizationName(QStringLiteral("TrackerInspectorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui-tests"));
    QSettings().clear();
}
} // namespace UiTestData
