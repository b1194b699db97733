#pragma once

#include "metainfoparseresult.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads a .torrent file's bytes (v1, v2 and hybrid, BEP 3/12/27/52) into a Metainfo.
class MetainfoParser
{
    Q_DECLARE_TR_FUNCTIONS(MetainfoParser)

public:
    static MetainfoParseResult parse(const QByteArray &data, const QString &sourceName);
};
