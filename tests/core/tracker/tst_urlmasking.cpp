#include "tracker/urlmasking.h"

#include <QTest>

class TestUrlMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mask_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *url, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(url) << QString::fromUtf8(expected);
        };
        // Nothing secret: unchanged.
        row("public http", "http://tracker.example:6969/announce",
            "http://tracker.example:6969/announce");
        row("public udp", "udp://tracker.opentrackr.org:1337/announce",
            "udp://tracker.opentrackr.org:1337/announce");
        row("public wss", "wss://tracker.btorrent.xyz", "wss://tracker.btorrent.xyz");
        row("php announce", "http://t.example/announce.php", "http://t.example/announce.php");
        row("short words in path", "https://t.example/tracker/v2/announce",
            "https://t.example/tracker/v2/announce");
        row("not a url", "just words", "just words");
        row("empty", "", "");
        // Passkeys in the path.
        row("key before announce", "https://t.example/0123456789abcdef0123456789abcdef/announce",
            "https://t.example/REDACTED/announce");
        row("key after announce", "http://t.example:2710/announce/a1b2c3d4e5",
            "http://t.example:2710/announce/REDACTED");
        row("short key after announce", "http://t.example/announce/k3yK3y",
            "http://t.example/announce/REDACTED");
        row("udp key path", "udp://t.example:80/9f8e7d6c5b4a39281706f5e4d3c2b1a0/announce",
            "udp://t.example:80/REDACTED/announce");
        row("long token anywhere", "https://t.example/rss/Ab3dEfGh1jKlMn0p/x",
            "https://t.example/rss/REDACTED/x");
        row("mixed case without digits", "https://t.example/AbcdEfghIjklMnopQrstUvwx/announce",
            "https://t.example/REDACTED/announce");
        row("numeric user id", "https://t.example/1234567890123456/announce",
            "https://t.example/REDACTED/announce");
        // Query parameters.
        row("passkey", "http://t.example/announce.php?passkey=abc",
            "http://t.example/announce.php?passkey=REDACTED");
        row("authkey and torrent_pass",
            "https://t.example/announce?authkey=x1&torrent_pass=y2&info=public",
            "https://t.example/announce?authkey=REDACTED&torrent_pass=REDACTED&info=public");
        row("case-insensitive names", "http://t.example/a?PassKey=abc&UID=42&Token=t",
            "http://t.example/a?PassKey=REDACTED&UID=REDACTED&Token=REDACTED");
        row("pk key secure", "http://t.example/a?pk=1&key=2&secure=3",
            "http://t.example/a?pk=REDACTED&key=REDACTED&secure=REDACTED");
        row("unknown name with key-like value", "http://t.example/a?x=0123456789abcdef0123",
            "http://t.example/a?x=REDACTED");
        row("empty value kept", "http://t.example/a?passkey=&b=1",
            "http://t.example/a?passkey=&b=1");
        row("fragment untouched", "http://t.example/a?passkey=s#frag",
            "http://t.example/a?passkey=REDACTED#frag");
        // User information.
        row("user and password", "https://alice:s3cret@t.example/announce",
            "https://REDACTED:REDACTED@t.example/announce");
        row("user only", "http://alice@t.example/announce", "http://REDACTED@t.example/announce");
        row("everything", "https://u:p@t.example:443/announce/abcdef12?passkey=zz",
            "https://REDACTED:REDACTED@t.example:443/announce/REDACTED?passkey=REDACTED");
        row("unicode host kept", "http://трекер.example/announce?passkey=ключ",
            "http://трекер.example/announce?passkey=REDACTED");
    }

    void mask()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(UrlMasking::mask(url), expected);
        QCOMPARE(UrlMasking::mask(expected), expected); // masking twice changes nothing more
    }

    void secretsAndMessages()
    {
        const QString url =
            QStringLiteral("https://t.example/announce/a1b2c3d4e5?passkey=p4ss&uid=7");
        const QStringList secrets = UrlMasking::secrets(url);
        QCOMPARE(secrets, (QStringList{QStringLiteral("a1b2c3d4e5"), QStringLiteral("p4ss"),
                                       QStringLiteral("7")}));
        QCOMPARE(
            UrlMasking::maskSecretsIn(QStringLiteral("passkey p4ss of user 7 is unknown"), secrets),
            QStringLiteral("passkey REDACTED of user 7 is unknown"));
        QVERIFY(UrlMasking::secrets(QStringLiteral("udp://t.example:1/announce")).isEmpty());
    }

    void looksLikeKey_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("expected");
        QTest::newRow("sha1 hex") << QString(40, u'a').replace(3, 1, u'7') << true;
        QTest::newRow("word") << QStringLiteral("announcementsfeed") << false;
        QTest::newRow("short") << QStringLiteral("abc123") << false;
        QTest::newRow("with dot") << QStringLiteral("abcdef0123456789.php") << false;
        QTest::newRow("base64url") << QStringLiteral("dGhpcy1pcy1hLXNlY3JldA_x9") << true;
    }

    void looksLikeKey()
    {
        QFETCH(QString, token);
        QFETCH(bool, expected);
        QCOMPARE(UrlMasking::looksLikeKey(token), expected);
    }
};

QTEST_GUILESS_MAIN(TestUrlMasking)
#include "tst_urlmasking.moc"
