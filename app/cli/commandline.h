#pragma once

#include <QCoreApplication>
#include <QStringList>

// The headless side of tracker-inspector: `info`, `check`, `--help`, `--version`. Runs without a
// display; the GUI is started only when no command is given.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when argv names a command or asks for --help/--version: then no QApplication is made.
    static bool isHeadless(int argc, char **argv);
    // Runs the command in arguments (QCoreApplication::arguments()); returns the exit status.
    static int run(const QStringList &arguments);
    // True when arguments ask for --json, --csv or a --format other than table: output for
    // programs, never translated.
    static bool printsMachineReadableOutput(const QStringList &arguments);
    static QString helpText();
};
