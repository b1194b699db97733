#pragma once

#include <QByteArrayView>
#include <QString>

// What a person should read of a body that is not what we asked for (an HTML error page, a
// plain-text complaint): its first non-empty line of text, tags and entities stripped.
// And what a person may safely read of a tracker's own words (failure reason, warning message).
class HttpReplyText
{
public:
    static constexpr qsizetype kMaxLineLength = 200;
    static constexpr qsizetype kMaxBytesExamined = 16 * 1024;
    static constexpr qsizetype kMaxTrackerTextLength = 1000;

    // "" when the body has no readable text. HTML bodies: the <title> when there is one,
    // otherwise the first line of text outside tags. Longer lines end with "…".
    static QString firstLine(QByteArrayView body);

    // A tracker's message (BEP 3 `failure reason`, `warning message`) made safe to show as one
    // line of plain text: UTF-8 decoded, control characters (terminal escapes, bells, NUL) and
    // bidirectional overrides dropped, line breaks and tabs turned into spaces, at most
    // kMaxTrackerTextLength characters (then "…"). Markup stays as literal text.
    static QString trackerText(QByteArrayView bytes);

private:
    static QString stripTags(const QString &html);
    static QString firstNonEmptyLine(const QString &text);
};
