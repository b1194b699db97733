#pragma once

#include "metainfo/metainfo.h"

#include <QList>
#include <QString>

// The files one part of an info dictionary describes (the v1 "files"/"length" keys, or the v2
// "file tree"), with their sizes added up. The readers return it as an Expected: an Error says
// why the files cannot be read.
struct MetainfoFileListing
{
    QList<MetainfoFile> files;
    qint64 totalSize = 0;  // pad files excluded
    qint64 paddedSize = 0; // pad files included
    int fileCount = 0;     // pad files excluded
    int padFileCount = 0;
    qint64 pieceCount = 0; // v2: every file starts a new piece; v1 leaves this to the caller
    bool isMultiFile = false;
};
