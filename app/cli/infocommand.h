#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

struct Metainfo;
struct MetainfoFile;

// `tracker-inspector info FILE|MAGNET [--json]`: reads the torrent on the spot (a batch command
// has nothing else to do meanwhile) and prints a summary, or one JSON object with --json.
class InfoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    // The text summary lists this many files, then says how many more there are.
    static constexpr int kMaxFilesListed = 100;

    // arguments: what follows "info". Returns the exit status (0, or 2 for bad input/usage).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static void printSummary(const Metainfo &metainfo, QTextStream &out);

private:
    static void printTrackers(const Metainfo &metainfo, QTextStream &out);
    static void printFiles(const Metainfo &metainfo, QTextStream &out);
    static QString formatSize(qint64 bytes);
    static QString symlinkText(const MetainfoFile &file); // "(symbolic link to a/b)"
};
