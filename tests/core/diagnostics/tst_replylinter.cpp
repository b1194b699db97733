#include "diagnostics/replylinter.h"

#include <QTest>
#include <algorithm>

namespace {
AnnounceResult goodReply()
{
    AnnounceResult result;
    result.interval = 1800;
    result.minInterval = 900;
    result.seeders = 5;
    result.leechers = 2;
    result.downloaded = 17;
    result.compactPeers = true;
    result.exchange.peerAddress = QHostAddress(QStringLiteral("203.0.113.7"));
    result.peers = {TrackerPeer{QHostAddress(QStringLiteral("198.51.100.1")), 6881, {}}};
    return result;
}

QStringList codes(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings) {
        result.append(finding.code);
        if (finding.message.isEmpty())
            result.append(QStringLiteral("<no message>"));
    }
    return result;
}

ReplyLinter::AnnounceContext httpContext()
{
    ReplyLinter::AnnounceContext context;
    context.isHttp = true;
    context.numwant = 50;
    context.ourPort = 6881;
    context.ourPeerId = "-TI0010-abcdefghijkl";
    return context;
}
} // namespace

class TestReplyLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanReplyHasNoFindings()
    {
        QCOMPARE(codes(ReplyLinter::lintAnnounce(goodReply(), httpContext())), QStringList());
    }

    // Findings know each protocol's norms: UDP has no min interval field; WebTorrent's trackers
    // ask back every 2 minutes.
    void findingsKnowTheProtocolsNorms()
    {
        AnnounceResult result = goodReply();
        result.minInterval = -1;
        ReplyLinter::AnnounceContext udp = httpContext();
        udp.isHttp = false;
        QCOMPARE(codes(ReplyLinter::lintAnnounce(result, udp)), QStringList());
        QCOMPARE(codes(ReplyLinter::lintAnnounce(result, httpContext())),
                 QStringList{QStringLiteral("min_interval_missing")});
        ReplyLinter::AnnounceContext webSocket = udp;
        webSocket.isWebSocket = true;
        result.interval = 120;
        QCOMPARE(codes(ReplyLinter::lintAnnounce(result, webSocket)), QStringList());
        QCOMPARE(codes(ReplyLinter::lintAnnounce(result, udp)),
                 QStringList{QStringLiteral("interval_out_of_range")});
        result.interval = 30;
        QCOMPARE(codes(ReplyLinter::lintAnnounce(result, webSocket)),
                 QStringList{QStringLiteral("interval_out_of_range")});
    }

    void announceFindings_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("interval too short") << 0 << QStringLiteral("interval_out_of_range");
        QTest::newRow("interval too long") << 1 << QStringLiteral("interval_out_of_range");
        QTest::newRow("no min interval") << 2 << QStringLiteral("min_interval_missing");
        QTest::newRow("dictionary peers") << 3 << QStringLiteral("compact_ignored");
        QTest::newRow("too many peers") << 4 << QStringLiteral("numwant_ignored");
        QTest::newRow("own address") << 5 << QStringLiteral("own_address_returned");
        QTest::newRow("own peer id") << 6 << QStringLiteral("own_address_returned");
        QTest::newRow("port zero") << 7 << QStringLiteral("peer_port_zero");
        QTest::newRow("private peers") << 8 << QStringLiteral("non_routable_peers");
        QTest::newRow("downloaded == complete")
            << 9 << QStringLiteral("downloaded_equals_complete");
        QTest::newRow("malformed packets") << 10 << QStringLiteral("malformed_replies_ignored");
        QTest::newRow("no interval") << 11 << QStringLiteral("interval_missing");
        QTest::newRow("dropped entries") << 12 << QStringLiteral("peer_port_zero");
    }
    void announceFindings()
    {
        QFETCH(int, change);
        QFETCH(QString, code);
        AnnounceResult result = goodReply();
        ReplyLinter::AnnounceContext context = httpContext();
        switch (change) {
        case 0:
            result.interval = 60;
            break;
        case 1:
            result.interval = 86400;
            break;
        case 2:
            result.minInterval = -1;
            break;
        case 3:
            result.compactPeers = false;
            break;
        case 4:
            context.numwant = 0;
            break;
        case 5:
            result.externalIp = QHostAddress(QStringLiteral("198.51.100.1"));
            break;
        case 6:
            result.peers[0].peerId = context.ourPeerId;
            break;
        case 7:
            result.peers[0].port = 0;
            break;
        case 8:
            result.peers[0].address = QHostAddress(QStringLiteral("192.168.1.9"));
            break;
        case 9:
            result.downloaded = result.seeders;
            break;
        case 10:
            result.exchange.malformedRepliesIgnored = 2;
            break;
        case 11:
            result.interval = -1;
            break;
        case 12:
            result.peersDropped = 3;
            break;
        }
        const QStringList found = codes(ReplyLinter::lintAnnounce(result, context));
        QVERIFY2(found.contains(code), qPrintable(found.join(u',')));
        QVERIFY(!found.contains(QStringLiteral("<no message>")));
    }

    void localTrackerMayReturnLocalPeers()
    {
        AnnounceResult result = goodReply();
        result.exchange.peerAddress = QHostAddress(QHostAddress::LocalHost);
        result.peers[0].address = QHostAddress(QHostAddress::LocalHost);
        QVERIFY(!codes(ReplyLinter::lintAnnounce(result, httpContext()))
                     .contains(QStringLiteral("non_routable_peers")));
    }

    // BEP 3 peers given by name: kept, said in one finding, and no other rule (own address,
    // private addresses, unusable entries) mistakes them for something else.
    void peersGivenByHostName()
    {
        AnnounceResult result = goodReply();
        TrackerPeer named;
        named.hostName = QStringLiteral("peer.example.org");
        named.port = 6881; // our port, at an address we cannot know
        result.peers.append(named);
        result.peers.append(named);
        result.exchange.peerAddress = QHostAddress(QHostAddress::LocalHost);
        const QList<Finding> findings = ReplyLinter::lintAnnounce(result, httpContext());
        QCOMPARE(codes(findings), QStringList{QStringLiteral("peers_as_host_names")});
        QVERIFY2(findings[0].message.startsWith(
                     QStringLiteral("The tracker sent 2 peer(s) as host names")),
                 qPrintable(findings[0].message));
        QVERIFY(!ReplyLinter::isOwnPeer(named, result, httpContext()));
    }

    void strayPeerBytesAreNamed()
    {
        AnnounceResult result = goodReply();
        result.strayPeerBytes.append(StrayPeerBytes{QByteArray::fromHex("0a0b0c"), 18, 39});
        for (const bool isHttp : {true, false}) {
            ReplyLinter::AnnounceContext context = httpContext();
            context.isHttp = isHttp;
            const QList<Finding> findings = ReplyLinter::lintAnnounce(result, context);
            QCOMPARE(codes(findings), QStringList{QStringLiteral("peer_list_stray_bytes")});
            QCOMPARE(findings[0].message,
                     QStringLiteral("The compact peer list is 39 bytes long, not a multiple of 18: "
                                    "its last 3 byte(s) (0a 0b 0c) make no whole entry and were "
                                    "left out; the complete entries were kept."));
        }
    }

    // libtorrent reads 1,500 bytes of a UDP datagram; one byte more and it loses the reply.
    void udpReplyLargerThanAnMtu_data()
    {
        QTest::addColumn<int>("replySize");
        QTest::addColumn<bool>("isHttp");
        QTest::addColumn<bool>("found");
        QTest::newRow("UDP, 1500 bytes") << 1'500 << false << false;
        QTest::newRow("UDP, 1501 bytes") << 1'501 << false << true;
        QTest::newRow("UDP, 30020 bytes") << 30'020 << false << true;
        QTest::newRow("HTTP, 30020 bytes") << 30'020 << true << false;
    }
    void udpReplyLargerThanAnMtu()
    {
        QFETCH(int, replySize);
        QFETCH(bool, isHttp);
        QFETCH(bool, found);
        AnnounceResult result = goodReply();
        result.minInterval = -1;
        result.exchange.rawReply = QByteArray(replySize, '\0');
        ReplyLinter::AnnounceContext context = httpContext();
        context.isHttp = isHttp;
        const QList<Finding> findings = ReplyLinter::lintAnnounce(result, context);
        const auto mtu = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.code == QStringLiteral("udp_reply_over_mtu");
        });
        QCOMPARE(mtu != findings.cend(), found);
        if (found) {
            QVERIFY2(mtu->message.contains(QStringLiteral(
                         "libtorrent-based clients (qBittorrent, Deluge) read at most 1500 bytes "
                         "of a UDP datagram and lose this reply")),
                     qPrintable(mtu->message));
            QVERIFY(mtu->message.contains(QString::number(replySize)));
        }
    }

    // "Far" over numwant: more than twice as many and over 50 more (numwant is 50 here).
    void httpPeerListFarOverNumwant_data()
    {
        QTest::addColumn<int>("numwant");
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("dropped");
        QTest::addColumn<bool>("found");
        QTest::newRow("as asked") << 50 << 50 << 0 << false;
        QTest::newRow("twice") << 50 << 100 << 0 << false;
        QTest::newRow("twice and one") << 50 << 101 << 0 << true;
        QTest::newRow("over the cap counts") << 50 << 60 << 41 << true;
        QTest::newRow("small numwant, few more") << 5 << 40 << 0 << false;
        QTest::newRow("small numwant, many more") << 5 << 56 << 0 << true;
        QTest::newRow("tracker's default") << -1 << 5'000 << 0 << false;
    }
    void httpPeerListFarOverNumwant()
    {
        QFETCH(int, numwant);
        QFETCH(int, kept);
        QFETCH(int, dropped);
        QFETCH(bool, found);
        AnnounceResult result = goodReply();
        result.peers.clear();
        for (int index = 0; index < kept; ++index)
            result.peers.append({QHostAddress(quint32(0xc6336400 + index)), 6881, {}});
        result.peersDropped = dropped;
        ReplyLinter::AnnounceContext context = httpContext();
        context.numwant = numwant;
        const QStringList findingCodes = codes(ReplyLinter::lintAnnounce(result, context));
        QCOMPARE(findingCodes.contains(QStringLiteral("peer_list_far_over_numwant")), found);
        context.isHttp = false; // UDP has its own limit, the MTU
        QVERIFY(!codes(ReplyLinter::lintAnnounce(result, context))
                     .contains(QStringLiteral("peer_list_far_over_numwant")));
    }

    void udpIsNeverAskedForCompact()
    {
        AnnounceResult result = goodReply();
        result.compactPeers = false;
        ReplyLinter::AnnounceContext context = httpContext();
        context.isHttp = false;
        QVERIFY(ReplyLinter::lintAnnounce(result, context).isEmpty());
    }

    void failedReplyIsNotLinted()
    {
        AnnounceResult result;
        result.outcome = ExchangeOutcome::TrackerFailure;
        QVERIFY(ReplyLinter::lintAnnounce(result, httpContext()).isEmpty());
    }

    void scrapeFindings()
    {
        ScrapeResult unsupported;
        unsupported.outcome = ExchangeOutcome::Unsupported;
        unsupported.errorMessage = QStringLiteral("no announce in the path");
        QCOMPARE(codes(ReplyLinter::lintScrape(unsupported, true)),
                 QStringList{QStringLiteral("scrape_unsupported")});
        QVERIFY(ReplyLinter::lintScrape(unsupported, false).isEmpty());
        ScrapeResult quirky;
        quirky.entries.append(ScrapeEntry{QByteArray(20, 'a'), true, 4, 4, 1, -1});
        QCOMPARE(codes(ReplyLinter::lintScrape(quirky, true)),
                 QStringList{QStringLiteral("downloaded_equals_complete")});
    }

    void nonRoutable_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("nonRoutable");
        QTest::newRow("10/8") << QStringLiteral("10.1.2.3") << true;
        QTest::newRow("172.16/12") << QStringLiteral("172.20.0.1") << true;
        QTest::newRow("192.168/16") << QStringLiteral("192.168.0.1") << true;
        QTest::newRow("cgnat") << QStringLiteral("100.64.0.1") << true;
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("link local") << QStringLiteral("169.254.1.1") << true;
        QTest::newRow("v6 loopback") << QStringLiteral("::1") << true;
        QTest::newRow("v6 ula") << QStringLiteral("fd00::1") << true;
        QTest::newRow("public v4") << QStringLiteral("8.8.8.8") << false;
        QTest::newRow("public v6") << QStringLiteral("2a00:1450::1") << false;
    }
    void nonRoutable()
    {
        QFETCH(QString, address);
        QFETCH(bool, nonRoutable);
        QCOMPARE(ReplyLinter::isNonRoutable(QHostAddress(address)), nonRoutable);
    }
};

QTEST_GUILESS_MAIN(TestReplyLinter)
#include "tst_replylinter.moc"
