#include "tracker/trackermessagetext.h"

QString TrackerMessageText::safe(QByteArrayView bytes)
{
    // Decode a little more than can be shown, never the whole of a megabyte-long reason.
    const qsizetype examined = qMin(bytes.size(), 4 * kMaxLength + 4);
    const QString decoded = QString::fromUtf8(bytes.first(examined));
    QString text;
    text.reserve(qMin(decoded.size(), kMaxLength + 1));
    for (const QChar character : decoded) {
        if (text.size() > kMaxLength)
            break;
        const char16_t code = character.unicode();
        const bool bidiControl = (code >= 0x202a && code <= 0x202e) ||
                                 (code >= 0x2066 && code <= 0x2069) || code == 0x200e ||
                                 code == 0x200f || code == 0x061c;
        if (code == u'\n' || code == u'\r' || code == u'\t')
            text += u' ';
        else if (!(character.category() == QChar::Other_Control || bidiControl))
            text += character;
    }
    text = text.simplified();
    if (text.size() > kMaxLength || examined < bytes.size())
        text = text.left(kMaxLength - 1) + u'…';
    return text;
}
