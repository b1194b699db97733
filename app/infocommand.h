#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `tracker-inspector info FILE|MAGNET [--json]`
class InfoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    // arguments: what follows "info". Returns the exit status (0, or 2 for bad input/usage).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
