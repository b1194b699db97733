#include "tracker/http/httpreplytext.h"

#include <QRegularExpression>
#include <QStringList>

QString HttpReplyText::firstLine(QByteArrayView body)
{
    const QString text = QString::fromUtf8(body.first(qMin(body.size(), kMaxBytesExamined)));
    const bool looksLikeHtml = text.trimmed().startsWith(u'<');
    QString line;
    if (looksLikeHtml) {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = title.match(text);
        line = match.hasMatch() ? firstNonEmptyLine(match.captured(1))
                                : firstNonEmptyLine(stripTags(text));
    } else {
        line = firstNonEmptyLine(text);
    }
    if (line.size() > kMaxLineLength)
        line = line.left(kMaxLineLength - 1) + u'…';
    return line;
}

QString HttpReplyText::stripTags(const QString &html)
{
    static const QRegularExpression hidden(QStringLiteral("<(head|script|style)[^>]*>.*?</\\1>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression blockTag(
        QStringLiteral("</?(p|div|br|h[1-6]|li|tr|pre|body|html|hr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyTag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(hidden);
    text.replace(blockTag, QStringLiteral("\n"));
    text.remove(anyTag);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString HttpReplyText::firstNonEmptyLine(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString simplified = line.simplified();
        bool printable = !simplified.isEmpty();
        for (const QChar character : simplified)
            printable = printable && (character.isPrint() || character == u' ');
        if (printable)
            return simplified;
    }
    return QString();
}
