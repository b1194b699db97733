#include "errortext.h"
#include "tracker/http/httpscrapereplyparser.h"

#include <QTest>

class TestHttpScrapeReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesInRequestOrderMissingMarked();
    void outcome_data();
    void outcome();
    void refusalMessageQuotesTheTracker();
    void unmanglesUtf8Keys();
    void ignoresUnrequestedAndBadEntries();
};

namespace {

const QByteArray kFirst(20, '\x01');
const QByteArray kSecond = QByteArray::fromHex("ff00c3aa8090a0b0c0d0e0f0010203040506078f");
const QByteArray kThird(20, 'z');

QByteArray key(const QByteArray &infoHash)
{
    return QByteArray::number(infoHash.size()) + ':' + infoHash;
}

} // namespace

void TestHttpScrapeReplyParser::entriesInRequestOrderMissingMarked()
{
    const QByteArray body = "d5:filesd" + key(kFirst) +
                            "d8:completei5e10:downloadedi50e10:incompletei10ee" + key(kThird) +
                            "d8:completei0e11:downloadersi2e10:downloadedi0e10:incompletei3eee" +
                            "5:flagsd20:min_request_intervali900eee";
    const auto reply = HttpScrapeReplyParser::parse(body, {kThird, kSecond, kFirst});
    QVERIFY2(reply, qPrintable(errorText(reply)));
    QVERIFY(!reply->failureReason);
    QCOMPARE(reply->entries.size(), 3);
    QCOMPARE(reply->entries.at(0).infoHash, kThird);
    QVERIFY(reply->entries.at(0).present);
    QCOMPARE(reply->entries.at(0).seeders, 0);
    QCOMPARE(reply->entries.at(0).leechers, 3);
    QCOMPARE(reply->entries.at(0).downloaders, 2);
    QCOMPARE(reply->entries.at(1).infoHash, kSecond);
    QVERIFY(!reply->entries.at(1).present);
    QCOMPARE(reply->entries.at(1).seeders, -1); // missing, never zero
    QCOMPARE(reply->entries.at(1).completed, -1);
    QCOMPARE(reply->entries.at(2).seeders, 5);
    QCOMPARE(reply->entries.at(2).completed, 50);
    QCOMPARE(reply->entries.at(2).leechers, 10);
    QCOMPARE(reply->entries.at(2).downloaders, -1);
    QCOMPARE(reply->answeredCount, 2);
    QCOMPARE(reply->minRequestInterval, 900);
}

void TestHttpScrapeReplyParser::outcome_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isReply");
    QTest::addColumn<QString>("messagePart"); // of the error, or the failure reason
    QTest::newRow("empty files") << QByteArray("d5:filesdee") << true << QString();
    QTest::newRow("failure") << QByteArray("d14:failure reason9:no scrapee") << true
                             << QStringLiteral("no scrape");
    QTest::newRow("html") << QByteArray("<html><body><p>Scrape disabled</p></body></html>") << false
                          << QStringLiteral("Scrape disabled");
    QTest::newRow("no files") << QByteArray("d5:flagsdee") << false
                              << QStringLiteral("no \"files\"");
    QTest::newRow("files list") << QByteArray("d5:filesleee") << false
                                << QStringLiteral("no \"files\"");
    QTest::newRow("integer root") << QByteArray("i5e") << false
                                  << QStringLiteral("not a dictionary");
}

void TestHttpScrapeReplyParser::outcome()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isReply);
    QFETCH(QString, messagePart);
    const auto reply = HttpScrapeReplyParser::parse(body, {kFirst});
    QCOMPARE(reply.hasValue(), isReply);
    if (!isReply) {
        QCOMPARE(reply.error().kind(), Error::Kind::Malformed);
        QVERIFY2(reply.error().message().contains(messagePart), qPrintable(errorText(reply)));
        return;
    }
    QCOMPARE(reply->failureReason.has_value(), !messagePart.isEmpty());
    QCOMPARE(reply->failureReason.value_or(QString()), messagePart);
    QCOMPARE(reply->entries.size(), 1);
    QVERIFY(!reply->entries.constFirst().present);
}

void TestHttpScrapeReplyParser::refusalMessageQuotesTheTracker()
{
    QCOMPARE(HttpScrapeReplyParser::refusalMessage(QStringLiteral("no scrape")),
             QStringLiteral("The tracker refused the scrape: no scrape"));
}

void TestHttpScrapeReplyParser::unmanglesUtf8Keys()
{
    // bittorrent-tracker (npm) writes each byte as a Latin-1 character in UTF-8.
    const QByteArray mangled = QString::fromLatin1(kSecond).toUtf8();
    QVERIFY(mangled.size() > 20);
    QCOMPARE(HttpScrapeReplyParser::unmangleUtf8InfoHash(mangled), kSecond);
    QCOMPARE(HttpScrapeReplyParser::unmangleUtf8InfoHash("short"), QByteArray());
    const auto reply = HttpScrapeReplyParser::parse(
        "d5:filesd" + key(mangled) + "d8:completei1e10:downloadedi1e10:incompletei0eeee",
        {kSecond});
    QVERIFY(reply->entries.constFirst().present);
    QCOMPARE(reply->entries.constFirst().seeders, 1);
    QVERIFY(reply->notes.join(u' ').contains(QLatin1String("UTF-8")));
}

void TestHttpScrapeReplyParser::ignoresUnrequestedAndBadEntries()
{
    const QByteArray body =
        "d5:filesd" + key(kFirst) + "i5e" + key(kThird) + "d8:completei1eee" + "e";
    const auto reply = HttpScrapeReplyParser::parse(body, {kFirst});
    QVERIFY2(reply, qPrintable(errorText(reply)));
    QVERIFY(!reply->entries.constFirst().present); // an integer is no entry
    QCOMPARE(reply->answeredCount, 0);
    QCOMPARE(reply->unrequestedCount, 1);
}

QTEST_GUILESS_MAIN(TestHttpScrapeReplyParser)
#include "tst_httpscrapereplyparser.moc"
