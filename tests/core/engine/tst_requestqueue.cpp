#include "engine/requestqueue.h"

#include <QTest>

namespace {
using Entry = RequestQueue::Entry;

Entry announce(quint64 torrentId, quint64 trackerId)
{
    return Entry{Entry::Kind::Announce, torrentId, TrackerId{trackerId}, 0, {}, {}};
}

Entry scrape(const QString &group)
{
    return Entry{Entry::Kind::Scrape, 0, TrackerId{}, -1, group, {}};
}

// A name per entry, to compare orders: "a1" (announce, tracker 1) or "s:group".
QString nameOf(const Entry &entry)
{
    return entry.kind == Entry::Kind::Scrape ? QStringLiteral("s:") + entry.scrapeGroup
                                             : QStringLiteral("a%1").arg(entry.trackerId.value);
}
} // namespace

class TestRequestQueue : public QObject
{
    Q_OBJECT

private:
    QStringList m_started;

    RequestQueue::Starter recordingStarter(bool goesOut = true)
    {
        return [this, goesOut](const Entry &entry) {
            m_started.append(nameOf(entry));
            return goesOut;
        };
    }

private Q_SLOTS:
    void init() { m_started.clear(); }

    void firstComeFirstServedUrgentFirst()
    {
        RequestQueue queue;
        queue.enqueue(announce(1, 1));
        queue.enqueue(scrape(QStringLiteral("x")));
        queue.enqueue(announce(1, 2));
        queue.enqueue(announce(1, 3), RequestQueue::Priority::Urgent); // a `stopped`
        queue.pump(10, recordingStarter());
        QCOMPARE(m_started, QStringList({QStringLiteral("a3"), QStringLiteral("a1"),
                                         QStringLiteral("s:x"), QStringLiteral("a2")}));
        QCOMPARE(queue.inFlight(), 4);
        QVERIFY(queue.isEmpty());
    }

    void limitBoundsRequestsInFlight_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("started");
        QTest::newRow("two") << 2 << 2;
        QTest::newRow("more than waiting") << 10 << 5;
        QTest::newRow("zero counts as one") << 0 << 1;
    }
    void limitBoundsRequestsInFlight()
    {
        QFETCH(int, limit);
        QFETCH(int, started);
        RequestQueue queue;
        for (quint64 tracker = 1; tracker <= 5; ++tracker)
            queue.enqueue(announce(1, tracker));
        queue.pump(limit, recordingStarter());
        QCOMPARE(m_started.size(), started);
        QCOMPARE(queue.inFlight(), started);
        QCOMPARE(queue.waitingCount(), 5 - started);
        // Nothing more starts until a place is free; then exactly one.
        queue.pump(limit, recordingStarter());
        QCOMPARE(m_started.size(), started);
        if (started < 5) {
            queue.release();
            queue.pump(limit, recordingStarter());
            QCOMPARE(m_started.size(), started + 1);
            QCOMPARE(m_started.last(), QStringLiteral("a%1").arg(started + 1));
        }
    }

    void requestThatDoesNotGoOutTakesNoPlace()
    {
        RequestQueue queue;
        for (quint64 tracker = 1; tracker <= 3; ++tracker)
            queue.enqueue(announce(1, tracker));
        queue.pump(2, recordingStarter(false));
        QCOMPARE(m_started.size(), 3); // each tried, none took a place
        QCOMPARE(queue.inFlight(), 0);
        QVERIFY(queue.isEmpty());
    }

    void releaseNeverGoesBelowZero()
    {
        RequestQueue queue;
        queue.enqueue(announce(1, 1));
        queue.pump(1, recordingStarter());
        queue.release(3);
        QCOMPARE(queue.inFlight(), 0);
    }

    void dropsOnlyMatchingAnnounces()
    {
        RequestQueue queue;
        queue.enqueue(announce(1, 1));
        queue.enqueue(announce(2, 2));
        queue.enqueue(scrape(QStringLiteral("x")));
        queue.enqueue(announce(1, 3));
        queue.dropAnnounces([](const Entry &entry) { return entry.torrentId == 1; });
        queue.pump(10, recordingStarter());
        QCOMPARE(m_started, QStringList({QStringLiteral("a2"), QStringLiteral("s:x")}));
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
