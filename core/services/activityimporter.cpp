#include "activityimporter.h"

#include "domain/limits.h"
#include "exchange/activityimport.h"
#include "storage/activityrepository.h"
#include "storage/entryrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace mend {

namespace {

/** The translation context of what an activity import tells the patient (forPerson). */
struct ActivityImport
{
    Q_DECLARE_TR_FUNCTIONS(ActivityImport)
};

QString count(double n)
{
    return QLocale::c().toString(qRound64(n));
}

} // namespace

ActivityImporter::ActivityImporter(std::shared_ptr<Database> database) : m_db(std::move(database))
{
}

ActivityReadOptions ActivityImporter::windowFor(const Episode &episode, const QDate &today)
{
    ActivityReadOptions options;
    options.from = episode.injectionDate.addDays(-kBaselineWindowDays);
    options.to = today;
    return options;
}

Result<ActivityFile> ActivityImporter::read(const QString &path, const Episode &episode,
                                            const QDate &today, ActivityReadOptions options) const
{
    const ActivityReadOptions window = windowFor(episode, today);
    options.from = window.from;
    options.to = window.to;
    return readActivityFile(path, options);
}

Result<ActivityImportReport> ActivityImporter::apply(const ActivityFile &file,
                                                     const Episode &episode, const QDateTime &now,
                                                     bool store)
{
    ActivityImportReport report;
    report.format = file.format;
    report.days = int(file.days.size());
    report.records = file.records;
    report.skippedOutside = file.skippedOutside;
    report.sources = file.sources;
    report.notes = file.notes;
    for (const ActivityDay &d : file.days) {
        if (!report.first.isValid() || d.day < report.first)
            report.first = d.day;
        if (!report.last.isValid() || d.day > report.last)
            report.last = d.day;
    }
    QHash<QDate, qint64> typed;
    for (const DailyEntry &e :
         EntryRepository(m_db).forEpisode(episode.id, report.first, report.last))
        if (e.steps)
            typed.insert(e.date, *e.steps);
    for (const ActivityDay &d : file.days) {
        const auto it = typed.constFind(d.day);
        if (d.steps && it != typed.constEnd() && *it != *d.steps)
            report.conflicts.append(QStringLiteral("%1: you typed %2 steps, %3 counted %4; yours "
                                                   "stays")
                                        .arg(d.day.toString(Qt::ISODate), count(double(*it)),
                                             file.format, count(double(*d.steps))));
    }
    if (!store)
        return report;
    auto stored = ActivityRepository(m_db).replaceSource(episode.id, file.format, file.days, now);
    if (!stored)
        return stored.error();
    report.added = stored.value().added;
    report.replaced = stored.value().replaced;
    report.unchanged = stored.value().unchanged;
    report.stored = true;
    return report;
}

QString ActivityImportReport::text() const
{
    QStringList lines;
    lines << QStringLiteral("%1: %2 days with activity%3, from %4 records")
                 .arg(format)
                 .arg(days)
                 .arg(days ? QStringLiteral(" (%1 to %2)")
                                 .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                           : QString())
                 .arg(records);
    for (const ActivitySourceTotal &s : sources)
        lines << QStringLiteral("  %1: %2 records, %3 steps, %4 active minutes (before overlaps "
                                "are resolved)")
                     .arg(s.source)
                     .arg(s.records)
                     .arg(count(s.steps), count(s.activeMinutes));
    lines << notes;
    if (skippedOutside)
        lines << QStringLiteral("%1 records skipped: before the episode's baseline weeks or after "
                                "today")
                     .arg(skippedOutside);
    for (const QString &c : conflicts)
        lines << QStringLiteral("conflict: ") + c;
    if (stored)
        lines << QStringLiteral("stored: %1 days added, %2 replaced, %3 unchanged")
                     .arg(added)
                     .arg(replaced)
                     .arg(unchanged);
    return lines.join(QLatin1Char('\n'));
}

QString ActivityImportReport::forPerson() const
{
    const QLocale locale;
    const QString dayFormat = QStringLiteral("d MMMM yyyy");
    QStringList lines;
    if (days == 0)
        lines << ActivityImport::tr("%1: no days with steps or active minutes in the weeks of "
                                    "your injection.")
                     .arg(format);
    else
        lines << ActivityImport::tr("%1: %2 days with steps or active minutes, from %3 to %4.")
                     .arg(format)
                     .arg(days)
                     .arg(locale.toString(first, dayFormat), locale.toString(last, dayFormat));
    QStringList counted;
    for (const ActivitySourceTotal &s : sources)
        counted << ActivityImport::tr("%1 (%2 steps)")
                       .arg(s.source, locale.toString(qRound64(s.steps)));
    if (sources.size() > 1)
        lines << ActivityImport::tr("Counted by %1. A walk counted by two of them is counted once.")
                     .arg(counted.join(QStringLiteral(", ")));
    else if (!counted.isEmpty())
        lines << ActivityImport::tr("Counted by %1.").arg(counted.first());
    lines << notes;
    if (skippedOutside)
        lines << ActivityImport::tr("Left out: %1 counts from before the two weeks ahead of your "
                                    "injection, or after today.")
                     .arg(locale.toString(skippedOutside));
    if (!conflicts.isEmpty())
        lines << ActivityImport::tr(
                     "On %1 days you typed your own steps and they differ: yours stay.")
                     .arg(conflicts.size());
    if (stored)
        lines << ActivityImport::tr("Imported: %1 new days, %2 updated, %3 already there.")
                     .arg(added)
                     .arg(replaced)
                     .arg(unchanged);
    return lines.join(QLatin1Char('\n'));
}

} // namespace mend
