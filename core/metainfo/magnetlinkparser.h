#pragma once

#include "common/expected.h"
#include "metainfo/metainfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

// Reads a magnet URI (BEP 9): xt btih (hex/base32) and btmh (v2), dn, tr / tr.N, x.pe, xl, ws.
// Every tr is its own tier, in the order written. Values are percent-decoded as UTF-8; '+' is a
// space only in dn (tracker URLs may hold a literal '+'). A malformed escape is an error.
class MagnetLinkParser
{
    Q_DECLARE_TR_FUNCTIONS(MagnetLinkParser)

public:
    static constexpr int kMaxParameters = 1000;
    static constexpr qsizetype kMaxLength = 64 * 1024;

    // The magnet's metainfo, or an Error (Malformed) saying what is wrong with the link.
    static Expected<Metainfo> parse(const QString &uri);
    static bool looksLikeMagnet(const QString &text); // starts with "magnet:" (trimmed, any case)

    // RFC 3986 percent-decoding; nullopt when an escape is malformed.
    static std::optional<QByteArray> percentDecode(QByteArrayView text, bool plusIsSpace);
    // RFC 4648 base32 (case-insensitive, no padding); nullopt on a character outside the alphabet.
    static std::optional<QByteArray> base32Decode(QByteArrayView text);

private:
    static Expected<void> readParameter(const QByteArray &key, const QByteArray &value,
                                        Metainfo &metainfo, QList<QStringList> &tiers);
    static Expected<void> readExactTopic(const QByteArray &value, Metainfo &metainfo);
    static void readHash(const QByteArray &value, QByteArray &target, QByteArray hash,
                         Metainfo &metainfo);
};
