#pragma once

#include "engine/trackerstatistics.h"

#include <QWidget>

// A small chart of one tracker's history: seeders, leechers and peers (left scale) and latency
// (right scale) over time, failures marked on the time axis. Each series has its own line style
// and a legend, so colour is never the only cue.
class HistoryPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPlot)

public:
    explicit HistoryPlot(QWidget *parent = nullptr);

    void setHistory(const QList<TrackerHistorySample> &history);
    const QList<TrackerHistorySample> &history() const { return m_history; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Series
    {
        QString name;
        QColor color;
        Qt::PenStyle style;
        qint64 (*value)(const TrackerHistorySample &);
        bool rightScale;
    };

    QList<Series> series() const;
    void drawSeries(QPainter &painter, const QRectF &area, const Series &line, qint64 maximum,
                    qint64 firstMs, qint64 spanMs) const;
    void drawLegend(QPainter &painter, const QRectF &area) const;

    QList<TrackerHistorySample> m_history;
};
