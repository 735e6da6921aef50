#include "entrycsv.h"

#include "csv.h"
#include "domain/romnorms.h"
#include "domain/validation.h"
#include "fieldparse.h"

#include <QSet>

namespace mend {
namespace {

const QString kRomTreated = QStringLiteral("rom_");
const QString kRomOther = QStringLiteral("rom_other_");

/** "spreadingRedness" -> "spreading_redness" */
QString snake(const char *key)
{
    QString out;
    for (const char *c = key; *c; ++c) {
        if (*c >= 'A' && *c <= 'Z') {
            out += QLatin1Char('_');
            out += QLatin1Char(char(*c - 'A' + 'a'));
        } else
            out += QLatin1Char(*c);
    }
    return out;
}

QString optionalText(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

template <typename E> QString optionalKey(const std::optional<E> &v)
{
    return v ? toKey(*v) : QString();
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

/** The CSV column for a validation field name ("pain" -> "pain_average", "pain-rest" -> ...). */
QString columnForField(const QString &field)
{
    if (field == QLatin1String("pain"))
        return QStringLiteral("pain_average");
    if (field == QLatin1String("temperature"))
        return QStringLiteral("temperature_c");
    return QString(field).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QStringList fixedColumns()
{
    QStringList c{QStringLiteral("date"),           QStringLiteral("pain_average"),
                  QStringLiteral("pain_rest"),      QStringLiteral("pain_activity"),
                  QStringLiteral("pain_worst"),     QStringLiteral("steps"),
                  QStringLiteral("active_minutes"), QStringLiteral("activity_level"),
                  QStringLiteral("walking_aid"),    QStringLiteral("soreness"),
                  QStringLiteral("swelling"),       QStringLiteral("bruising"),
                  QStringLiteral("redness"),        QStringLiteral("warmth"),
                  QStringLiteral("fever"),          QStringLiteral("pain_medication"),
                  QStringLiteral("temperature_c")};
    for (const auto &flag : safetyFlags())
        c << snake(flag.key);
    return c;
}

QStringList trailingColumns()
{
    return {QStringLiteral("note"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
            QStringLiteral("late")};
}

/** Reads one cell into the entry; returns the problem or an empty string. */
QString readCell(DailyEntry &e, const QString &column, const QString &cell)
{
    const QString v = cell.trimmed();
    const auto intField = [&](std::optional<int> &target) -> QString {
        if (v.isEmpty()) {
            target.reset();
            return {};
        }
        auto n = parse::integer(column, v);
        if (!n)
            return n.error().message;
        target = n.value();
        return {};
    };
    const auto boolField = [&](bool &target) -> QString {
        auto b = parse::flag(column, v.isEmpty() ? QStringLiteral("0") : v);
        if (!b)
            return b.error().message;
        target = b.value();
        return {};
    };
    if (column == QLatin1String("date")) {
        auto d = parse::date(column, v);
        if (!d)
            return d.error().message;
        e.date = d.value();
    } else if (column == QLatin1String("pain_average")) {
        auto n = parse::integer(column, v);
        if (!n)
            return v.isEmpty() ? QStringLiteral("is required") : n.error().message;
        e.painAverage = n.value();
    } else if (column == QLatin1String("pain_rest")) {
        return intField(e.painRest);
    } else if (column == QLatin1String("pain_activity")) {
        return intField(e.painActivity);
    } else if (column == QLatin1String("pain_worst")) {
        return intField(e.painWorst);
    } else if (column == QLatin1String("steps")) {
        return intField(e.steps);
    } else if (column == QLatin1String("active_minutes")) {
        return intField(e.activeMinutes);
    } else if (column == QLatin1String("soreness")) {
        return intField(e.symptoms.soreness);
    } else if (column == QLatin1String("swelling")) {
        return intField(e.symptoms.swelling);
    } else if (column == QLatin1String("bruising")) {
        return intField(e.symptoms.bruising);
    } else if (column == QLatin1String("redness")) {
        return intField(e.symptoms.redness);
    } else if (column == QLatin1String("warmth")) {
        return intField(e.symptoms.warmth);
    } else if (column == QLatin1String("activity_level")) {
        if (v.isEmpty())
            return {};
        auto c = parse::choice<ActivityLevel>(column, v);
        if (!c)
            return c.error().message;
        e.activityLevel = c.value();
    } else if (column == QLatin1String("walking_aid")) {
        if (v.isEmpty())
            return {};
        auto c = parse::choice<WalkingAid>(column, v);
        if (!c)
            return c.error().message;
        e.walkingAid = c.value();
    } else if (column == QLatin1String("fever")) {
        return boolField(e.symptoms.fever);
    } else if (column == QLatin1String("pain_medication")) {
        return boolField(e.painMedication);
    } else if (column == QLatin1String("late")) {
        return boolField(e.late);
    } else if (column == QLatin1String("temperature_c")) {
        if (v.isEmpty())
            return {};
        auto d = parse::decimal(column, v, QStringLiteral("°C"));
        if (!d)
            return d.error().message;
        e.safety.temperatureC = d.value();
    } else if (column == QLatin1String("note")) {
        e.note = csv::fromSpreadsheetText(cell);
    } else if (column == QLatin1String("created_at") || column == QLatin1String("updated_at")) {
        const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (!v.isEmpty() && !t.isValid())
            return QStringLiteral("'%1' is not an ISO-8601 date and time").arg(v);
        (column == QLatin1String("created_at") ? e.createdAt : e.updatedAt) = t;
    } else if (column.startsWith(kRomTreated)) {
        const bool other = column.startsWith(kRomOther);
        const QString movement = column.mid(other ? kRomOther.size() : kRomTreated.size());
        if (v.isEmpty())
            return {};
        auto n = parse::integer(column, v);
        if (!n)
            return n.error().message;
        e.rom.append({movement, n.value(), other ? RomSide::Other : RomSide::Treated});
    } else {
        for (const auto &flag : safetyFlags())
            if (column == snake(flag.key))
                return boolField(e.safety.*flag.member);
        return QStringLiteral("is not a Mend column (see docs/csv-columns.md)");
    }
    return {};
}

} // namespace

QString ImportProblem::text() const
{
    if (row == 0)
        return column.isEmpty() ? message : QStringLiteral("%1: %2").arg(column, message);
    return QStringLiteral("row %1, %2: %3").arg(row).arg(column, message);
}

QStringList entryCsvColumns(const Episode &episode, const QList<DailyEntry> &entries)
{
    QStringList movements;
    for (const auto &m : romMovementsFor(episode.site))
        movements << m.key;
    for (const auto &e : entries)
        for (const auto &r : e.rom)
            if (!movements.contains(r.movement))
                movements << r.movement;
    QStringList columns = fixedColumns();
    for (const auto &m : movements)
        columns << kRomTreated + m;
    for (const auto &m : movements)
        columns << kRomOther + m;
    return columns + trailingColumns();
}

QByteArray entriesToCsv(const Episode &episode, const QList<DailyEntry> &entries)
{
    const QStringList columns = entryCsvColumns(episode, entries);
    QByteArray out = csv::record(columns);
    for (const auto &e : entries) {
        QStringList row{e.date.toString(Qt::ISODate),
                        QString::number(e.painAverage),
                        optionalText(e.painRest),
                        optionalText(e.painActivity),
                        optionalText(e.painWorst),
                        optionalText(e.steps),
                        optionalText(e.activeMinutes),
                        optionalKey(e.activityLevel),
                        optionalKey(e.walkingAid),
                        optionalText(e.symptoms.soreness),
                        optionalText(e.symptoms.swelling),
                        optionalText(e.symptoms.bruising),
                        optionalText(e.symptoms.redness),
                        optionalText(e.symptoms.warmth),
                        yesNo(e.symptoms.fever),
                        yesNo(e.painMedication),
                        e.safety.temperatureC ? QString::number(*e.safety.temperatureC)
                                              : QString()};
        for (const auto &flag : safetyFlags())
            row << yesNo(e.safety.*flag.member);
        for (int i = int(row.size()); i < columns.size() - int(trailingColumns().size()); ++i) {
            const QString &c = columns.at(i);
            const bool other = c.startsWith(kRomOther);
            const QString movement = c.mid(other ? kRomOther.size() : kRomTreated.size());
            row << optionalText(e.romValue(movement, other ? RomSide::Other : RomSide::Treated));
        }
        row << csv::toSpreadsheetText(e.note) << e.createdAt.toUTC().toString(Qt::ISODateWithMs)
            << e.updatedAt.toUTC().toString(Qt::ISODateWithMs) << yesNo(e.late);
        out += csv::record(row);
    }
    return out;
}

EntryImport entriesFromCsv(const QByteArray &text, const Episode &episode, const QDate &today)
{
    EntryImport out;
    auto records = csv::parse(text);
    if (!records) {
        out.problems.append({0, records.error().field, records.error().message});
        return out;
    }
    if (records.value().isEmpty()) {
        out.problems.append(
            {0, QStringLiteral("file"), QStringLiteral("is empty; a header row is needed")});
        return out;
    }
    const QStringList header = records.value().first();
    for (const auto &required : {QStringLiteral("date"), QStringLiteral("pain_average")})
        if (!header.contains(required))
            out.problems.append({0, required, QStringLiteral("column is missing from the header")});
    QSet<QString> seen;
    for (const auto &c : header) {
        if (seen.contains(c))
            out.problems.append({0, c, QStringLiteral("column appears twice in the header")});
        seen.insert(c);
    }
    if (!out.problems.isEmpty())
        return out;

    QSet<QDate> dates;
    for (int r = 1; r < records.value().size(); ++r) {
        const QStringList &fields = records.value().at(r);
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // a blank line
        if (fields.size() != header.size()) {
            out.problems.append({r, QStringLiteral("row"),
                                 QStringLiteral("has %1 fields; the header has %2")
                                     .arg(fields.size())
                                     .arg(header.size())});
            continue;
        }
        DailyEntry e;
        e.episodeId = episode.id;
        bool rowOk = true;
        for (int c = 0; c < header.size(); ++c)
            if (const QString problem = readCell(e, header.at(c), fields.at(c));
                !problem.isEmpty()) {
                out.problems.append({r, header.at(c), problem});
                rowOk = false;
            }
        if (!rowOk)
            continue;
        if (dates.contains(e.date)) {
            out.problems.append(
                {r, QStringLiteral("date"),
                 QStringLiteral("%1 appears twice in the file").arg(e.date.toString(Qt::ISODate))});
            continue;
        }
        dates.insert(e.date);
        if (auto valid = validateEntry(e, episode, today); !valid) {
            out.problems.append({r, columnForField(valid.error().field), valid.error().message});
            continue;
        }
        out.entries.append(e);
    }
    if (!out.problems.isEmpty())
        out.entries.clear();
    return out;
}

} // namespace mend
