#pragma once

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

    // Decodes one element; sets *problem (when given) to what is wrong with it, else clears it.
    QString decodeElement(QByteArrayView element, QString *problem);
    // Records the problem decodeElement found, for the file described by fileLabel.
    void recordPathProblem(const QString &fileLabel, const QString &problem);
    // The torrent's name: the directory (multi-file) or file (single-file) everything is saved as.
    QString decodeName(QByteArrayView name);
    QStringList warnings() const;

    // Empty when the element is harmless, else why it is not.
    static QString problem(QByteArrayView element);

private:
    void record(const QString &warning);

    QStringList m_listed;
    int m_unlisted = 0;
    int m_invalidUtf8 = 0;
};
