#include "googlefitimport.h"

#include "csv.h"

#include <QSet>
#include <cmath>

namespace mend {

namespace {

/** A cell's count: empty is no count; anything else must be a number from 0 to `most`. */
Result<std::optional<double>> countIn(const QString &cell, double most, const QString &what,
                                      qsizetype line)
{
    if (cell.trimmed().isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double value = cell.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > most)
        return Error{
            {}, QStringLiteral("line %1: %2 is not a day's %3").arg(line).arg(cell.left(40), what)};
    return std::optional<double>(value);
}

} // namespace

bool looksLikeGoogleFitDaily(const QByteArray &head)
{
    const QString line = csv::firstLine(head);
    return line.startsWith(QStringLiteral("Date,")) &&
           line.contains(QStringLiteral("Step count")) &&
           line.contains(QStringLiteral("Move Minutes count"));
}

Result<ActivityFile> readGoogleFitDaily(const QByteArray &text, const ActivityReadOptions &options)
{
    auto parsed = csv::parse(text);
    if (!parsed)
        return parsed.error();
    const QList<QStringList> &rows = parsed.value();
    if (rows.isEmpty())
        return Error{{}, QStringLiteral("the file is empty")};
    const QStringList &header = rows.first();
    const qsizetype dateColumn = header.indexOf(QStringLiteral("Date"));
    const qsizetype stepsColumn = header.indexOf(QStringLiteral("Step count"));
    const qsizetype moveColumn = header.indexOf(QStringLiteral("Move Minutes count"));
    if (dateColumn < 0 || stepsColumn < 0)
        return Error{{},
                     QStringLiteral("not Google Fit's daily metrics: its header lacks Date "
                                    "or Step count")};
    ActivityFile file;
    file.format = QStringLiteral("Google Fit");
    ActivitySourceTotal total{QStringLiteral("Google Fit"), 0, 0, 0};
    QSet<QDate> seen;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        const qsizetype line = i + 1;
        const QDate day = QDate::fromString(row.value(dateColumn), Qt::ISODate);
        if (!day.isValid())
            return Error{{},
                         QStringLiteral("line %1: the date \"%2\" is not YYYY-MM-DD")
                             .arg(line)
                             .arg(row.value(dateColumn).left(40))};
        if (seen.contains(day))
            return Error{{},
                         QStringLiteral("line %1: %2 appears twice")
                             .arg(line)
                             .arg(day.toString(Qt::ISODate))};
        seen.insert(day);
        auto steps = countIn(row.value(stepsColumn), 200000, QStringLiteral("step count"), line);
        if (!steps)
            return steps.error();
        auto move = moveColumn >= 0 ? countIn(row.value(moveColumn), 1440,
                                              QStringLiteral("minutes of movement"), line)
                                    : Result<std::optional<double>>(std::optional<double>());
        if (!move)
            return move.error();
        if (!steps.value() && !move.value())
            continue;
        ++file.records;
        ++total.records;
        total.steps += steps.value().value_or(0);
        total.activeMinutes += move.value().value_or(0);
        if (!options.keeps(day)) {
            ++file.skippedOutside;
            continue;
        }
        ActivityDay kept;
        kept.day = day;
        if (steps.value())
            kept.steps = qRound64(*steps.value());
        if (move.value())
            kept.activeMinutes = int(std::lround(*move.value()));
        kept.devices = {total.source};
        file.days.append(kept);
    }
    std::sort(file.days.begin(), file.days.end(),
              [](const ActivityDay &a, const ActivityDay &b) { return a.day < b.day; });
    file.sources.append(total);
    return file;
}

} // namespace mend
