#include "importreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace mend {

namespace {

/** The translation context of what an import tells the person at the screen (forPerson). */
struct DiaryImport
{
    Q_DECLARE_TR_FUNCTIONS(DiaryImport)
};

/** The reason a line gives, for grouping: its dates, numbers and quoted parts taken out. */
QString reasonOf(const QString &line)
{
    static const QRegularExpression variable(
        QStringLiteral(R"(\d{4}-\d{2}-\d{2}|entry\[\d+\]|'[^']*'|\b\d+(\.\d+)?\b)"));
    return QString(line).replace(variable, QStringLiteral("…"));
}

/** How a group is written: for mend-cli, or for the person at the screen (translated, with no
 *  command-line option to name). */
enum class Reader
{
    Script,
    Person
};

void appendGrouped(QStringList &lines, const QString &heading, const QStringList &items,
                   bool verbose, Reader reader = Reader::Script)
{
    if (items.isEmpty())
        return;
    if (verbose) {
        for (const auto &item : items)
            lines << QStringLiteral("  %1: %2").arg(heading, item);
        return;
    }
    QList<QString> order;
    QHash<QString, QStringList> groups;
    for (const auto &item : items) {
        const QString reason = reasonOf(item);
        if (!groups.contains(reason))
            order << reason;
        groups[reason] << item;
    }
    for (const auto &reason : order) {
        const QStringList &group = groups[reason];
        if (group.size() == 1 || group.count(group.first()) == group.size()) {
            lines << QStringLiteral("  %1%2: %3")
                         .arg(heading,
                              group.size() > 1 ? QStringLiteral(" (%1)").arg(group.size())
                                               : QString(),
                              group.first());
            continue;
        }
        lines << (reader == Reader::Person ? DiaryImport::tr("  %1 (%2), for example: %3")
                                           : QStringLiteral("  %1 (%2), e.g.: %3"))
                     .arg(heading)
                     .arg(group.size())
                     .arg(group.first());
        for (int i = 1; i < std::min<qsizetype>(3, group.size()); ++i)
            lines << QStringLiteral("      ") + group.at(i);
        if (group.size() > 3)
            lines << (reader == Reader::Person
                          ? DiaryImport::tr("      and %1 more")
                          : QStringLiteral("      and %1 more (--verbose lists them)"))
                         .arg(group.size() - 3);
    }
}

} // namespace

QString nothingToImportProblem()
{
    return QStringLiteral("nothing to import: the file has no diary days or questionnaires");
}

QString noEpisodeProblem()
{
    return QStringLiteral("the diary has no injection set up yet, and the file names none: set "
                          "up the injection first, then import");
}

QString ImportReport::text(bool verbose) const
{
    QStringList lines;
    const QString kind =
        format == QLatin1String("csv") ? QStringLiteral("CSV") : QStringLiteral("FHIR R4");
    if (imported) {
        QStringList parts;
        if (restored)
            parts << QStringLiteral("%1 episode(s) set up from the file").arg(restored);
        parts << QStringLiteral("%1 new day(s)").arg(entries);
        if (replaced)
            parts << QStringLiteral("%1 day(s) replaced").arg(replaced);
        parts << QStringLiteral("%1 questionnaire(s)").arg(responses);
        lines << QStringLiteral("imported %1 from a %2 file")
                     .arg(parts.join(QStringLiteral(", ")), kind);
        if (extras)
            lines << QStringLiteral("and %1 other item(s): injections of a series, other "
                                    "treatments, goals, alerts")
                         .arg(extras);
        if (unchanged)
            lines << QStringLiteral(
                         "%1 day(s), answers or other items were already in the diary, the same; "
                         "not added again")
                         .arg(unchanged);
        if (!conflicts.isEmpty())
            lines << QStringLiteral("%1 day(s) differ from the diary: %2")
                         .arg(conflicts.size())
                         .arg(replaced ? QStringLiteral("the file's values were taken")
                                       : QStringLiteral("the diary's were kept (--on-conflict "
                                                        "replace takes the file's)"));
    } else {
        lines << QStringLiteral("nothing was imported: %1 problem(s)").arg(problems.size());
    }
    appendGrouped(lines, QStringLiteral("problem"), problems, verbose);
    // After a refusal what was skipped does not matter, unless it is why nothing was left.
    if (!imported && !(problems.size() == 1 && problems.first() == nothingToImportProblem()))
        return lines.join(QLatin1Char('\n'));
    appendGrouped(lines, QStringLiteral("differs"), conflicts, verbose);
    appendGrouped(lines, QStringLiteral("rounded half up"), rounded, verbose);
    appendGrouped(lines, QStringLiteral("skipped"), skipped, verbose);
    return lines.join(QLatin1Char('\n'));
}

QString ImportReport::forPerson() const
{
    QStringList lines;
    const QString kind =
        format == QLatin1String("csv") ? QStringLiteral("CSV") : QStringLiteral("FHIR");
    if (imported) {
        lines << DiaryImport::tr("Imported %1 new day(s) and %2 questionnaire(s) from a %3 file.")
                     .arg(entries)
                     .arg(responses)
                     .arg(kind);
        if (restored)
            lines << DiaryImport::tr("%1 injection(s) set up from the file.").arg(restored);
        if (replaced)
            lines << DiaryImport::tr("%1 day(s) replaced with the file's values.").arg(replaced);
        if (extras)
            lines << DiaryImport::tr("Also %1 other item(s): injections of a series, other "
                                     "treatments, goals, alerts.")
                         .arg(extras);
        if (unchanged)
            lines << DiaryImport::tr("%1 day(s), answers or other items were already in the "
                                     "diary, the same: not added again.")
                         .arg(unchanged);
        if (!conflicts.isEmpty())
            lines << (replaced ? DiaryImport::tr("%1 day(s) differ from the diary: the file's "
                                                 "values were taken.")
                               : DiaryImport::tr("%1 day(s) differ from the diary: the diary's "
                                                 "were kept."))
                         .arg(conflicts.size());
    } else {
        lines << DiaryImport::tr("Nothing was imported.");
    }
    QStringList details;
    QStringList known;
    for (const QString &problem : problems) {
        if (problem == nothingToImportProblem())
            lines << DiaryImport::tr("The file has no diary days or questionnaires.");
        else if (problem == noEpisodeProblem())
            lines << DiaryImport::tr("The diary has no injection set up yet, and the file names "
                                     "none: set up the injection first, then import.");
        else
            known << problem;
    }
    appendGrouped(details, DiaryImport::tr("problem"), known, false, Reader::Person);
    if (imported || known.isEmpty()) {
        appendGrouped(details, DiaryImport::tr("differs"), conflicts, false, Reader::Person);
        appendGrouped(details, DiaryImport::tr("rounded half up"), rounded, false, Reader::Person);
        appendGrouped(details, DiaryImport::tr("skipped"), skipped, false, Reader::Person);
    }
    if (!details.isEmpty())
        //: The lines after it quote the file as the checker read it, in English.
        lines << DiaryImport::tr("Details:") << details;
    return lines.join(QLatin1Char('\n'));
}

QJsonObject ImportReport::json() const
{
    const auto list = [](const QStringList &l) { return QJsonArray::fromStringList(l); };
    return {{QStringLiteral("imported"), imported},
            {QStringLiteral("format"), format},
            {QStringLiteral("episodesSetUp"), restored},
            {QStringLiteral("daysAdded"), entries},
            {QStringLiteral("daysReplaced"), replaced},
            {QStringLiteral("alreadyThere"), unchanged},
            {QStringLiteral("questionnaires"), responses},
            {QStringLiteral("otherItems"), extras},
            {QStringLiteral("problems"), list(problems)},
            {QStringLiteral("conflicts"), list(conflicts)},
            {QStringLiteral("rounded"), list(rounded)},
            {QStringLiteral("skipped"), list(skipped)}};
}

} // namespace mend
