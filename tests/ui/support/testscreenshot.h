#pragma once

#include <QString>
#include <QWidget>

namespace TestScreenshot {
// Saves a picture of widget for a person to look at, when TI_TEST_SCREENSHOTS names a folder.
inline void keep(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("TI_TEST_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name);
}
} // namespace TestScreenshot
