#include "hostilehttpreplies.h"

#include <array>

namespace {

using Context = HostileHttpReplies::Context;
using Filler = HostileHttpPlan::Filler;

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray bencodedString(QByteArrayView bytes)
{
    return number(bytes.size()) + ':' + bytes.toByteArray();
}

QByteArray statusLine(int status, QByteArrayView reason)
{
    return "HTTP/1.1 " + number(status) + ' ' + reason.toByteArray() + "\r\n";
}

QByteArray response(int status, QByteArrayView reason, const QByteArray &body,
                    QByteArrayView contentType = "text/plain", const QByteArray &extra = {})
{
    return statusLine(status, reason) + "Content-Type: " + contentType.toByteArray() +
           "\r\nContent-Length: " + number(body.size()) + "\r\nConnection: close\r\n" + extra +
           "\r\n" + body;
}

HostileHttpPlan plan(const QByteArray &head, Filler filler = Filler::None, qint64 generated = 0)
{
    HostileHttpPlan result;
    result.head = head;
    result.filler = filler;
    result.generatedBytes = generated;
    return result;
}

HostileHttpPlan bencoded(const QByteArray &body)
{
    return plan(response(200, "OK", body));
}

// A successful announce reply around `peers`, with the given interval entry.
QByteArray announceWith(const QByteArray &peersEntry, const QByteArray &intervalEntry = "i1800e")
{
    return "d8:completei1e10:incompletei2e8:interval" + intervalEntry + "12:min intervali900e" +
           peersEntry + 'e';
}

QByteArray compactPeer(quint8 a, quint8 b, quint8 c, quint8 d, quint16 port)
{
    const char bytes[6] = {char(a), char(b), char(c), char(d), char(port >> 8), char(port & 0xff)};
    return QByteArray(bytes, 6);
}

QByteArray hostileText()
{
    // Markup, a script, terminal escapes, a bell, a bidi override, NUL and line breaks.
    static const char text[] = "<b>Banned</b> <script>alert('owned')</script>\x1b[2J\x1b[31mRED\x07"
                               "\xe2\x80\xae"
                               "desrever\r\nsecond line\x00tail";
    return QByteArray(text, qsizetype(sizeof text) - 1);
}

QByteArray htmlPage(QByteArrayView title, QByteArrayView text)
{
    return "<!DOCTYPE html>\n<html><head><title>" + title.toByteArray() +
           "</title><style>body{color:red}</style><script>var x = '<p>not this</p>';</script>"
           "</head>\n<body><h1>" +
           text.toByteArray() + "</h1><hr><center>nginx</center></body></html>\n";
}

struct Behaviour
{
    const char *name;
    HostileHttpPlan (*make)(bool isScrape, const Context &context);
};

const std::array kBehaviours = {
    // Bodies that are not what a tracker should send.
    Behaviour{"not-bencode",
              [](bool, const Context &) {
                  return bencoded("Tracker is down for maintenance, back in 5 minutes.\n");
              }},
    Behaviour{"html-200",
              [](bool, const Context &) {
                  return plan(response(200, "OK",
                                       htmlPage("Just a moment...", "Checking your browser"),
                                       "text/html"));
              }},
    Behaviour{"html-500",
              [](bool, const Context &) {
                  return plan(response(500, "Internal Server Error",
                                       htmlPage("500 Internal Server Error", "Database on fire"),
                                       "text/html"));
              }},
    Behaviour{"empty-body",
              [](bool, const Context &) {
                  return bencoded(QByteArray());
              }},
    Behaviour{"not-dictionary",
              [](bool, const Context &) {
                  return bencoded("li1ei2ee");
              }},
    Behaviour{"missing-peers",
              [](bool isScrape, const Context &) {
                  return bencoded(isScrape ? "d5:filesi3ee" : "d8:intervali1800ee");
              }},
    Behaviour{"truncated-bencode",
              [](bool, const Context &) {
                  return bencoded("d8:intervali1800e5:peers12:\x7f");
              }},
    Behaviour{"trailing-garbage",
              [](bool isScrape, const Context &context) {
                  return bencoded(HostileHttpReplies::validReply(isScrape, context) +
                                  "<html>garbage</html>");
              }},
    Behaviour{"deep-nesting",
              [](bool, const Context &) {
                  const qsizetype depth = HostileHttpReplies::kNestingDepth;
                  return bencoded("d5:peers" + QByteArray(depth, 'l') + QByteArray(depth, 'e') +
                                  'e');
              }},
    Behaviour{"duplicate-keys",
              [](bool, const Context &) {
                  return bencoded("d8:intervali1800e8:intervali60e5:peers0:5:peers0:e");
              }},
    Behaviour{"integer-overflow",
              [](bool, const Context &) {
                  return bencoded(announceWith("5:peers0:", "i99999999999999999999999999e"));
              }},
    Behaviour{"failure-hostile",
              [](bool, const Context &) {
                  return bencoded("d14:failure reason" + bencodedString(hostileText()) +
                                  "8:retry in5:nevere");
              }},
    Behaviour{"failure-huge",
              [](bool, const Context &) {
                  const QByteArray reason(HostileHttpReplies::kHugeFailureReasonSize, 'F');
                  return bencoded("d14:failure reason" + bencodedString(reason) + 'e');
              }},
    Behaviour{"warning-hostile",
              [](bool, const Context &) {
                  return bencoded("d8:completei1e10:incompletei0e8:intervali1800e"
                                  "5:peers0:15:warning message" +
                                  bencodedString(hostileText()) + 'e');
              }},
    // Absurd numbers.
    Behaviour{"interval-negative",
              [](bool, const Context &) {
                  return bencoded(announceWith("5:peers0:", "i-30e"));
              }},
    Behaviour{"interval-zero",
              [](bool, const Context &) {
                  return bencoded(announceWith("5:peers0:", "i0e"));
              }},
    Behaviour{"interval-huge",
              [](bool, const Context &) {
                  return bencoded(announceWith("5:peers0:", "i9223372036854775807e"));
              }},
    Behaviour{"interval-string",
              [](bool, const Context &) {
                  return bencoded(announceWith("5:peers0:", "4:1800"));
              }},
    Behaviour{"counts-negative",
              [](bool, const Context &) {
                  return bencoded("d8:completei-5e10:incompletei-9223372036854775808e"
                                  "8:intervali1800e5:peers0:e");
              }},
    // Peers.
    Behaviour{"peers-huge",
              [](bool, const Context &) {
                  QByteArray peers;
                  peers.reserve(qsizetype(HostileHttpReplies::kHugeCompactPeerCount) * 6);
                  for (int index = 0; index < HostileHttpReplies::kHugeCompactPeerCount; ++index)
                      peers += compactPeer(10, quint8(index >> 16), quint8(index >> 8),
                                           quint8(index), 6881);
                  return bencoded(announceWith("5:peers" + bencodedString(peers)));
              }},
    Behaviour{"peers-claimed",
              [](bool, const Context &) {
                  // Ten million peers announced by the string length, 600 bytes delivered.
                  return bencoded("d8:intervali1800e5:peers60000000:" + QByteArray(600, '\x01'));
              }},
    Behaviour{"peers-bogus",
              [](bool, const Context &) {
                  const QByteArray peers = compactPeer(0, 0, 0, 0, 0) +
                                           compactPeer(255, 255, 255, 255, 0) +
                                           compactPeer(192, 0, 2, 7, 6881) + "\x01\x02\x03";
                  return bencoded(announceWith("5:peers" + bencodedString(peers)));
              }},
    Behaviour{"peers-dict-bogus",
              [](bool, const Context &) {
                  return bencoded(announceWith("5:peersl"
                                               "d2:ip11:999.1.1.1114:porti6881ee"
                                               "d2:ip9:localhost4:porti6881ee"
                                               "d2:ipi5e4:porti6881ee"
                                               "d2:ip9:192.0.2.84:porti-1ee"
                                               "d2:ip9:192.0.2.94:porti70000ee"
                                               "d2:ip10:192.0.2.104:port4:6881e"
                                               "i42e"
                                               "d2:ip10:192.0.2.114:porti6881ee"
                                               "e"));
              }},
    Behaviour{"peers-wrong-type",
              [](bool, const Context &) {
                  return bencoded(announceWith("5:peersi42e"));
              }},
};

} // namespace

QList<QByteArray> HostileHttpReplies::behaviours()
{
    QList<QByteArray> names{"valid"};
    for (const Behaviour &behaviour : kBehaviours)
        names.append(behaviour.name);
    names += {"truncated-body",
              "length-shorter",
              "oversized-length",
              "oversized-chunked",
              "oversized-no-length",
              "gzip-bomb",
              "endless-headers",
              "drip",
              "drip-headers",
              "silence",
              "close-at-once",
              "not-http",
              "bad-chunk",
              "redirect-loop",
              "redirect-closed-port",
              "redirect-scheme",
              "redirect-no-location",
              "redirect-to-http",
              "bad-status-line",
              "negative-length"};
    return names;
}

QByteArray HostileHttpReplies::validReply(bool isScrape, const Context &context)
{
    if (isScrape) {
        return "d5:filesd" + bencodedString(context.infoHash) +
               "d8:completei1e10:downloadedi3e10:incompletei2eeee";
    }
    return announceWith("5:peers" + bencodedString(compactPeer(192, 0, 2, 1, 6881)));
}

HostileHttpPlan HostileHttpReplies::planFor(QByteArrayView behaviour, bool isScrape,
                                            const Context &context)
{
    if (behaviour == "valid")
        return bencoded(validReply(isScrape, context));
    for (const Behaviour &entry : kBehaviours) {
        if (behaviour == entry.name)
            return entry.make(isScrape, context);
    }
    if (behaviour.startsWith("redirect-"))
        return redirectPlan(behaviour, context);
    return transportPlan(behaviour, context);
}

HostileHttpPlan HostileHttpReplies::transportPlan(QByteArrayView behaviour, const Context &context)
{
    const QByteArray valid = validReply(false, context);
    const QByteArray okPlain = statusLine(200, "OK") + "Content-Type: text/plain\r\n";
    const QByteArray offered = "d8:intervali1800e5:peers" + number(kOfferedBodySize) + ':';
    HostileHttpPlan result;
    if (behaviour == "truncated-body") {
        result.head = okPlain + "Content-Length: 400\r\n\r\n" + valid.left(40);
    } else if (behaviour == "length-shorter") {
        result.head = okPlain + "Content-Length: 10\r\n\r\n" + valid;
    } else if (behaviour == "oversized-length") {
        result = plan(okPlain + "Content-Length: " + number(kOfferedBodySize + offered.size()) +
                          "\r\n\r\n" + offered,
                      Filler::Raw, kOfferedBodySize);
    } else if (behaviour == "oversized-chunked") {
        result =
            plan(okPlain + "Transfer-Encoding: chunked\r\n\r\n", Filler::Chunked, kOfferedBodySize);
    } else if (behaviour == "oversized-no-length") {
        result =
            plan(okPlain + "Connection: close\r\n\r\n" + offered, Filler::Raw, kOfferedBodySize);
    } else if (behaviour == "gzip-bomb") {
        result = plan(okPlain + "Content-Encoding: gzip\r\nConnection: close\r\n\r\n", Filler::Gzip,
                      kGzipBombSize);
    } else if (behaviour == "endless-headers") {
        result = plan(okPlain, Filler::Headers, kOfferedBodySize);
    } else if (behaviour == "drip") {
        result.head = okPlain + "Content-Length: " + number(valid.size()) + "\r\n\r\n";
        result.dripped = valid;
    } else if (behaviour == "drip-headers") {
        result.dripped = okPlain + "Content-Length: " + number(valid.size()) + "\r\n\r\n" + valid;
    } else if (behaviour == "silence") {
        result.silent = true;
    } else if (behaviour == "close-at-once") {
        result.closeAfter = true;
    } else if (behaviour == "not-http") {
        result.head = "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n\x00\x00\x05\xdc\x07\x14garbage";
    } else if (behaviour == "bad-status-line") {
        result.head = "HTTP/1.1 two-hundred OK\r\nContent-Length: 11\r\n\r\nd5:peers0:e";
    } else if (behaviour == "negative-length") {
        result.head = okPlain + "Content-Length: -5\r\n\r\n" + valid;
    } else if (behaviour == "bad-chunk") {
        result.head = okPlain + "Transfer-Encoding: chunked\r\n\r\nzz-not-a-size\r\n" + valid;
    } else {
        result.head = response(404, "Not Found", "no such hostile behaviour\n");
    }
    return result;
}

HostileHttpPlan HostileHttpReplies::redirectPlan(QByteArrayView behaviour, const Context &context)
{
    QByteArray location;
    if (behaviour == "redirect-loop") {
        const int hop = QByteArray(context.rawQuery).split('&').size(); // changes every hop
        location = "/redirect-loop/announce?" + context.rawQuery + "&hop=" + number(hop);
    } else if (behaviour == "redirect-closed-port") {
        location = "http://127.0.0.1:" + number(context.closedPort) + "/announce";
    } else if (behaviour == "redirect-to-http") {
        location = "http://127.0.0.1:" + number(context.plainHttpPort) + "/valid/announce?" +
                   context.rawQuery;
    } else if (behaviour == "redirect-scheme") {
        location = "file:///etc/passwd";
    }
    const QByteArray header = location.isEmpty() ? QByteArray() : "Location: " + location + "\r\n";
    return plan(response(302, "Found", "moved\n", "text/plain", header));
}
