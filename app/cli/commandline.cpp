#include "cli/commandline.h"

#include "cli/checkcommand.h"
#include "cli/infocommand.h"

#include <QTextStream>
#include <cstring>

using namespace Qt::StringLiterals;

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
    return tr(
        "Usage: tracker-inspector [--new-instance] [--screenshot PATH] [FILE|MAGNET]...\n"
        "       tracker-inspector info FILE|MAGNET [--json]\n"
        "       tracker-inspector check [FILE|MAGNET|DIRECTORY]...\n"
        "             [--format table|json|csv|list] [--json|--csv] [--timeout SEC]\n"
        "             [--tracker URL]... [--trackers-file FILE] [--info-hash HEX]\n"
        "             [--working-only] [--family ipv4|ipv6|both] [--scrape-only] [--keep]\n"
        "             [--port N] [--numwant N] [--concurrency N] [--allow-private-redirects]\n"
        "             [ANNOUNCE OPTIONS]\n"
        "       tracker-inspector --help | --version\n"
        "\n"
        "Without a command, opens the window with the given torrents and magnet links.\n"
        "When a window is open already, they are opened there instead; --new-instance\n"
        "opens a window of its own.\n"
        "--screenshot PATH loads them, saves the window as a PNG image and quits (works\n"
        "without a display with QT_QPA_PLATFORM=offscreen).\n"
        "\n"
        "Commands:\n"
        "  info   Print what a .torrent file or magnet link holds: name, hashes, size,\n"
        "         files, trackers by tier, and warnings. --json prints one JSON object.\n"
        "  check  Contact every tracker at once: announce (started), scrape, then stopped\n"
        "         unless --keep (--scrape-only: scrape alone), and report each tracker's\n"
        "         status, counts, latency, IPv4/IPv6, aliases, peers and findings.\n"
        "         --timeout SEC per request (default 10). --tracker and --trackers-file\n"
        "         (one URL a line, blank lines between tiers) add trackers. Several\n"
        "         torrents and directories (every .torrent directly inside) are checked in\n"
        "         one round. Without FILE|MAGNET, the trackers given are checked as a\n"
        "         tracker list, with a random info hash or --info-hash HEX (40 or 64\n"
        "         digits). --working-only reports the working trackers only. --format\n"
        "         json|csv (or --json / --csv) prints machine-readable output; --format list\n"
        "         the working trackers, one URL a line, best first (--family ipv4|ipv6\n"
        "         keeps those working over that family).\n"
        "         Exit status 0 when at least one tracker works, 1 when none does.\n"
        "         A redirect from a public tracker to a private, loopback or link-local\n"
        "         address is refused unless --allow-private-redirects.\n"
        "         Announce options send each tracker exactly one announce with the values\n"
        "         given (and scrape it), with no stopped after it: --event none|started|\n"
        "         completed|stopped|paused, --uploaded N, --downloaded N, --left N,\n"
        "         --peer-id ID (20 bytes as text, or 40 hex digits), --key HEX (up to 8\n"
        "         digits), --no-compact, --ip ADDRESS, --param NAME=VALUE (repeatable,\n"
        "         percent-encoded when sent), --user-agent TEXT. What a protocol cannot\n"
        "         carry is said on stderr. A bad value exits with status 2.\n"
        "\n"
        "Exit status: 0 success, 2 bad input or usage.\n");
}

bool CommandLine::printsMachineReadableOutput(const QStringList &arguments)
{
    if (arguments.contains(u"--json"_s) || arguments.contains(u"--csv"_s))
        return true;
    const qsizetype format = arguments.indexOf(u"--format"_s);
    return format >= 0 && arguments.value(format + 1) != u"table";
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
    const QStringList rest = arguments.mid(2);
    const bool asksForHelp = rest.contains(u"--help"_s) || rest.contains(u"-h"_s);
    if (command == u"--help" || command == u"-h" || command == u"help" || asksForHelp) {
        out << helpText();
        return 0;
    }
    if (command == u"info")
        return InfoCommand::run(rest, out, err);
    if (command == u"check")
        return CheckCommand::run(rest, out, err);
    err << tr("tracker-inspector: unknown command \"%1\"").arg(command) << u'\n' << helpText();
    return 2;
}
