#include "commandline.h"

#include "infocommand.h"

#include <QTextStream>
#include <cstring>

namespace {
const char *const kHeadlessWords[] = {"info", "check", "help", "--help", "-h", "--version", "-v"};
} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *word : kHeadlessWords) {
        if (std::strcmp(argv[1], word) == 0)
            return true;
    }
    return false;
}

QString CommandLine::helpText()
{
    return tr("Usage: tracker-inspector [FILE|MAGNET]...\n"
              "       tracker-inspector info FILE|MAGNET [--json]\n"
              "       tracker-inspector --help | --version\n"
              "\n"
              "Without a command, opens the window with the given torrents and magnet links.\n"
              "\n"
              "Commands:\n"
              "  info   Print what a .torrent file or magnet link holds: name, hashes, size,\n"
              "         files, trackers by tier, and warnings. --json prints one JSON object.\n"
              "\n"
              "Exit status: 0 success, 2 bad input or usage.\n");
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    if (command == u"--version" || command == u"-v") {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << u'\n';
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << helpText();
        return 0;
    }
    if (command == u"info")
        return InfoCommand::run(arguments.mid(2), out, err);
    err << tr("tracker-inspector: unknown command \"%1\"").arg(command) << u'\n' << helpText();
    return 2;
}
