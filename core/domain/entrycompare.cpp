#include "entrycompare.h"

namespace mend {
namespace {

QString shown(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QStringLiteral("none");
}

QString shown(bool v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}

QString shownRom(const QList<RomReading> &rom)
{
    QStringList parts;
    for (const auto &r : rom)
        parts << QStringLiteral("%1 %2°%3")
                     .arg(r.movement)
                     .arg(r.degrees)
                     .arg(r.side == RomSide::Other ? QStringLiteral(" (other side)") : QString());
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

} // namespace

QList<DayDifference> dayDifferences(const DailyEntry &a, const DailyEntry &b)
{
    QList<DayDifference> out;
    const auto compare = [&](const QString &field, const auto &x, const auto &y) {
        if (x != y)
            out.append({field, shown(x), shown(y)});
    };
    compare(QStringLiteral("average pain"), std::optional<int>(a.painAverage),
            std::optional<int>(b.painAverage));
    compare(QStringLiteral("pain at rest"), a.painRest, b.painRest);
    compare(QStringLiteral("pain with activity"), a.painActivity, b.painActivity);
    compare(QStringLiteral("worst pain"), a.painWorst, b.painWorst);
    compare(QStringLiteral("steps"), a.steps, b.steps);
    compare(QStringLiteral("active minutes"), a.activeMinutes, b.activeMinutes);
    if (a.rom != b.rom) {
        // The same readings in another order are the same day (a CSV lists them by column).
        QList<RomReading> romA = a.rom, romB = b.rom;
        sortRomReadings(romA);
        sortRomReadings(romB);
        if (romA != romB)
            out.append({QStringLiteral("range of motion"), shownRom(romA), shownRom(romB)});
    }
    if (a.activityLevel != b.activityLevel || a.walkingAid != b.walkingAid)
        out.append({QStringLiteral("activity or walking aid"), QStringLiteral("one"),
                    QStringLiteral("another")});
    if (!(a.symptoms == b.symptoms))
        out.append(
            {QStringLiteral("symptoms"), QStringLiteral("one set"), QStringLiteral("another")});
    if (!(a.safety == b.safety))
        out.append({QStringLiteral("warning signs"), QStringLiteral("one set"),
                    QStringLiteral("another")});
    compare(QStringLiteral("pain medication"), a.painMedication, b.painMedication);
    if (a.note != b.note)
        out.append({QStringLiteral("note"), QStringLiteral("'%1'").arg(a.note.left(40)),
                    QStringLiteral("'%1'").arg(b.note.left(40))});
    return out;
}

} // namespace mend
