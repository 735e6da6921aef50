// libFuzzer: the activity readers (Apple Health XML, fed in small pieces; the daily CSVs of
// Fitbit, Google Fit and Samsung Health; the JSON of Fitbit's account export).
#include "exchange/applehealthimport.h"
#include "exchange/fitbitimport.h"
#include "exchange/fitbittakeoutimport.h"
#include "exchange/googlefitimport.h"
#include "exchange/samsunghealthimport.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto apple = mend::readAppleHealth(&buffer);
    // A day kept is a real day with a count that a day can hold.
    if (apple.ok())
        for (const mend::ActivityDay &d : apple.value().days)
            if (!d.day.isValid() || (d.steps && *d.steps < 0) ||
                (d.activeMinutes && (*d.activeMinutes < 0 || *d.activeMinutes > 1440)))
                __builtin_trap();
    mend::ActivityReadOptions options;
    options.sourceId = QStringLiteral("4020332650");
    const auto fitbit = mend::readFitbitDaily(bytes, options);
    if (fitbit.ok())
        for (const mend::ActivityDay &d : fitbit.value().days)
            if (!d.day.isValid() || !d.steps || *d.steps < 0)
                __builtin_trap();
    for (const auto &daily : {mend::readGoogleFitDaily(bytes), mend::readSamsungHealthDaily(bytes)})
        if (daily.ok())
            for (const mend::ActivityDay &d : daily.value().days)
                if (!d.day.isValid() || (d.steps && (*d.steps < 0 || *d.steps > 200000)) ||
                    (d.activeMinutes && (*d.activeMinutes < 0 || *d.activeMinutes > 1440)))
                    __builtin_trap();
    for (const char *name : {"steps-2026-02-01.json", "very_active_minutes-2026-02-01.json"}) {
        mend::FitbitTakeoutReader reader(QTimeZone(QByteArray("America/New_York")), {});
        if (!reader.add(QString::fromLatin1(name), bytes))
            continue;
        const auto takeout = reader.finish();
        if (takeout.ok())
            for (const mend::ActivityDay &d : takeout.value().days)
                if (!d.day.isValid() || (d.steps && (*d.steps < 0 || *d.steps > 200000)) ||
                    (d.activeMinutes && (*d.activeMinutes < 0 || *d.activeMinutes > 1440)))
                    __builtin_trap();
    }
    return 0;
}
