#include "report/metainfojson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonValue hexOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(QString::fromLatin1(bytes.toHex()));
}

QJsonValue numberOrNull(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray filesToJson(const QList<MetainfoFile> &files)
{
    QJsonArray result;
    for (const MetainfoFile &file : files) {
        QJsonObject entry{{QStringLiteral("path"), file.displayPath()},
                          {QStringLiteral("size"), file.size}};
        if (file.isPadFile)
            entry.insert(QStringLiteral("pad"), true);
        if (file.isExecutable)
            entry.insert(QStringLiteral("executable"), true);
        if (file.isHidden)
            entry.insert(QStringLiteral("hidden"), true);
        if (file.isSymlink)
            entry.insert(QStringLiteral("symlink"), file.symlinkTarget.join(u'/'));
        if (!file.piecesRoot.isEmpty())
            entry.insert(QStringLiteral("pieces_root"),
                         QString::fromLatin1(file.piecesRoot.toHex()));
        result.append(entry);
    }
    return result;
}

void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            out.append("\\u00").append(kHex[byte >> 4]).append(kHex[byte & 15]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void appendFilesText(QByteArray &out, const QList<MetainfoFile> &files)
{
    out.append("\"files\":[");
    bool first = true;
    for (const MetainfoFile &file : files) {
        out.append(first ? "\n{\"path\":" : ",\n{\"path\":");
        first = false;
        appendJsonString(out, file.displayPath());
        out.append(",\"size\":").append(QByteArray::number(file.size));
        if (file.isPadFile)
            out.append(",\"pad\":true");
        if (file.isExecutable)
            out.append(",\"executable\":true");
        if (file.isHidden)
            out.append(",\"hidden\":true");
        if (file.isSymlink) {
            out.append(",\"symlink\":");
            appendJsonString(out, file.symlinkTarget.join(u'/'));
        }
        if (!file.piecesRoot.isEmpty())
            out.append(",\"pieces_root\":\"").append(file.piecesRoot.toHex()).append('"');
        out.append('}');
    }
    out.append("]");
}

QJsonArray trackersToJson(const Metainfo &metainfo)
{
    QJsonArray tiers;
    for (const QList<TrackerUrl> &tier : metainfo.trackerTiers) {
        QJsonArray urls;
        for (const TrackerUrl &url : tier)
            urls.append(url.text());
        tiers.append(urls);
    }
    return tiers;
}
} // namespace

QString MetainfoJson::versionName(MetainfoVersion version)
{
    switch (version) {
    case MetainfoVersion::V1:
        return QStringLiteral("v1");
    case MetainfoVersion::V2:
        return QStringLiteral("v2");
    case MetainfoVersion::Hybrid:
        return QStringLiteral("hybrid");
    case MetainfoVersion::MagnetOnly:
        break;
    }
    return QStringLiteral("magnet");
}

QJsonObject MetainfoJson::toJson(const Metainfo &metainfo)
{
    QJsonObject object = withoutFiles(metainfo);
    object.insert(QStringLiteral("files"), filesToJson(metainfo.files));
    return object;
}

QByteArray MetainfoJson::toJsonText(const Metainfo &metainfo)
{
    QByteArray text = QJsonDocument(withoutFiles(metainfo)).toJson(QJsonDocument::Indented);
    const qsizetype end = text.lastIndexOf('}');
    if (end < 0)
        return text;
    text.truncate(end);
    while (text.endsWith('\n'))
        text.chop(1);
    text.reserve(text.size() + metainfo.files.size() * 64 + 16);
    text.append(",\n    ");
    appendFilesText(text, metainfo.files);
    text.append("\n}\n");
    return text;
}

QJsonObject MetainfoJson::withoutFiles(const Metainfo &metainfo)
{
    const bool isMagnet = metainfo.version == MetainfoVersion::MagnetOnly;
    QJsonObject object;
    object.insert(QStringLiteral("source"), metainfo.sourceName);
    object.insert(QStringLiteral("version"), versionName(metainfo.version));
    object.insert(QStringLiteral("name"), metainfo.name);
    object.insert(QStringLiteral("info_hash_v1"), hexOrNull(metainfo.infoHashV1));
    object.insert(QStringLiteral("info_hash_v2"), hexOrNull(metainfo.infoHashV2));
    object.insert(QStringLiteral("total_size"), numberOrNull(metainfo.totalSize));
    object.insert(QStringLiteral("file_count"), numberOrNull(metainfo.fileCount));
    object.insert(QStringLiteral("pad_file_count"),
                  isMagnet ? QJsonValue(QJsonValue::Null) : QJsonValue(metainfo.padFileCount));
    object.insert(QStringLiteral("piece_length"), numberOrNull(metainfo.pieceLength));
    object.insert(QStringLiteral("piece_count"), numberOrNull(metainfo.pieceCount));
    object.insert(QStringLiteral("info_size"), numberOrNull(metainfo.infoSize));
    object.insert(QStringLiteral("multi_file"), metainfo.isMultiFile);
    object.insert(QStringLiteral("private"), metainfo.isPrivate);
    object.insert(QStringLiteral("source_tag"), textOrNull(metainfo.source));
    object.insert(QStringLiteral("created_by"), textOrNull(metainfo.createdBy));
    object.insert(QStringLiteral("creation_date"),
                  metainfo.creationDate.isValid()
                      ? QJsonValue(metainfo.creationDate.toString(Qt::ISODate))
                      : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("comment"), textOrNull(metainfo.comment));
    object.insert(QStringLiteral("trackers"), trackersToJson(metainfo));
    object.insert(QStringLiteral("url_list"), QJsonArray::fromStringList(metainfo.urlList));
    object.insert(QStringLiteral("peer_addresses"),
                  QJsonArray::fromStringList(metainfo.peerAddresses));
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(metainfo.warnings));
    return object;
}
