#include "tracker/urlmasking.h"

#include <algorithm>
#include <optional>

namespace {
// Parameter names private trackers (Gazelle, UNIT3D, TBDev, XBT, Ocelot...) use for secrets.
constexpr QStringView kSecretParameterNames[] = {
    u"passkey",      u"authkey", u"pk",       u"key",     u"token",     u"uid",
    u"torrent_pass", u"secure",  u"apikey",   u"api_key", u"api_token", u"access_token",
    u"auth",         u"rsskey",  u"password", u"pass",    u"sid",       u"session",
    u"hash_key",     u"user",    u"userid",   u"user_id", u"username",  u"sign",
};

bool isAnnounceSegment(QStringView segment)
{
    return segment.compare(u"announce", Qt::CaseInsensitive) == 0 ||
           segment.startsWith(u"announce.", Qt::CaseInsensitive);
}

bool isKeyCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
           c == u'-' || c == u'_';
}

// A secret-looking segment near "announce": key characters only, long enough.
bool looksLikeAnnounceKey(QStringView segment)
{
    return segment.size() >= UrlMasking::kMinimumAnnounceKeyLength &&
           std::all_of(segment.begin(), segment.end(), isKeyCharacter) &&
           !isAnnounceSegment(segment) && segment.compare(u"scrape", Qt::CaseInsensitive) != 0;
}

// Where the parts of a URL start and end in its text: [authorityStart, pathStart) is
// userinfo@host:port, [pathStart, queryStart) the path, then ?query up to the #fragment.
struct UrlSpans
{
    qsizetype authorityStart = -1;
    qsizetype pathStart = -1;
    qsizetype queryStart = -1; // the '?', or the fragment start / end when there is no query
    qsizetype fragmentStart = -1;
};

std::optional<UrlSpans> findSpans(const QString &url)
{
    const qsizetype scheme = url.indexOf(u"://");
    if (scheme <= 0)
        return std::nullopt;
    UrlSpans spans;
    spans.authorityStart = scheme + 3;
    spans.fragmentStart = url.indexOf(u'#', spans.authorityStart);
    if (spans.fragmentStart < 0)
        spans.fragmentStart = url.size();
    spans.queryStart = url.indexOf(u'?', spans.authorityStart);
    if (spans.queryStart < 0 || spans.queryStart > spans.fragmentStart)
        spans.queryStart = spans.fragmentStart;
    spans.pathStart = url.indexOf(u'/', spans.authorityStart);
    if (spans.pathStart < 0 || spans.pathStart > spans.queryStart)
        spans.pathStart = spans.queryStart;
    return spans;
}

// A range of the URL's text to replace by the mask.
struct SecretRange
{
    qsizetype start = 0;
    qsizetype length = 0;
};

void addUserInfo(const QString &url, const UrlSpans &spans, QList<SecretRange> &ranges)
{
    const QStringView authority =
        QStringView(url).sliced(spans.authorityStart, spans.pathStart - spans.authorityStart);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at <= 0)
        return;
    const qsizetype colon = authority.first(at).indexOf(u':');
    if (colon < 0) {
        ranges.append({spans.authorityStart, at});
        return;
    }
    if (colon > 0)
        ranges.append({spans.authorityStart, colon});
    if (at > colon + 1)
        ranges.append({spans.authorityStart + colon + 1, at - colon - 1});
}

void addPathKeys(const QString &url, const UrlSpans &spans, QList<SecretRange> &ranges)
{
    QList<SecretRange> segments;
    for (qsizetype start = spans.pathStart + 1; start <= spans.queryStart && start > 0;) {
        qsizetype end = url.indexOf(u'/', start);
        if (end < 0 || end > spans.queryStart)
            end = spans.queryStart;
        segments.append({start, end - start});
        start = end + 1;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QStringView segment = QStringView(url).sliced(segments[i].start, segments[i].length);
        const bool nextToAnnounce =
            (i > 0 && isAnnounceSegment(QStringView(url).sliced(segments[i - 1].start,
                                                                segments[i - 1].length))) ||
            (i + 1 < segments.size() && isAnnounceSegment(QStringView(url).sliced(
                                            segments[i + 1].start, segments[i + 1].length)));
        if (UrlMasking::looksLikeKey(segment) || (nextToAnnounce && looksLikeAnnounceKey(segment)))
            ranges.append(segments[i]);
    }
}

void addQueryValues(const QString &url, const UrlSpans &spans, QList<SecretRange> &ranges)
{
    for (qsizetype start = spans.queryStart + 1; start < spans.fragmentStart;) {
        qsizetype end = url.indexOf(u'&', start);
        if (end < 0 || end > spans.fragmentStart)
            end = spans.fragmentStart;
        const QStringView parameter = QStringView(url).sliced(start, end - start);
        const qsizetype equals = parameter.indexOf(u'=');
        if (equals > 0 && equals + 1 < parameter.size()) {
            const QStringView value = parameter.sliced(equals + 1);
            if (UrlMasking::isSecretParameterName(parameter.first(equals)) ||
                UrlMasking::looksLikeKey(value))
                ranges.append({start + equals + 1, value.size()});
        }
        start = end + 1;
    }
}

QList<SecretRange> secretRanges(const QString &url)
{
    QList<SecretRange> ranges;
    const std::optional<UrlSpans> spans = findSpans(url);
    if (!spans)
        return ranges;
    addUserInfo(url, *spans, ranges);
    addPathKeys(url, *spans, ranges);
    addQueryValues(url, *spans, ranges);
    return ranges; // in text order, never overlapping
}
} // namespace

bool UrlMasking::isSecretParameterName(QStringView name)
{
    return std::any_of(
        std::begin(kSecretParameterNames), std::end(kSecretParameterNames),
        [name](QStringView secret) { return name.compare(secret, Qt::CaseInsensitive) == 0; });
}

bool UrlMasking::looksLikeKey(QStringView token)
{
    if (token.size() < kMinimumKeyLength ||
        !std::all_of(token.begin(), token.end(), isKeyCharacter))
        return false;
    const auto has = [token](auto predicate) {
        return std::any_of(token.begin(), token.end(), predicate);
    };
    const bool hasDigit = has([](QChar c) { return c.isDigit(); });
    const bool hasLetter = has([](QChar c) { return c.isLetter(); });
    const bool isHex = !has([](QChar c) {
        return !c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F');
    });
    const bool mixedCase =
        has([](QChar c) { return c.isUpper(); }) && has([](QChar c) { return c.isLower(); });
    return (hasDigit && hasLetter) || (isHex && hasDigit) ||
           (mixedCase && token.size() >= kMixedCaseKeyLength);
}

QString UrlMasking::mask(const QString &url)
{
    QString masked = url;
    const QList<SecretRange> ranges = secretRanges(url);
    for (auto range = ranges.crbegin(); range != ranges.crend(); ++range)
        masked.replace(range->start, range->length, kMask.toString());
    return masked;
}

QStringList UrlMasking::secrets(const QString &url)
{
    QStringList found;
    for (const SecretRange &range : secretRanges(url)) {
        const QString secret = url.mid(range.start, range.length);
        if (!found.contains(secret))
            found.append(secret);
    }
    return found;
}

QString UrlMasking::maskSecretsIn(const QString &text, const QStringList &secrets)
{
    QString masked = text;
    for (const QString &secret : secrets) {
        if (secret.size() >= kMinimumSecretLengthInText)
            masked.replace(secret, kMask.toString());
    }
    return masked;
}
