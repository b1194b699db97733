#pragma once

#include "metainfo/metainfo.h"

#include <QString>

// A torrent or magnet read in: the metainfo when ok, else a sentence saying what is wrong.
struct MetainfoParseResult
{
    bool ok = false;
    Metainfo metainfo;
    QString errorMessage; // "info dictionary is missing", with a byte offset where there is one
};
