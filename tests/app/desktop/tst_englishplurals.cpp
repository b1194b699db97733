#include "desktop/englishplurals.h"

#include <QCoreApplication>
#include <QTest>

namespace {
// A translation that knows one string, installed after EnglishPlurals as TranslationLoader does.
class OneStringTranslation final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QByteArrayView(sourceText) == "%n peer(s)" ? QStringLiteral("%n Peer(s) übersetzt")
                                                          : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOneAndMany_data();
    void readsOneAndMany();
    void aTranslationAnswersFirst();
};

void TestEnglishPlurals::readsOneAndMany_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << QStringLiteral("%n peer(s)") << 1 << QStringLiteral("1 peer");
    QTest::newRow("none") << QStringLiteral("%n peer(s)") << 0 << QStringLiteral("0 peers");
    QTest::newRow("many") << QStringLiteral("Got a list of %n peer(s) %1.") << 5
                          << QStringLiteral("Got a list of 5 peers %1.");
    QTest::newRow("two marks") << QStringLiteral("%n packet(s) ignored (s)") << 1
                               << QStringLiteral("1 packet ignored ");
    QTest::newRow("no mark") << QStringLiteral("%n bytes") << 1 << QStringLiteral("1 bytes");
}

void TestEnglishPlurals::readsOneAndMany()
{
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    EnglishPlurals plurals;
    QVERIFY(QCoreApplication::installTranslator(&plurals));
    const QByteArray sourceText = source.toUtf8();
    QCOMPARE(QCoreApplication::translate("Context", sourceText.constData(), nullptr, count),
             expected);
    // Without a count, the source text stays as it is.
    QCOMPARE(QCoreApplication::translate("Context", "peer(s)"), QStringLiteral("peer(s)"));
    QCoreApplication::removeTranslator(&plurals);
}

void TestEnglishPlurals::aTranslationAnswersFirst()
{
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    OneStringTranslation german;
    QCoreApplication::installTranslator(&german);
    QCOMPARE(QCoreApplication::translate("Context", "%n peer(s)", nullptr, 1),
             QStringLiteral("1 Peer(s) übersetzt"));
    // What the translation leaves out still reads as English.
    QCOMPARE(QCoreApplication::translate("Context", "%n seeder(s)", nullptr, 2),
             QStringLiteral("2 seeders"));
    QCoreApplication::removeTranslator(&german);
    QCoreApplication::removeTranslator(&plurals);
}

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
