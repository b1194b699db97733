#include "errortext.h"
#include "metainfo/torrentloader.h"

#include "metainfo/infohasher.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
// A v1 single-file torrent with pieceCount pieces of 16 KiB: the info dictionary holds
// 20 × pieceCount bytes of piece hashes, so large counts make large files.
QByteArray v1Torrent(qint64 pieceCount, QByteArray *info = nullptr)
{
    const QByteArray infoBytes = "d6:lengthi" + QByteArray::number(pieceCount * 16384) +
                                 "e4:name8:file.bin12:piece lengthi16384e6:pieces" +
                                 QByteArray::number(pieceCount * 20) + ':' +
                                 QByteArray(pieceCount * 20, 'h') + 'e';
    if (info != nullptr)
        *info = infoBytes;
    return "d8:announce30:http://127.0.0.1:6969/announce4:info" + infoBytes + 'e';
}

const QString kMagnet =
    QStringLiteral("magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a");
} // namespace

class TestTorrentLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsFilesAsynchronously();
    void loadsLargeFiles();
    void reportsFileErrors_data();
    void reportsFileErrors();
    void loadsMagnetsAndData_data();
    void loadsMagnetsAndData();
    void keepsRequestsApart();
    void survivesDestructionDuringLoad();
    void hashesWithProgress_data();
    void hashesWithProgress();
    void reportsProgress();
    void boundsTheProgressRate();
    void cancelsALoadUnderWay();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    QTemporaryDir m_directory;
};

void TestTorrentLoader::initTestCase()
{
    QVERIFY(m_directory.isValid());
}

QString TestTorrentLoader::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return QString();
    return path;
}

void TestTorrentLoader::loadsFilesAsynchronously()
{
    QByteArray info;
    const QString path = writeFile(QStringLiteral("small.torrent"), v1Torrent(3, &info));
    QVERIFY(!path.isEmpty());
    TorrentLoader loader;
    QThread *deliveredOn = nullptr;
    connect(&loader, &TorrentLoader::loadFinished, this,
            [&deliveredOn] { deliveredOn = QThread::currentThread(); });
    QSignalSpy spy(&loader, &TorrentLoader::loadFinished);
    const quint64 id = loader.loadFile(path);
    QCOMPARE(spy.size(), 0); // never inside the call
    QVERIFY(spy.wait());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).value<quint64>(), id);
    const auto result = spy.first().at(1).value<Expected<Metainfo>>();
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->sourceName, path);
    QCOMPARE(result->name, QStringLiteral("file.bin"));
    QCOMPARE(result->infoHashV1, QCryptographicHash::hash(info, QCryptographicHash::Sha1));
    QCOMPARE(deliveredOn, QThread::currentThread());
}

void TestTorrentLoader::loadsLargeFiles()
{
    // 500,000 pieces: a 10 MB file, read and hashed on the worker.
    QByteArray info;
    const QString path = writeFile(QStringLiteral("large.torrent"), v1Torrent(500'000, &info));
    QVERIFY(!path.isEmpty());
    TorrentLoader loader;
    QSignalSpy spy(&loader, &TorrentLoader::loadFinished);
    loader.loadFile(path);
    QVERIFY(spy.wait(10'000));
    const auto result = spy.first().at(1).value<Expected<Metainfo>>();
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->pieceCount, 500'000);
    QCOMPARE(result->infoHashV1, QCryptographicHash::hash(info, QCryptographicHash::Sha1));
}

void TestTorrentLoader::reportsFileErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size"); // -1: do not create; -2: create a folder
    QTest::addColumn<QString>("error");
    QTest::newRow("missing") << QStringLiteral("missing.torrent") << qint64(-1)
                             << QStringLiteral("the file does not exist");
    QTest::newRow("folder") << QStringLiteral("folder.torrent") << qint64(-2)
                            << QStringLiteral("this is a folder, not a torrent file");
    QTest::newRow("empty") << QStringLiteral("empty.torrent") << qint64(0)
                           << QStringLiteral("the file is empty");
    QTest::newRow("over the limit")
        << QStringLiteral("huge.torrent") << TorrentLoader::kMaxFileSize + 1
        << QStringLiteral("the file is 268435457 bytes, more than the limit of 268435456 bytes "
                          "for a torrent file");
    QTest::newRow("not bencode") << QStringLiteral("zeros.torrent") << qint64(10)
                                 << QStringLiteral("the file is not valid bencode: expected a "
                                                   "value, found byte 0x00 at byte 0");
}

void TestTorrentLoader::reportsFileErrors()
{
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(QString, error);
    const QString path = m_directory.filePath(name);
    if (size == -2) {
        QVERIFY(QDir(m_directory.path()).mkdir(name));
    } else if (size >= 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size)); // sparse: no disk space used
    }
    TorrentLoader loader;
    QSignalSpy spy(&loader, &TorrentLoader::loadFinished);
    loader.loadFile(path);
    QVERIFY(spy.wait());
    const auto result = spy.first().at(1).value<Expected<Metainfo>>();
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().describe(), error);
    // What cannot be read is a file problem; what was read but is no torrent, a malformed one.
    QCOMPARE(result.error().kind(), qstrcmp(QTest::currentDataTag(), "not bencode") == 0
                                        ? Error::Kind::Malformed
                                        : Error::Kind::FileAccess);
}

void TestTorrentLoader::loadsMagnetsAndData_data()
{
    QTest::addColumn<bool>("magnet");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::newRow("magnet") << true << kMagnet.toUtf8() << true;
    QTest::newRow("bad magnet") << true << QByteArray("magnet:?dn=x") << false;
    QTest::newRow("data") << false << v1Torrent(2) << true;
    QTest::newRow("bad data") << false << QByteArray("i1e") << false;
}

void TestTorrentLoader::loadsMagnetsAndData()
{
    QFETCH(bool, magnet);
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    TorrentLoader loader;
    QSignalSpy spy(&loader, &TorrentLoader::loadFinished);
    const quint64 id = magnet ? loader.loadMagnet(QString::fromUtf8(input))
                              : loader.loadData(input, QStringLiteral("dropped.torrent"));
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().at(0).value<quint64>(), id);
    const auto result = spy.first().at(1).value<Expected<Metainfo>>();
    QCOMPARE(result.hasValue(), ok);
    if (!ok)
        QCOMPARE(result.error().kind(), Error::Kind::Malformed);
}

void TestTorrentLoader::keepsRequestsApart()
{
    const QString path = writeFile(QStringLiteral("apart.torrent"), v1Torrent(4));
    TorrentLoader loader;
    QSignalSpy spy(&loader, &TorrentLoader::loadFinished);
    QSet<quint64> ids{loader.loadFile(path), loader.loadMagnet(kMagnet),
                      loader.loadData("x", QStringLiteral("x")), loader.loadFile(path)};
    QCOMPARE(ids.size(), 4);
    QTRY_COMPARE(spy.size(), 4);
    QSet<quint64> delivered;
    for (const QList<QVariant> &arguments : std::as_const(spy))
        delivered.insert(arguments.at(0).value<quint64>());
    QCOMPARE(delivered, ids);
}

void TestTorrentLoader::survivesDestructionDuringLoad()
{
    const QString path = writeFile(QStringLiteral("gone.torrent"), v1Torrent(200'000));
    int delivered = 0;
    {
        TorrentLoader loader;
        connect(&loader, &TorrentLoader::loadFinished, this, [&delivered] { ++delivered; });
        loader.loadFile(path);
        loader.loadFile(path);
    }
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0); // the results died with the loader
}

void TestTorrentLoader::hashesWithProgress_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("wantSha1");
    QTest::addColumn<bool>("wantSha256");
    QTest::addColumn<int>("cancelAfter"); // reports before cancelling; -1 never
    const qsizetype large = InfoHasher::kParallelThreshold + 3 * InfoHasher::kProgressChunkSize / 2;
    QTest::newRow("v1") << large << true << false << -1;
    QTest::newRow("v2") << large << false << true << -1;
    QTest::newRow("hybrid, side by side") << large << true << true << -1;
    QTest::newRow("hybrid, small: one after the other")
        << qsizetype(3'000'000) << true << true << -1;
    QTest::newRow("cancelled") << large << true << false << 2;
    QTest::newRow("hybrid cancelled") << large << true << true << 2;
}

void TestTorrentLoader::hashesWithProgress()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, wantSha1);
    QFETCH(bool, wantSha256);
    QFETCH(int, cancelAfter);
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(i * 31 % 251);
    const InfoHasher::Digests plain = InfoHasher::digests(data, wantSha1, wantSha256);
    QList<QPair<qint64, qint64>> reports;
    InfoHasher::Digests stepped;
    {
        const InfoHasher::ProgressScope scope([&](qint64 done, qint64 total) {
            reports.append({done, total});
            return cancelAfter < 0 || reports.size() < cancelAfter;
        });
        stepped = InfoHasher::digests(data, wantSha1, wantSha256);
    }
    const qint64 total = qint64(size) * ((wantSha1 ? 1 : 0) + (wantSha256 ? 1 : 0));
    if (cancelAfter >= 0) {
        QCOMPARE(reports.size(), cancelAfter);
        QVERIFY(stepped.sha1.isEmpty() && stepped.sha256.isEmpty());
        return;
    }
    QCOMPARE(stepped.sha1, plain.sha1);
    QCOMPARE(stepped.sha256, plain.sha256);
    QVERIFY(reports.size() >= size / InfoHasher::kProgressChunkSize);
    for (qsizetype i = 0; i < reports.size(); ++i) {
        QCOMPARE(reports[i].second, total);
        QVERIFY(i == 0 || reports[i].first >= reports[i - 1].first);
    }
    QCOMPARE(reports.last().first, total);
}

void TestTorrentLoader::reportsProgress()
{
    // 1,800,000 pieces: a 36 MB info dictionary, hashed in 1 MiB steps; each step reported.
    QByteArray info;
    const QByteArray torrent = v1Torrent(1'800'000, &info);
    const QString path = writeFile(QStringLiteral("progress.torrent"), torrent);
    QVERIFY(!path.isEmpty());
    TorrentLoader loader;
    loader.setProgressInterval(0);
    QSignalSpy progress(&loader, &TorrentLoader::loadProgressed);
    QSignalSpy finished(&loader, &TorrentLoader::loadFinished);
    const quint64 id = loader.loadFile(path);
    QVERIFY(finished.wait(20'000));
    const auto result = finished.first().at(1).value<Expected<Metainfo>>();
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->infoHashV1, QCryptographicHash::hash(info, QCryptographicHash::Sha1));
    const qint64 steps =
        (info.size() + InfoHasher::kProgressChunkSize - 1) / InfoHasher::kProgressChunkSize;
    QVERIFY2(progress.size() >= steps, qPrintable(QString::number(progress.size())));
    qint64 previous = -1;
    for (const QList<QVariant> &arguments : std::as_const(progress)) {
        QCOMPARE(arguments.at(0).value<quint64>(), id);
        const qint64 done = arguments.at(1).value<qint64>();
        QCOMPARE(arguments.at(2).value<qint64>(), qint64(info.size()));
        QVERIFY(done >= previous && done <= info.size());
        previous = done;
    }
    QCOMPARE(previous, qint64(info.size())); // the last report is the end
}

void TestTorrentLoader::boundsTheProgressRate()
{
    const QString path = writeFile(QStringLiteral("rate.torrent"), v1Torrent(1'800'000));
    TorrentLoader loader; // the default interval
    QSignalSpy progress(&loader, &TorrentLoader::loadProgressed);
    QSignalSpy finished(&loader, &TorrentLoader::loadFinished);
    QElapsedTimer timer;
    timer.start();
    loader.loadFile(path);
    QVERIFY(finished.wait(20'000));
    // At most one report an interval, plus the final one.
    const qint64 allowed = timer.elapsed() / TorrentLoader::kDefaultProgressIntervalMs + 1;
    QVERIFY2(progress.size() <= allowed,
             qPrintable(QStringLiteral("%1 > %2").arg(progress.size()).arg(allowed)));
}

void TestTorrentLoader::cancelsALoadUnderWay()
{
    const QString path = writeFile(QStringLiteral("cancel.torrent"), v1Torrent(1'800'000));
    TorrentLoader loader;
    loader.setProgressInterval(0);
    QSignalSpy finished(&loader, &TorrentLoader::loadFinished);
    QSignalSpy progress(&loader, &TorrentLoader::loadProgressed);
    const quint64 cancelled = loader.loadFile(path);
    const quint64 kept = loader.loadFile(path);
    connect(&loader, &TorrentLoader::loadProgressed, this, [&](quint64 requestId) {
        if (requestId == cancelled)
            loader.cancel(cancelled);
    });
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<quint64>(), kept);
    // Nothing of the cancelled load arrives later, neither its result nor more progress.
    const qsizetype progressSoFar =
        std::count_if(progress.cbegin(), progress.cend(), [&](const QList<QVariant> &arguments) {
            return arguments.at(0).value<quint64>() == cancelled;
        });
    QVERIFY(progressSoFar >= 1);
    QVERIFY(!finished.wait(300));
    QCOMPARE(std::count_if(progress.cbegin(), progress.cend(),
                           [&](const QList<QVariant> &arguments) {
                               return arguments.at(0).value<quint64>() == cancelled;
                           }),
             progressSoFar);
}

QTEST_GUILESS_MAIN(TestTorrentLoader)
#include "tst_torrentloader.moc"
