#include "common/error.h"

QString Error::describe() const
{
    if (!hasOffset())
        return m_message;
    return tr("%1 at byte %2").arg(m_message).arg(m_offset);
}
