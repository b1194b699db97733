#pragma once

#include <QCoreApplication>
#include <QStringList>

// The GUI's command line: torrents and magnets to open, --screenshot PATH and --new-instance.
struct GuiArguments
{
    Q_DECLARE_TR_FUNCTIONS(GuiArguments)

public:
    QStringList sources;
    QString screenshotPath;   // empty: no screenshot
    bool newInstance = false; // open a window of its own, even when one is running already
    QString errorMessage;     // empty when the arguments are usable

    // arguments without the program name, as QCoreApplication::arguments().mid(1).
    static GuiArguments parse(const QStringList &arguments);
    bool isValid() const { return errorMessage.isEmpty(); }
};
