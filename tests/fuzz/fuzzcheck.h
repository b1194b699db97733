#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant of the code under fuzzing: when it does not hold, the input is a finding, so the
// process aborts and libFuzzer saves the input as a crash.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
