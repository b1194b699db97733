#include "cli/infocommand.h"

#include "metainfo/magnetlinkparser.h"
#include "metainfo/torrentfilereader.h"
#include "report/metainfojson.h"

#include <QLocale>

namespace {
void printField(QTextStream &out, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        out << QString(label + u':').leftJustified(16) << value << u'\n';
}
} // namespace

int InfoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList inputs;
    bool json = false;
    for (const QString &argument : arguments) {
        if (argument == u"--json")
            json = true;
        else if (argument.startsWith(u"--") && argument.size() > 2) {
            err << tr("tracker-inspector: info: unknown option \"%1\"").arg(argument) << u'\n';
            return 2;
        } else
            inputs.append(argument);
    }
    if (inputs.size() != 1) {
        err << tr("usage: tracker-inspector info FILE|MAGNET [--json]") << u'\n';
        return 2;
    }
    const QString &input = inputs.first();
    const Expected<Metainfo> result = MagnetLinkParser::looksLikeMagnet(input)
                                          ? MagnetLinkParser::parse(input)
                                          : TorrentFileReader::read(input);
    if (!result) {
        err << tr("tracker-inspector: %1: %2").arg(input, result.error().describe()) << u'\n';
        return 2;
    }
    if (json)
        out << QString::fromUtf8(MetainfoJson::toJsonText(*result));
    else
        printSummary(*result, out);
    out.flush();
    return 0;
}

void InfoCommand::printSummary(const Metainfo &metainfo, QTextStream &out)
{
    const QLocale locale = QLocale::c();
    printField(out, tr("Name"), metainfo.name.isEmpty() ? tr("(none)") : metainfo.name);
    printField(out, tr("Source"), metainfo.sourceName);
    printField(out, tr("Version"), MetainfoJson::versionName(metainfo.version));
    printField(out, tr("Info hash v1"), QString::fromLatin1(metainfo.infoHashV1.toHex()));
    printField(out, tr("Info hash v2"), QString::fromLatin1(metainfo.infoHashV2.toHex()));
    if (metainfo.totalSize >= 0) {
        printField(
            out, tr("Total size"),
            metainfo.totalSize < 1024
                ? formatSize(metainfo.totalSize)
                : tr("%1 (%2 bytes)").arg(formatSize(metainfo.totalSize)).arg(metainfo.totalSize));
    }
    if (metainfo.fileCount >= 0) {
        printField(
            out, tr("Files"),
            metainfo.padFileCount > 0
                ? tr("%1 (and %2 pad files)").arg(metainfo.fileCount).arg(metainfo.padFileCount)
                : QString::number(metainfo.fileCount));
    }
    if (metainfo.pieceCount >= 0) {
        printField(
            out, tr("Pieces"),
            tr("%1 of %2")
                .arg(locale.toString(metainfo.pieceCount), formatSize(metainfo.pieceLength)));
    }
    if (metainfo.version != MetainfoVersion::MagnetOnly)
        printField(out, tr("Private"), metainfo.isPrivate ? tr("yes") : tr("no"));
    printField(out, tr("Source tag"), metainfo.source);
    printField(out, tr("Created by"), metainfo.createdBy);
    if (metainfo.creationDate.isValid())
        printField(out, tr("Created on"), metainfo.creationDate.toString(Qt::ISODate));
    printField(out, tr("Comment"), metainfo.comment);
    printField(out, tr("Web seeds"), metainfo.urlList.join(QStringLiteral(", ")));
    printField(out, tr("Peers"), metainfo.peerAddresses.join(QStringLiteral(", ")));
    printTrackers(metainfo, out);
    printFiles(metainfo, out);
    if (!metainfo.warnings.isEmpty()) {
        out << tr("Warnings:") << u'\n';
        for (const QString &warning : metainfo.warnings)
            out << QStringLiteral("  - ") << warning << u'\n';
    }
}

void InfoCommand::printTrackers(const Metainfo &metainfo, QTextStream &out)
{
    if (metainfo.trackerTiers.isEmpty()) {
        out << tr("Trackers: none (the torrent relies on DHT and peer exchange)") << u'\n';
        return;
    }
    out << tr("Trackers: %1 in %2 tiers")
               .arg(metainfo.trackerCount())
               .arg(metainfo.trackerTiers.size())
        << u'\n';
    for (qsizetype tier = 0; tier < metainfo.trackerTiers.size(); ++tier) {
        out << QStringLiteral("  ") << tr("Tier %1").arg(tier + 1) << u'\n';
        for (const TrackerUrl &url : metainfo.trackerTiers[tier]) {
            out << QStringLiteral("    ") << url.text();
            if (!url.isSupported())
                out << QStringLiteral("  (") << url.problem() << u')';
            out << u'\n';
        }
    }
}

void InfoCommand::printFiles(const Metainfo &metainfo, QTextStream &out)
{
    if (metainfo.files.isEmpty())
        return;
    out << tr("Files:") << u'\n';
    int listed = 0;
    for (const MetainfoFile &file : metainfo.files) {
        if (file.isPadFile)
            continue;
        if (listed++ == kMaxFilesListed) {
            out << QStringLiteral("  ")
                << tr("… and %1 more (--json lists them all)")
                       .arg(metainfo.fileCount - kMaxFilesListed)
                << u'\n';
            break;
        }
        out << QStringLiteral("  ") << formatSize(file.size).rightJustified(12)
            << QStringLiteral("  ") << file.displayPath();
        if (file.isSymlink)
            out << QStringLiteral("  ") << symlinkText(file);
        out << u'\n';
    }
}

QString InfoCommand::symlinkText(const MetainfoFile &file)
{
    return file.symlinkTarget.isEmpty()
               ? tr("(symbolic link)")
               : tr("(symbolic link to %1)").arg(file.symlinkTarget.join(u'/'));
}

QString InfoCommand::formatSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
