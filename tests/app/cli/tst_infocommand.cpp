#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built tracker-inspector executable, without a display, as a user would.
class TestInfoCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsJson();
    void printsSummary();
    void readsMagnets();
    void listsSymlinks();
    void demoWhitelistMatchesDemoTorrent();
    void rejectsBadInput_data();
    void rejectsBadInput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);

    QTemporaryDir m_directory;
    QString m_torrentPath;
    QByteArray m_infoHash;
};

namespace {
const QByteArray kInfo = "d5:filesld6:lengthi3e4:pathl5:a.txteed6:lengthi5e4:pathl3:sub5:b.txteee"
                         "4:name4:demo12:piece lengthi16384e6:pieces20:aaaaaaaaaaaaaaaaaaaa"
                         "7:privatei1ee";
}

void TestInfoCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(TI_EXECUTABLE)));
    QVERIFY(m_directory.isValid());
    m_torrentPath = m_directory.filePath(QStringLiteral("demo.torrent"));
    QFile file(m_torrentPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("d8:announce30:http://127.0.0.1:6969/announce13:announce-listll30:http://"
               "127.0.0.1:6969/announce29:udp://127.0.0.1:6969/announceel19:ws://127.0.0.1:"
               "8000ee10:created by4:test4:info" +
               kInfo + "e");
    m_infoHash = QCryptographicHash::hash(kInfo, QCryptographicHash::Sha1).toHex();
}

TestInfoCommand::Run TestInfoCommand::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(name);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TI_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForFinished(30'000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestInfoCommand::printsJson()
{
    const Run result = run({QStringLiteral("info"), m_torrentPath, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.value(u"name").toString(), QStringLiteral("demo"));
    QCOMPARE(json.value(u"info_hash_v1").toString().toLatin1(), m_infoHash);
    QVERIFY(json.value(u"info_hash_v2").isNull());
    QCOMPARE(json.value(u"total_size").toInteger(), 8);
    QCOMPARE(json.value(u"file_count").toInteger(), 2);
    QCOMPARE(json.value(u"piece_length").toInteger(), 16384);
    QCOMPARE(json.value(u"private").toBool(), true);
    QCOMPARE(json.value(u"created_by").toString(), QStringLiteral("test"));
    const QJsonArray tiers = json.value(u"trackers").toArray();
    QCOMPARE(tiers.size(), 2);
    QCOMPARE(tiers.at(0).toArray(), (QJsonArray{QStringLiteral("http://127.0.0.1:6969/announce"),
                                                QStringLiteral("udp://127.0.0.1:6969/announce")}));
    QCOMPARE(tiers.at(1).toArray(), QJsonArray{QStringLiteral("ws://127.0.0.1:8000")});
    QCOMPARE(json.value(u"warnings").toArray(), QJsonArray());
    QCOMPARE(json.value(u"files").toArray().at(1).toObject().value(u"path").toString(),
             QStringLiteral("sub/b.txt"));
    QVERIFY(result.err.isEmpty());
}

void TestInfoCommand::printsSummary()
{
    const Run result = run({QStringLiteral("info"), m_torrentPath});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(u"Name:           demo\n"), qPrintable(text));
    QVERIFY(text.contains(QString::fromLatin1(m_infoHash)));
    QVERIFY(text.contains(u"Private:        yes\n"));
    QVERIFY(text.contains(u"Trackers: 3 in 2 tiers\n"));
    QVERIFY(text.contains(u"    udp://127.0.0.1:6969/announce\n"));
    QVERIFY(text.contains(u"sub/b.txt"));
}

// BEP 47: a symlink without a length loads, is listed with its target and counts 0 bytes.
void TestInfoCommand::listsSymlinks()
{
    const QByteArray info = "d5:filesld6:lengthi3e4:pathl5:a.txteed6:lengthi5e4:pathl3:sub5:b.txt"
                            "eed4:attr1:l4:pathl4:linke12:symlink pathl3:sub5:b.txteee"
                            "4:name4:demo12:piece lengthi16384e6:pieces20:aaaaaaaaaaaaaaaaaaaae";
    const QString path = m_directory.filePath(QStringLiteral("symlink.torrent"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("d8:announce30:http://127.0.0.1:6969/announce4:info" + info + "e");
    file.close();

    const Run text = run({QStringLiteral("info"), path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("  link  (symbolic link to sub/b.txt)\n"), text.out.constData());
    const Run json = run({QStringLiteral("info"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(u"total_size").toInteger(), 8);
    QCOMPARE(object.value(u"file_count").toInteger(), 3);
    const QJsonObject link = object.value(u"files").toArray().at(2).toObject();
    QCOMPARE(link.value(u"path").toString(), QStringLiteral("link"));
    QCOMPARE(link.value(u"size").toInteger(), 0);
    QCOMPARE(link.value(u"symlink").toString(), QStringLiteral("sub/b.txt"));
}

void TestInfoCommand::readsMagnets()
{
    const Run result =
        run({QStringLiteral("info"), QStringLiteral("--json"),
             QStringLiteral("magnet:?xt=urn:btih:") + QString::fromLatin1(m_infoHash) +
                 QStringLiteral("&dn=demo&tr=udp%3A%2F%2F127.0.0.1%3A6969")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(u"info_hash_v1").toString().toLatin1(), m_infoHash);
    QCOMPARE(json.value(u"name").toString(), QStringLiteral("demo"));
    QVERIFY(json.value(u"file_count").isNull());
    QCOMPARE(json.value(u"trackers").toArray().at(0).toArray().at(0).toString(),
             QStringLiteral("udp://127.0.0.1:6969"));
}

void TestInfoCommand::demoWhitelistMatchesDemoTorrent()
{
    // `./dev.sh demo` starts opentracker with this whitelist for the demo torrent: the v1 hash and
    // the truncated v2 hash (BEP 52) that a hybrid is announced with.
    const QString demo = QStringLiteral(TI_SOURCE_DIR "/resources/demo/demo.torrent");
    const Run result = run({QStringLiteral("info"), demo, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QFile whitelist(QStringLiteral(TI_SOURCE_DIR "/resources/demo/opentracker-whitelist.txt"));
    QVERIFY(whitelist.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = whitelist.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QString::fromLatin1(lines.at(0)), json.value(u"info_hash_v1").toString());
    QCOMPARE(QString::fromLatin1(lines.at(1)), json.value(u"info_hash_v2").toString().left(40));
}

void TestInfoCommand::rejectsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // what stderr must hold; "%1" is the temporary folder

    QTest::newRow("missing file") << QStringList{QStringLiteral("info"),
                                                 QStringLiteral("%1/nope.torrent")}
                                  << QStringLiteral("%1/nope.torrent: the file does not exist");
    QTest::newRow("corrupt file") << QStringList{QStringLiteral("info"),
                                                 QStringLiteral("%1/corrupt.torrent"),
                                                 QStringLiteral("--json")}
                                  << QStringLiteral(
                                         "%1/corrupt.torrent: the info dictionary is missing");
    QTest::newRow("bad magnet") << QStringList{QStringLiteral("info"),
                                               QStringLiteral("magnet:?dn=x")}
                                << QStringLiteral(
                                       "magnet:?dn=x: the magnet link has no BitTorrent info hash");
    QTest::newRow("no argument") << QStringList{QStringLiteral("info")}
                                 << QStringLiteral(
                                        "usage: tracker-inspector info FILE|MAGNET [--json]");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("info"), QStringLiteral("--xml"), QStringLiteral("x")}
        << QStringLiteral("unknown option \"--xml\"");
}

void TestInfoCommand::rejectsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFile corrupt(m_directory.filePath(QStringLiteral("corrupt.torrent")));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("d3:fooi1ee");
    corrupt.close();
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("%1"), m_directory.path());
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString expected = QString(message).replace(QStringLiteral("%1"), m_directory.path());
    QVERIFY2(QString::fromUtf8(result.err).contains(expected), result.err.constData());
}

QTEST_GUILESS_MAIN(TestInfoCommand)
#include "tst_infocommand.moc"
