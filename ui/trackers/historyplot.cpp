#include "trackers/historyplot.h"

#include "common/trackertext.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTabBar>
#include <QToolTip>
#include <array>
#include <cmath>

namespace {
constexpr int kMargin = 8;
constexpr int kLegendSpacing = 16;
constexpr int kSwatchWidth = 22;
constexpr int kTickLength = 4;
constexpr int kMinimumPixelsPerTimeTick = 120;
constexpr int kMinimumPixelsPerValueTick = 28;
constexpr int kCrossSize = 4;
constexpr qreal kMarkerGrowth = 2.5;
constexpr double kTimePadding = 0.04; // of the span, each side, so points never touch the frame
constexpr QSize kPreferredSize(520, 280);
constexpr QSize kMinimumSize(260, 170);
constexpr int kSecondsPerMinute = 60;
// Okabe and Ito's colours, told apart with colour-blindness too; markers differ as well.
constexpr std::array<QRgb, 6> kLineColors{0x0072b2, 0xe69f00, 0x009e73,
                                          0xcc79a7, 0x56b4e9, 0xd55e00};
constexpr QRgb kFailureColor = 0xc92a2a;
constexpr std::array<qint64, 17> kTimeStepsSeconds{
    1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200};

// 1, 2 or 5 times a power of ten, at least raw (and at least 1: counts are whole numbers).
qint64 niceStep(double raw)
{
    if (raw <= 1)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return qint64(factor * power);
    }
    return qint64(10 * power);
}

void drawMarker(QPainter &painter, int shape, const QPointF &center, qreal radius)
{
    switch (shape % 4) {
    case 0:
        painter.drawEllipse(center, radius, radius);
        break;
    case 1:
        painter.drawRect(QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius));
        break;
    case 2:
        painter.drawPolygon(QPolygonF{center + QPointF(0, -radius * 1.2),
                                      center + QPointF(radius * 1.1, radius * 0.9),
                                      center + QPointF(-radius * 1.1, radius * 0.9)});
        break;
    default:
        painter.drawPolygon(
            QPolygonF{center + QPointF(0, -radius * 1.3), center + QPointF(radius * 1.3, 0),
                      center + QPointF(0, radius * 1.3), center + QPointF(-radius * 1.3, 0)});
        break;
    }
}
} // namespace

HistoryPlot::HistoryPlot(QWidget *parent)
    : QWidget(parent)
    , m_metricBar(new QTabBar(this))
{
    setObjectName(QStringLiteral("historyPlot"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_metricBar->setObjectName(QStringLiteral("historyMetricBar"));
    m_metricBar->setDrawBase(false);
    m_metricBar->setExpanding(false);
    m_metricBar->addTab(tr("Peers received"));
    m_metricBar->addTab(tr("Seeders"));
    m_metricBar->addTab(tr("Leechers"));
    m_metricBar->addTab(tr("Latency"));
    m_metricBar->setToolTip(tr("What the chart shows: one line per endpoint (address and hash)"));
    connect(m_metricBar, &QTabBar::currentChanged, this,
            [this](int index) { setMetric(Metric(index)); });
}

void HistoryPlot::setHistory(const QList<TrackerHistorySample> &history)
{
    m_history = history;
    update();
}

void HistoryPlot::setMetric(Metric metric)
{
    m_metric = metric;
    m_metricBar->setCurrentIndex(int(metric));
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

qint64 HistoryPlot::valueOf(const TrackerHistorySample &sample, Metric metric)
{
    if (!sample.succeeded)
        return -1;
    switch (metric) {
    case Metric::Peers:
        return sample.peerCount;
    case Metric::Seeders:
        return sample.seeders;
    case Metric::Leechers:
        return sample.leechers;
    case Metric::Latency:
        return sample.latencyMs;
    }
    return -1;
}

QString HistoryPlot::endpointLabel(const TrackerHistorySample &sample)
{
    const QString hash = sample.hashVersion == InfoHashVersion::V1 ? tr("v1") : tr("v2");
    if (sample.address.isNull())
        return tr("%1 hash").arg(hash);
    TrackerEndpointState endpoint;
    endpoint.address = sample.address;
    endpoint.port = sample.port;
    return QStringLiteral("%1 · %2").arg(endpoint.addressText(), hash);
}

QString HistoryPlot::valueText(qint64 value) const
{
    return m_metric == Metric::Latency ? TrackerText::latency(value) : QLocale().toString(value);
}

QString HistoryPlot::sampleText(const TrackerHistorySample &sample) const
{
    const QString when = TrackerText::timeOfDay(sample.atMs);
    if (!sample.succeeded)
        return tr("%1 · %2\nThe announce failed.").arg(when, endpointLabel(sample));
    const auto count = [](qint64 value) {
        return value < 0 ? QStringLiteral("–") : QLocale().toString(value);
    };
    return tr("%1 · %2\npeers received: %3 · seeders: %4 · leechers: %5 · latency: %6")
        .arg(when, endpointLabel(sample), count(sample.peerCount), count(sample.seeders),
             count(sample.leechers), TrackerText::latency(sample.latencyMs));
}

// Endpoints in the order they first answered, each once: the lines' order and colours.
QList<QString> HistoryPlot::endpointLabels() const
{
    QList<QString> labels;
    for (const TrackerHistorySample &sample : m_history) {
        const QString label = endpointLabel(sample);
        if (valueOf(sample, m_metric) >= 0 && !labels.contains(label))
            labels.append(label);
    }
    return labels;
}

QList<HistoryPlot::Line> HistoryPlot::lines() const
{
    QList<Line> lines;
    const QList<QString> labels = endpointLabels();
    for (qsizetype index = 0; index < labels.size(); ++index)
        lines.append(
            Line{labels.at(index), QColor(kLineColors.at(index % kLineColors.size())), {}});
    for (const TrackerHistorySample &sample : m_history) {
        const qint64 value = valueOf(sample, m_metric);
        if (value >= 0)
            lines[labels.indexOf(endpointLabel(sample))].points.append(
                QPointF(qreal(sample.atMs), qreal(value)));
    }
    return lines;
}

QRectF HistoryPlot::legendArea() const
{
    const qreal top = m_metricBar->geometry().bottom() + kMargin / 2;
    return QRectF(kMargin, top, width() - 2 * kMargin, fontMetrics().height() + 2);
}

HistoryPlot::Axes HistoryPlot::axes() const
{
    Axes axes;
    qint64 maximum = 0;
    qint64 firstMs = m_history.isEmpty() ? 0 : m_history.constFirst().atMs;
    qint64 lastMs = m_history.isEmpty() ? 0 : m_history.constLast().atMs;
    for (const TrackerHistorySample &sample : m_history)
        maximum = qMax(maximum, valueOf(sample, m_metric));
    if (lastMs - firstMs < kMinimumSpanMs) {
        const qint64 middle = (firstMs + lastMs) / 2;
        firstMs = middle - kMinimumSpanMs / 2;
        lastMs = middle + kMinimumSpanMs / 2;
    }
    const qint64 padding = qint64(double(lastMs - firstMs) * kTimePadding);
    axes.firstMs = firstMs - padding;
    axes.spanMs = lastMs - firstMs + 2 * padding;
    const QFontMetrics metrics = fontMetrics();
    const qreal top = legendArea().bottom() + kMargin;
    const qreal bottom = height() - kMargin - metrics.height() - kTickLength;
    const int ticks = qMax(2, int((bottom - top) / kMinimumPixelsPerValueTick));
    axes.step = niceStep(double(qMax<qint64>(maximum, 1)) / ticks);
    // One step of room above the highest value, so that no point sits on the frame.
    axes.maximum = (maximum / axes.step + 1) * axes.step;
    const qreal labelWidth = metrics.horizontalAdvance(valueText(axes.maximum)) + 2 * kTickLength;
    axes.area = QRectF(QPointF(kMargin + labelWidth, top), QPointF(width() - 2 * kMargin, bottom));
    return axes;
}

QPointF HistoryPlot::position(const Axes &axes, qint64 atMs, qint64 value) const
{
    return QPointF(axes.area.left() +
                       axes.area.width() * qreal(atMs - axes.firstMs) / qreal(axes.spanMs),
                   axes.area.bottom() - axes.area.height() * qreal(value) / qreal(axes.maximum));
}

void HistoryPlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QSize bar = m_metricBar->sizeHint();
    m_metricBar->setGeometry(kMargin, kMargin / 2, qMin(bar.width(), width() - 2 * kMargin),
                             bar.height());
}

void HistoryPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);
    const Axes geometry = axes();
    drawLegend(painter);
    drawValueAxis(painter, geometry);
    drawTimeAxis(painter, geometry);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(geometry.area.bottomLeft(), geometry.area.bottomRight());
    painter.drawLine(geometry.area.bottomLeft(), geometry.area.topLeft());
    if (m_history.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(geometry.area, Qt::AlignCenter, tr("No announce yet"));
        return;
    }
    drawLines(painter, geometry);
    drawFailures(painter, geometry);
}

void HistoryPlot::drawValueAxis(QPainter &painter, const Axes &axes) const
{
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(70);
    for (qint64 value = 0; value <= axes.maximum; value += axes.step) {
        const qreal y = position(axes, axes.firstMs, value).y();
        painter.setPen(grid);
        if (value > 0)
            painter.drawLine(QPointF(axes.area.left(), y), QPointF(axes.area.right(), y));
        painter.setPen(palette().color(QPalette::Text));
        const QRectF label(0, y - fontMetrics().height() / 2.0, axes.area.left() - kTickLength,
                           fontMetrics().height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, valueText(value));
    }
}

void HistoryPlot::drawTimeAxis(QPainter &painter, const Axes &axes) const
{
    const int wanted = qMax(1, int(axes.area.width() / kMinimumPixelsPerTimeTick));
    qint64 stepMs = kTimeStepsSeconds.back() * 1000;
    for (const qint64 seconds : kTimeStepsSeconds) {
        if (axes.spanMs / (seconds * 1000) <= wanted) {
            stepMs = seconds * 1000;
            break;
        }
    }
    // Ticks on round local times (whole minutes, quarter hours...), not on the first sample.
    const qint64 offsetMs =
        qint64(QDateTime::fromMSecsSinceEpoch(axes.firstMs).offsetFromUtc()) * 1000;
    qint64 tick = (axes.firstMs + offsetMs + stepMs - 1) / stepMs * stepMs - offsetMs;
    const QString format =
        stepMs < kSecondsPerMinute * 1000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    painter.setPen(palette().color(QPalette::Text));
    for (; tick <= axes.firstMs + axes.spanMs; tick += stepMs) {
        const qreal x = position(axes, tick, 0).x();
        painter.drawLine(QPointF(x, axes.area.bottom()),
                         QPointF(x, axes.area.bottom() + kTickLength));
        const QString text =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(tick).time(), format);
        const qreal textWidth = fontMetrics().horizontalAdvance(text);
        painter.drawText(QRectF(x - textWidth / 2, axes.area.bottom() + kTickLength, textWidth + 1,
                                fontMetrics().height()),
                         Qt::AlignCenter, text);
    }
}

void HistoryPlot::drawLines(QPainter &painter, const Axes &axes) const
{
    const QList<Line> shown = lines();
    for (qsizetype index = 0; index < shown.size(); ++index) {
        const Line &line = shown.at(index);
        QPainterPath path;
        for (const QPointF &point : line.points) {
            const QPointF at = position(axes, qint64(point.x()), qint64(point.y()));
            if (path.elementCount() == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        painter.setPen(QPen(line.color, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(line.color);
        painter.setPen(QPen(palette().color(QPalette::Base), 1));
        // Earlier lines get bigger markers: two endpoints that said the same at the same moment
        // show as a shape inside another, not as one point.
        const qreal radius = kPointRadius + kMarkerGrowth * qreal(shown.size() - 1 - index);
        for (const QPointF &point : line.points)
            drawMarker(painter, int(index), position(axes, qint64(point.x()), qint64(point.y())),
                       radius);
    }
    painter.setBrush(Qt::NoBrush);
}

void HistoryPlot::drawFailures(QPainter &painter, const Axes &axes) const
{
    painter.setPen(QPen(QColor(kFailureColor), 2));
    for (const TrackerHistorySample &sample : m_history) {
        if (sample.succeeded)
            continue;
        const QPointF at = position(axes, sample.atMs, 0);
        painter.drawLine(at + QPointF(-kCrossSize, -kCrossSize),
                         at + QPointF(kCrossSize, kCrossSize));
        painter.drawLine(at + QPointF(-kCrossSize, kCrossSize),
                         at + QPointF(kCrossSize, -kCrossSize));
    }
}

void HistoryPlot::drawLegend(QPainter &painter) const
{
    const QRectF area = legendArea();
    qreal x = area.left();
    const qreal y = area.center().y();
    const QList<Line> shown = lines();
    for (qsizetype index = 0; index < shown.size(); ++index) {
        painter.setPen(QPen(shown.at(index).color, 2));
        painter.drawLine(QPointF(x, y), QPointF(x + kSwatchWidth, y));
        painter.setBrush(shown.at(index).color);
        drawMarker(painter, int(index), QPointF(x + kSwatchWidth / 2.0, y), kPointRadius - 1);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(palette().color(QPalette::Text));
        const QString &label = shown.at(index).label;
        const int textWidth = fontMetrics().horizontalAdvance(label);
        painter.drawText(QRectF(x + kSwatchWidth + 4, area.top(), textWidth + 2, area.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, label);
        x += kSwatchWidth + 4 + textWidth + kLegendSpacing;
    }
    const bool anyFailure = std::any_of(m_history.cbegin(), m_history.cend(),
                                        [](const TrackerHistorySample &s) { return !s.succeeded; });
    if (!anyFailure)
        return;
    painter.setPen(QPen(QColor(kFailureColor), 2));
    const QPointF center(x + kCrossSize, y);
    painter.drawLine(center + QPointF(-kCrossSize, -kCrossSize),
                     center + QPointF(kCrossSize, kCrossSize));
    painter.drawLine(center + QPointF(-kCrossSize, kCrossSize),
                     center + QPointF(kCrossSize, -kCrossSize));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(x + 2 * kCrossSize + 4, area.top(), area.right() - x, area.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, tr("failed announce"));
}

QString HistoryPlot::toolTipAt(const QPointF &position) const
{
    // Every answer drawn there: endpoints that said the same at the same moment share a place.
    const Axes geometry = axes();
    QStringList texts;
    for (const TrackerHistorySample &sample : m_history) {
        const qint64 value = valueOf(sample, m_metric);
        const QPointF at = this->position(geometry, sample.atMs, qMax<qint64>(value, 0));
        if (QLineF(at, position).length() <= kToolTipDistance)
            texts << sampleText(sample);
    }
    return texts.join(QStringLiteral("\n\n"));
}

bool HistoryPlot::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}
