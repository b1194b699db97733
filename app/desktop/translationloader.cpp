#include "desktop/translationloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
// "de-Latn-AT" → "de_Latn_AT", "de_Latn", "de": the names a translation file may carry.
QStringList fallbackNames(const QString &uiLanguage)
{
    QStringList parts = QString(uiLanguage).replace(u'-', u'_').split(u'_', Qt::SkipEmptyParts);
    QStringList names;
    while (!parts.isEmpty()) {
        names.append(parts.join(u'_'));
        parts.removeLast();
    }
    return names;
}

bool isSourceLanguage(const QString &uiLanguage)
{
    return uiLanguage == u"C" || uiLanguage == u"en" || uiLanguage.startsWith(u"en-") ||
           uiLanguage.startsWith(u"en_");
}
} // namespace

TranslationLoader::TranslationLoader(const QString &directory, const QString &qtDirectory)
    : m_directory(directory)
    , m_qtDirectory(qtDirectory.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                          : qtDirectory)
{}

TranslationLoader::~TranslationLoader()
{
    remove();
}

bool TranslationLoader::install(const QLocale &locale)
{
    remove();
    for (const QString &uiLanguage : locale.uiLanguages()) {
        if (isSourceLanguage(uiLanguage))
            return false;
        for (const QString &language : fallbackNames(uiLanguage)) {
            m_translator = load(QString::fromLatin1(kFilePrefix), m_directory, language);
            if (!m_translator)
                continue;
            m_language = language;
            QCoreApplication::installTranslator(m_translator.get());
            m_qtTranslator = load(QString::fromLatin1(kQtFilePrefix), m_qtDirectory, language);
            if (m_qtTranslator)
                QCoreApplication::installTranslator(m_qtTranslator.get());
            return true;
        }
    }
    return false;
}

void TranslationLoader::remove()
{
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_qtTranslator.reset();
    m_translator.reset();
    m_language.clear();
}

std::unique_ptr<QTranslator> TranslationLoader::load(const QString &prefix,
                                                     const QString &directory,
                                                     const QString &language) const
{
    const QString fileName = prefix + language + u".qm";
    if (!QFileInfo::exists(directory + u'/' + fileName))
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, directory, QString(), QString()))
        return nullptr;
    return translator;
}
