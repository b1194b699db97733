#include "torrents/metainfodetailswidget.h"
#include "torrents/metainfotext.h"
#include "uitestdata.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestMetainfoDetailsWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFields_data();
    void showsFields();
    void showsUnknownForMagnets_data();
    void showsUnknownForMagnets();
    void showsTorrentTextAsPlainText();
    void copiesMagnetLink();
};

void TestMetainfoDetailsWidget::showsFields_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("expected");
    const Metainfo metainfo = UiTestData::hybridMetainfo();
    QTest::newRow("name") << int(MetainfoDetailsWidget::NameField) << metainfo.name;
    QTest::newRow("kind") << int(MetainfoDetailsWidget::VersionField)
                          << QStringLiteral("hybrid v1 + v2");
    QTest::newRow("v1") << int(MetainfoDetailsWidget::InfoHashV1Field)
                        << QString::fromLatin1(metainfo.infoHashV1.toHex());
    QTest::newRow("v2") << int(MetainfoDetailsWidget::InfoHashV2Field)
                        << QString::fromLatin1(metainfo.infoHashV2.toHex());
    QTest::newRow("v2 for trackers") << int(MetainfoDetailsWidget::TrackerHashV2Field)
                                     << QString::fromLatin1(metainfo.infoHashV2.left(20).toHex());
    QTest::newRow("size") << int(MetainfoDetailsWidget::TotalSizeField)
                          << MetainfoText::exactSize(64000);
    QTest::newRow("files") << int(MetainfoDetailsWidget::FilesField)
                           << QStringLiteral("3 files (and 1 pad file)");
    QTest::newRow("pieces") << int(MetainfoDetailsWidget::PiecesField)
                            << QStringLiteral("4 × ") + MetainfoText::size(16384);
    QTest::newRow("source") << int(MetainfoDetailsWidget::SourceField) << QStringLiteral("TEST");
    QTest::newRow("created by") << int(MetainfoDetailsWidget::CreatedByField)
                                << QStringLiteral("tst");
    QTest::newRow("no date") << int(MetainfoDetailsWidget::CreationDateField)
                             << QStringLiteral("–");
    QTest::newRow("comment") << int(MetainfoDetailsWidget::CommentField) << metainfo.comment;
    QTest::newRow("web seeds") << int(MetainfoDetailsWidget::WebSeedsField)
                               << QStringLiteral("https://seed.example/files/");
    QTest::newRow("opened from") << int(MetainfoDetailsWidget::LoadedFromField)
                                 << QStringLiteral("/tmp/sample.torrent");
}

void TestMetainfoDetailsWidget::showsFields()
{
    QFETCH(int, field);
    QFETCH(QString, expected);
    MetainfoDetailsWidget widget;
    widget.setMetainfo(UiTestData::hybridMetainfo());
    QCOMPARE(widget.fieldText(MetainfoDetailsWidget::Field(field)), expected);
    QVERIFY(
        widget.fieldText(MetainfoDetailsWidget::PrivateField).startsWith(QStringLiteral("yes")));
}

void TestMetainfoDetailsWidget::showsUnknownForMagnets_data()
{
    QTest::addColumn<int>("field");
    for (const auto field :
         {MetainfoDetailsWidget::NameField, MetainfoDetailsWidget::InfoHashV2Field,
          MetainfoDetailsWidget::TotalSizeField, MetainfoDetailsWidget::FilesField,
          MetainfoDetailsWidget::PiecesField, MetainfoDetailsWidget::PrivateField,
          MetainfoDetailsWidget::CommentField})
        QTest::newRow(QByteArray::number(int(field)).constData()) << int(field);
}

void TestMetainfoDetailsWidget::showsUnknownForMagnets()
{
    QFETCH(int, field);
    MetainfoDetailsWidget widget;
    widget.setMetainfo(UiTestData::hybridMetainfo());
    widget.setMetainfo(UiTestData::magnetMetainfo()); // nothing may stay from the last torrent
    QCOMPARE(widget.fieldText(MetainfoDetailsWidget::Field(field)), QStringLiteral("–"));
}

void TestMetainfoDetailsWidget::showsTorrentTextAsPlainText()
{
    MetainfoDetailsWidget widget;
    widget.setMetainfo(UiTestData::hybridMetainfo());
    const QList<QLabel *> labels = widget.findChildren<QLabel *>();
    int valueLabels = 0;
    for (const QLabel *label : labels) {
        if (!label->objectName().startsWith(QStringLiteral("detailsField")))
            continue;
        ++valueLabels;
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QCOMPARE(valueLabels, int(MetainfoDetailsWidget::FieldCount) - 1); // the magnet is a line edit
}

void TestMetainfoDetailsWidget::copiesMagnetLink()
{
    MetainfoDetailsWidget widget;
    const Metainfo metainfo = UiTestData::hybridMetainfo();
    widget.setMetainfo(metainfo);
    const QString link = widget.fieldText(MetainfoDetailsWidget::MagnetLinkField);
    QVERIFY(link.startsWith(QStringLiteral("magnet:?xt=urn:btih:") +
                            QString::fromLatin1(metainfo.infoHashV1.toHex())));
    QSignalSpy copied(&widget, &MetainfoDetailsWidget::magnetLinkCopied);
    auto *button = widget.findChild<QPushButton *>(QStringLiteral("copyMagnetButton"));
    QVERIFY(button);
    button->click();
    QCOMPARE(copied.count(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), link);
}

QTEST_MAIN(TestMetainfoDetailsWidget)
#include "tst_metainfodetailswidget.moc"
