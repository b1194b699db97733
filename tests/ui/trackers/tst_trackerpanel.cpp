#include "trackers/exchangelogmodel.h"
#include "trackers/trackerdetailswidget.h"
#include "trackers/trackerpanel.h"
#include "trackers/trackertablemodel.h"
#include "uitestengine.h"

#include <QHeaderView>
#include <QTest>
#include <QTreeView>

class TestTrackerPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shrinksTheTableAndTheDetailsAlike();
    void explainsEveryColumnInItsHeader();
    void showsLastAnnounceByDefault();
};

// At small window sizes the tracker table must not shrink to two rows while the details below
// keep their height: both give up height, in proportion.
void TestTrackerPanel::shrinksTheTableAndTheDetailsAlike()
{
    UiTestEngine engine;
    TrackerPanel panel(&engine.engine);
    panel.resize(1000, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int tableBefore = panel.view()->height();
    const int detailsBefore = panel.details()->height();
    panel.resize(1000, 320);
    QTRY_VERIFY(panel.view()->height() < tableBefore);
    const int tableAfter = panel.view()->height();
    const int detailsAfter = panel.details()->height();
    QVERIFY2(detailsAfter < detailsBefore, "the details kept their height");
    QVERIFY2(tableAfter * 2 >= tableBefore / 2,
             qPrintable(QStringLiteral("table %1 → %2, details %3 → %4")
                            .arg(tableBefore)
                            .arg(tableAfter)
                            .arg(detailsBefore)
                            .arg(detailsAfter)));
}

// "Unique peers", "Scrape S/L/D": every header says what its column means when hovered.
void TestTrackerPanel::explainsEveryColumnInItsHeader()
{
    UiTestEngine engine;
    TrackerPanel panel(&engine.engine);
    const QAbstractItemModel *table = panel.view()->model();
    QCOMPARE(table->columnCount(), int(TrackerTableModel::ColumnCount));
    for (int column = 0; column < table->columnCount(); ++column) {
        const QString title = table->headerData(column, Qt::Horizontal).toString();
        const QString tip = table->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(!title.isEmpty() && tip.size() > title.size(), qPrintable(title));
    }
    ExchangeLogModel log(&engine.engine);
    for (int column = 0; column < ExchangeLogModel::ColumnCount; ++column) {
        const QString title = log.headerData(column, Qt::Horizontal).toString();
        const QString tip = log.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(!title.isEmpty() && tip.size() > title.size(), qPrintable(title));
    }
}

// When a tracker last answered is what people look for first; the rarer columns are on demand.
void TestTrackerPanel::showsLastAnnounceByDefault()
{
    UiTestEngine engine;
    TrackerPanel panel(&engine.engine);
    const QHeaderView *header = panel.view()->header();
    QVERIFY(!header->isSectionHidden(TrackerTableModel::LastAnnounceColumn));
    QVERIFY(!header->isSectionHidden(TrackerTableModel::NextAnnounceColumn));
    QVERIFY(header->isSectionHidden(TrackerTableModel::ProtocolColumn));
}

QTEST_MAIN(TestTrackerPanel)
#include "tst_trackerpanel.moc"
