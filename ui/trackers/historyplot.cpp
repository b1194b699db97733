#include "trackers/historyplot.h"

#include "common/trackertext.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kMargin = 6;
constexpr int kLegendHeight = 18;
constexpr int kScaleWidth = 44;
constexpr QSize kPreferredSize(320, 160);
constexpr QSize kMinimumSize(200, 110);
constexpr qreal kPointRadius = 2.5;
} // namespace

HistoryPlot::HistoryPlot(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("historyPlot"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void HistoryPlot::setHistory(const QList<TrackerHistorySample> &history)
{
    m_history = history;
    update();
}

QSize HistoryPlot::sizeHint() const
{
    return kPreferredSize;
}

QSize HistoryPlot::minimumSizeHint() const
{
    return kMinimumSize;
}

QList<HistoryPlot::Series> HistoryPlot::series() const
{
    return {
        {tr("seeders"), QColor(0x2e, 0x8b, 0x3e), Qt::SolidLine,
         [](const TrackerHistorySample &sample) { return sample.seeders; }, false},
        {tr("leechers"), QColor(0xd9, 0x6a, 0x00), Qt::DashLine,
         [](const TrackerHistorySample &sample) { return sample.leechers; }, false},
        {tr("peers"), QColor(0x2f, 0x6f, 0xc9), Qt::DotLine,
         [](const TrackerHistorySample &sample) { return qint64(sample.peerCount); }, false},
        {tr("latency (ms, right)"), QColor(0x80, 0x40, 0xa0), Qt::DashDotLine,
         [](const TrackerHistorySample &sample) { return sample.latencyMs; }, true},
    };
}

void HistoryPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area(kScaleWidth, kMargin + kLegendHeight, width() - 2 * kScaleWidth,
                      height() - 2 * kMargin - kLegendHeight - fontMetrics().height());
    drawLegend(painter, QRectF(kMargin, kMargin / 2, width() - 2 * kMargin, kLegendHeight));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(area);
    if (m_history.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("No announce yet"));
        return;
    }
    const qint64 firstMs = m_history.constFirst().atMs;
    const qint64 spanMs = qMax<qint64>(1, m_history.constLast().atMs - firstMs);
    qint64 countMaximum = 1;
    qint64 latencyMaximum = 1;
    const QList<Series> lines = series();
    for (const TrackerHistorySample &sample : m_history) {
        for (const Series &line : lines) {
            qint64 &maximum = line.rightScale ? latencyMaximum : countMaximum;
            maximum = qMax(maximum, line.value(sample));
        }
    }
    for (const Series &line : lines)
        drawSeries(painter, area, line, line.rightScale ? latencyMaximum : countMaximum, firstMs,
                   spanMs);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(0, area.top() - 2, kScaleWidth - 4, 20), Qt::AlignRight | Qt::AlignTop,
                     QString::number(countMaximum));
    painter.drawText(QRectF(area.right() + 4, area.top() - 2, kScaleWidth, 20),
                     Qt::AlignLeft | Qt::AlignTop, TrackerText::latency(latencyMaximum));
    painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), fontMetrics().height()),
                     Qt::AlignLeft, TrackerText::timeOfDay(firstMs));
    painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), fontMetrics().height()),
                     Qt::AlignRight, TrackerText::timeOfDay(m_history.constLast().atMs));
    // Failed announces: a red cross on the time axis.
    painter.setPen(QPen(QColor(0xc9, 0x2a, 0x2a), 2));
    for (const TrackerHistorySample &sample : m_history) {
        if (sample.succeeded)
            continue;
        const qreal x = area.left() + area.width() * qreal(sample.atMs - firstMs) / spanMs;
        painter.drawLine(QPointF(x - 3, area.bottom() - 3), QPointF(x + 3, area.bottom() + 3));
        painter.drawLine(QPointF(x - 3, area.bottom() + 3), QPointF(x + 3, area.bottom() - 3));
    }
}

void HistoryPlot::drawSeries(QPainter &painter, const QRectF &area, const Series &line,
                             qint64 maximum, qint64 firstMs, qint64 spanMs) const
{
    QPainterPath path;
    bool started = false;
    painter.setPen(QPen(line.color, 1.6, line.style));
    painter.setBrush(line.color);
    for (const TrackerHistorySample &sample : m_history) {
        const qint64 value = line.value(sample);
        if (value < 0) {
            started = false;
            continue;
        }
        const QPointF point(m_history.size() == 1
                                ? area.center().x()
                                : area.left() +
                                      area.width() * qreal(sample.atMs - firstMs) / spanMs,
                            area.bottom() - area.height() * qreal(value) / qreal(maximum));
        if (started)
            path.lineTo(point);
        else
            path.moveTo(point);
        started = true;
        painter.drawEllipse(point, kPointRadius, kPointRadius);
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

void HistoryPlot::drawLegend(QPainter &painter, const QRectF &area) const
{
    qreal x = area.left();
    const qreal y = area.center().y();
    for (const Series &line : series()) {
        painter.setPen(QPen(line.color, 2, line.style));
        painter.drawLine(QPointF(x, y), QPointF(x + 18, y));
        painter.setPen(palette().color(QPalette::Text));
        const int textWidth = fontMetrics().horizontalAdvance(line.name);
        painter.drawText(QRectF(x + 22, area.top(), textWidth + 2, area.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, line.name);
        x += 22 + textWidth + 12;
    }
}
