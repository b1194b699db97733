#pragma once

#include <QByteArrayView>
#include <QString>

// What a person may safely read of a tracker's own words, whatever the protocol: BEP 3 `failure
// reason` and `warning message`, a BEP 15 error action's text, a WebTorrent tracker's reasons.
class TrackerMessageText
{
public:
    static constexpr qsizetype kMaxLength = 1000;

    // The message as one line of plain text: UTF-8 decoded, control characters (terminal
    // escapes, bells, NUL) and bidirectional overrides dropped, line breaks and tabs turned into
    // spaces, at most kMaxLength characters (then "…"). Markup stays as literal text.
    static QString safe(QByteArrayView bytes);
};
