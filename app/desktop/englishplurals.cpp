#include "desktop/englishplurals.h"

QString EnglishPlurals::translate(const char *context, const char *sourceText,
                                  const char *disambiguation, int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    static constexpr QLatin1StringView kPluralMark("(s)");
    if (n < 0 || sourceText == nullptr)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(kPluralMark))
        return {};
    return text.replace(kPluralMark, n == 1 ? QString() : QStringLiteral("s"));
}
