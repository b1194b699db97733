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

    const Expected<BencodeDocument> document = BencodeDecoder::decode(input);
    if (document)
        (void)document->root().rawBytes();

    const Expected<Metainfo> torrent = MetainfoParser::parse(input, QStringLiteral("fuzz"));
    if (torrent.hasValue())
        (void)MetainfoJson::toJson(*torrent);

    const QString text = QString::fromUtf8(input);
    const QString uri = MagnetLinkParser::looksLikeMagnet(text) ? text : u"magnet:?" + text;
    const Expected<Metainfo> magnet = MagnetLinkParser::parse(uri);
    if (magnet.hasValue())
        (void)MetainfoJson::toJson(*magnet);
    return 0;
}
