#include "magnetlinkparser.h"

MetainfoParseResult MagnetLinkParser::parse(const QString &uri)
{
    Q_UNUSED(uri);
    MetainfoParseResult result;
    result.metainfo.sourceName = tr("magnet link");
    result.errorMessage = tr("reading magnet links is not implemented yet");
    return result;
}

bool MagnetLinkParser::looksLikeMagnet(const QString &text)
{
    return text.trimmed().startsWith(QStringLiteral("magnet:"), Qt::CaseInsensitive);
}
