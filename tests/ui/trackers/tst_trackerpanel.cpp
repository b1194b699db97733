#include "trackers/trackerdetailswidget.h"
#include "trackers/trackerpanel.h"
#include "uitestengine.h"

#include <QTest>
#include <QTreeView>

class TestTrackerPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shrinksTheTableAndTheDetailsAlike();
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

QTEST_MAIN(TestTrackerPanel)
#include "tst_trackerpanel.moc"
