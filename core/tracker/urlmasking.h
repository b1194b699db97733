#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Hides the secrets private trackers put in their URLs (passkeys, auth keys, tokens, user ids,
// user:password), for reports and copies people share. Only the secret parts are replaced; the
// scheme, host, port and the rest of the path stay readable so that the tracker can still be
// recognised. Masking is by recognisable patterns and cannot promise to find every secret.
class UrlMasking
{
public:
    // What a secret is replaced with.
    static constexpr QStringView kMask = u"REDACTED";
    // A path segment or query value at least this long, of letters and digits (with - and _) and
    // at least one digit and one letter, looks like a key. So does any hexadecimal token this
    // long, and a token of kMixedCaseKeyLength with upper and lower case letters.
    static constexpr qsizetype kMinimumKeyLength = 16;
    static constexpr qsizetype kMixedCaseKeyLength = 24;
    // A segment right after "announce" (tracker.example/announce/<key>) or right before it
    // (tracker.example/<key>/announce) is a key from this length on.
    static constexpr qsizetype kMinimumAnnounceKeyLength = 6;
    // Secrets shorter than this are not searched for in other text (a user id "7" would mask
    // every 7 of a message).
    static constexpr qsizetype kMinimumSecretLengthInText = 4;

    // The URL with its secrets replaced by kMask; text that is not a URL is returned unchanged.
    static QString mask(const QString &url);
    // The secrets mask() would hide, as written in the URL (to hide them elsewhere too, e.g. in
    // a tracker's message that repeats the passkey).
    static QStringList secrets(const QString &url);
    // text with every occurrence of the given secrets (of kMinimumSecretLengthInText characters
    // or more) replaced by kMask.
    static QString maskSecretsIn(const QString &text, const QStringList &secrets);

    // Query parameter names whose values are always secret (compared case-insensitively).
    static bool isSecretParameterName(QStringView name);
    static bool looksLikeKey(QStringView token);
};
