// A probe, never part of a program: compiled by the layering tests with exactly the include
// paths and definitions that needlechart_ui gives the code that uses it. With REACH_FOR_STORAGE
// it must fail to compile; without, it must compile (so the failure is the include's alone).
#include "needlechart/ui/common/UiContext.h"

#ifdef REACH_FOR_STORAGE
#include "needlechart/storage/database/Database.h"
#endif

int layeringProbe()
{
    return 0;
}
