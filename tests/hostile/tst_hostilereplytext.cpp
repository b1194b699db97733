// Regression tests for what the hostile trackers found in the HTTP reply handling: a tracker's
// own words are shown as one line of bounded plain text, an empty reply says so, and broken
// bencode is not quoted back as if it were a message.
#include "tracker/http/httpannouncereplyparser.h"
#include "tracker/http/httpscrapereplyparser.h"
#include "tracker/trackermessagetext.h"

#include <QTest>

class TestHostileReplyText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trackerText_data();
    void trackerText();
    void longTextIsCapped();
    void failureReasonIsPlainText();
    void warningMessageIsPlainText();
    void scrapeFailureReasonIsPlainText();
    void emptyReplySaysSo();
    void brokenBencodeIsNotQuoted();
};

namespace {

QByteArray bencodedString(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size()) + ':' + bytes;
}

const char kHostileText[] = "<b>Banned</b>\x1b[31m red\x07\r\nnext\tline\x00!\xe2\x80\xae"
                            "desrever";
const QByteArray kHostile(kHostileText, qsizetype(sizeof kHostileText) - 1);

} // namespace

void TestHostileReplyText::trackerText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QByteArray("Unregistered torrent") << u"Unregistered torrent"_qs;
    QTest::newRow("markup stays literal")
        << QByteArray("<script>x()</script>") << u"<script>x()</script>"_qs;
    QTest::newRow("escapes, bell, NUL, bidi dropped; breaks become spaces")
        << kHostile << u"<b>Banned</b>[31m red next line!desrever"_qs;
    QTest::newRow("only control characters") << QByteArray("\x1b\x07\r\n", 4) << QString();
    QTest::newRow("invalid UTF-8 replaced") << QByteArray("caf\xe9") << u"caf\ufffd"_qs;
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestHostileReplyText::trackerText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(TrackerMessageText::safe(bytes), text);
}

void TestHostileReplyText::longTextIsCapped()
{
    const QString text = TrackerMessageText::safe(QByteArray(1024 * 1024, 'F'));
    QCOMPARE(text.size(), TrackerMessageText::kMaxLength);
    QVERIFY(text.endsWith(u'…'));
    QCOMPARE(TrackerMessageText::safe(QByteArray(TrackerMessageText::kMaxLength, 'F')),
             QString(TrackerMessageText::kMaxLength, u'F'));
}

void TestHostileReplyText::failureReasonIsPlainText()
{
    AnnounceResult result;
    HttpAnnounceReplyParser::parse("d14:failure reason" + bencodedString(kHostile) + 'e', result);
    QCOMPARE(result.outcome, ExchangeOutcome::TrackerFailure);
    QCOMPARE(result.failureReason, u"<b>Banned</b>[31m red next line!desrever"_qs);
    QVERIFY(result.errorMessage.endsWith(result.failureReason));
    AnnounceResult huge;
    HttpAnnounceReplyParser::parse(
        "d14:failure reason" + bencodedString(QByteArray(1024 * 1024, 'F')) + 'e', huge);
    QCOMPARE(huge.failureReason.size(), TrackerMessageText::kMaxLength);
}

void TestHostileReplyText::warningMessageIsPlainText()
{
    AnnounceResult result;
    HttpAnnounceReplyParser::parse(
        "d8:intervali1800e5:peers0:15:warning message" + bencodedString(kHostile) + 'e', result);
    QCOMPARE(result.outcome, ExchangeOutcome::Success);
    QCOMPARE(result.warningMessage, u"<b>Banned</b>[31m red next line!desrever"_qs);
}

void TestHostileReplyText::scrapeFailureReasonIsPlainText()
{
    const Expected<HttpScrapeReplyParser::Reply> reply = HttpScrapeReplyParser::parse(
        "d14:failure reason" + bencodedString(kHostile) + 'e', {QByteArray(20, 'h')});
    QVERIFY(reply);
    QCOMPARE(reply->failureReason.value_or(QString()),
             u"<b>Banned</b>[31m red next line!desrever"_qs);
}

void TestHostileReplyText::emptyReplySaysSo()
{
    for (const QByteArray &body : {QByteArray(), QByteArray(" \r\n")}) {
        AnnounceResult result;
        HttpAnnounceReplyParser::parse(body, result);
        QCOMPARE(result.outcome, ExchangeOutcome::InvalidResponse);
        QVERIFY2(result.errorMessage.contains(u"empty"), qPrintable(result.errorMessage));
    }
}

void TestHostileReplyText::brokenBencodeIsNotQuoted()
{
    // Text from byte 0 is quoted; bencode that breaks later is described, not quoted.
    AnnounceResult text;
    HttpAnnounceReplyParser::parse("Tracker offline", text);
    QVERIFY2(text.errorMessage.contains(u"it reads: Tracker offline"),
             qPrintable(text.errorMessage));
    AnnounceResult broken;
    HttpAnnounceReplyParser::parse("d8:intervali1800e5:peers60000000:" + QByteArray(600, 'x'),
                                   broken);
    QCOMPARE(broken.outcome, ExchangeOutcome::InvalidResponse);
    QVERIFY2(!broken.errorMessage.contains(u"it reads"), qPrintable(broken.errorMessage));
    QVERIFY2(broken.errorMessage.contains(u"not bencode"), qPrintable(broken.errorMessage));
}

QTEST_GUILESS_MAIN(TestHostileReplyText)
#include "tst_hostilereplytext.moc"
