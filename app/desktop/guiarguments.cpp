#include "desktop/guiarguments.h"

namespace {
const QLatin1String kScreenshotOption("--screenshot");
const QLatin1String kScreenshotOptionWithValue("--screenshot=");
const QLatin1String kNewInstanceOption("--new-instance");
const QLatin1String kEndOfOptions("--");
} // namespace

GuiArguments GuiArguments::parse(const QStringList &arguments)
{
    GuiArguments result;
    bool optionsEnded = false;
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (optionsEnded || !argument.startsWith(u'-') || argument == u"-") {
            result.sources << argument;
            continue;
        }
        if (argument == kEndOfOptions) {
            optionsEnded = true;
            continue;
        }
        if (argument == kNewInstanceOption) {
            result.newInstance = true;
            continue;
        }
        if (argument == kScreenshotOption)
            result.screenshotPath = arguments.value(++index);
        else if (argument.startsWith(kScreenshotOptionWithValue))
            result.screenshotPath = argument.mid(kScreenshotOptionWithValue.size());
        else
            result.errorMessage = tr("unknown option \"%1\"").arg(argument);
        if (result.screenshotPath.isEmpty() && result.errorMessage.isEmpty())
            result.errorMessage = tr("--screenshot needs a file name (a PNG to write)");
        if (!result.isValid())
            return result;
    }
    return result;
}
