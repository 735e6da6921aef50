#include "samsunghealthimport.h"

#include "csv.h"

#include <QMap>
#include <cmath>

namespace mend {

namespace {

constexpr char kTable[] = "com.samsung.shealth.tracker.pedometer_day_summary";

/** Samsung prefixes some columns with the table's name; the last part is the column. */
qsizetype column(const QStringList &header, const QString &name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &h = header.at(i);
        if (h == name || h.endsWith(u'.' + name))
            return i;
    }
    return -1;
}

/** "2021-05-04 00:00:00.000", or milliseconds at the day's start. */
QDate dayOf(const QString &cell)
{
    const QString text = cell.trimmed();
    if (text.size() >= 10 && text.at(4) == u'-')
        return QDate::fromString(text.left(10), Qt::ISODate);
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (!ok || ms < 0 || ms > 8'000'000'000'000)
        return {};
    return QDate::fromJulianDay(2440588 + ms / 86'400'000);
}

struct Row
{
    double steps = 0;
    std::optional<double> activeMinutes;
    QString device;
};

} // namespace

bool looksLikeSamsungHealthDaily(const QByteArray &head)
{
    return csv::firstLine(head).startsWith(QLatin1String(kTable) + u',');
}

Result<ActivityFile> readSamsungHealthDaily(const QByteArray &text,
                                            const ActivityReadOptions &options)
{
    const qsizetype firstEnd = text.indexOf('\n');
    if (firstEnd < 0)
        return Error{{}, QStringLiteral("the file has no header")};
    auto parsed = csv::parse(text.mid(firstEnd + 1));
    if (!parsed)
        return parsed.error();
    const QList<QStringList> &rows = parsed.value();
    if (rows.isEmpty())
        return Error{{}, QStringLiteral("the file has no header")};
    const QStringList &header = rows.first();
    const qsizetype dayColumn = column(header, QStringLiteral("day_time"));
    const qsizetype stepsColumn = column(header, QStringLiteral("step_count"));
    const qsizetype activeColumn = column(header, QStringLiteral("active_time"));
    const qsizetype deviceColumn = column(header, QStringLiteral("deviceuuid"));
    if (dayColumn < 0 || stepsColumn < 0)
        return Error{{},
                     QStringLiteral("not Samsung Health's step summary: its header lacks "
                                    "day_time or step_count")};
    ActivityFile file;
    file.format = QStringLiteral("Samsung Health");
    ActivitySourceTotal total{QStringLiteral("Samsung Health"), 0, 0, 0};
    QMap<QDate, Row> best;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        const qsizetype line = i + 2; // the table's name is line 1, the header line 2
        const QDate day = dayOf(row.value(dayColumn));
        if (!day.isValid())
            return Error{{},
                         QStringLiteral("line %1: the day \"%2\" cannot be read")
                             .arg(line)
                             .arg(row.value(dayColumn).left(40))};
        bool ok = false;
        const double steps = row.value(stepsColumn).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(steps) || steps < 0 || steps > 200000)
            return Error{{},
                         QStringLiteral("line %1: %2 is not a day's step count")
                             .arg(line)
                             .arg(row.value(stepsColumn).left(40))};
        std::optional<double> minutes;
        if (activeColumn >= 0 && !row.value(activeColumn).trimmed().isEmpty()) {
            const double ms = row.value(activeColumn).trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(ms) || ms < 0 || ms > 86'400'000.0)
                return Error{{},
                             QStringLiteral("line %1: %2 ms of activity is not a day's")
                                 .arg(line)
                                 .arg(row.value(activeColumn).left(40))};
            minutes = ms / 60000.0;
        }
        ++file.records;
        ++total.records;
        total.steps += steps;
        total.activeMinutes += minutes.value_or(0);
        if (!options.keeps(day)) {
            ++file.skippedOutside;
            continue;
        }
        Row &kept = best[day];
        if (steps >= kept.steps)
            kept = Row{steps, minutes, row.value(deviceColumn).left(60)};
    }
    for (auto it = best.cbegin(); it != best.cend(); ++it) {
        ActivityDay day;
        day.day = it.key();
        day.steps = qRound64(it->steps);
        if (it->activeMinutes)
            day.activeMinutes = std::min(1440, int(std::lround(*it->activeMinutes)));
        day.devices = {it->device.isEmpty()
                           ? total.source
                           : total.source + QStringLiteral(" device ") + it->device};
        file.days.append(day);
    }
    file.sources.append(total);
    return file;
}

} // namespace mend
