#include "cli/checkinputs.h"

#include "metainfo/magnetlinkparser.h"
#include "metainfo/torrentfilereader.h"

#include <QDir>
#include <QFileInfo>

Expected<QList<Metainfo>> CheckInputs::read(const QStringList &inputs)
{
    QList<Metainfo> torrents;
    for (const QString &input : inputs) {
        const bool isDirectory =
            !MagnetLinkParser::looksLikeMagnet(input) && QFileInfo(input).isDir();
        const Expected<QStringList> paths =
            isDirectory ? torrentsInDirectory(input) : Expected<QStringList>(QStringList{input});
        if (!paths)
            return paths.error();
        for (const QString &path : *paths) {
            Expected<Metainfo> torrent = readOne(path);
            if (!torrent)
                return torrent.error();
            torrents.append(std::move(*torrent));
        }
    }
    return torrents;
}

Expected<QStringList> CheckInputs::torrentsInDirectory(const QString &path)
{
    const QDir directory(path);
    if (!directory.isReadable())
        return Error(Error::Kind::FileAccess, tr("%1: the directory cannot be read").arg(path));
    const QStringList names = directory.entryList({QStringLiteral("*.torrent")},
                                                  QDir::Files | QDir::Readable, QDir::Name);
    if (names.isEmpty())
        return Error(Error::Kind::FileAccess, tr("%1: no .torrent files in it").arg(path));
    QStringList paths;
    for (const QString &name : names)
        paths.append(directory.filePath(name));
    return paths;
}

Expected<Metainfo> CheckInputs::readOne(const QString &input)
{
    const Expected<Metainfo> loaded = MagnetLinkParser::looksLikeMagnet(input)
                                          ? MagnetLinkParser::parse(input)
                                          : TorrentFileReader::read(input);
    if (!loaded)
        return Error(loaded.error().kind(), tr("%1: %2").arg(input, loaded.error().describe()));
    return loaded;
}
