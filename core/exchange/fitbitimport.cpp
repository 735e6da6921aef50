#include "fitbitimport.h"

#include "csv.h"

#include <QSet>

namespace mend {

namespace {

struct Columns
{
    qsizetype id = -1, day = -1, steps = -1, veryActive = -1, fairlyActive = -1;
};

Columns columnsOf(const QStringList &header)
{
    Columns c;
    c.id = header.indexOf(QStringLiteral("Id"));
    c.day = header.indexOf(QStringLiteral("ActivityDay"));
    if (c.day < 0)
        c.day = header.indexOf(QStringLiteral("ActivityDate"));
    c.steps = header.indexOf(QStringLiteral("StepTotal"));
    if (c.steps < 0)
        c.steps = header.indexOf(QStringLiteral("TotalSteps"));
    c.veryActive = header.indexOf(QStringLiteral("VeryActiveMinutes"));
    c.fairlyActive = header.indexOf(QStringLiteral("FairlyActiveMinutes"));
    return c;
}

} // namespace

bool looksLikeFitbitDaily(const QByteArray &head)
{
    const QString line = csv::firstLine(head);
    return line.startsWith(QStringLiteral("Id,ActivityDay,StepTotal")) ||
           line.startsWith(QStringLiteral("Id,ActivityDate,TotalSteps"));
}

Result<ActivityFile> readFitbitDaily(const QByteArray &text, const ActivityReadOptions &options)
{
    auto parsed = csv::parse(text);
    if (!parsed)
        return parsed.error();
    const QList<QStringList> &rows = parsed.value();
    if (rows.isEmpty())
        return Error{{}, QStringLiteral("the file is empty")};
    const Columns c = columnsOf(rows.first());
    if (c.id < 0 || c.day < 0 || c.steps < 0)
        return Error{{},
                     QStringLiteral("not a Fitbit daily file: its header lacks Id, the day "
                                    "or the steps")};
    QStringList ids;
    QSet<QString> seen;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString id = rows.at(i).value(c.id);
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    QString chosen = options.sourceId;
    if (chosen.isEmpty()) {
        if (ids.size() > 1)
            return Error{QStringLiteral("source-id"),
                         QStringLiteral("the file holds the days of %1 people (Ids %2); say whose "
                                        "with --source-id")
                             .arg(ids.size())
                             .arg(ids.mid(0, 5).join(QStringLiteral(", ")) +
                                  (ids.size() > 5 ? QStringLiteral(", …") : QString()))};
        chosen = ids.value(0);
    } else if (!seen.contains(chosen)) {
        return Error{QStringLiteral("source-id"),
                     QStringLiteral("no day in the file has Id %1").arg(chosen.left(40))};
    }

    ActivityFile file;
    file.format = QStringLiteral("Fitbit");
    ActivitySourceTotal total{QStringLiteral("Fitbit ") + chosen, 0, 0, 0};
    QSet<QDate> days;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        if (row.value(c.id) != chosen)
            continue;
        const QString line = QString::number(i + 1);
        const QDate day = QDate::fromString(row.value(c.day), QStringLiteral("M/d/yyyy"));
        if (!day.isValid())
            return Error{{},
                         QStringLiteral("line %1: the day \"%2\" is not M/D/YYYY")
                             .arg(line, row.value(c.day).left(40))};
        bool ok = false;
        const qint64 steps = row.value(c.steps).toLongLong(&ok);
        if (!ok || steps < 0 || steps > 200000)
            return Error{{},
                         QStringLiteral("line %1: %2 is not a day's step count")
                             .arg(line, row.value(c.steps).left(40))};
        if (days.contains(day))
            return Error{{},
                         QStringLiteral("line %1: %2 appears twice for Id %3")
                             .arg(line, day.toString(Qt::ISODate), chosen)};
        days.insert(day);
        ++file.records;
        ++total.records;
        total.steps += double(steps);
        if (!options.keeps(day)) {
            ++file.skippedOutside;
            continue;
        }
        ActivityDay kept;
        kept.day = day;
        kept.steps = steps;
        if (c.veryActive >= 0 && c.fairlyActive >= 0) {
            const int minutes = row.value(c.veryActive).toInt() + row.value(c.fairlyActive).toInt();
            if (minutes < 0 || minutes > 1440)
                return Error{{},
                             QStringLiteral("line %1: %2 active minutes is more than a day")
                                 .arg(line)
                                 .arg(minutes)};
            kept.activeMinutes = minutes;
            total.activeMinutes += minutes;
        }
        kept.devices = {total.source};
        file.days.append(kept);
    }
    std::sort(file.days.begin(), file.days.end(),
              [](const ActivityDay &a, const ActivityDay &b) { return a.day < b.day; });
    file.sources.append(total);
    return file;
}

} // namespace mend
