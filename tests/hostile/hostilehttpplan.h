#pragma once

#include <QByteArray>

// What a hostile HTTP tracker does with one request: the bytes it writes first, then optionally
// an endless (but capped) stream generated lazily, a drip, silence or a close. Plans are values;
// HostileHttpTracker carries them out.
struct HostileHttpPlan
{
    enum class Filler {
        None,    // nothing after `head`
        Raw,     // filler bytes, as many as `generatedBytes`
        Chunked, // HTTP/1.1 chunks that never end (until `generatedBytes`)
        Gzip,    // a gzip stream of `generatedBytes` zero bytes, compressed on the fly
        Headers, // header lines that never end (until `generatedBytes`)
    };

    QByteArray head;    // status line, headers and the start of the body
    QByteArray dripped; // written one byte per drip interval after `head`
    Filler filler = Filler::None;
    qint64 generatedBytes = 0; // how much the filler offers (uncompressed for Gzip)
    bool silent = false;       // write nothing and keep the connection open
    bool closeAfter = true;    // close once everything is written
};
