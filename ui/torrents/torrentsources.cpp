#include "torrents/torrentsources.h"

#include "metainfo/magnetlinkparser.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QRegularExpression>
#include <QUrl>

bool TorrentSources::isMagnet(const QString &source)
{
    return MagnetLinkParser::looksLikeMagnet(source);
}

QStringList TorrentSources::magnetLinksIn(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList links;
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (isMagnet(word))
            links << word;
    }
    return links;
}

QStringList TorrentSources::fromMimeData(const QMimeData *mimeData)
{
    if (!mimeData)
        return {};
    QStringList sources;
    if (mimeData->hasUrls()) {
        const QList<QUrl> urls = mimeData->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile() && !QFileInfo(url.toLocalFile()).isDir())
                sources << QFileInfo(url.toLocalFile()).absoluteFilePath();
            else if (url.scheme().compare(u"magnet", Qt::CaseInsensitive) == 0)
                sources << url.toString(QUrl::FullyEncoded);
        }
    }
    if (sources.isEmpty() && mimeData->hasText())
        sources = magnetLinksIn(mimeData->text());
    return sources;
}

QString TorrentSources::fromArgument(const QString &argument)
{
    const QString trimmed = argument.trimmed();
    if (isMagnet(trimmed))
        return trimmed;
    if (trimmed.startsWith(u"file:", Qt::CaseInsensitive)) {
        const QUrl url(trimmed);
        if (url.isLocalFile())
            return QFileInfo(url.toLocalFile()).absoluteFilePath();
    }
    return QFileInfo(argument).absoluteFilePath();
}

QString TorrentSources::describe(const QString &source)
{
    if (!isMagnet(source))
        return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(source));
    if (source.size() <= kDescribedMagnetLength)
        return tr("the magnet link “%1”").arg(source);
    return tr("the magnet link “%1…”").arg(source.left(kDescribedMagnetLength));
}
