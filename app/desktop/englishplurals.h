#pragma once

#include <QTranslator>

// English plural forms for the source strings themselves: "%n peer(s)" reads "1 peer" and
// "5 peers". Installed before any translation (QCoreApplication asks the last installed
// translator first), so it only answers where no translation did: in English, and for strings a
// translation leaves untranslated. Strings without "(s)" are left to the source text.
class EnglishPlurals final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnglishPlurals)

public:
    using QTranslator::QTranslator;

    // "(s)" becomes "" for n == 1 and "s" otherwise; an empty string (no answer) when n < 0 or
    // the source has no "(s)".
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};
