#include "testtorrents.h"
#include "trackerat.h"
#include "trackers/historyplot.h"
#include "uitestengine.h"

#include <QTabBar>
#include <QTest>

namespace {
constexpr qint64 kStartMs = 1'700'000'000'000;
constexpr qint64 kRoundMs = 1'800'000;

TrackerHistorySample answer(qint64 atMs, InfoHashVersion version, int peers, qint64 latencyMs)
{
    TrackerHistorySample sample;
    sample.atMs = atMs;
    sample.succeeded = true;
    sample.latencyMs = latencyMs;
    sample.seeders = peers;
    sample.leechers = 1;
    sample.peerCount = peers;
    sample.hashVersion = version;
    sample.address = QHostAddress(QHostAddress::LocalHost);
    sample.port = 6969;
    return sample;
}

// A hybrid's rounds as the engine records them: the v1 swarm has 6 peers, the v2 swarm 1.
QList<TrackerHistorySample> hybridRounds(int rounds)
{
    QList<TrackerHistorySample> history;
    for (int round = 0; round < rounds; ++round) {
        history << answer(kStartMs + round * kRoundMs, InfoHashVersion::V1, 6, 30 + round);
        history << answer(kStartMs + round * kRoundMs + 5, InfoHashVersion::V2, 1, 40 + round);
    }
    return history;
}

QList<qreal> valuesOf(const HistoryPlot::Line &line)
{
    QList<qreal> values;
    for (const QPointF &point : line.points)
        values << point.y();
    return values;
}
} // namespace

class TestHistoryPlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachEndpointIsALineOfItsOwn();
    void theMetricTabsChooseWhatIsDrawn();
    void pointsAndFailuresHaveToolTips();
    void aHybridTorrentsPlotNeverZigZags();
};

void TestHistoryPlot::eachEndpointIsALineOfItsOwn()
{
    HistoryPlot plot;
    plot.setHistory(hybridRounds(3));
    const QList<HistoryPlot::Line> lines = plot.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).label, QStringLiteral("127.0.0.1:6969 · v1"));
    QCOMPARE(lines.at(1).label, QStringLiteral("127.0.0.1:6969 · v2"));
    QCOMPARE(valuesOf(lines.at(0)), (QList<qreal>{6, 6, 6})); // not 6, 1, 6, 1, 6, 1
    QCOMPARE(valuesOf(lines.at(1)), (QList<qreal>{1, 1, 1}));
    QVERIFY(lines.at(0).color != lines.at(1).color);
}

void TestHistoryPlot::theMetricTabsChooseWhatIsDrawn()
{
    HistoryPlot plot;
    plot.setHistory(hybridRounds(2));
    QCOMPARE(plot.metricBar()->count(), 4);
    plot.metricBar()->setCurrentIndex(int(HistoryPlot::Metric::Latency));
    QCOMPARE(plot.metric(), HistoryPlot::Metric::Latency);
    QCOMPARE(valuesOf(plot.lines().at(0)), (QList<qreal>{30, 31}));
    QCOMPARE(valuesOf(plot.lines().at(1)), (QList<qreal>{40, 41}));
}

void TestHistoryPlot::pointsAndFailuresHaveToolTips()
{
    HistoryPlot plot;
    plot.resize(600, 300);
    QList<TrackerHistorySample> history = hybridRounds(2);
    TrackerHistorySample failure;
    failure.atMs = kStartMs + 2 * kRoundMs;
    failure.hashVersion = InfoHashVersion::V2;
    history << failure;
    plot.setHistory(history);
    const QString tip = plot.toolTipAt(plot.positionOf(kStartMs + kRoundMs, 6));
    QVERIFY2(tip.contains(QStringLiteral("127.0.0.1:6969 · v1")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("peers received: 6")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("31 ms")), qPrintable(tip));
    const QString failed = plot.toolTipAt(plot.positionOf(failure.atMs, 0));
    QVERIFY2(failed.contains(QStringLiteral("failed")), qPrintable(failed));
    QVERIFY(plot.toolTipAt(QPointF(1, 1)).isEmpty());
}

void TestHistoryPlot::aHybridTorrentsPlotNeverZigZags()
{
    // Through the engine: each hash's answers are kept apart, so the plot draws one line each.
    const QString url = QStringLiteral("udp://127.0.0.1:6969/announce");
    UiTestEngine engine;
    engine.script->setAnnounceResults(
        url, {FakeTrackerScript::working(QHostAddress(QHostAddress::LocalHost), 1800)});
    const quint64 id = engine.engine.addTorrent(TestTorrents::metainfo(
        TestTorrents::tierPerTracker({url}),
        {.name = QStringLiteral("hybrid"), .infoHashV2 = QByteArray(32, '\x2a')}));
    QTRY_VERIFY(engine.engine.isIdle());
    engine.passSafetyFloor();
    engine.engine.reannounce(id);
    QTRY_VERIFY(engine.engine.isIdle());
    HistoryPlot plot;
    plot.setHistory(
        engine.engine.tracker(id, trackerIdAt(engine.engine, id, 0))->statistics.history());
    const QList<HistoryPlot::Line> lines = plot.lines();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).label.endsWith(QStringLiteral("v1")));
    QVERIFY(lines.at(1).label.endsWith(QStringLiteral("v2")));
    QCOMPARE(lines.at(0).points.size(), 2);
    QCOMPARE(lines.at(1).points.size(), 2);
}

QTEST_MAIN(TestHistoryPlot)
#include "tst_historyplot.moc"
