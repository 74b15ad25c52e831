// libFuzzer harness: FuzzTargets::actorCsv (see FuzzTargets.h) on a database of its own.
#include "FuzzTargets.h"

namespace {
// Never destroyed: at exit Qt's SQL globals are gone before a static Database would be.
Database *g_db = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::startApplication();
    g_db = FuzzTargets::makeDatabase(FuzzSupport::workDir(), QStringLiteral("actors.sqlite"), false).release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzTargets::actorCsv(*g_db, FuzzSupport::bytes(data, size));
    return 0;
}
