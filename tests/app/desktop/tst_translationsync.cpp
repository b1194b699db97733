// The committed .ts files must hold exactly the strings the sources pass to tr(): a string
// missing there can never be translated. lupdate (Qt6::lupdate, as the build uses it) reads the
// sources into a fresh .ts, and the two sets of (context, source, disambiguation) are compared.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
constexpr int kLupdateTimeoutMs = 60'000;
constexpr qsizetype kStringsListed = 40; // in a failure message

// "context | source | disambiguation" for every message of a .ts file.
QSet<QString> messagesIn(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QSet<QString> messages;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"message") {
            source.clear();
            comment.clear();
        } else if (xml.isStartElement() && xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"comment")
            comment = xml.readElementText();
        else if (xml.isEndElement() && xml.name() == u"message")
            messages.insert(context + u" | " + source + u" | " + comment);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString listed(QStringList strings)
{
    if (strings.isEmpty())
        return QString();
    strings.sort();
    const qsizetype total = strings.size();
    if (total > kStringsListed)
        strings = strings.mid(0, kStringsListed)
                  << QStringLiteral("… and %1 more").arg(total - kStringsListed);
    return u"\n    " + strings.join(u"\n    ");
}
} // namespace

class TestTranslationSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedFilesMatchSources_data();
    void committedFilesMatchSources();
};

void TestTranslationSync::committedFilesMatchSources_data()
{
    QTest::addColumn<QString>("committed");
    const QStringList files = QStringLiteral(TI_TRANSLATION_FILES).split(u';', Qt::SkipEmptyParts);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslationSync::committedFilesMatchSources()
{
    QFETCH(QString, committed);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString fresh = directory.filePath(QFileInfo(committed).fileName());
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&lupdate, &QProcess::finished);
    lupdate.start(QStringLiteral(TI_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   u'@' + QStringLiteral(TI_TRANSLATED_SOURCES_LIST), QStringLiteral("-ts"),
                   fresh});
    QVERIFY2(finished.wait(kLupdateTimeoutMs), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QString error;
    const QSet<QString> fromSources = messagesIn(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> inFile = messagesIn(committed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(fromSources.size() > 100); // lupdate really read the sources

    const QStringList missing = (fromSources - inFile).values();
    const QStringList stale = (inFile - fromSources).values();
    if (!missing.isEmpty() || !stale.isEmpty()) {
        // Concatenated, not arg(): the listed strings hold %1 and %n of their own.
        const QString message =
            committed + u" is out of date with the sources.\n  " + QString::number(missing.size()) +
            u" string(s) in the sources but not in the file (context | source | "
            u"disambiguation):" +
            listed(missing) + u"\n  " + QString::number(stale.size()) +
            u" string(s) in the file that no source uses any more:" + listed(stale) +
            u"\nRefresh it with: cmake --build <build directory> --target update_translations";
        QFAIL(qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestTranslationSync)
#include "tst_translationsync.moc"
