#pragma once

#include "common/expected.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Decodes the path elements of a torrent's files and flags the ones that could escape the
// torrent's directory when saved ("..", ".", empty, separators, drive letters) or are not UTF-8.
// A suspicious path is a warning, not an error: the inspector still shows the trackers. The first
// few problems are listed one by one, the rest counted, so a hostile file cannot flood the list.
class MetainfoPathChecker
{
    Q_DECLARE_TR_FUNCTIONS(MetainfoPathChecker)

public:
    static constexpr int kMaxListedProblems = 10;

    // Decodes one element (counting those that are not UTF-8).
    QString decodeElement(QByteArrayView element);
    // Records what checkElement found, for the file described by fileLabel.
    void recordPathProblem(const QString &fileLabel, const Error &problem);
    // The torrent's name: the directory (multi-file) or file (single-file) everything is saved as.
    QString decodeName(QByteArrayView name);
    QStringList warnings() const;

    // Nothing when the element is harmless, else an Error (Malformed) saying what it is: "an
    // empty path element", "a path element with a drive letter"...
    static Expected<void> checkElement(QByteArrayView element);

private:
    void record(const QString &warning);

    QStringList m_listed;
    int m_unlisted = 0;
    int m_invalidUtf8 = 0;
};
