#include "metainfo/torrentfilereader.h"

#include "metainfo/metainfoparser.h"

#include <QFile>
#include <QFileInfo>

namespace {
Error unreadable(const QString &message)
{
    return Error(Error::Kind::FileAccess, message);
}
} // namespace

Expected<Metainfo> TorrentFileReader::read(const QString &path, qint64 maxFileSize,
                                           const InfoHasher::Progress &progress)
{
    if (!progress)
        return readUnchecked(path, maxFileSize);
    bool cancelled = false;
    const InfoHasher::ProgressScope scope([&progress, &cancelled](qint64 done, qint64 total) {
        cancelled = cancelled || (progress && !progress(done, total));
        return !cancelled;
    });
    Expected<Metainfo> result = readUnchecked(path, maxFileSize);
    if (cancelled)
        return Error(Error::Kind::Cancelled, tr("loading was cancelled"));
    return result;
}

Expected<Metainfo> TorrentFileReader::readUnchecked(const QString &path, qint64 maxFileSize)
{
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return unreadable(tr("the file does not exist"));
    if (fileInfo.isDir())
        return unreadable(tr("this is a folder, not a torrent file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(tr("the file cannot be opened: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size > maxFileSize) {
        return unreadable(tr("the file is %1 bytes, more than the limit of %2 bytes for a torrent "
                             "file")
                              .arg(size)
                              .arg(maxFileSize));
    }
    uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    if (mapped != nullptr) {
        const QByteArray view =
            QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(size));
        Expected<Metainfo> result = MetainfoParser::parse(view, path);
        file.unmap(mapped);
        return result;
    }
    // Not mappable (a pipe, a special file, or empty): read, at most one byte over the limit.
    const QByteArray data = file.read(maxFileSize + 1);
    if (data.isEmpty() && file.error() != QFileDevice::NoError)
        return unreadable(tr("the file cannot be read: %1").arg(file.errorString()));
    if (data.isEmpty())
        return unreadable(tr("the file is empty"));
    if (data.size() > maxFileSize) {
        return unreadable(tr("the file is larger than the limit of %n bytes for a torrent file",
                             nullptr, int(maxFileSize)));
    }
    return MetainfoParser::parse(data, path);
}
