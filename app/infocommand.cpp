#include "infocommand.h"

int InfoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(arguments);
    Q_UNUSED(out);
    err << tr("info: not implemented yet") << u'\n';
    return 2;
}
