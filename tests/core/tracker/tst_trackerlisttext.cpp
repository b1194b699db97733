#include "tracker/trackerlisttext.h"

#include <QTest>

using Kind = TrackerListLineProblem::Kind;

namespace {
// Tiers as nested lists of URL texts, to compare in one go.
QList<QStringList> texts(const QList<QList<TrackerUrl>> &tiers)
{
    QList<QStringList> result;
    for (const QList<TrackerUrl> &tier : tiers) {
        QStringList urls;
        for (const TrackerUrl &url : tier)
            urls.append(url.text());
        result.append(urls);
    }
    return result;
}
} // namespace

class TestTrackerListText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("expected");
        const QString a = QStringLiteral("udp://a.example:6969/announce");
        const QString b = QStringLiteral("http://b.example/announce");
        const QString c = QStringLiteral("wss://c.example");
        QTest::newRow("empty") << QString() << QList<QStringList>{};
        QTest::newRow("one tier") << a + u'\n' + b << QList<QStringList>{{a, b}};
        QTest::newRow("blank line splits") << a + u"\n\n" + b << QList<QStringList>{{a}, {b}};
        QTest::newRow("many blank lines are one split, leading and trailing ignored")
            << u"\n\n" + a + u"\n \n\t\n\n" + b + u"\n\n"
            << QList<QStringList>{{a}, {b}};
        QTest::newRow("trimmed, CRLF") << u"  " + a + u"  \r\n\r\n\t" + b + u"\r\n"
                                       << QList<QStringList>{{a}, {b}};
        QTest::newRow("comments are skipped and do not split")
            << u"# list\n" + a + u"\n  # note\n" + b << QList<QStringList>{{a, b}};
        QTest::newRow("repeats dropped, first kept")
            << a + u'\n' + b + u"\n\n" + a + u'\n' + c << QList<QStringList>{{a, b}, {c}};
        QTest::newRow("tier of only repeats disappears")
            << a + u"\n\n" + a + u"\n\n" + b << QList<QStringList>{{a}, {b}};
        QTest::newRow("several URLs on a line")
            << a + u' ' + b + u"\n\n" + c << QList<QStringList>{{a, b}, {c}};
        QTest::newRow("comment at the end of a line")
            << a + u"   # backup\n" + b + u"\t#note" << QList<QStringList>{{a, b}};
        // Found by fuzz_trackerlisttext: the "#..." token was a tracker of its own, and format()
        // wrote it at the start of a line, where it read back as a comment.
        QTest::newRow("URL after '#' on a line of URLs is commented out")
            << a + u" #" + b + u' ' + c << QList<QStringList>{{a}};
        QTest::newRow("byte order marks of concatenated lists")
            << QChar(0xfeff) + a + u'\n' + QChar(0xfeff) + u'\n' + QChar(0xfeff) + b
            << QList<QStringList>{{a}, {b}}; // the line of only a mark is blank
        QTest::newRow("no-break space before '#' starts a comment")
            << a + QChar(0xa0) + u"#" + b << QList<QStringList>{{a}};
        QTest::newRow("'#' inside a URL is its fragment")
            << b + u"#x" << QList<QStringList>{{b + u"#x"}};
        QTest::newRow("byte order mark") << QChar(0xfeff) + a << QList<QStringList>{{a}};
        QTest::newRow("unusable kept in tiers")
            << a + u"\nftp://x.example/"
            << QList<QStringList>{{a, QStringLiteral("ftp://x.example/")}};
    }

    void tiers()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, expected);
        QCOMPARE(texts(TrackerListText::parse(text).tiers), expected);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lineNumber");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("unsupported scheme")
            << QStringLiteral("http://ok.example/a\n\nftp://x.example/") << 3 << int(Kind::Unusable)
            << QStringLiteral("unsupported protocol");
        QTest::newRow("no scheme") << QStringLiteral("# c\ntracker.example/announce") << 2
                                   << int(Kind::Unusable) << QStringLiteral("scheme");
        QTest::newRow("udp without port") << QStringLiteral("udp://x.example/announce") << 1
                                          << int(Kind::Unusable) << QStringLiteral("port");
        QTest::newRow("repeat") << QStringLiteral("http://a.example/\n\n\nhttp://a.example/") << 4
                                << int(Kind::Repeated) << QStringLiteral("line 1");
        QTest::newRow("already listed")
            << QStringLiteral("http://ok.example/a\nhttp://listed.example/announce") << 2
            << int(Kind::AlreadyListed) << QStringLiteral("already");
    }

    void problems()
    {
        QFETCH(QString, text);
        QFETCH(int, lineNumber);
        QFETCH(int, kind);
        QFETCH(QString, reasonPart);
        const TrackerListText::ParseResult result =
            TrackerListText::parse(text, {QStringLiteral("http://listed.example/announce")});
        QCOMPARE(result.problems.size(), 1);
        const TrackerListLineProblem &problem = result.problems.first();
        QCOMPARE(problem.lineNumber, lineNumber);
        QCOMPARE(int(problem.kind), kind);
        QVERIFY2(problem.reason.contains(reasonPart), qPrintable(problem.reason));
        QCOMPARE(result.errorCount(), problem.isError() ? 1 : 0);
    }

    void usableTiersDropUnusable()
    {
        const TrackerListText::ParseResult result = TrackerListText::parse(
            QStringLiteral("bogus\n\nhttp://a.example/\nnot a url\n\nudp://b.example:1/"));
        QCOMPARE(result.trackerCount(), 4);
        QCOMPARE(result.usableTrackerCount(), 2);
        QCOMPARE(texts(result.usableTiers()),
                 (QList<QStringList>{{QStringLiteral("http://a.example/")},
                                     {QStringLiteral("udp://b.example:1/")}}));
        QCOMPARE(result.errorCount(), 2);
    }

    void limit()
    {
        QString text;
        for (int i = 0; i < TrackerListText::kMaxTrackers + 5; ++i)
            text += QStringLiteral("udp://t%1.example:80\n").arg(i);
        const TrackerListText::ParseResult result = TrackerListText::parse(text);
        QCOMPARE(result.trackerCount(), TrackerListText::kMaxTrackers);
        QCOMPARE(result.problems.size(), 5);
        QCOMPARE(result.problems.first().kind, Kind::OverLimit);
        QCOMPARE(result.problems.first().lineNumber, TrackerListText::kMaxTrackers + 1);
    }

    void formatRoundTrip()
    {
        const QString text = QStringLiteral("udp://a.example:1/announce\nhttp://b.example/\n\n"
                                            "wss://c.example/\n");
        const TrackerListText::ParseResult parsed = TrackerListText::parse(text);
        QCOMPARE(TrackerListText::format(parsed.tiers), text);
        QCOMPARE(TrackerListText::format({}), QString());
        QCOMPARE(texts(TrackerListText::parse(TrackerListText::format(parsed.tiers)).tiers),
                 texts(parsed.tiers));
    }

    void summary_data()
    {
        QTest::addColumn<int>("trackers");
        QTest::addColumn<int>("tiers");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plural") << 12 << 3 << QStringLiteral("12 trackers in 3 tiers");
        QTest::newRow("singular") << 1 << 1 << QStringLiteral("1 tracker in 1 tier");
        QTest::newRow("none") << 0 << 0 << QStringLiteral("0 trackers in 0 tiers");
    }

    void summary()
    {
        QFETCH(int, trackers);
        QFETCH(int, tiers);
        QFETCH(QString, expected);
        QCOMPARE(TrackerListText::summary(trackers, tiers), expected);
    }
};

QTEST_GUILESS_MAIN(TestTrackerListText)
#include "tst_trackerlisttext.moc"
