#pragma once

#include "metainfoparseresult.h"

#include <QCoreApplication>

// Reads a magnet URI (BEP 9): xt btih (hex/base32) and btmh (v2), dn, tr / tr.N, x.pe, xl.
class MagnetLinkParser
{
    Q_DECLARE_TR_FUNCTIONS(MagnetLinkParser)

public:
    static MetainfoParseResult parse(const QString &uri);
    static bool looksLikeMagnet(const QString &text); // starts with "magnet:" (trimmed, any case)
};
