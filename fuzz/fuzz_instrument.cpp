// libFuzzer: a questionnaire definition (JSON), then scoring every scale with all-zero answers.
#include "domain/instrumentscoring.h"
#include "exchange/instrumentparser.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto parsed = mend::parseInstrument(fuzz::bytes(data, size));
    if (!parsed)
        return 0;
    QMap<QString, int> answers;
    for (const auto &item : parsed.value().items)
        answers.insert(item.id, 0);
    for (const auto &scale : parsed.value().scales)
        (void)mend::scoreScale(scale, answers);
    return 0;
}
