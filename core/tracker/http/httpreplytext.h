#pragma once

#include <QByteArrayView>
#include <QString>

// What a person should read of an HTTP body that is not what we asked for (an HTML error page, a
// plain-text complaint): its first non-empty line of text, tags and entities stripped. A
// tracker's own words are made safe by TrackerMessageText.
class HttpReplyText
{
public:
    static constexpr qsizetype kMaxLineLength = 200;
    static constexpr qsizetype kMaxBytesExamined = 16 * 1024;

    // "" when the body has no readable text. HTML bodies: the <title> when there is one,
    // otherwise the first line of text outside tags. Longer lines end with "…".
    static QString firstLine(QByteArrayView body);

private:
    static QString stripTags(const QString &html);
    static QString firstNonEmptyLine(const QString &text);
};
