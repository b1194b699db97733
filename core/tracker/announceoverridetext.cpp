#include "tracker/announceoverridetext.h"

#include "tracker/announceidentity.h"

#include <QHostAddress>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

Error refusal(const QString &message)
{
    return Error(Error::Kind::Malformed, message);
}

bool isHexDigits(QStringView text)
{
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        const bool hex = (unit >= u'0' && unit <= u'9') || (unit >= u'a' && unit <= u'f') ||
                         (unit >= u'A' && unit <= u'F');
        if (!hex)
            return false;
    }
    return !text.isEmpty();
}

bool isHostNameCharacter(QChar character)
{
    const char16_t unit = character.unicode();
    return (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z') ||
           (unit >= u'0' && unit <= u'9') || unit == u'-' || unit == u'.';
}

bool isPrintable(QStringView text)
{
    for (const QChar character : text) {
        if (!character.isPrint())
            return false;
    }
    return true;
}

} // namespace

QString AnnounceOverrideText::eventText(AnnounceEvent event)
{
    const QString name = announceEventName(event);
    return name.isEmpty() ? u"none"_s : name;
}

Expected<AnnounceEvent> AnnounceOverrideText::event(QStringView text)
{
    const QString name = text.trimmed().toString().toLower();
    if (name == u"update" || name == u"empty")
        return AnnounceEvent::None;
    for (const AnnounceEvent event :
         {AnnounceEvent::None, AnnounceEvent::Started, AnnounceEvent::Completed,
          AnnounceEvent::Stopped, AnnounceEvent::Paused}) {
        if (name == eventText(event))
            return event;
    }
    return refusal(
        tr("unknown event \"%1\": use none, started, completed, stopped or paused").arg(text));
}

Expected<qint64> AnnounceOverrideText::count(QStringView text, const QString &field)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 0) {
        return refusal(tr("%1 must be a whole number of bytes from 0 to %2, not \"%3\"")
                           .arg(field)
                           .arg(std::numeric_limits<qint64>::max())
                           .arg(text));
    }
    return value;
}

Expected<int> AnnounceOverrideText::numberUpTo(QStringView text, int maximum, const char *field)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > maximum)
        return refusal(tr("%1 must be a number from 0 to %2, not \"%3\"")
                           .arg(QLatin1String(field))
                           .arg(maximum)
                           .arg(text));
    return value;
}

Expected<int> AnnounceOverrideText::numwant(QStringView text)
{
    return numberUpTo(text, kMaximumNumwant, "numwant");
}

Expected<quint16> AnnounceOverrideText::port(QStringView text)
{
    return numberUpTo(text, kMaximumPort, "port").andThen([](int value) -> Expected<quint16> {
        return quint16(value);
    });
}

Expected<QByteArray> AnnounceOverrideText::hexBytes(QStringView digits, int maximumBytes)
{
    if (!isHexDigits(digits) || digits.size() % 2 != 0 || digits.size() > 2 * maximumBytes)
        return refusal(tr("\"%1\" is not an even number of hex digits, at most %2")
                           .arg(digits)
                           .arg(2 * maximumBytes));
    return QByteArray::fromHex(digits.toLatin1());
}

Expected<QByteArray> AnnounceOverrideText::peerId(QStringView text, PeerIdForm form)
{
    QByteArray bytes;
    if (text.startsWith(QLatin1String(kHexPrefix), Qt::CaseInsensitive)) {
        const Expected<QByteArray> decoded =
            hexBytes(text.mid(qsizetype(sizeof(kHexPrefix) - 1)), kPeerIdLength);
        if (!decoded)
            return refusal(tr("peer id: %1").arg(decoded.error().message()));
        bytes = *decoded;
    } else if (text.size() == kPeerIdHexLength && isHexDigits(text)) {
        bytes = QByteArray::fromHex(text.toLatin1());
    } else {
        bytes = text.toUtf8();
    }
    if (form == PeerIdForm::Prefix && !bytes.isEmpty() && bytes.size() <= kPeerIdLength)
        return AnnounceIdentity::makePeerId(bytes);
    if (bytes.size() != kPeerIdLength) {
        return refusal(tr("the peer id is %1 bytes long; it must be 20 bytes (as text, or 40 hex "
                          "digits)")
                           .arg(bytes.size()));
    }
    return bytes;
}

Expected<quint32> AnnounceOverrideText::key(QStringView text)
{
    QStringView digits = text.trimmed();
    if (digits.startsWith(u"0x", Qt::CaseInsensitive))
        digits = digits.mid(2);
    bool ok = false;
    const quint32 value = digits.toUInt(&ok, 16);
    if (!ok || !isHexDigits(digits) || digits.size() > kKeyHexDigits)
        return refusal(tr("the key must be up to 8 hex digits (32 bits), not \"%1\"").arg(text));
    return value;
}

Expected<QString> AnnounceOverrideText::ip(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    QHostAddress address;
    if (address.setAddress(trimmed))
        return address.toString();
    const bool nameLike = !trimmed.isEmpty() && trimmed.size() <= kMaximumHostNameLength &&
                          std::all_of(trimmed.cbegin(), trimmed.cend(), isHostNameCharacter) &&
                          !trimmed.startsWith(u'-') && !trimmed.contains(u".."_s);
    if (!nameLike)
        return refusal(
            tr("ip must be an IPv4 or IPv6 address or a host name, not \"%1\"").arg(text));
    return trimmed;
}

Expected<QPair<QByteArray, QByteArray>> AnnounceOverrideText::parameter(QStringView text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0)
        return refusal(tr("a parameter is written name=value, not \"%1\"").arg(text));
    if (text.size() > kMaximumParameterLength)
        return refusal(tr("a parameter is longer than %1 characters").arg(kMaximumParameterLength));
    if (!isPrintable(text))
        return refusal(tr("the parameter \"%1\" holds a control character").arg(text));
    return qMakePair(text.first(equals).toUtf8(), text.sliced(equals + 1).toUtf8());
}

Expected<QList<QPair<QByteArray, QByteArray>>>
AnnounceOverrideText::parameterLines(QStringView text)
{
    QList<QPair<QByteArray, QByteArray>> parameters;
    int lineNumber = 0;
    for (const QStringView line : text.split(u'\n')) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const Expected<QPair<QByteArray, QByteArray>> parsed = parameter(trimmed);
        if (!parsed)
            return refusal(tr("line %1: %2").arg(lineNumber).arg(parsed.error().message()));
        parameters.append(*parsed);
    }
    return parameters;
}

Expected<QByteArray> AnnounceOverrideText::userAgent(QStringView text)
{
    if (text.trimmed().isEmpty() || !isPrintable(text) || text.size() > kMaximumUserAgentLength)
        return refusal(tr("the user agent must be printable text on one line, at most %1 "
                          "characters")
                           .arg(kMaximumUserAgentLength));
    return text.toUtf8();
}
