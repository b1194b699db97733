#pragma once

#include "tracker/announceidentity.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// How the engine contacts trackers. Every limit is here, with its default and unit.
struct EngineSettings
{
    // Continuous: join the swarm — started, then re-announce on the tracker's interval.
    // Passive: started, then stopped as soon as the reply comes: a look without staying.
    // SingleRound: started once and no re-announce, without stopped (check --keep).
    // ScrapeOnly: no announces at all.
    enum class ContactMode { Continuous, Passive, SingleRound, ScrapeOnly };

    ContactMode contactMode = ContactMode::Continuous;
    // false: every tracker of every tier at once (the whole picture). true: BEP 12 — one tier at a
    // time, the first tracker of a tier that answers is used and moves to the front.
    bool behaveLikeClient = false;
    // Requests in flight at once, across all torrents.
    int concurrencyLimit = 1024;
    // The engine gives up on a request after this long and records a timeout (ms).
    int requestTimeoutMs = 15'000;
    // The interval used when a tracker gives none (s; BEP 3 clients use 1800).
    int defaultIntervalSeconds = 1800;
    // Never re-announce sooner than this, whatever a tracker says (s).
    int safetyFloorSeconds = 30;
    // Back-off after failures, libtorrent's formula: base + base·(percent/100)·failures² (s),
    // capped.
    int backoffBaseSeconds = 5;
    int backoffPercent = 250;
    int backoffCapSeconds = 3600;
    // Periodic scrapes of every tracker (s); 0 scrapes only on load and on demand.
    int scrapeIntervalSeconds = 1800;
    bool scrapeOnLoad = true;
    // Peers kept per torrent; more are counted as dropped.
    int peerCapPerTorrent = 200'000;
    // Entries in each tracker's exchange log, and samples in its history.
    int exchangeLogCapacity = 64;
    int historyCapacity = 512;
    // Latencies kept for the median.
    int latencySampleCapacity = 64;
    // Private torrents (BEP 27): trackers the user added are disabled unless this is set.
    bool allowExtraTrackersOnPrivate = false;
    // How long `stopped` announces may take on removal or shutdown (ms).
    int stopWaitMs = 3000;
    // Changes are gathered and signalled at most this often (ms); 0 signals on the next loop turn.
    int changeSignalDelayMs = 100;
    AnnounceIdentity identity;

    // How tracker traffic reaches the network (applied by the application to its network access
    // manager and proxy factory). System: the system's proxy for HTTP and WebSocket, UDP direct.
    // Http: an HTTP CONNECT proxy; UDP cannot go through one and goes direct. Socks5: TCP, and UDP
    // where the proxy offers UDP ASSOCIATE.
    enum class ProxyMode { None, System, Http, Socks5 };
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost; // Http and Socks5
    quint16 proxyPort = 0;
    // Verify: a certificate that does not verify fails the exchange, with the reason.
    // ReportAndContinue: the exchange goes on (AnnounceRequest::ignoreCertificateErrors); the
    // errors are recorded with the exchange and shown, never ignored silently.
    enum class TlsPolicy { Verify, ReportAndContinue };
    TlsPolicy tlsPolicy = TlsPolicy::Verify;
    // false: an HTTP(S) tracker at a public address may not redirect to a loopback, private,
    // link-local, shared (100.64/10), unspecified or multicast address (a guard against trackers
    // making us send requests into the local network); a tracker that is itself local may.
    bool allowPrivateRedirects = false;
    // The User-Agent of HTTP and WebSocket requests; empty for the default one.
    QByteArray userAgent;
};
