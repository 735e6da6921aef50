// libFuzzer: reading a FHIR R4 Bundle (Mend's own and foreign ones), with the built-in instruments.
#include "exchange/fhirimport.h"
#include "exchange/instrumentparser.h"
#include "fuzzsupport.h"

#include <QFile>

namespace {

QList<mend::Instrument> builtInInstruments()
{
    QList<mend::Instrument> list;
    for (const char *name : {"koos-jr", "hoos-jr"}) {
        QFile f(QStringLiteral(":/mend/instruments/%1.json").arg(QLatin1String(name)));
        if (f.open(QIODevice::ReadOnly))
            if (auto parsed = mend::parseInstrument(f.readAll()))
                list.append(parsed.value());
    }
    return list;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const QList<mend::Instrument> instruments = builtInInstruments();
    (void)mend::readFhirBundle(fuzz::bytes(data, size), instruments);
    return 0;
}
