#include "common/statusicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace {
const int kIconSizes[] = {16, 24, 32, 48};
const QColor kNeutralColor(0x8a, 0x8f, 0x98);
const QColor kWarningColor(0xd9, 0x8a, 0x00);
const QColor kErrorColor(0xc9, 0x2a, 0x2a);
const QColor kWorkingColor(0x2e, 0x8b, 0x3e);
const QColor kUpdatingColor(0x2f, 0x6f, 0xc9);

void drawCheck(QPainter &painter, const QRectF &box, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(box);
    QPainterPath tick;
    tick.moveTo(box.left() + box.width() * 0.26, box.top() + box.height() * 0.52);
    tick.lineTo(box.left() + box.width() * 0.44, box.top() + box.height() * 0.70);
    tick.lineTo(box.left() + box.width() * 0.76, box.top() + box.height() * 0.32);
    painter.setPen(
        QPen(Qt::white, qMax(1.5, box.width() * 0.14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(tick);
}

// A clock face: timed out (filled) or updating (outlined, blue).
void drawClock(QPainter &painter, const QRectF &box, const QColor &color, bool filled)
{
    const qreal stroke = qMax(1.5, box.width() * 0.12);
    painter.setPen(filled ? Qt::NoPen : QPen(color, stroke));
    painter.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
    painter.drawEllipse(box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
    painter.setPen(
        QPen(filled ? QColor(Qt::white) : color, stroke * 0.9, Qt::SolidLine, Qt::RoundCap));
    const QPointF centre = box.center();
    painter.drawLine(centre, QPointF(centre.x(), box.top() + box.height() * 0.24));
    painter.drawLine(centre, QPointF(box.left() + box.width() * 0.72, centre.y()));
}

void drawCross(QPainter &painter, const QRectF &box, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRect(box.adjusted(box.width() * 0.04, box.height() * 0.04, -box.width() * 0.04,
                                  -box.height() * 0.04));
    painter.setPen(QPen(Qt::white, qMax(1.5, box.width() * 0.14), Qt::SolidLine, Qt::RoundCap));
    const qreal inset = box.width() * 0.28;
    const QRectF inner = box.adjusted(inset, inset, -inset, -inset);
    painter.drawLine(inner.topLeft(), inner.bottomRight());
    painter.drawLine(inner.topRight(), inner.bottomLeft());
}

void drawNoEntry(QPainter &painter, const QRectF &box, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(box);
    const qreal barHeight = box.height() * 0.18;
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(box.left() + box.width() * 0.22, box.center().y() - barHeight / 2,
                            box.width() * 0.56, barHeight));
}

void drawTriangle(QPainter &painter, const QRectF &box, const QColor &color)
{
    QPainterPath triangle;
    triangle.moveTo(box.center().x(), box.top());
    triangle.lineTo(box.right(), box.bottom());
    triangle.lineTo(box.left(), box.bottom());
    triangle.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(triangle);
    const qreal barWidth = box.width() * 0.13;
    const qreal x = box.center().x() - barWidth / 2;
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(x, box.top() + box.height() * 0.35, barWidth, box.height() * 0.33));
    painter.drawRect(QRectF(x, box.top() + box.height() * 0.76, barWidth, barWidth));
}
} // namespace

QIcon StatusIcons::icon(Kind kind)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(kind));
    if (found != cache.constEnd())
        return *found;
    QIcon result;
    for (const int size : kIconSizes)
        result.addPixmap(draw(kind, size));
    cache.insert(int(kind), result);
    return result;
}

QPixmap StatusIcons::draw(Kind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size * 0.12;
    const QRectF box(margin, margin, size - 2 * margin, size - 2 * margin);
    switch (kind) {
    case Kind::NotContacted:
        painter.setPen(QPen(kNeutralColor, qMax(1.5, size * 0.11)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(size * 0.06, size * 0.06, -size * 0.06, -size * 0.06));
        break;
    case Kind::Warning:
        drawTriangle(painter, box, kWarningColor);
        break;
    case Kind::Unsupported:
    case Kind::Error:
        drawNoEntry(painter, box, kErrorColor);
        break;
    case Kind::Working:
        drawCheck(painter, box, kWorkingColor);
        break;
    case Kind::Updating:
        drawClock(painter, box, kUpdatingColor, false);
        break;
    case Kind::Timeout:
        drawClock(painter, box, kWarningColor.darker(115), true);
        break;
    case Kind::Unreachable:
        drawCross(painter, box, kErrorColor);
        break;
    case Kind::Disabled:
        drawNoEntry(painter, box, kNeutralColor);
        break;
    }
    return pixmap;
}
