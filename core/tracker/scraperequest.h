#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QUrl>

// One scrape of several torrents at one tracker; the client splits it into batches as needed.
struct ScrapeRequest
{
    QUrl trackerUrl;              // the announce URL; the client derives the scrape URL (BEP 48)
    QList<QByteArray> infoHashes; // 20 bytes each
    QHostAddress endpointAddress;
    bool ignoreCertificateErrors = false;
};
