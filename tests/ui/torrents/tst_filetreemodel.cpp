#include "torrents/filetreemodel.h"
#include "torrents/metainfotext.h"
#include "uitestdata.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

class TestFileTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void buildsFolders();
    void marksPadFiles();
    void showsSingleFile();
    void sortsSizesNumerically();
    void buildsLargeTreesQuickly();
};

namespace {
QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent,
                       const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, FileTreeModel::NameColumn, parent);
        if (child.data().toString() == name)
            return child;
    }
    return {};
}
} // namespace

void TestFileTreeModel::passesModelTester()
{
    FileTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FileTreeModel::SortRole);
    proxy.sort(FileTreeModel::SizeColumn);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Metainfo metainfo = UiTestData::hybridMetainfo();
    model.setFiles(metainfo.files, metainfo.name);
    model.setFiles({});
    model.setFiles(metainfo.files);
    QCOMPARE(model.rowCount(), 3); // docs, .pad, data.bin
}

void TestFileTreeModel::buildsFolders()
{
    FileTreeModel model;
    const Metainfo metainfo = UiTestData::hybridMetainfo();
    model.setFiles(metainfo.files, metainfo.name);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex top = model.index(0, 0);
    QCOMPARE(top.data().toString(), metainfo.name);
    QVERIFY(top.data(FileTreeModel::IsFolderRole).toBool());
    // Pad files are not counted in folder sizes, like the torrent's total.
    QCOMPARE(model.index(0, FileTreeModel::SizeColumn).data(FileTreeModel::SortRole),
             QVariant(qint64(64000)));
    QCOMPARE(model.index(0, FileTreeModel::AttributesColumn).data().toString(),
             QStringLiteral("folder, 3 files"));
    const QModelIndex docs = childNamed(model, top, QStringLiteral("docs"));
    QVERIFY(docs.isValid());
    QCOMPARE(model.rowCount(docs), 2); // readme.txt and img/
    QCOMPARE(docs.siblingAtColumn(FileTreeModel::SizeColumn).data(FileTreeModel::SortRole),
             QVariant(qint64(4000)));
    const QModelIndex image =
        childNamed(model, childNamed(model, docs, QStringLiteral("img")), QStringLiteral("a.png"));
    QVERIFY(image.isValid());
    QCOMPARE(image.parent().parent(), docs);
    QCOMPARE(image.siblingAtColumn(FileTreeModel::SizeColumn).data().toString(),
             MetainfoText::size(3000));
    QCOMPARE(image.siblingAtColumn(FileTreeModel::SizeColumn).data(Qt::TextAlignmentRole).toInt() &
                 Qt::AlignRight,
             int(Qt::AlignRight));
}

void TestFileTreeModel::marksPadFiles()
{
    FileTreeModel model;
    model.setFiles(UiTestData::hybridMetainfo().files);
    const QModelIndex padFolder = childNamed(model, QModelIndex(), QStringLiteral(".pad"));
    // A folder of pad files only is padding too, and shows the padding's size.
    QVERIFY(padFolder.data(FileTreeModel::IsPadFileRole).toBool());
    QVERIFY(padFolder.siblingAtColumn(FileTreeModel::AttributesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("pad files only")));
    QCOMPARE(padFolder.siblingAtColumn(FileTreeModel::SizeColumn).data(FileTreeModel::SortRole),
             QVariant(qint64(24)));
    const QModelIndex pad = model.index(0, 0, padFolder);
    QVERIFY(pad.data(FileTreeModel::IsPadFileRole).toBool());
    QVERIFY(pad.siblingAtColumn(FileTreeModel::AttributesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("pad file")));
    QVERIFY(pad.data(Qt::FontRole).value<QFont>().italic());
    const QModelIndex data = childNamed(model, QModelIndex(), QStringLiteral("data.bin"));
    QVERIFY(!data.data(FileTreeModel::IsPadFileRole).toBool());
    QCOMPARE(data.siblingAtColumn(FileTreeModel::AttributesColumn).data().toString(), QString());
}

void TestFileTreeModel::showsSingleFile()
{
    FileTreeModel model;
    model.setFiles({UiTestData::file({QStringLiteral("only.iso")}, 5)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("only.iso"));
    QVERIFY(!model.hasChildren(model.index(0, 0)));
}

void TestFileTreeModel::sortsSizesNumerically()
{
    FileTreeModel model;
    model.setFiles({UiTestData::file({QStringLiteral("big")}, 2 * 1024 * 1024),
                    UiTestData::file({QStringLiteral("small")}, 900),
                    UiTestData::file({QStringLiteral("middle")}, 5000)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FileTreeModel::SortRole);
    proxy.sort(FileTreeModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("small"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("middle"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("big"));
}

void TestFileTreeModel::buildsLargeTreesQuickly()
{
    const int kFileCount = 20000;
    QList<MetainfoFile> files;
    for (int index = 0; index < kFileCount; ++index)
        files << UiTestData::file(
            {QStringLiteral("folder%1").arg(index % 100), QStringLiteral("file%1.bin").arg(index)},
            index);
    FileTreeModel model;
    QElapsedTimer timer;
    timer.start();
    model.setFiles(files);
    const qint64 elapsed = timer.elapsed();
    qInfo("20,000 files built into a tree in %lld ms", elapsed);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.rowCount(model.index(0, 0)), kFileCount / 100);
    QVERIFY2(elapsed < 1000, "building the file tree of 20k files took over a second");
}

QTEST_MAIN(TestFileTreeModel)
#include "tst_filetreemodel.moc"
