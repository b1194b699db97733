// Benchmark of torrent reading: the digests (QCryptographicHash against OpenSSL's libcrypto, the
// measurement behind InfoHasher's choice) and MetainfoParser on three generated torrents:
// a ~40 MB v1 torrent (a huge piece list), a 20,000-file v1 torrent and a hybrid torrent.
// Prints medians of several runs. `bench_metainfo --write DIR` also writes the three torrents.
#include "bencode/bencodeencoder.h"
#include "metainfo/infohasher.h"
#include "metainfo/metainfoparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace {
constexpr int kRuns = 9;
constexpr qint64 kPieceLength = 16384;
constexpr qint64 kHugePieceCount = 2'100'000; // 42 MB of SHA-1 piece hashes
constexpr int kManyFiles = 20'000;
constexpr int kHybridFiles = 5'000;

double medianMilliseconds(const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[kRuns / 2];
}

void writeTrackers(BencodeEncoder &encoder)
{
    encoder.writeString("announce");
    encoder.writeString("http://127.0.0.1:6969/announce");
}

QByteArray hugeV1Torrent()
{
    BencodeEncoder encoder;
    encoder.beginDictionary();
    writeTrackers(encoder);
    encoder.writeString("info");
    encoder.beginDictionary();
    encoder.writeString("length");
    encoder.writeInteger(kHugePieceCount * kPieceLength);
    encoder.writeString("name");
    encoder.writeString("huge.bin");
    encoder.writeString("piece length");
    encoder.writeInteger(kPieceLength);
    encoder.writeString("pieces");
    QByteArray pieces(kHugePieceCount * 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < pieces.size(); ++i)
        pieces[i] = char((i * 131) >> 3);
    encoder.writeString(pieces);
    encoder.end();
    encoder.end();
    return encoder.data();
}

void writeFileEntry(BencodeEncoder &encoder, qint64 length, const QList<QByteArray> &path, bool pad)
{
    encoder.beginDictionary();
    if (pad) {
        encoder.writeString("attr");
        encoder.writeString("p");
    }
    encoder.writeString("length");
    encoder.writeInteger(length);
    encoder.writeString("path");
    encoder.beginList();
    for (const QByteArray &element : path)
        encoder.writeString(element);
    encoder.end();
    encoder.end();
}

QByteArray fileName(int index)
{
    return "file" + QByteArray::number(index).rightJustified(6, '0') + ".dat";
}

QByteArray manyFilesTorrent()
{
    BencodeEncoder encoder;
    encoder.beginDictionary();
    writeTrackers(encoder);
    encoder.writeString("info");
    encoder.beginDictionary();
    encoder.writeString("files");
    encoder.beginList();
    qint64 total = 0;
    for (int i = 0; i < kManyFiles; ++i) {
        const qint64 length = 1000 + (i * 7919) % 200'000;
        total += length;
        writeFileEntry(encoder, length, {"folder" + QByteArray::number(i / 500), fileName(i)},
                       false);
    }
    encoder.end();
    encoder.writeString("name");
    encoder.writeString("many files");
    encoder.writeString("piece length");
    encoder.writeInteger(kPieceLength);
    encoder.writeString("pieces");
    encoder.writeString(QByteArray((total + kPieceLength - 1) / kPieceLength * 20, 'h'));
    encoder.end();
    encoder.end();
    return encoder.data();
}

// A hybrid torrent: every file takes a whole number of pieces plus a pad file in v1, and has a
// pieces root and a piece layer in v2.
QByteArray hybridTorrent()
{
    const qint64 fileLength = 3 * kPieceLength + 1000;
    const qint64 piecesPerFile = 4;
    BencodeEncoder encoder;
    encoder.beginDictionary();
    writeTrackers(encoder);
    encoder.writeString("info");
    encoder.beginDictionary();
    encoder.writeString("file tree");
    encoder.beginDictionary();
    for (int i = 0; i < kHybridFiles; ++i) {
        encoder.writeString(fileName(i));
        encoder.beginDictionary();
        encoder.writeString("");
        encoder.beginDictionary();
        encoder.writeString("length");
        encoder.writeInteger(fileLength);
        encoder.writeString("pieces root");
        encoder.writeString(InfoHasher::sha256(fileName(i)));
        encoder.end();
        encoder.end();
    }
    encoder.end();
    encoder.writeString("files");
    encoder.beginList();
    for (int i = 0; i < kHybridFiles; ++i) {
        writeFileEntry(encoder, fileLength, {fileName(i)}, false);
        if (i + 1 < kHybridFiles) {
            const qint64 padding = piecesPerFile * kPieceLength - fileLength;
            writeFileEntry(encoder, padding, {".pad", QByteArray::number(padding)}, true);
        }
    }
    encoder.end();
    encoder.writeString("meta version");
    encoder.writeInteger(2);
    encoder.writeString("name");
    encoder.writeString("hybrid");
    encoder.writeString("piece length");
    encoder.writeInteger(kPieceLength);
    encoder.writeString("pieces");
    encoder.writeString(QByteArray(kHybridFiles * piecesPerFile * 20, 'h'));
    encoder.end();
    encoder.writeString("piece layers");
    encoder.beginDictionary();
    QList<QByteArray> roots;
    for (int i = 0; i < kHybridFiles; ++i)
        roots.append(InfoHasher::sha256(fileName(i)));
    std::sort(roots.begin(), roots.end());
    for (const QByteArray &root : std::as_const(roots)) {
        encoder.writeString(root);
        encoder.writeString(QByteArray(piecesPerFile * 32, 'l'));
    }
    encoder.end();
    encoder.end();
    return encoder.data();
}

void benchmarkHashes(QTextStream &out)
{
    const QByteArray data(40 * 1024 * 1024, 'x');
    const double megabytes = double(data.size()) / 1e6;
    out << "Digest of 40 MiB            median ms   MB/s\n";
    const struct
    {
        const char *label;
        std::function<QByteArray()> digest;
    } digests[] = {
        {"SHA-1   QCryptographicHash",
         [&] {
             return InfoHasher::sha1(data, InfoHasher::Backend::Qt);
         }},
        {"SHA-1   OpenSSL           ",
         [&] {
             return InfoHasher::sha1(data, InfoHasher::Backend::OpenSsl);
         }},
        {"SHA-256 QCryptographicHash",
         [&] {
             return InfoHasher::sha256(data, InfoHasher::Backend::Qt);
         }},
        {"SHA-256 OpenSSL           ",
         [&] {
             return InfoHasher::sha256(data, InfoHasher::Backend::OpenSsl);
         }},
        {"both    OpenSSL, 2 threads",
         [&] {
             return InfoHasher::digests(data, true, true).sha1;
         }},
    };
    for (const auto &entry : digests) {
        const double ms = medianMilliseconds([&] { (void)entry.digest(); });
        out << "  " << entry.label << "  " << qSetFieldWidth(9) << QString::number(ms, 'f', 2)
            << qSetFieldWidth(7) << QString::number(megabytes / ms * 1000, 'f', 0)
            << qSetFieldWidth(0) << '\n';
    }
}

void benchmarkParser(QTextStream &out, const QList<std::pair<QString, QByteArray>> &torrents)
{
    out << "MetainfoParser::parse       median ms   size\n";
    for (const auto &[name, bytes] : torrents) {
        bool ok = true;
        const double ms =
            // (clang 14 cannot capture a structured binding)
            medianMilliseconds([&ok, &bytes = bytes, &name = name] {
                ok = ok && MetainfoParser::parse(bytes, name).hasValue();
            });
        out << "  " << name.leftJustified(26) << qSetFieldWidth(9) << QString::number(ms, 'f', 2)
            << qSetFieldWidth(0) << "   " << QString::number(double(bytes.size()) / 1e6, 'f', 1)
            << " MB" << (ok ? "" : "  (FAILED TO PARSE)") << '\n';
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QList<std::pair<QString, QByteArray>> torrents{
        {QStringLiteral("huge-v1.torrent"), hugeV1Torrent()},
        {QStringLiteral("many-files.torrent"), manyFilesTorrent()},
        {QStringLiteral("hybrid.torrent"), hybridTorrent()}};
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype writeAt = arguments.indexOf(QStringLiteral("--write"));
    if (writeAt > 0 && writeAt + 1 < arguments.size()) {
        const QDir directory(arguments[writeAt + 1]);
        for (const auto &[name, bytes] : torrents) {
            QFile file(directory.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return 1;
        }
        return 0;
    }
    benchmarkHashes(out);
    benchmarkParser(out, torrents);
    return 0;
}
