#include "desktop/translationloader.h"
#include "mainwindow/mainwindow.h"
#include "uitestengine.h"

#include <QAction>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}
} // namespace

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesLanguage_data();
    void choosesLanguage();
    void removesTranslationsWhenDestroyed();
    void loadsQtsOwnTranslation();
    void translatesTheWindow();
    void embedsEveryTranslation();
    void findsNothingInAnEmptyDirectory();
};

void TestTranslationLoader::choosesLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("status");
    const QString german = QStringLiteral("de");
    QTest::newRow("German") << QStringLiteral("de_DE") << german << QStringLiteral("&Datei")
                            << QStringLiteral("Zeitüberschreitung");
    QTest::newRow("Austrian German falls back to German")
        << QStringLiteral("de_AT") << german << QStringLiteral("&Datei")
        << QStringLiteral("Zeitüberschreitung");
    QTest::newRow("English is the source")
        << QStringLiteral("en_GB") << QString() << QStringLiteral("&File")
        << QStringLiteral("Timed out");
    QTest::newRow("unknown locale stays English")
        << QStringLiteral("xx") << QString() << QStringLiteral("&File")
        << QStringLiteral("Timed out");
    QTest::newRow("language nobody translated yet")
        << QStringLiteral("ja_JP") << QString() << QStringLiteral("&File")
        << QStringLiteral("Timed out");
}

void TestTranslationLoader::choosesLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, status);
    TranslationLoader loader;
    QCOMPARE(loader.install(QLocale(locale)), !language.isEmpty());
    QCOMPARE(loader.language(), language);
    QCOMPARE(translated("MainWindow", "&File"), fileMenu);
    QCOMPARE(translated("TrackerStatus", "Timed out"), status);
}

void TestTranslationLoader::removesTranslationsWhenDestroyed()
{
    {
        TranslationLoader loader;
        QVERIFY(loader.install(QLocale(QStringLiteral("de"))));
        QCOMPARE(translated("GuiArguments", "unknown option \"%1\""),
                 QStringLiteral("unbekannte Option „%1“"));
    }
    QCOMPARE(translated("GuiArguments", "unknown option \"%1\""),
             QStringLiteral("unknown option \"%1\""));
}

void TestTranslationLoader::loadsQtsOwnTranslation()
{
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFileInfo::exists(qtDirectory + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's German translation is not installed (qt6-translations-l10n)");
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(QStringLiteral("de"))));
    QVERIFY(loader.hasQtTranslation());
    QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslationLoader::translatesTheWindow()
{
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(QStringLiteral("de"))));
    UiTestEngine engine;
    MainWindow window(&engine.engine, MainWindow::LayoutMemory::Ignored);
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(u", ")));
    QVERIFY2(titles.contains(QStringLiteral("&Bearbeiten")), qPrintable(titles.join(u", ")));
}

void TestTranslationLoader::embedsEveryTranslation()
{
    // TI_TRANSLATION_FILES: the committed .ts files; each must be compiled in.
    const QStringList files = QStringLiteral(TI_TRANSLATION_FILES).split(u';', Qt::SkipEmptyParts);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QString qm = QFileInfo(file).completeBaseName() + QStringLiteral(".qm");
        QVERIFY2(QFileInfo::exists(QStringLiteral(":/i18n/") + qm), qPrintable(qm));
    }
}

void TestTranslationLoader::findsNothingInAnEmptyDirectory()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    TranslationLoader loader(empty.path(), empty.path());
    QVERIFY(!loader.install(QLocale(QStringLiteral("de"))));
    QCOMPARE(loader.language(), QString());
    QVERIFY(!loader.hasQtTranslation());
    QCOMPARE(translated("MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
