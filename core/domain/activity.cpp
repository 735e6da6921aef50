#include "activity.h"

#include <QMap>

namespace mend {

QList<DaySteps> stepsByDay(const QList<DailyEntry> &entries,
                           const QList<StoredActivityDay> &imported)
{
    QMap<QDate, DaySteps> days;
    QMap<QDate, QDateTime> importedAt;
    for (const StoredActivityDay &d : imported) {
        if (!d.activity.steps)
            continue;
        const auto seen = importedAt.constFind(d.activity.day);
        if (seen != importedAt.constEnd() && *seen > d.importedAt)
            continue;
        days.insert(d.activity.day, {d.activity.day, *d.activity.steps, d.source});
        importedAt.insert(d.activity.day, d.importedAt);
    }
    for (const DailyEntry &e : entries)
        if (e.steps)
            days.insert(e.date, {e.date, *e.steps, QString()});
    return days.values();
}

ImportedSteps importedSteps(const QList<DaySteps> &days)
{
    ImportedSteps imported;
    for (const DaySteps &d : days) {
        if (d.source.isEmpty())
            continue;
        ++imported.days;
        if (!imported.sources.contains(d.source))
            imported.sources.append(d.source);
    }
    return imported;
}

} // namespace mend
