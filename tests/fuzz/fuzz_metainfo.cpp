// libFuzzer target over everything that reads untrusted torrent input: the bencode decoder, the
// metainfo parser (v1, v2, hybrid), the magnet link parser and the JSON writer.
#include "bencode/bencodedecoder.h"
#include "metainfo/magnetlinkparser.h"
#include "metainfo/metainfoparser.h"
#include "report/metainfojson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy of exactly size bytes, so that AddressSanitizer catches any read past the end.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const BencodeDocument document = BencodeDecoder::decode(input);
    if (document.isValid())
        (void)document.root().rawBytes();

    const MetainfoParseResult torrent = MetainfoParser::parse(input, QStringLiteral("fuzz"));
    if (torrent.ok)
        (void)MetainfoJson::toJson(torrent.metainfo);

    const QString text = QString::fromUtf8(input);
    const QString uri = MagnetLinkParser::looksLikeMagnet(text) ? text : u"magnet:?" + text;
    const MetainfoParseResult magnet = MagnetLinkParser::parse(uri);
    if (magnet.ok)
        (void)MetainfoJson::toJson(magnet.metainfo);
    return 0;
}
