#pragma once

#include "engine/trackerstatistics.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

class QTabBar;

// One tracker's history over time, one metric at a time (peers received, seeders, leechers or
// latency, chosen with the tabs above the chart) and one line per endpoint: each address with
// each of the torrent's hashes is a swarm of its own, so a hybrid's v1 and v2 answers are never
// joined into one zig-zag. Lines differ in colour and marker shape; failed announces are red
// crosses on the time axis; every point and cross has a tool tip with the whole answer.
class HistoryPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPlot)

public:
    enum class Metric { Peers, Seeders, Leechers, Latency };
    // One endpoint's values of the metric shown: x is the engine time in ms, y the value.
    struct Line
    {
        QString label; // "127.0.0.1:6969 · v1", or "v2 hash" when the address is not known
        QColor color;
        QList<QPointF> points; // oldest first
    };

    static constexpr qint64 kMinimumSpanMs = 60'000; // a lone point sits in a minute's axis
    static constexpr int kPointRadius = 4;
    static constexpr int kToolTipDistance = 8; // pixels from a point that still show its tip

    explicit HistoryPlot(QWidget *parent = nullptr);

    void setHistory(const QList<TrackerHistorySample> &history);
    const QList<TrackerHistorySample> &history() const { return m_history; }
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    QTabBar *metricBar() const { return m_metricBar; }
    QList<Line> lines() const;
    // What the tool tip says at position (a point's answer or a failure), or empty.
    QString toolTipAt(const QPointF &position) const;
    // Where a value of the metric shown at that moment is drawn, at the widget's size now.
    QPointF positionOf(qint64 atMs, qint64 value) const { return position(axes(), atMs, value); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Axes
    {
        QRectF area;
        qint64 firstMs = 0;
        qint64 spanMs = 1;
        qint64 maximum = 1;
        qint64 step = 1;
    };

    static qint64 valueOf(const TrackerHistorySample &sample, Metric metric);
    static QString endpointLabel(const TrackerHistorySample &sample);
    QString valueText(qint64 value) const;
    QString sampleText(const TrackerHistorySample &sample) const;
    QList<QString> endpointLabels() const;
    QRectF legendArea() const;
    Axes axes() const;
    QPointF position(const Axes &axes, qint64 atMs, qint64 value) const;
    void drawValueAxis(QPainter &painter, const Axes &axes) const;
    void drawTimeAxis(QPainter &painter, const Axes &axes) const;
    void drawLines(QPainter &painter, const Axes &axes) const;
    void drawFailures(QPainter &painter, const Axes &axes) const;
    void drawLegend(QPainter &painter) const;

    QList<TrackerHistorySample> m_history;
    Metric m_metric = Metric::Peers;
    QTabBar *m_metricBar;
};
