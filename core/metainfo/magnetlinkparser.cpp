#include "metainfo/magnetlinkparser.h"

#include "metainfo/metainfotrackerreader.h"

namespace {
constexpr QByteArrayView kBtihPrefix = "urn:btih:";
constexpr QByteArrayView kBtmhPrefix = "urn:btmh:";
constexpr QByteArrayView kSha256Multihash = "1220"; // code 0x12 (sha2-256), 0x20 bytes
constexpr qsizetype kSha1HexLength = 40;
constexpr qsizetype kSha1Base32Length = 32;
constexpr qsizetype kSha256HexLength = 64;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<QByteArray> hexDecode(QByteArrayView text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    QByteArray result(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < result.size(); ++i) {
        const int high = hexValue(text[2 * i]);
        const int low = hexValue(text[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        result[i] = char(high * 16 + low);
    }
    return result;
}

Error malformed(const QString &message)
{
    return Error(Error::Kind::Malformed, message);
}
} // namespace

bool MagnetLinkParser::looksLikeMagnet(const QString &text)
{
    return text.trimmed().startsWith(QStringLiteral("magnet:"), Qt::CaseInsensitive);
}

std::optional<QByteArray> MagnetLinkParser::percentDecode(QByteArrayView text, bool plusIsSpace)
{
    QByteArray result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            result.append(char(high * 16 + low));
            i += 2;
        } else {
            result.append(plusIsSpace && c == '+' ? ' ' : c);
        }
    }
    return result;
}

std::optional<QByteArray> MagnetLinkParser::base32Decode(QByteArrayView text)
{
    QByteArray result;
    result.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : text) {
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= 'a' && c <= 'z')
            value = c - 'a';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            result.append(char((buffer >> bits) & 0xff));
        }
    }
    return result;
}

Expected<Metainfo> MagnetLinkParser::parse(const QString &uri)
{
    Metainfo metainfo;
    metainfo.sourceName = tr("magnet link");
    metainfo.version = MetainfoVersion::MagnetOnly;
    const QString text = uri.trimmed();
    if (!looksLikeMagnet(text))
        return malformed(tr("this is not a magnet link: it does not start with \"magnet:\""));
    if (text.size() > kMaxLength)
        return malformed(
            tr("the magnet link is longer than %n characters", nullptr, int(kMaxLength)));
    QByteArray query = text.mid(7).toUtf8();
    if (query.startsWith('?'))
        query.remove(0, 1);
    QList<QStringList> tiers;
    int count = 0;
    for (const QByteArray &parameter : query.split('&')) {
        if (parameter.isEmpty())
            continue;
        if (++count > kMaxParameters)
            return malformed(
                tr("the magnet link has more than %n parameters", nullptr, kMaxParameters));
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray key = equals < 0 ? parameter : parameter.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : parameter.mid(equals + 1);
        if (const Expected<void> read = readParameter(key, value, metainfo, tiers); !read)
            return read.error();
    }
    if (!metainfo.hasV1() && !metainfo.hasV2()) {
        return malformed(tr("the magnet link has no BitTorrent info hash (xt=urn:btih:… or "
                            "xt=urn:btmh:…)"));
    }
    metainfo.trackerTiers = MetainfoTrackerReader::cleanTiers(tiers, metainfo.warnings);
    return metainfo;
}

Expected<void> MagnetLinkParser::readParameter(const QByteArray &rawKey, const QByteArray &rawValue,
                                               Metainfo &metainfo, QList<QStringList> &tiers)
{
    const std::optional<QByteArray> decodedKey = percentDecode(rawKey, false);
    const QByteArray key = decodedKey.value_or(QByteArray()).toLower();
    const std::optional<QByteArray> value = percentDecode(rawValue, key == "dn");
    if (!decodedKey || !value) {
        return malformed(tr("the magnet link has a malformed percent escape in \"%1\"")
                             .arg(QString::fromUtf8(rawKey.left(32))));
    }
    if (key == "xt")
        return readExactTopic(*value, metainfo);
    const QString text = QString::fromUtf8(*value);
    if (key == "dn") {
        metainfo.name = text;
    } else if (key == "tr" || (key.startsWith("tr.") && key.size() > 3)) {
        tiers.append(QStringList{text});
    } else if (key == "x.pe") {
        if (!text.isEmpty() && !metainfo.peerAddresses.contains(text))
            metainfo.peerAddresses.append(text);
    } else if (key == "ws") {
        if (!text.isEmpty() && !metainfo.urlList.contains(text))
            metainfo.urlList.append(text);
    } else if (key == "xl") {
        bool ok = false;
        const qint64 length = value->toLongLong(&ok);
        if (ok && length >= 0)
            metainfo.totalSize = length;
        else
            metainfo.warnings.append(
                tr("the exact length (xl) \"%1\" is not a size; it was ignored").arg(text));
    }
    return {};
}

Expected<void> MagnetLinkParser::readExactTopic(const QByteArray &value, Metainfo &metainfo)
{
    const QByteArray lower = value.toLower();
    if (lower.startsWith(kBtihPrefix)) {
        const QByteArrayView hash = QByteArrayView(value).sliced(kBtihPrefix.size());
        std::optional<QByteArray> bytes;
        if (hash.size() == kSha1HexLength)
            bytes = hexDecode(hash);
        else if (hash.size() == kSha1Base32Length)
            bytes = base32Decode(hash);
        if (!bytes) {
            return malformed(
                tr("the info hash \"%1\" in the magnet link is neither 40 hexadecimal nor 32 "
                   "base32 characters")
                    .arg(QString::fromUtf8(hash.first(std::min<qsizetype>(hash.size(), 80)))));
        }
        readHash(value, metainfo.infoHashV1, *bytes, metainfo);
        return {};
    }
    if (lower.startsWith(kBtmhPrefix)) {
        const QByteArrayView multihash = QByteArrayView(value).sliced(kBtmhPrefix.size());
        std::optional<QByteArray> bytes;
        if (multihash.size() == kSha256Multihash.size() + kSha256HexLength &&
            multihash.startsWith(kSha256Multihash))
            bytes = hexDecode(multihash.sliced(kSha256Multihash.size()));
        if (!bytes) {
            return malformed(tr("the v2 info hash (urn:btmh) in the magnet link is not \"1220\" "
                                "followed by 64 hexadecimal characters"));
        }
        readHash(value, metainfo.infoHashV2, *bytes, metainfo);
        return {};
    }
    metainfo.warnings.append(
        tr("the exact topic \"%1\" is not a BitTorrent info hash; it was ignored")
            .arg(QString::fromUtf8(value.left(80))));
    return {};
}

void MagnetLinkParser::readHash(const QByteArray &value, QByteArray &target, QByteArray hash,
                                Metainfo &metainfo)
{
    if (target.isEmpty()) {
        target = std::move(hash);
    } else if (target != hash) {
        metainfo.warnings.append(
            tr("the magnet link has a second, different info hash \"%1\"; it was ignored")
                .arg(QString::fromUtf8(value)));
    }
}
