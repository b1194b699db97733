#include "metainfoparser.h"

MetainfoParseResult MetainfoParser::parse(const QByteArray &data, const QString &sourceName)
{
    Q_UNUSED(data);
    MetainfoParseResult result;
    result.metainfo.sourceName = sourceName;
    result.errorMessage = tr("reading torrents is not implemented yet");
    return result;
}
