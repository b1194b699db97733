#include "engine/enginesettingsstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Every field, as text, to compare two settings in one go.
QStringList describe(const EngineSettings &s)
{
    const AnnounceIdentity &i = s.identity;
    return {QString::number(int(s.contactMode)),
            QString::number(s.behaveLikeClient),
            QString::number(s.concurrencyLimit),
            QString::number(s.requestTimeoutMs),
            QString::number(s.defaultIntervalSeconds),
            QString::number(s.safetyFloorSeconds),
            QString::number(s.backoffBaseSeconds),
            QString::number(s.backoffPercent),
            QString::number(s.backoffCapSeconds),
            QString::number(s.scrapeIntervalSeconds),
            QString::number(s.scrapeOnLoad),
            QString::number(s.peerCapPerTorrent),
            QString::number(s.exchangeLogCapacity),
            QString::number(s.historyCapacity),
            QString::number(s.latencySampleCapacity),
            QString::number(s.allowExtraTrackersOnPrivate),
            QString::number(s.stopWaitMs),
            QString::number(s.changeSignalDelayMs),
            QString::fromLatin1(i.peerIdPrefix),
            QString::number(i.port),
            QString::number(i.numwant),
            QString::number(i.uploaded),
            QString::number(i.downloaded),
            QString::number(i.left),
            QString::number(int(s.proxyMode)),
            s.proxyHost,
            QString::number(s.proxyPort),
            QString::number(int(s.tlsPolicy)),
            QString::fromLatin1(s.userAgent),
            QString::number(s.allowPrivateRedirects)};
}

EngineSettings everythingChanged()
{
    EngineSettings s;
    s.contactMode = EngineSettings::ContactMode::Passive;
    s.behaveLikeClient = true;
    s.concurrencyLimit = 77;
    s.requestTimeoutMs = 4'000;
    s.defaultIntervalSeconds = 900;
    s.safetyFloorSeconds = 45;
    s.backoffBaseSeconds = 7;
    s.backoffPercent = 100;
    s.backoffCapSeconds = 600;
    s.scrapeIntervalSeconds = 0;
    s.scrapeOnLoad = false;
    s.peerCapPerTorrent = 5'000;
    s.exchangeLogCapacity = 10;
    s.historyCapacity = 20;
    s.latencySampleCapacity = 30;
    s.allowExtraTrackersOnPrivate = true;
    s.stopWaitMs = 1'500;
    s.changeSignalDelayMs = 0;
    s.identity.peerIdPrefix = "-qB4630-";
    s.identity.port = 51413;
    s.identity.numwant = -1;
    s.identity.uploaded = 123;
    s.identity.downloaded = 456;
    s.identity.left = 0;
    s.proxyMode = EngineSettings::ProxyMode::Socks5;
    s.proxyHost = QStringLiteral("proxy.example");
    s.proxyPort = 1080;
    s.tlsPolicy = EngineSettings::TlsPolicy::ReportAndContinue;
    s.allowPrivateRedirects = true;
    s.userAgent = "qBittorrent/4.6.3";
    return s;
}
} // namespace

class TestEngineSettingsStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    int m_fileNumber = 0;

    QString newFile() { return m_directory.filePath(QString::number(++m_fileNumber) + u".ini"); }

private Q_SLOTS:
    void defaultsWhenAbsent()
    {
        const QSettings settings(newFile(), QSettings::IniFormat);
        QCOMPARE(describe(EngineSettingsStore::load(settings)), describe(EngineSettings()));
    }

    void defaultsAreWithinRanges()
    {
        QCOMPARE(describe(EngineSettingsStore::clamped(EngineSettings())),
                 describe(EngineSettings()));
    }

    void roundTrip()
    {
        const QString path = newFile();
        const EngineSettings changed = everythingChanged();
        QVERIFY(describe(changed) != describe(EngineSettings()));
        {
            QSettings settings(path, QSettings::IniFormat);
            EngineSettingsStore::save(changed, settings);
        }
        const QSettings settings(path, QSettings::IniFormat);
        const QStringList loaded = describe(EngineSettingsStore::load(settings));
        const QStringList expected = describe(changed);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(loaded[i] == expected[i],
                     qPrintable(
                         QStringLiteral("field %1: %2 != %3").arg(i).arg(loaded[i], expected[i])));
    }

    void clampedOnLoad_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *key, QVariant stored, int field,
                            const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(key) << stored << field << expected;
        };
        row("timeout too small", "requestTimeoutMs", 5, 3, QStringLiteral("1000"));
        row("timeout too large", "requestTimeoutMs", 99'999'999, 3, QStringLiteral("300000"));
        row("timeout not a number", "requestTimeoutMs", QStringLiteral("soon"), 3,
            QStringLiteral("15000"));
        row("concurrency zero", "concurrencyLimit", 0, 2, QStringLiteral("1"));
        row("safety floor zero", "safetyFloorSeconds", 0, 5, QStringLiteral("5"));
        row("scrape interval small", "scrapeIntervalSeconds", 3, 9, QStringLiteral("60"));
        row("scrape off stays off", "scrapeIntervalSeconds", 0, 9, QStringLiteral("0"));
        row("backoff cap below base", "backoffCapSeconds", 1, 8, QStringLiteral("5"));
        row("port zero", "port", 0, 19, QStringLiteral("1"));
        row("port too large", "port", 70'000, 19, QStringLiteral("65535"));
        row("numwant below -1", "numwant", -9, 20, QStringLiteral("-1"));
        row("uploaded negative", "uploaded", -5, 21, QStringLiteral("0"));
        row("prefix too long", "peerIdPrefix", QStringLiteral("-ABCDEFGHIJKLMNOPQRSTUV-"), 18,
            QString::fromLatin1(AnnounceIdentity::kDefaultPeerIdPrefix));
        row("prefix not ASCII", "peerIdPrefix", QStringLiteral("-Ü0001-"), 18,
            QString::fromLatin1(AnnounceIdentity::kDefaultPeerIdPrefix));
        row("user agent with line break", "userAgent", QStringLiteral("x\r\nEvil: 1"), 28,
            QString());
        row("unknown contact mode", "contactMode", QStringLiteral("loud"), 0,
            QString::number(int(EngineSettings::ContactMode::Continuous)));
        row("known contact mode", "contactMode", QStringLiteral("scrape_only"), 0,
            QString::number(int(EngineSettings::ContactMode::ScrapeOnly)));
        row("unknown proxy", "proxyMode", QStringLiteral("tor"), 24,
            QString::number(int(EngineSettings::ProxyMode::System)));
        row("unknown TLS policy", "tlsPolicy", QStringLiteral("ignore"), 27,
            QString::number(int(EngineSettings::TlsPolicy::Verify)));
        row("proxy host trimmed", "proxyHost", QStringLiteral("  p.example "), 25,
            QStringLiteral("p.example"));
    }

    void clampedOnLoad()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        QFETCH(int, field);
        QFETCH(QString, expected);
        QSettings settings(newFile(), QSettings::IniFormat);
        settings.setValue(EngineSettingsStore::kGroup + u'/' + key, stored);
        QCOMPARE(describe(EngineSettingsStore::load(settings)).at(field), expected);
    }

    void saveWritesOnlyTheGroup()
    {
        QSettings settings(newFile(), QSettings::IniFormat);
        EngineSettingsStore::save(EngineSettings(), settings);
        const QStringList groups = settings.childGroups();
        QCOMPARE(groups, QStringList{EngineSettingsStore::kGroup});
        QVERIFY(settings.allKeys().size() >= 29);
    }

    void checksTextSettings_data()
    {
        QTest::addColumn<bool>("isPeerIdPrefix");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("prefix") << true << QByteArray("-TI0010-") << QString();
        QTest::newRow("empty prefix") << true << QByteArray() << QString();
        QTest::newRow("prefix too long")
            << true << QByteArray(EngineSettingsStore::kMaxPeerIdPrefixLength + 1, 'a')
            << QStringLiteral("The peer id prefix is longer than 19 characters.");
        QTest::newRow("prefix with a line break")
            << true << QByteArray("-TI\n-")
            << QStringLiteral("The peer id prefix may only hold printable ASCII characters.");
        QTest::newRow("user agent") << false << QByteArray("Tracker Inspector/0.1") << QString();
        QTest::newRow("user agent too long")
            << false << QByteArray(EngineSettingsStore::kMaxUserAgentLength + 1, 'a')
            << QStringLiteral("The user agent is longer than 256 characters.");
        QTest::newRow("user agent with a line break")
            << false << QByteArray("a\r\nX-Evil: 1")
            << QStringLiteral(
                   "The user agent may only hold printable ASCII characters (no line breaks).");
    }

    void checksTextSettings()
    {
        QFETCH(bool, isPeerIdPrefix);
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const Expected<void> checked = isPeerIdPrefix ? EngineSettingsStore::checkPeerIdPrefix(text)
                                                      : EngineSettingsStore::checkUserAgent(text);
        QCOMPARE(checked.hasValue(), error.isEmpty());
        if (!checked) {
            QCOMPARE(checked.error().kind(), Error::Kind::Malformed);
            QCOMPARE(checked.error().message(), error);
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineSettingsStore)
#include "tst_enginesettingsstore.moc"
