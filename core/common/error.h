#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>
#include <utility>

// Why something could not be done: a kind that callers can branch on, a sentence for people, and
// for parsers the byte offset in their input where they stopped. See Expected for what carries it.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    // What went wrong, for a caller to act on (the tests check it); Generic when the sentence
    // says all there is to say. A new kind comes with the code that tells it apart.
    enum class Kind {
        Generic,    // nothing to tell apart
        Malformed,  // input that breaks its format or rules: bencode, a torrent, a magnet link, a
                    // tracker's reply, a setting's text
        FileAccess, // a file that cannot be found, opened, read or written
        Cancelled,  // stopped because the caller asked
    };

    static constexpr qint64 kNoOffset = -1;

    Error(Kind kind, QString message, qint64 offset = kNoOffset)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_offset(offset)
    {}

    Kind kind() const { return m_kind; }
    // "expected ':' after string length", "the info dictionary is missing"
    const QString &message() const { return m_message; }
    qint64 offset() const { return m_offset; }
    bool hasOffset() const { return m_offset >= 0; }
    // The message, with the offset when there is one: "expected ':' after string length at
    // byte 1043".
    QString describe() const;

    bool operator==(const Error &other) const = default;

private:
    Kind m_kind = Kind::Generic;
    QString m_message;
    qint64 m_offset = kNoOffset;
};
