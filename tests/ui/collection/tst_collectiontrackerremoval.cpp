#include "collection/collectiontrackerremoval.h"
#include "collectiontestengine.h"

#include <QTest>

class TestCollectionTrackerRemoval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void previewsOneUrlOnEveryTorrent();
    void previewsWhatDoesNotWorkOnEachTorrent();
    void removesAndSendsStopped();
    void undoesListsLeftAsTheRemovalMadeThem();

private:
    std::unique_ptr<CollectionTestEngine> m_fixture;
};

void TestCollectionTrackerRemoval::init()
{
    m_fixture = std::make_unique<CollectionTestEngine>();
    QTRY_VERIFY(m_fixture->engine.isIdle());
}

void TestCollectionTrackerRemoval::previewsOneUrlOnEveryTorrent()
{
    const CollectionTrackerRemoval removal = CollectionTrackerRemoval::ofUrls(
        m_fixture->engine, {CollectionTestEngine::kWorking, CollectionTestEngine::kOther});
    QCOMPARE(removal.torrentCount(), 3);
    QCOMPARE(removal.trackerCount(), 4);
    QCOMPARE(removal.previewText(),
             QStringLiteral("first\n    %1\n\nsecond\n    %1\n    %2\n\nthird\n    %2")
                 .arg(CollectionTestEngine::kWorking, CollectionTestEngine::kOther));
    QCOMPARE(removal.summaryText(),
             QStringLiteral("4 trackers removed from 3 torrents; 1 torrent left without "
                            "trackers."));
}

// A tracker is removed where it fails, not where the same URL works.
void TestCollectionTrackerRemoval::previewsWhatDoesNotWorkOnEachTorrent()
{
    const CollectionTrackerRemoval removal =
        CollectionTrackerRemoval::ofNotWorking(m_fixture->engine);
    QCOMPARE(removal.torrentCount(), 2);
    QCOMPARE(removal.parts().at(0).urls,
             (QStringList{CollectionTestEngine::kRefused, CollectionTestEngine::kTimingOut}));
    QCOMPARE(removal.parts().at(1).urls, QStringList{CollectionTestEngine::kRefused});
    QCOMPARE(removal.summaryText(), QStringLiteral("3 trackers removed from 2 torrents."));
    QVERIFY(CollectionTrackerRemoval::ofUrls(m_fixture->engine, {QStringLiteral("udp://x:1")})
                .isEmpty());
}

void TestCollectionTrackerRemoval::removesAndSendsStopped()
{
    CollectionTrackerRemoval::ofUrls(m_fixture->engine, {CollectionTestEngine::kWorking})
        .apply(m_fixture->engine);
    QCOMPARE(m_fixture->urlsOf(m_fixture->first),
             (QStringList{CollectionTestEngine::kRefused, CollectionTestEngine::kTimingOut}));
    QCOMPARE(m_fixture->urlsOf(m_fixture->second),
             (QStringList{CollectionTestEngine::kRefused, CollectionTestEngine::kOther}));
    // Both torrents had joined its swarm: each tells it we left.
    QTRY_COMPARE(
        m_fixture->script->announceCount(CollectionTestEngine::kWorking, AnnounceEvent::Stopped),
        2);
}

void TestCollectionTrackerRemoval::undoesListsLeftAsTheRemovalMadeThem()
{
    const QStringList firstBefore = m_fixture->urlsOf(m_fixture->first);
    const CollectionTrackerRemoval removal =
        CollectionTrackerRemoval::ofNotWorking(m_fixture->engine);
    removal.apply(m_fixture->engine);
    QCOMPARE(m_fixture->urlsOf(m_fixture->first), QStringList{CollectionTestEngine::kWorking});
    // The second torrent's list changes after the removal: its edit stays.
    const QString added = QStringLiteral("udp://127.0.0.1:7002");
    m_fixture->engine.addTracker(m_fixture->second, TrackerUrl::parse(added), 2);
    QCOMPARE(removal.undo(m_fixture->engine), 1);
    QCOMPARE(m_fixture->urlsOf(m_fixture->first), firstBefore);
    QVERIFY(m_fixture->urlsOf(m_fixture->second).contains(added));
    QVERIFY(!m_fixture->urlsOf(m_fixture->second).contains(CollectionTestEngine::kRefused));
}

QTEST_MAIN(TestCollectionTrackerRemoval)
#include "tst_collectiontrackerremoval.moc"
