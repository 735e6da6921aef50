#include "metric.h"

namespace mend {
namespace {

std::optional<double> toDouble(const std::optional<int> &v)
{
    return v ? std::optional<double>(*v) : std::nullopt;
}

} // namespace

Metric Metric::painAverage()
{
    return {QStringLiteral("pain"),
            [](const DailyEntry &e) { return std::optional<double>(e.painAverage); }};
}

Metric Metric::painRest()
{
    return {QStringLiteral("pain-rest"), [](const DailyEntry &e) { return toDouble(e.painRest); }};
}

Metric Metric::painActivity()
{
    return {QStringLiteral("pain-activity"),
            [](const DailyEntry &e) { return toDouble(e.painActivity); }};
}

Metric Metric::painWorst()
{
    return {QStringLiteral("pain-worst"),
            [](const DailyEntry &e) { return toDouble(e.painWorst); }};
}

Metric Metric::steps()
{
    return {QStringLiteral("steps"), [](const DailyEntry &e) { return toDouble(e.steps); }};
}

Metric Metric::activeMinutes()
{
    return {QStringLiteral("active-minutes"),
            [](const DailyEntry &e) { return toDouble(e.activeMinutes); }};
}

Metric Metric::rom(const QString &movement, RomSide side)
{
    const QString suffix = side == RomSide::Other ? QStringLiteral(":other") : QString();
    return {QStringLiteral("rom:") + movement + suffix,
            [movement, side](const DailyEntry &e) { return toDouble(e.romValue(movement, side)); }};
}

std::optional<Metric> Metric::fromKey(const QString &key)
{
    for (const auto &m :
         {painAverage(), painRest(), painActivity(), painWorst(), steps(), activeMinutes()})
        if (m.key == key)
            return m;
    if (key.startsWith(QStringLiteral("rom:"))) {
        QString movement = key.mid(4);
        if (movement.endsWith(QStringLiteral(":other")))
            return rom(movement.chopped(6), RomSide::Other);
        return rom(movement);
    }
    return std::nullopt;
}

} // namespace mend
