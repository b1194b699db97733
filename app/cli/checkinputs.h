#pragma once

#include "common/expected.h"
#include "metainfo/metainfo.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// What `check` is asked to check, read: each FILE|MAGNET argument, and every `.torrent` file
// directly inside a directory argument (not in its subdirectories: a collection is a folder, and
// a tree may be a whole disk), in name order. The first input that cannot be read is an Error
// naming it, and so is a directory without torrents.
class CheckInputs
{
    Q_DECLARE_TR_FUNCTIONS(CheckInputs)

public:
    static Expected<QList<Metainfo>> read(const QStringList &inputs);

private:
    static Expected<QStringList> torrentsInDirectory(const QString &path);
    static Expected<Metainfo> readOne(const QString &input);
};
