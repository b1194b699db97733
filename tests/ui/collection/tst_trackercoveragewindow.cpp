#include "collection/removalpreviewdialog.h"
#include "collection/trackercoveragemodel.h"
#include "collection/trackercoveragewindow.h"
#include "collectiontestengine.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

class TestTrackerCoverageWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void summarizesTheCollection();
    void removesSelectedUrlFromAllTorrentsAfterPreview();
    void keepsEverythingWhenThePreviewIsDeclined();
    void removesNotWorkingAndUndoes();
    void previewDialogShowsTheRemoval();
    void checkAllSendsToEveryTorrent();
    void checkAllSaysWhatWaitsForTheSafetyFloor();

private:
    void selectUrl(const QString &url);

    std::unique_ptr<CollectionTestEngine> m_fixture;
    std::unique_ptr<TrackerCoverageWindow> m_window;
    QStringList m_previews;
    bool m_answer = true;
};

void TestTrackerCoverageWindow::init()
{
    m_fixture = std::make_unique<CollectionTestEngine>();
    QTRY_VERIFY(m_fixture->engine.isIdle());
    m_window = std::make_unique<TrackerCoverageWindow>(
        &m_fixture->engine, TrackerCoverageWindow::LayoutMemory::Ignored);
    m_previews.clear();
    m_answer = true;
    m_window->setPreview([this](const QString &, const CollectionTrackerRemoval &removal) {
        m_previews << removal.previewText();
        return m_answer;
    });
    m_window->model()->refresh();
}

void TestTrackerCoverageWindow::selectUrl(const QString &url)
{
    QTreeView *view = m_window->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, TrackerCoverageModel::UrlColumn);
        if (index.data().toString() == url)
            view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    }
}

void TestTrackerCoverageWindow::summarizesTheCollection()
{
    QCOMPARE(m_window->summaryText(),
             QStringLiteral("4 tracker URLs on 3 torrents: 2 work on at least one, 2 fail on at "
                            "least one."));
    QVERIFY(!m_window->removeSelectedButton()->isEnabled());
    QVERIFY(m_window->removeNotWorkingButton()->isEnabled());
    QVERIFY(!m_window->undoButton()->isEnabled());
}

void TestTrackerCoverageWindow::removesSelectedUrlFromAllTorrentsAfterPreview()
{
    selectUrl(CollectionTestEngine::kRefused);
    QVERIFY(m_window->removeSelectedButton()->isEnabled());
    QSignalSpy reported(m_window.get(), &TrackerCoverageWindow::reported);
    m_window->removeSelectedButton()->click();
    QCOMPARE(m_previews.size(), 1);
    QVERIFY(m_previews.constFirst().contains(QStringLiteral("first\n    ") +
                                             CollectionTestEngine::kRefused));
    QVERIFY(!m_fixture->urlsOf(m_fixture->first).contains(CollectionTestEngine::kRefused));
    QVERIFY(!m_fixture->urlsOf(m_fixture->second).contains(CollectionTestEngine::kRefused));
    QCOMPARE(m_window->model()->rowCount(), 3);
    QCOMPARE(reported.count(), 1);
    QVERIFY2(reported.constFirst().constFirst().toString().startsWith(
                 QStringLiteral("Removed 2 trackers from 2 torrents.")),
             qPrintable(reported.constFirst().constFirst().toString()));
    QVERIFY(m_window->undoButton()->isEnabled());
}

void TestTrackerCoverageWindow::keepsEverythingWhenThePreviewIsDeclined()
{
    m_answer = false;
    const QStringList before = m_fixture->urlsOf(m_fixture->first);
    m_window->removeNotWorkingButton()->click();
    QCOMPARE(m_previews.size(), 1);
    QCOMPARE(m_fixture->urlsOf(m_fixture->first), before);
    QVERIFY(!m_window->undoButton()->isEnabled());
}

void TestTrackerCoverageWindow::removesNotWorkingAndUndoes()
{
    m_window->removeNotWorkingButton()->click();
    QCOMPARE(m_fixture->urlsOf(m_fixture->first), QStringList{CollectionTestEngine::kWorking});
    QCOMPARE(m_fixture->urlsOf(m_fixture->second),
             (QStringList{CollectionTestEngine::kWorking, CollectionTestEngine::kOther}));
    QVERIFY(!m_window->removeNotWorkingButton()->isEnabled());
    m_window->undoButton()->click();
    QCOMPARE(m_fixture->urlsOf(m_fixture->first),
             (QStringList{CollectionTestEngine::kWorking, CollectionTestEngine::kRefused,
                          CollectionTestEngine::kTimingOut}));
    QCOMPARE(m_window->model()->rowCount(), 4);
    QVERIFY(!m_window->undoButton()->isEnabled());
}

void TestTrackerCoverageWindow::previewDialogShowsTheRemoval()
{
    const CollectionTrackerRemoval removal =
        CollectionTrackerRemoval::ofNotWorking(m_fixture->engine);
    RemovalPreviewDialog dialog(QStringLiteral("title"), removal);
    QCOMPARE(dialog.previewText(), removal.previewText());
    QCOMPARE(dialog.summaryText(), QStringLiteral("3 trackers removed from 2 torrents."));
    QVERIFY(dialog.previewText().contains(CollectionTestEngine::kTimingOut));
}

void TestTrackerCoverageWindow::checkAllSendsToEveryTorrent()
{
    m_fixture->passSafetyFloor();
    const int workingBefore = m_fixture->script->announceCount(CollectionTestEngine::kWorking);
    const int otherBefore = m_fixture->script->announceCount(CollectionTestEngine::kOther);
    QSignalSpy reported(m_window.get(), &TrackerCoverageWindow::reported);
    m_window->checkAllButton()->click();
    QCOMPARE(reported.count(), 1);
    // Every enabled tracker: the tracker the user added to the private torrent stays quiet.
    QCOMPARE(reported.constFirst().constFirst().toString(),
             QStringLiteral("Check All: 6 trackers of 3 torrents announce and scrape now."));
    QTRY_COMPARE(m_fixture->script->announceCount(CollectionTestEngine::kWorking),
                 workingBefore + 2);
    QTRY_COMPARE(m_fixture->script->announceCount(CollectionTestEngine::kOther), otherBefore + 1);
}

void TestTrackerCoverageWindow::checkAllSaysWhatWaitsForTheSafetyFloor()
{
    QSignalSpy reported(m_window.get(), &TrackerCoverageWindow::reported);
    m_window->checkAllButton()->click();
    const QString message = reported.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("for the safety floor (the last in ")),
             qPrintable(message));
}

QTEST_MAIN(TestTrackerCoverageWindow)
#include "tst_trackercoveragewindow.moc"
