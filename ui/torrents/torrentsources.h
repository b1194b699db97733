#pragma once

#include <QCoreApplication>
#include <QStringList>

class QMimeData;

// What can be opened from a drop, a paste or a command-line argument: local files (meant to be
// .torrent files) and magnet links. A source is either an absolute file path or a magnet URI.
class TorrentSources
{
    Q_DECLARE_TR_FUNCTIONS(TorrentSources)

public:
    static bool isMagnet(const QString &source);
    // Every whitespace-separated word of text that is a magnet link.
    static QStringList magnetLinksIn(const QString &text);
    // Local files and magnet links carried by a drag or the clipboard, in order.
    static QStringList fromMimeData(const QMimeData *mimeData);
    // A command-line argument or typed text as a source: file URLs and relative paths become
    // absolute paths, magnet links are trimmed.
    static QString fromArgument(const QString &argument);
    // How messages name a source: a quoted path, or the start of a long magnet link.
    static QString describe(const QString &source);
    static constexpr int kDescribedMagnetLength = 72; // characters
};
