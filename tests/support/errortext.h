#pragma once

#include "common/expected.h"

#include <QString>

// What a failed Expected says, for QVERIFY2's message; empty when it holds a value.
template<typename T>
QString errorText(const Expected<T> &result)
{
    return result ? QString() : result.error().describe();
}
