#pragma once

#include "dailyentry.h"

#include <QString>
#include <functional>
#include <optional>

namespace mend {

/** A numeric series read from daily entries: pain average, steps, a ROM movement, ... */
struct Metric
{
    QString key;
    std::function<std::optional<double>(const DailyEntry &)> read;

    static Metric painAverage();
    static Metric painRest();
    static Metric painActivity();
    static Metric painWorst();
    static Metric steps();
    static Metric activeMinutes();
    static Metric rom(const QString &movement, RomSide side = RomSide::Treated);
    /** The metric for a key such as "pain", "steps" or "rom:knee-flexion"; nothing if unknown. */
    static std::optional<Metric> fromKey(const QString &key);
};

} // namespace mend
