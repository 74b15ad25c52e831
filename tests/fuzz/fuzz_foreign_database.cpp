// libFuzzer harness: FuzzTargets::foreignDatabase (see FuzzTargets.h).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzTargets::foreignDatabase(FuzzSupport::workDir(), FuzzSupport::bytes(data, size));
    return 0;
}
