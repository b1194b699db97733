#include "metainfo/metainfopathchecker.h"

#include <QStringDecoder>

#include <algorithm>

namespace {
QString decodeUtf8(QByteArrayView bytes, bool &valid)
{
    // Most names are ASCII: Latin-1 conversion is the same for them, and much cheaper.
    const bool ascii = std::all_of(bytes.begin(), bytes.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        valid = true;
        return QString::fromLatin1(bytes);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    valid = !decoder.hasError();
    return text;
}
} // namespace

Expected<void> MetainfoPathChecker::checkElement(QByteArrayView element)
{
    const auto unsafe = [](const QString &what) {
        return Error(Error::Kind::Malformed, what);
    };
    if (element.isEmpty())
        return unsafe(tr("an empty path element"));
    if (element == "." || element == "..")
        return unsafe(tr("a \"%1\" path element").arg(QString::fromLatin1(element)));
    if (element.contains('/') || element.contains('\\'))
        return unsafe(tr("a path element containing a path separator"));
    if (element.size() >= 2 && element[1] == ':' &&
        QChar::isLetter(char16_t(static_cast<unsigned char>(element[0]))))
        return unsafe(tr("a path element with a drive letter"));
    if (element.contains('\0'))
        return unsafe(tr("a path element containing a NUL byte"));
    return {};
}

QString MetainfoPathChecker::decodeElement(QByteArrayView element)
{
    bool valid = true;
    QString text = decodeUtf8(element, valid);
    if (!valid)
        ++m_invalidUtf8;
    return text;
}

void MetainfoPathChecker::recordPathProblem(const QString &fileLabel, const Error &problem)
{
    record(tr("the path of %1 has %2, which could escape the torrent's folder when saved")
               .arg(fileLabel, problem.message()));
}

QString MetainfoPathChecker::decodeName(QByteArrayView name)
{
    bool valid = true;
    QString text = decodeUtf8(name, valid);
    if (!valid)
        record(tr("the name is not valid UTF-8"));
    const Expected<void> safe = checkElement(name);
    if (!safe && !name.isEmpty()) {
        record(tr("the name is %1, which could escape the download folder when saved")
                   .arg(safe.error().message()));
    }
    return text;
}

void MetainfoPathChecker::record(const QString &warning)
{
    if (m_listed.size() < kMaxListedProblems)
        m_listed.append(warning);
    else
        ++m_unlisted;
}

QStringList MetainfoPathChecker::warnings() const
{
    QStringList result = m_listed;
    if (m_unlisted > 0)
        result.append(tr("%n more suspicious paths are not listed", nullptr, int(m_unlisted)));
    if (m_invalidUtf8 > 0) {
        result.append(tr("%n path elements are not valid UTF-8 and are shown with "
                         "replacement characters",
                         nullptr, int(m_invalidUtf8)));
    }
    return result;
}
