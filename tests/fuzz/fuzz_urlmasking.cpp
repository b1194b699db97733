// libFuzzer target over URL masking: UrlMasking::mask, secrets and maskSecretsIn on any text (as
// UTF-8). Masking is idempotent, keeps the scheme and the host:port exactly, changes nothing when
// it finds no secret and nothing in text that is not a URL.
#include "fuzzcheck.h"
#include "tracker/urlmasking.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

// What masking must never touch: the scheme with "://" and the host:port after any userinfo, or
// an empty string for text that is not a URL.
QString schemeAndHost(const QString &url)
{
    const qsizetype scheme = url.indexOf(u"://");
    if (scheme <= 0)
        return {};
    const qsizetype authorityStart = scheme + 3;
    qsizetype authorityEnd = url.size();
    for (const QChar separator : {u'/', u'?', u'#'}) {
        const qsizetype found = url.indexOf(separator, authorityStart);
        if (found >= 0)
            authorityEnd = std::min(authorityEnd, found);
    }
    const QStringView authority =
        QStringView(url).sliced(authorityStart, authorityEnd - authorityStart);
    const qsizetype at = authority.lastIndexOf(u'@');
    return url.first(authorityStart) + (at < 0 ? authority : authority.sliced(at + 1));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString url =
        QString::fromUtf8(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QString masked = UrlMasking::mask(url);
    FUZZ_CHECK(UrlMasking::mask(masked) == masked);
    FUZZ_CHECK(schemeAndHost(masked) == schemeAndHost(url));
    if (schemeAndHost(url).isEmpty())
        FUZZ_CHECK(masked == url);

    const QStringList secrets = UrlMasking::secrets(url);
    if (secrets.isEmpty())
        FUZZ_CHECK(masked == url);
    for (const QString &secret : secrets) {
        FUZZ_CHECK(!secret.isEmpty());
        FUZZ_CHECK(url.contains(secret));
        FUZZ_CHECK(secrets.count(secret) == 1);
    }
    // The URL's own secrets, hidden in a message that quotes it.
    const QString message = UrlMasking::maskSecretsIn(url, secrets);
    FUZZ_CHECK(secrets.isEmpty() || message != url ||
               std::all_of(secrets.begin(), secrets.end(), [](const QString &secret) {
                   return secret.size() < UrlMasking::kMinimumSecretLengthInText ||
                          secret == UrlMasking::kMask;
               }));
    return 0;
}
