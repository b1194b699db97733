#pragma once

#include <QIcon>

// Small status symbols drawn with QPainter. Each differs by shape as well as colour, so the
// status never depends on colour alone; the word next to it says the same thing.
class StatusIcons
{
public:
    enum class Kind {
        NotContacted,
        Unsupported,
        Warning,
        Error,
        Working,
        Updating,
        Timeout,
        Unreachable,
        Disabled
    };

    static QIcon icon(Kind kind);

private:
    static QPixmap draw(Kind kind, int size);
};
