// libFuzzer: a clinic's protocol definition (JSON).
#include "exchange/protocolparser.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)mend::parseProtocol(fuzz::bytes(data, size));
    return 0;
}
