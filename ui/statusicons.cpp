#include "statusicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace {
const int kIconSizes[] = {16, 24, 32, 48};
const QColor kNeutralColor(0x8a, 0x8f, 0x98);
const QColor kWarningColor(0xd9, 0x8a, 0x00);
const QColor kErrorColor(0xc9, 0x2a, 0x2a);

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
    }
    return pixmap;
}
