<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddTrackersDialog</name>
    <message>
        <source>Double-click a line to show it in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Trackers</source>
        <translation>Tracker hinzufügen</translation>
    </message>
    <message>
        <source>Paste or type tracker URLs, one per line. A blank line starts a new tier; lines starting with # are comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line has an error and will be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines have errors and will be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (skipped): %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Tracker List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line has an error: correct or delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines have errors: correct or delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to another tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torrent&apos;s trackers, one per line; a blank line separates tiers. OK replaces the list: trackers you delete are sent “stopped” and removed, new ones are contacted, the others keep their history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressScope</name>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished">privat</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared (carrier-grade NAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnounceOptionParser</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--event none|started|completed|stopped|paused] [--uploaded N]
         [--downloaded N] [--left N] [--peer-id ID] [--key HEX] [--no-compact]
         [--ip ADDRESS] [--param NAME=VALUE]... [--user-agent TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnounceOverrideText</name>
    <message>
        <source>unknown event &quot;%1&quot;: use none, started, completed, stopped or paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of bytes from 0 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an even number of hex digits, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer id is %1 bytes long; it must be 20 bytes (as text, or 40 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key must be up to 8 hex digits (32 bits), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ip must be an IPv4 or IPv6 address or a host name, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter is written name=value, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user agent must be printable text on one line, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnounceOverrides</name>
    <message>
        <source>User-Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnounceRequests</name>
    <message>
        <source>%1 trackers are not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnounceWithDialog</name>
    <message>
        <source>Announce With</source>
        <translation>Ankündigen mit</translation>
    </message>
    <message>
        <source>One announce with the values you set, sent at once and logged like any other. Empty fields keep what would be sent anyway; the regular announces go on as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Announce</source>
        <translation>&amp;Ankündigen</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>wie üblich</translation>
    </message>
    <message>
        <source>As the schedule would send</source>
        <translation>Wie der Zeitplan es senden würde</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Uploaded:</source>
        <translation>&amp;Hochgeladen:</translation>
    </message>
    <message>
        <source>&amp;Downloaded:</source>
        <translation>&amp;Heruntergeladen:</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Verbleibend:</translation>
    </message>
    <message>
        <source>&amp;Numwant:</source>
        <translation>&amp;Numwant:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Peer &amp;ID:</source>
        <translation>Peer-&amp;ID:</translation>
    </message>
    <message>
        <source>a prefix or 20 bytes; 40 hex digits or hex:…</source>
        <translation>ein Präfix oder 20 Bytes; 40 Hex-Ziffern oder hex:…</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>up to 8 hex digits</source>
        <translation>bis zu 8 Hex-Ziffern</translation>
    </message>
    <message>
        <source>As usual (on)</source>
        <translation>Wie üblich (an)</translation>
    </message>
    <message>
        <source>On: compact=1</source>
        <translation>An: compact=1</translation>
    </message>
    <message>
        <source>Off: compact=0 (peer ids, where the tracker gives them)</source>
        <translation>Aus: compact=0 (Peer-IDs, wo der Tracker sie liefert)</translation>
    </message>
    <message>
        <source>&amp;Compact:</source>
        <translation>&amp;Compact:</translation>
    </message>
    <message>
        <source>I&amp;P:</source>
        <translation>I&amp;P:</translation>
    </message>
    <message>
        <source>an address or host name</source>
        <translation>eine Adresse oder ein Hostname</translation>
    </message>
    <message>
        <source>User-&amp;Agent:</source>
        <translation>User-&amp;Agent:</translation>
    </message>
    <message>
        <source>name=value, one a line</source>
        <translation>name=wert, einer je Zeile</translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation>&amp;Zusätzliche Parameter:</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent:</source>
        <translation>Nicht gesendet:</translation>
    </message>
</context>
<context>
    <name>BencodeDecoder</name>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is %1 bytes, more than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input inside a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input inside a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dictionary key has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string as dictionary key, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate dictionary key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dictionary key &quot;%1&quot; is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer does not fit in 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input inside an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit in integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;e&apos; after integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer has leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer is negative zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string length does not fit in 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input inside a string length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after string length, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string length has leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string of %1 bytes runs past the end of the input (%2 bytes left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more warnings not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trailing data after the end of the value (%n bytes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nesting deeper than %n levels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n values</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BencodeIssue</name>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckAll</name>
    <message>
        <source>Check All: %1 of %2 announce and scrape now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the safety floor (the last in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a port number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--numwant needs a number (-1 for the tracker&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished">unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>tracker-inspector: check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracker-inspector: %1: %2</source>
        <translation type="unfinished">tracker-inspector: %1: %2</translation>
    </message>
    <message>
        <source>tracker-inspector: %1: no trackers to check (add some with --tracker or --trackers-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracker-inspector: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scrape-only sends no announce: leave out the announce options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is table, json, csv or list, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--info-hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--family is ipv4, ipv6 or both, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tracker-inspector check [FILE|MAGNET|DIRECTORY]...
         [--format table|json|csv|list] [--json|--csv] [--timeout SEC]
         [--tracker URL]... [--trackers-file FILE] [--info-hash HEX]
         [--working-only] [--family ipv4|ipv6|both] [--scrape-only] [--keep]
         [--port N] [--numwant N] [--concurrency N] [--allow-private-redirects]
         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no torrent, magnet link or tracker list given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--info-hash is for a tracker list, checked without FILE|MAGNET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracker-inspector: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInputs</name>
    <message>
        <source>%1: the directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no .torrent files in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Torrent: %1
</source>
        <translation>Torrent: %1
</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Info hash v1: %1
</source>
        <translation>Info-Hash v1: %1
</translation>
    </message>
    <message>
        <source>Info hash v2: %1
</source>
        <translation>Info-Hash v2: %1
</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Seeders</source>
        <translation>Seeder</translation>
    </message>
    <message>
        <source>Leechers</source>
        <translation>Leecher</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>%1 of %2 trackers working, %3 unique peers, %4 ms.</source>
        <translation>%1 von %2 Trackern funktionieren, %3 verschiedene Peers, %4 ms.</translation>
    </message>
    <message>
        <source>also listed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker list: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Familie</translation>
    </message>
</context>
<context>
    <name>CollectionCheckReport</name>
    <message>
        <source>%1 torrents: %2 of %3 trackers working; %4 of %5 tracker URLs work on at least one torrent; %6 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionTrackerRemoval</name>
    <message>
        <source>1 tracker</source>
        <translation type="unfinished">1 Tracker</translation>
    </message>
    <message>
        <source>%1 trackers</source>
        <translation type="unfinished">%1 Tracker</translation>
    </message>
    <message>
        <source>1 torrent</source>
        <translation type="unfinished">1 Torrent</translation>
    </message>
    <message>
        <source>%1 torrents</source>
        <translation type="unfinished">%1 Torrents</translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left without trackers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>tracker-inspector: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tracker-inspector [--new-instance] [--screenshot PATH] [FILE|MAGNET]...
       tracker-inspector info FILE|MAGNET [--json]
       tracker-inspector check [FILE|MAGNET|DIRECTORY]...
             [--format table|json|csv|list] [--json|--csv] [--timeout SEC]
             [--tracker URL]... [--trackers-file FILE] [--info-hash HEX]
             [--working-only] [--family ipv4|ipv6|both] [--scrape-only] [--keep]
             [--port N] [--numwant N] [--concurrency N] [--allow-private-redirects]
             [ANNOUNCE OPTIONS]
       tracker-inspector --help | --version

Without a command, opens the window with the given torrents and magnet links.
When a window is open already, they are opened there instead; --new-instance
opens a window of its own.
--screenshot PATH loads them, saves the window as a PNG image and quits (works
without a display with QT_QPA_PLATFORM=offscreen).

Commands:
  info   Print what a .torrent file or magnet link holds: name, hashes, size,
         files, trackers by tier, and warnings. --json prints one JSON object.
  check  Contact every tracker at once: announce (started), scrape, then stopped
         unless --keep (--scrape-only: scrape alone), and report each tracker&apos;s
         status, counts, latency, IPv4/IPv6, aliases, peers and findings.
         --timeout SEC per request (default 10). --tracker and --trackers-file
         (one URL a line, blank lines between tiers) add trackers. Several
         torrents and directories (every .torrent directly inside) are checked in
         one round. Without FILE|MAGNET, the trackers given are checked as a
         tracker list, with a random info hash or --info-hash HEX (40 or 64
         digits). --working-only reports the working trackers only. --format
         json|csv (or --json / --csv) prints machine-readable output; --format list
         the working trackers, one URL a line, best first (--family ipv4|ipv6
         keeps those working over that family).
         Exit status 0 when at least one tracker works, 1 when none does.
         A redirect from a public tracker to a private, loopback or link-local
         address is refused unless --allow-private-redirects.
         Announce options send each tracker exactly one announce with the values
         given (and scrape it), with no stopped after it: --event none|started|
         completed|stopped|paused, --uploaded N, --downloaded N, --left N,
         --peer-id ID (20 bytes as text, or 40 hex digits), --key HEX (up to 8
         digits), --no-compact, --ip ADDRESS, --param NAME=VALUE (repeatable,
         percent-encoded when sent), --user-agent TEXT. What a protocol cannot
         carry is said on stderr. A bad value exits with status 2.

Exit status: 0 success, 2 bad input or usage.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompactPeerList</name>
    <message numerus="yes">
        <source>The compact peer list is %1 bytes long, not a multiple of %2: its last %n byte(s) (%3) make no whole entry and were left out; the complete entries were kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineSettingsStore</name>
    <message>
        <source>The peer id prefix may only hold printable ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user agent may only hold printable ASCII characters (no line breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The peer id prefix is longer than %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user agent is longer than %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineStatusLabel</name>
    <message>
        <source>1 request in flight</source>
        <translation>1 Anfrage unterwegs</translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation>%1 Anfragen unterwegs</translation>
    </message>
    <message>
        <source>idle until the next announce</source>
        <translation>untätig bis zur nächsten Ankündigung</translation>
    </message>
    <message>
        <source>requests queued</source>
        <translation>Anfragen in der Warteschlange</translation>
    </message>
    <message>
        <source>%1  ·  %2 of %3 trackers working  ·  %4  ·  %5</source>
        <translation>%1  ·  %2 von %3 Trackern funktionieren  ·  %4  ·  %5</translation>
    </message>
    <message>
        <source>1 torrent</source>
        <translation>1 Torrent</translation>
    </message>
    <message>
        <source>%1 torrents</source>
        <translation>%1 Torrents</translation>
    </message>
    <message>
        <source>1 unique peer</source>
        <translation>1 verschiedener Peer</translation>
    </message>
    <message>
        <source>%1 unique peers</source>
        <translation>%1 verschiedene Peers</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeLogModel</name>
    <message>
        <source>scrape</source>
        <translation>Scrape</translation>
    </message>
    <message>
        <source>announce</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>announce (%1)</source>
        <translation>Ankündigung (%1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torrent&apos;s v1 info hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torrent&apos;s v2 info hash, truncated to 20 bytes as trackers get it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host asked: the client cannot tell which of its addresses answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address that answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the torrent&apos;s info hashes the request was about: a hybrid torrent (BEP 52) is announced with both, each a swarm of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the exchange ended (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce (with its event) or scrape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address and port that answered, or that was asked when none did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From sending the request to the full reply; &quot;–&quot; when there was none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the exchange said of the tracker: working, a warning, or why it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply in short (peers, interval, counts) or the reason it failed. Select the row for the whole exchange below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>&amp;Hide passkeys and other secrets of tracker URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include each tracker&apos;s &amp;exchange log (requests, replies, timings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished">Bericht exportieren</translation>
    </message>
    <message>
        <source>The selected torrent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n open torrent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON holds everything; CSV holds one line per tracker (of the selected torrent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTreeModel</name>
    <message>
        <source>pad files only (alignment, never downloaded)</source>
        <translation>nur Fülldateien (Ausrichtung, werden nie heruntergeladen)</translation>
    </message>
    <message>
        <source>folder, %1</source>
        <translation>Ordner, %1</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>pad file (alignment, never downloaded)</source>
        <translation>Fülldatei (Ausrichtung, wird nie heruntergeladen)</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>ausführbar</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>symbolic link to %1</source>
        <translation>symbolische Verknüpfung auf %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>GuiArguments</name>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>--screenshot needs a file name (a PNG to write)</source>
        <translation>--screenshot braucht einen Dateinamen (ein zu schreibendes PNG)</translation>
    </message>
</context>
<context>
    <name>HistoryPlot</name>
    <message>
        <source>No announce yet</source>
        <translation>Noch keine Ankündigung</translation>
    </message>
    <message>
        <source>Peers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeders</source>
        <translation type="unfinished">Seeder</translation>
    </message>
    <message>
        <source>Leechers</source>
        <translation type="unfinished">Leecher</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished">Latenz</translation>
    </message>
    <message>
        <source>What the chart shows: one line per endpoint (address and hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
The announce failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
peers received: %3 · seeders: %4 · leechers: %5 · latency: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed announce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostLookups</name>
    <message>
        <source>no addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpAnnounceReplyParser</name>
    <message>
        <source>The reply is not bencode (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not bencode (%1); it reads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is bencode but not canonical: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is bencode but not a dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker refused the announce: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker&apos;s &quot;retry in&quot; value is neither minutes nor &quot;never&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no usable &quot;interval&quot;; clients assume %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not a number of seconds; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has neither &quot;peers&quot; nor &quot;peers6&quot;, so it is not a valid announce reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer entries were dropped (over the cap of %1, port 0, or unreadable).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;peers&quot; is neither a string of compact peers nor a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;peers6&quot; is neither a string of compact peers nor a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty (HTTP 200 without a body), so not bencode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;external ip&quot; is %n bytes long, neither 4 nor 16; it is ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message numerus="yes">
        <source>The tracker redirected more than %n times; the last target was %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tracker redirected to %1, which is not an HTTP URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker redirected from HTTPS to plain HTTP (%1); that redirect was refused because it would send the announce unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing accepts connections on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection timed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker answered HTTP %1 instead of 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker answered HTTP %1 instead of 200: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1 within %2 ms (name look-up, TCP connect and TLS handshake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <comment>received of announced</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cut short after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker answered HTTP %1, a redirect without a Location header to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering in HTTP (nothing, or bytes that are not an HTTP response).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tracker announced a body of %1 bytes, over the limit of %n bytes; it was not downloaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply passed the limit of %n bytes; the download was stopped there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered something that is not valid HTTP (%n bytes of body read): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave no complete answer within %2 ms (%n bytes received).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tracker answered HTTP %1 instead of 200. Then its body failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpScrapeReplyParser</name>
    <message>
        <source>The scrape reply is not bencode (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scrape reply is not bencode (%1); it reads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scrape reply is bencode but not a dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker refused the scrape: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scrape reply has no &quot;files&quot; dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker wrote the info hashes of its reply as UTF-8 text (a bittorrent-tracker quirk); they were read back as bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reply has %n entries for torrents that were not asked for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpTrackerClient</name>
    <message>
        <source>Certificate errors were ignored for this tracker, as allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an HTTP or HTTPS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no torrent to scrape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker found the scrape URL too long (HTTP 414); batches were made smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This tracker takes at most %n info hashes per scrape request; later scrapes use that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The info hash is %n bytes long instead of 20.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The peer id is %n bytes long instead of 20.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An info hash is %n bytes long instead of 20.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>tracker-inspector: info: unknown option &quot;%1&quot;</source>
        <translation>tracker-inspector: info: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>usage: tracker-inspector info FILE|MAGNET [--json]</source>
        <translation>Aufruf: tracker-inspector info DATEI|MAGNET [--json]</translation>
    </message>
    <message>
        <source>tracker-inspector: %1: %2</source>
        <translation>tracker-inspector: %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Info hash v1</source>
        <translation>Info-Hash v1</translation>
    </message>
    <message>
        <source>Info hash v2</source>
        <translation>Info-Hash v2</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1 (and %2 pad files)</source>
        <translation>%1 (und %2 Fülldateien)</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Stücke</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 zu je %2</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Source tag</source>
        <translation>Quellkennung</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Web seeds</source>
        <translation>Web-Seeds</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Trackers: none (the torrent relies on DHT and peer exchange)</source>
        <translation>Tracker: keine (der Torrent verlässt sich auf DHT und Peer-Austausch)</translation>
    </message>
    <message>
        <source>Trackers: %1 in %2 tiers</source>
        <translation>Tracker: %1 in %2 Stufen</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>… and %1 more (--json lists them all)</source>
        <translation>… und %1 weitere (--json listet alle auf)</translation>
    </message>
    <message>
        <source>(symbolic link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(symbolic link to %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionEngine</name>
    <message>
        <source>Disabled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading these torrents</source>
        <translation>Laden dieser Torrents abbrechen</translation>
    </message>
    <message>
        <source>Loading %1… %2 %</source>
        <translation>%1 wird geladen… %2 %</translation>
    </message>
    <message>
        <source>Loading %1 torrents… %2 %</source>
        <translation>%1 Torrents werden geladen… %2 %</translation>
    </message>
</context>
<context>
    <name>MagnetDialog</name>
    <message>
        <source>Open Magnet Link</source>
        <translation>Magnet-Link öffnen</translation>
    </message>
    <message>
        <source>Paste one or more magnet links, one per line:</source>
        <translation>Einen oder mehrere Magnet-Links einfügen, einen pro Zeile:</translation>
    </message>
    <message>
        <source>Line %1 is not a magnet link (it should start with &quot;magnet:?&quot;): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1 and %2 are the same torrent; it opens once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MagnetLinkParser</name>
    <message>
        <source>magnet link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a magnet link: it does not start with &quot;magnet:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the magnet link has no BitTorrent info hash (xt=urn:btih:… or xt=urn:btmh:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the magnet link has a malformed percent escape in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exact length (xl) &quot;%1&quot; is not a size; it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the info hash &quot;%1&quot; in the magnet link is neither 40 hexadecimal nor 32 base32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the v2 info hash (urn:btmh) in the magnet link is not &quot;1220&quot; followed by 64 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exact topic &quot;%1&quot; is not a BitTorrent info hash; it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the magnet link has a second, different info hash &quot;%1&quot;; it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the magnet link is longer than %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the magnet link has more than %n parameters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opened %1 with %2.</source>
        <translation>%1 mit %2 geöffnet.</translation>
    </message>
    <message>
        <source>a warning</source>
        <translation>einer Warnung</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Magnet link copied.</source>
        <translation>Magnet-Link kopiert.</translation>
    </message>
    <message>
        <source>Open Torrent Files</source>
        <translation>Torrent-Dateien öffnen</translation>
    </message>
    <message>
        <source>Torrent files (*.torrent)</source>
        <translation>Torrent-Dateien (*.torrent)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no magnet link or torrent file.</source>
        <translation>Die Zwischenablage enthält weder einen Magnet-Link noch eine Torrent-Datei.</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>das Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Torrent File…</source>
        <translation>Torrent-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Magnet Link…</source>
        <translation>&amp;Magnet-Link öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close Torrent</source>
        <translation>Torrent &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Paste Magnet Link or File</source>
        <translation>Magnet-Link oder Datei &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Copy Magnet Link</source>
        <translation>Magnet-Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Trackers</source>
        <translation>&amp;Tracker</translation>
    </message>
    <message>
        <source>&amp;Add Trackers…</source>
        <translation>Tracker &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Tracker List…</source>
        <translation>Tracker-Liste &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Save a Copy with Current Trackers…</source>
        <translation>&amp;Kopie mit den aktuellen Trackern speichern…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ei&amp;nstellungen…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>JSON report (*.json);;CSV report (*.csv)</source>
        <translation>JSON-Bericht (*.json);;CSV-Bericht (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the report: %1</source>
        <translation>Der Bericht konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Save a Copy with Current Trackers</source>
        <translation>Kopie mit den aktuellen Trackern speichern</translation>
    </message>
    <message>
        <source>Magnet link (*.magnet *.txt)</source>
        <translation>Magnet-Link (*.magnet *.txt)</translation>
    </message>
    <message>
        <source>Could not save the copy: %1</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Kopie unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker list updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command-Line Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tracker Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tracker Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker Inspector %1

Announces to and scrapes every tracker of a torrent over HTTP(S), UDP and WebSocket, and shows what each one says.

MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete	in the torrent list: Close Torrent; in the tracker table: Remove Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading of %Ln torrents cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already open, with every tracker this one lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is already open. This one also lists %n tracker(s) it does not have: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n tracker(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trackers of %n torrent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report of %n torrent(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Report of %1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it holds no tracker URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Tracker &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check A&amp;ll Torrents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers Across T&amp;orrents…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MetainfoDetailsWidget</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info hash v1</source>
        <translation type="unfinished">Info-Hash v1</translation>
    </message>
    <message>
        <source>Info hash v2</source>
        <translation type="unfinished">Info-Hash v2</translation>
    </message>
    <message>
        <source>v2 hash sent to trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size</source>
        <translation type="unfinished">Gesamtgröße</translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished">Dateien</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished">Stücke</translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished">Privat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished">Erstellt mit</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished">Erstellt am</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished">Kommentar</translation>
    </message>
    <message>
        <source>Web seeds</source>
        <translation type="unfinished">Web-Seeds</translation>
    </message>
    <message>
        <source>Peer addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnet link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: peers come from this torrent&apos;s trackers only (no DHT, PEX or LSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished">1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished">%1 Dateien</translation>
    </message>
    <message>
        <source> (and %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pad file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pad files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetainfoFileListReader</name>
    <message>
        <source>file %1 of the file list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file list (&quot;files&quot;) is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the info dictionary has neither a file length nor a file list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path of %1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path of %1 holds something other than text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of %1 is negative (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of %1 is too large (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files add up to more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the torrent lists %1 files, more than the limit of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetainfoFileTreeReader</name>
    <message>
        <source>the file tree is not a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file tree has a file without a name at its top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file tree holds no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file tree entry %1 is not a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both a file and a folder in the file tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 in the file tree is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file entry of %1 is not a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as a pad file, which a file tree may not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no length in the file tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of %1 is negative (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of %1 is too large (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pieces root of %1 is not 32 bytes long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pieces root</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file tree holds more than %n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetainfoParser</name>
    <message>
        <source>the file is not valid bencode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no dictionary at its top, so it is not a torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the info dictionary is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the info entry is not a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty; the info hash is shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private flag is not a number; the torrent is treated as public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the torrent uses meta version %1, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the info dictionary has a file tree but no &quot;meta version&quot; 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the torrent is meta version 2 but has no file tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the piece length is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the piece length is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the piece length %1 is out of range (1 to %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the piece length %1 is not a power of two of at least 16 KiB, as v2 torrents need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the torrent has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the torrent holds no data: its files are all empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the v1 file list (%1 files) and the v2 file tree (%2 files) of this hybrid torrent disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the v1 file &quot;%1&quot; (%2 bytes) does not match the v2 file &quot;%3&quot; (%4 bytes) of this hybrid torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the v1 file &quot;%1&quot; does not start on a piece boundary, as the v2 part of this hybrid torrent needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the piece hashes (&quot;pieces&quot;) are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the piece hashes (&quot;pieces&quot;) are not a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the piece hashes take %1 bytes, which is not a multiple of 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the torrent has %1 piece hashes, but %2 bytes in pieces of %3 bytes need %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the piece layer of &quot;%1&quot; takes %2 bytes instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creation date is not a valid time; it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the v2 piece layers of %n files are missing: the data of those files cannot be verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetainfoPathChecker</name>
    <message>
        <source>an empty path element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; path element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path element containing a path separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path element with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path element containing a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path of %1 has %2, which could escape the torrent&apos;s folder when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is %1, which could escape the download folder when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more suspicious paths are not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path elements are not valid UTF-8 and are shown with replacement characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetainfoText</name>
    <message>
        <source>(unnamed torrent)</source>
        <translation>(Torrent ohne Namen)</translation>
    </message>
    <message>
        <source>(unnamed) %1</source>
        <translation>(ohne Namen) %1</translation>
    </message>
    <message>
        <source>v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid v1 + v2</source>
        <translation>hybrid v1 + v2</translation>
    </message>
    <message>
        <source>magnet link (no metadata yet)</source>
        <translation>Magnet-Link (noch keine Metadaten)</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>no trackers</source>
        <translation>keine Tracker</translation>
    </message>
    <message>
        <source>1 tracker</source>
        <translation>1 Tracker</translation>
    </message>
    <message>
        <source>%1 trackers</source>
        <translation>%1 Tracker</translation>
    </message>
    <message>
        <source>1 tier</source>
        <translation>1 Stufe</translation>
    </message>
    <message>
        <source>%1 tiers</source>
        <translation>%1 Stufen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>, %1 unsupported</source>
        <translation>, %1 nicht unterstützt</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>tracker list, checked with an info hash of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetainfoTrackerReader</name>
    <message>
        <source>the tracker URL (&quot;announce&quot;) is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tracker list (&quot;announce-list&quot;) is not a list of tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tracker &quot;%1&quot; cannot be contacted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the tracker list has %n entries that are not URLs; they were skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first %n tracker URLs were read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more trackers cannot be contacted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated tracker URLs were left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerPanel</name>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Filter peers by address, client or tracker</source>
        <translation>Peers nach Adresse, Client oder Tracker filtern</translation>
    </message>
    <message>
        <source>Returned by:</source>
        <translation>Geliefert von:</translation>
    </message>
    <message>
        <source>Any tracker</source>
        <translation>Beliebiger Tracker</translation>
    </message>
    <message>
        <source>1 peer</source>
        <translation>1 Peer</translation>
    </message>
    <message>
        <source>%1 peers</source>
        <translation>%1 Peers</translation>
    </message>
    <message>
        <source>%1 of %2 peers</source>
        <translation>%1 von %2 Peers</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>Geliefert von</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Peer ID</source>
        <translation>Peer-ID</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingTrackerRequests</name>
    <message>
        <source>cancelled before any tracker address was contacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RedirectAddressGuard</name>
    <message>
        <source>The tracker redirected from a public address to a %1 one: %2 (%3). Refused, so that a tracker cannot send our requests into a local network; Settings → Network → “Follow redirects to private addresses” (or check --allow-private-redirects) allows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalPreviewDialog</name>
    <message>
        <source>These trackers are removed from these torrents. Where we had joined a tracker&apos;s swarm it is sent “stopped”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDecoder</name>
    <message>
        <source>%1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dictionary, %1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more values not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was longer than kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not bencode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished">%1 Bytes</translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leechers</source>
        <translation type="unfinished">Leecher</translation>
    </message>
    <message>
        <source>seeders</source>
        <translation type="unfinished">Seeder</translation>
    </message>
    <message>
        <source>peers</source>
        <translation type="unfinished">Peers</translation>
    </message>
    <message>
        <source>1 peer</source>
        <translation type="unfinished">1 Peer</translation>
    </message>
    <message>
        <source>%1 peers</source>
        <translation type="unfinished">%1 Peers</translation>
    </message>
    <message>
        <source>… %1 more bytes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a valid reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more not shown (over the limit, port 0 or no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-byte IPv4 peer entries over IPv6, where BEP 15 wants 18-byte entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torrents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 torrent</source>
        <translation type="unfinished">1 Torrent</translation>
    </message>
    <message>
        <source>%1 torrents</source>
        <translation type="unfinished">%1 Torrents</translation>
    </message>
    <message>
        <source>hash %1 of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compact, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished">1 Byte</translation>
    </message>
    <message>
        <source>dictionaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a tracker message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyLinter</name>
    <message numerus="yes">
        <source>%n malformed or foreign reply packet(s) were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;downloaded&quot; equals &quot;complete&quot; (%1): the tracker probably reports seeders, not completed downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval of %1 s is outside the usual %2–%3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no interval; clients fall back to 30 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no min interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker ignored compact=1 and sent a peer list of dictionaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker returned our own address as a peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) had port 0 or an unusable entry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) have private, loopback or link-local addresses.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tracker offers no scrape (BEP 48): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape &quot;downloaded&quot; equals &quot;complete&quot; (%1): the tracker probably reports seeders, not completed downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tracker is also listed as %1 (same address %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tracker returned %n peers although numwant was %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tracker sent %n peer entries where numwant asked for %1: far more than a client asks for, bytes both sides spend on peers the client will not use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The UDP reply is %1 bytes, more than an Ethernet MTU of %2 bytes: libtorrent-based clients (qBittorrent, Deluge) read at most %2 bytes of a UDP datagram and lose this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tracker sent %n peer(s) as host names (BEP 3 allows a DNS name as &quot;ip&quot;): they are listed as name:port, not resolved here; a client has to look each one up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestAndTimingsText</name>
    <message>
        <source>Request</source>
        <translation type="unfinished">Anfrage</translation>
    </message>
    <message>
        <source>sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished">Antwort</translation>
    </message>
    <message>
        <source>Timings (from the start of the request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection id reused (BEP 15 allows 60 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connect request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connect requests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (the packet&apos;s source address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL data (BEP 41)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished">1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished">%1 Bytes</translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept, cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gone past, as allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packets ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished">%1 ms</translation>
    </message>
    <message>
        <source>started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already open, reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunningInstanceLink</name>
    <message>
        <source>Cannot listen for other starts of Tracker Inspector on &quot;%1&quot;: %2</source>
        <translation>Auf „%1“ kann nicht auf weitere Starts von Tracker Inspector gewartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) too long to hand to the running window.</source>
        <translation>
            <numerusform>%n Quelle ist zu lang für die Übergabe an das laufende Fenster.</numerusform>
            <numerusform>%n Quellen sind zu lang für die Übergabe an das laufende Fenster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The running Tracker Inspector did not answer within %1 ms.</source>
        <translation>Der laufende Tracker Inspector hat nicht innerhalb von %1 ms geantwortet.</translation>
    </message>
    <message>
        <source>Could not hand the torrents to the running Tracker Inspector: %1</source>
        <translation>Die Torrents konnten nicht an den laufenden Tracker Inspector übergeben werden: %1</translation>
    </message>
    <message>
        <source>The running Tracker Inspector sent an answer that is not understood.</source>
        <translation>Der laufende Tracker Inspector hat eine unverständliche Antwort gesendet.</translation>
    </message>
    <message>
        <source>Another start of Tracker Inspector kept &quot;%1&quot; locked.</source>
        <translation>Ein anderer Start von Tracker Inspector hielt „%1“ gesperrt.</translation>
    </message>
</context>
<context>
    <name>ScrapeBatcher</name>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tracker at once (the whole picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like a client: one tier at a time (BEP 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact trackers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay: re-announce on each tracker&apos;s interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive: announce, then leave at once (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once: announce, no re-announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape only: never announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape when a torrent is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce private torrents to trackers I add (BEP 27 forbids it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval when a tracker gives none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never re-announce sooner than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after a failure, first wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each retry waits base + base × percent/100 × failures².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry wait growth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest retry wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on load and on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the 20-byte peer id, e.g. -TI0010- (BEP 20); the rest is random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer id prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port we announce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers wanted (numwant):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded (bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded (bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the torrent&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left (bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy (UDP trackers go direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify certificates; a bad one fails the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report bad certificates but carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS and WSS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded, downloaded and left must be whole numbers of bytes, from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest retry wait cannot be shorter than the first wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the proxy&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the proxy&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape at most every %1 seconds, or only on load and on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow redirects to private addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a tracker on the internet that redirects to a loopback, private or link-local address is refused, so that it cannot send requests into your network. A tracker that is itself in your network may always redirect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemHostResolver</name>
    <message>
        <source>the host name has no addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentDetailsPane</name>
    <message>
        <source>Show warnings</source>
        <translation>Warnungen anzeigen</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>A magnet link carries no file list: peers send it once the download starts.</source>
        <translation>Ein Magnet-Link enthält keine Dateiliste: Peers senden sie, sobald der Download beginnt.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Loaded with a warning: %1</source>
        <translation>Mit einer Warnung geladen: %1</translation>
    </message>
    <message>
        <source>Loaded with %1 warnings. The first: %2</source>
        <translation>Mit %1 Warnungen geladen. Die erste: %2</translation>
    </message>
</context>
<context>
    <name>TorrentFileReader</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a torrent file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2 bytes for a torrent file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file is larger than the limit of %n bytes for a torrent file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TorrentListModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>v1 info hash: %1</source>
        <translation>v1-Info-Hash: %1</translation>
    </message>
    <message>
        <source>v2 info hash: %1</source>
        <translation>v2-Info-Hash: %1</translation>
    </message>
    <message>
        <source>%1 while loading</source>
        <translation>%1 beim Laden</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Info hash</source>
        <translation>Info-Hash</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktionieren</translation>
    </message>
    <message>
        <source>Seeders</source>
        <translation>Seeder</translation>
    </message>
    <message>
        <source>Leechers</source>
        <translation>Leecher</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>tracker list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked without a torrent: each tracker is announced and scraped with the list&apos;s own info hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentSources</name>
    <message>
        <source>the magnet link “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the magnet link “%1…”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentTable</name>
    <message>
        <source>Disabled: the torrent is private and this tracker is not one of its own (BEP 27).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentWriter</name>
    <message>
        <source>the torrent cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a torrent: it has no info dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy would not keep the info dictionary unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original torrent file cannot be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original torrent file changed since it was opened (it no longer has the same info hash); open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the original torrent file is now larger than %n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerActions</name>
    <message>
        <source>&amp;Reannounce Selected</source>
        <translation>&amp;Ausgewählte erneut ankündigen</translation>
    </message>
    <message>
        <source>Reannounce &amp;All Trackers</source>
        <translation>A&amp;lle Tracker erneut ankündigen</translation>
    </message>
    <message>
        <source>&amp;Scrape Now</source>
        <translation>&amp;Scrape jetzt senden</translation>
    </message>
    <message>
        <source>Send &amp;Completed</source>
        <translation>&amp;Fertig (completed) senden</translation>
    </message>
    <message>
        <source>Send &amp;Paused</source>
        <translation>&amp;Pausiert (paused) senden</translation>
    </message>
    <message>
        <source>Send S&amp;topped</source>
        <translation>&amp;Gestoppt (stopped) senden</translation>
    </message>
    <message>
        <source>&amp;Disable / Enable</source>
        <translation>&amp;Deaktivieren / Aktivieren</translation>
    </message>
    <message>
        <source>Re&amp;move Tracker</source>
        <translation>Tracker &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove All &amp;Not Working…</source>
        <translation>Alle &amp;nicht funktionierenden entfernen…</translation>
    </message>
    <message>
        <source>Copy &amp;URLs</source>
        <translation>&amp;URLs kopieren</translation>
    </message>
    <message>
        <source>Private torrent</source>
        <translation>Privater Torrent</translation>
    </message>
    <message>
        <source>This torrent is private: its publisher allows only its own trackers. Announce it to %1 anyway?</source>
        <translation>Dieser Torrent ist privat: Sein Herausgeber erlaubt nur die eigenen Tracker. Trotzdem bei %1 ankündigen?</translation>
    </message>
    <message>
        <source>Remove trackers</source>
        <translation>Tracker entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 trackers that are not working (errors, time-outs and unreachable)?</source>
        <translation>Die %1 Tracker entfernen, die nicht funktionieren (Fehler, Zeitüberschreitungen und nicht erreichbare)?</translation>
    </message>
    <message>
        <source>Copy URLs with Pass&amp;keys Masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the URLs with passkeys, tokens and user names replaced by %1, for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go On Past Certificate &amp;Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the selected HTTPS and wss trackers: report certificate errors and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Go on talking to %n tracker(s) whose certificate cannot be trusted? Their certificate errors are still shown, but anyone between you and the tracker could read and change what it says.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n trackers. Undo with %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trackers put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next announce allowed in %n s: trackers are not asked more often than the safety floor (Settings).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tracker list changed since the removal: nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce &amp;With…</source>
        <translation>Ankündigen &amp;mit…</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message numerus="yes">
        <source>To %n trackers of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n announce(s) with your values sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerColumns</name>
    <message>
        <source>Tracker / endpoint</source>
        <translation type="unfinished">Tracker / Endpunkt</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">Stufe</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished">Protokoll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Meldung</translation>
    </message>
    <message>
        <source>Seeders</source>
        <translation type="unfinished">Seeder</translation>
    </message>
    <message>
        <source>Leechers</source>
        <translation type="unfinished">Leecher</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished">Heruntergeladen</translation>
    </message>
    <message>
        <source>Scrape S/L/D</source>
        <translation type="unfinished">Scrape S/L/H</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished">Peers</translation>
    </message>
    <message>
        <source>Unique peers</source>
        <translation type="unfinished">Verschiedene Peers</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished">Latenz</translation>
    </message>
    <message>
        <source>Last announce</source>
        <translation type="unfinished">Letzte Ankündigung</translation>
    </message>
    <message>
        <source>Next announce</source>
        <translation type="unfinished">Nächste Ankündigung</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished">Intervall</translation>
    </message>
    <message>
        <source>Min announce</source>
        <translation type="unfinished">Min. Intervall</translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished">Erfolge</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished">Fehlschläge</translation>
    </message>
    <message>
        <source>The tracker&apos;s URL; under it, each address it was reached at, with the info hash (v1 or v2) asked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier of the announce list (BEP 12), counted from 1. A client tries the trackers of a tier in turn and moves on to the next tier when all fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP, HTTPS, UDP (BEP 15) or WebSocket (WebTorrent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last exchange said of the tracker: working, a warning, or why it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker&apos;s own words (failure reason, warning message) or ours when it could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete and incomplete peers, as the last announce reply counted them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the torrent was downloaded completely, as the last announce reply said (few trackers say it there; the scrape usually does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scrape&apos;s seeders / leechers / downloaded: the tracker&apos;s counts for the whole swarm, asked without joining it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers this tracker has returned, without our own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those, the peers no other tracker returned: what the torrent would lose without this tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the last answered request took, from sending to the full reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the last announce ended (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next announce goes out: after the interval the tracker asked for, or a retry after a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval the tracker asked for between announces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The min interval (HTTP only): the tracker asks not to be announced to more often than this, even on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of this session&apos;s announces that the tracker answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announces that failed in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerCoverageModel</name>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works on all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails on all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works on %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting or disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished">Tracker</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Best latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerCoverageWindow</name>
    <message>
        <source>&amp;Check All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove This Tracker From &amp;All Torrents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove All &amp;Not-Working Trackers From All Torrents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers Across Torrents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce and scrape every tracker of every open torrent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 work on at least one, %4 fail on at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tracker URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tracker URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove From All Torrents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Not-Working Trackers From All Torrents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2. Undo with %3 in Trackers Across Torrents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers put back on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the removal, left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerDetailsWidget</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Request &amp;&amp; timings</source>
        <translation>Anfrage &amp;&amp; Zeiten</translation>
    </message>
    <message>
        <source>Select a tracker to see its exchanges.</source>
        <translation>Wählen Sie einen Tracker, um seinen Datenaustausch zu sehen.</translation>
    </message>
    <message>
        <source>No findings: nothing unusual in this tracker&apos;s replies.</source>
        <translation>Keine Befunde: nichts Ungewöhnliches in den Antworten dieses Trackers.</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerFamilyText</name>
    <message>
        <source>Over HTTP(S) and WebSocket the system picks a host name&apos;s address, so which family answered is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works over IPv4 and IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also listed as %1 (the same tracker).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerListDialog</name>
    <message>
        <source>Check Tracker List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste tracker URLs, one per line, or open a text file. Lines starting with # are comments; blank lines are allowed. The trackers are checked without a torrent, with the info hash below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Info hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced and scraped for every tracker of the list: 40 hexadecimal digits (v1) or 64 (v2). Random unless you set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tracker List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.list);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished">%1 konnte nicht geöffnet werden: %2. {1:?}</translation>
    </message>
    <message>
        <source>1 tracker to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trackers to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line cannot be used and is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines cannot be used and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line repeats an earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines repeat earlier ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker list (1 tracker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker list (%1 trackers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The info hash is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (skipped): %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerListDocument</name>
    <message>
        <source>an info hash is 40 hexadecimal digits (v1) or 64 (v2), not %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerListText</name>
    <message>
        <source>the torrent already lists this tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tracker</source>
        <translation type="unfinished">1 Tracker</translation>
    </message>
    <message>
        <source>%1 in 1 tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>more than %n trackers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trackers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n tiers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerPanel</name>
    <message>
        <source>Filter trackers by URL or message</source>
        <translation>Tracker nach URL oder Meldung filtern</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>TrackerRequest</name>
    <message>
        <source>a scrape needs at least one info hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every info hash must be 20 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the info hash and the peer id must be 20 bytes each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerRequestUrl</name>
    <message>
        <source>The announce URL has no &quot;announce&quot; in its last path segment, so the tracker offers no scrape URL (BEP 48).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announce URL is not valid, so it gives no scrape URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerSentences</name>
    <message>
        <source>Not contacted: disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted: this address cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for peers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked for peers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Got a list of %n peer(s) %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tracker warned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last announce %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(It last answered %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for more peers now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for more peers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scrape %1 gave no counts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seeder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leecher(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tracker had %1 and %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n time(s) in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerStateUpdater</name>
    <message>
        <source>The scrape reply does not list this torrent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, interval %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrape: %1 seeders, %2 leechers, %3 downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrape: this torrent is not in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>TrackerStatus</name>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Working, with a warning</source>
        <translation>Funktioniert, mit Warnung</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Tracker error</source>
        <translation>Tracker-Fehler</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>Ungültige Antwort</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Noch nicht kontaktiert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>TrackerTableModel</name>
    <message>
        <source>v1 hash</source>
        <translation>v1-Hash</translation>
    </message>
    <message>
        <source>v2 hash (truncated)</source>
        <translation>v2-Hash (gekürzt)</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Added by you, not listed in the torrent.</source>
        <translation>Von Ihnen hinzugefügt, nicht im Torrent enthalten.</translation>
    </message>
    <message>
        <source>Scrape: seeders / leechers / downloaded.</source>
        <translation>Scrape: Seeder / Leecher / heruntergeladen.</translation>
    </message>
    <message>
        <source>v2 hash: %1</source>
        <translation>v2-Hash: %1</translation>
    </message>
    <message>
        <source>Last %1, median %2</source>
        <translation>Zuletzt %1, Median %2</translation>
    </message>
    <message>
        <source>From the last announce reply; the Scrape column shows the scrape&apos;s figures.</source>
        <translation>Aus der letzten Ankündigungsantwort; die Spalte „Scrape“ zeigt die Zahlen des Scrapes.</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Letzter Erfolg: %1</translation>
    </message>
</context>
<context>
    <name>TrackerText</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not contacted or disabled</source>
        <translation>Nicht kontaktiert oder deaktiviert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>TrackerUrl</name>
    <message>
        <source>not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL has no scheme (expected http, https, udp, ws or wss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported protocol &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UDP tracker URL needs a port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpTrackerClient</name>
    <message>
        <source>%1 is not a udp:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UDP tracker URL needs a host and a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent: UDP trackers get no headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compact=0: UDP replies are always compact, without peer ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event=paused: BEP 15 has no code for it; sent as none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ip=%1: BEP 15 has room for an IPv4 address only; the tracker uses the packet&apos;s source address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters go only in BEP 41 URL data, which many UDP trackers ignore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpTrackerEndpoint</name>
    <message>
        <source>%1 is not the address of one host; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 answered the %2 request only with malformed replies (%n), the last: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a packet from %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker sent 6-byte IPv4 peer entries over IPv6, where BEP 15 asks for 18-byte entries; they were read as IPv4 peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tracker answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no reply from %1 to the %2 request after %n tries (%3 s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) ignored, the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announce</source>
        <translation type="unfinished">Ankündigung</translation>
    </message>
    <message>
        <source>scrape</source>
        <translation type="unfinished">Scrape</translation>
    </message>
    <message numerus="yes">
        <source>a packet larger than %n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UdpTrackerPacket</name>
    <message numerus="yes">
        <source>a packet of %n byte(s) is too short for a reply</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>transaction id %1 does not match the request&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply of action &quot;%1&quot; to the %2 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a connect reply of %n byte(s); it needs 16</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an announce reply of 8 bytes, without counts or peers (opentracker answers so for an info hash it does not serve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an announce reply of %1 bytes is shorter than the 20 bytes of its counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announce replies have no peer entries of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a scrape reply of %n bytes is not 8 + a multiple of 12</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a scrape reply with %n entries for %1 info hashes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UdpTrackerRequestReader</name>
    <message numerus="yes">
        <source>a request of %n byte(s) is shorter than its 16-byte header</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a BEP 41 option runs past the end of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>an announce request of %n bytes is shorter than its %1 bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the scrape request&apos;s %n bytes of hashes are not a multiple of 20</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UdpTrackerSocket</name>
    <message>
        <source>this machine cannot open an %1 UDP socket (%2), so %3 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine cannot reach %1 over %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: nothing listens on that UDP port (ICMP port unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebSocketTrackerClient</name>
    <message>
        <source>%1 is not a ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebSocket tracker URL needs a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker read the stopped announce (it answered the ping sent after it) but sent no reply; trackers need not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply to the stopped announce, and no pong to the ping after it, within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker closed the connection without answering the stopped announce; a WebSocket tracker drops a peer whose connection closes. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port: WebTorrent peers meet over WebRTC; the tracker takes no port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numwant: a WebTorrent tracker sends as many offers as we make, and we make none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: a WebTorrent announce has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compact: WebTorrent replies are JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ip: a WebTorrent tracker takes the connection&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters: a WebTorrent announce is a JSON message without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent: the connection is shared and keeps the settings&apos; one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebSocketTrackerConnection</name>
    <message>
        <source>%1 refused the WebSocket upgrade: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timed out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the WebSocket upgrade finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (close code %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebSocket upgrade was not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 within %2 ms from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sent a message larger than %n bytes; the connection was closed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebSocketTrackerExchange</name>
    <message>
        <source>Certificate errors were ignored for this tracker, as allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker&apos;s reply is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n WebRTC offers were relayed to us; none was answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebSocketTrackerMessage</name>
    <message>
        <source>&quot;%1&quot;%2 is not a count (%3); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;%2 is not text; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;%2 is not a 20-byte binary string; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;files&quot; is not a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;files&quot; entry is not a 20-byte info hash with a dictionary of counts; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tracker message: no action, info hash, files or failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tracker message: unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tracker message: the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebSocketTrackerReplyReader</name>
    <message>
        <source>Keys not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker refused the announce: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply carried no seeder or leecher counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply carried no interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker refused the scrape: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tracker left out %1 of %n torrents.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tracker added %n torrents we did not ask for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>See which trackers work</source>
        <translation>Sehen, welche Tracker funktionieren</translation>
    </message>
    <message>
        <source>Open a .torrent file or a magnet link to list its trackers by tier.
You can also drop files here, or paste a magnet link with %1.</source>
        <translation>Öffnen Sie eine .torrent-Datei oder einen Magnet-Link, um die Tracker nach Stufen aufzulisten.
Sie können Dateien auch hierher ziehen oder einen Magnet-Link mit %1 einfügen.</translation>
    </message>
    <message>
        <source>Open Torrent File…</source>
        <translation>Torrent-Datei öffnen…</translation>
    </message>
    <message>
        <source>Open Magnet Link…</source>
        <translation>Magnet-Link öffnen…</translation>
    </message>
</context>
<context>
    <name>WorkingTrackerActions</name>
    <message>
        <source>Save Working Trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Working Trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Wor&amp;king Trackers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working trackers, best first (lowest latency, then most peers), one URL a line. HTTP(S) trackers reached by host name are in IPv4-only or IPv6-only lists only when the family they answered over is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working IPv4 tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working IPv4 trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working IPv6 tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working IPv6 trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working trackers to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracker is known to work over %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – working trackers.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the working trackers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
