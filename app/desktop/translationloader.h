#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

// Installs the application's translation for a locale (compiled in under kResourceDirectory,
// made from resources/translations/*.ts) and, with it, Qt's own (qtbase_*.qm from Qt's
// translations directory), so dialog buttons speak the same language. Removes them again when
// destroyed. English is the source language: a locale that prefers English loads nothing.
class TranslationLoader final
{
    Q_DISABLE_COPY_MOVE(TranslationLoader)

public:
    static constexpr const char *kResourceDirectory = ":/i18n";
    static constexpr const char *kFilePrefix = "tracker-inspector_";
    static constexpr const char *kQtFilePrefix = "qtbase_";

    // directory holds tracker-inspector_<language>.qm; qtDirectory qtbase_<language>.qm (by
    // default QLibraryInfo::TranslationsPath).
    explicit TranslationLoader(const QString &directory = QString::fromLatin1(kResourceDirectory),
                               const QString &qtDirectory = QString());
    ~TranslationLoader();

    // Tries the locale's UI languages in order (de-AT falls back to de). True when one of ours
    // was installed; false for English, unknown locales and languages nobody translated yet.
    bool install(const QLocale &locale);
    void remove();
    QString language() const { return m_language; } // "de", or empty when none is installed
    bool hasQtTranslation() const { return m_qtTranslator != nullptr; }

private:
    std::unique_ptr<QTranslator> load(const QString &prefix, const QString &directory,
                                      const QString &language) const;

    QString m_directory;
    QString m_qtDirectory;
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
