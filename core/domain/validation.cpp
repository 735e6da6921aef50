#include "validation.h"

#include "limits.h"
#include "romnorms.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <type_traits>

namespace mend {
namespace {

/** The translation context of the sentences a person reads at a field (the technical message
 *  beside each stays English: it is for mend-cli, import reports and logs). */
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/** A date as the person reads it, e.g. "3 December 2026" in their locale's order. */
QString localDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

/** What the form says about a value out of range: one sentence for too low, one for too high. */
struct RangeWords
{
    QString tooLow;
    QString tooHigh;
};

Error outOfRange(const QString &field, qint64 value, qint64 min, qint64 max, const QString &unit,
                 const RangeWords &words)
{
    return {field,
            QStringLiteral("%1%4 is out of range; allowed %2%4 to %3%4")
                .arg(value)
                .arg(min)
                .arg(max)
                .arg(unit),
            value < min ? words.tooLow : words.tooHigh};
}

/** A value outside [min, max]; the field's name and the words are made only then (an import
 *  checks every value of years of days, and almost every one is in range). */
template <typename Field, typename Words>
std::optional<Error> checkRange(const Field &field, const std::optional<int> &value, int min,
                                int max, const Words &words, const QString &unit = {})
{
    if (!value || (*value >= min && *value <= max))
        return std::nullopt;
    QString name;
    if constexpr (std::is_invocable_v<Field>)
        name = field();
    else
        name = QAnyStringView(field).toString();
    if constexpr (std::is_invocable_v<Words>)
        return outOfRange(name, *value, min, max, unit, words());
    else
        return outOfRange(name, *value, min, max, unit, words);
}

/** The joint or region a person names for a site ("The knee does not move that far"), in the
 *  person's language. */
QString siteNounForPerson(BodySite site)
{
    switch (site) {
    case BodySite::Knee:
        return ValidationText::tr("knee");
    case BodySite::Hip:
        return ValidationText::tr("hip");
    case BodySite::Shoulder:
        return ValidationText::tr("shoulder");
    case BodySite::Elbow:
        return ValidationText::tr("elbow");
    case BodySite::AnkleAchilles:
        return ValidationText::tr("ankle");
    case BodySite::LumbarSpine:
        return ValidationText::tr("lower back");
    case BodySite::CervicalSpine:
        return ValidationText::tr("neck");
    case BodySite::Other:
        break;
    }
    return ValidationText::tr("joint");
}

std::optional<Error> checkLength(const QString &field, const QString &text, int max)
{
    // SQLite keeps a NUL, but every reader of the text stops there: the rest would be lost.
    for (const QChar c : text)
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
            c != QLatin1Char('\t'))
            return Error{field,
                         QStringLiteral("contains the control character U+%1, which Mend "
                                        "cannot keep; remove it")
                             .arg(QString::number(c.unicode(), 16)
                                      .rightJustified(4, QLatin1Char('0'))
                                      .toUpper()),
                         ValidationText::tr("This holds an invisible control character that Mend "
                                            "cannot keep — remove it or type the text again")};
    if (text.size() > max)
        return Error{field,
                     QStringLiteral("%1 characters is too long; allowed up to %2 characters")
                         .arg(text.size())
                         .arg(max),
                     ValidationText::tr("This is longer than Mend can keep (%1 characters; up to "
                                        "%2) — shorten it")
                         .arg(QLocale().toString(text.size()), QLocale().toString(max))};
    return std::nullopt;
}

std::optional<Error> checkEntryDate(const DailyEntry &entry, const Episode &episode,
                                    const QDate &today)
{
    const QString field = QStringLiteral("date");
    if (!entry.date.isValid())
        return Error{field, QStringLiteral("missing or not a calendar date; use YYYY-MM-DD"),
                     ValidationText::tr("Choose the day")};
    // Only a day after today asks when it was written (a local-time conversion per entry).
    const auto writtenThen = [&entry] {
        return entry.createdAt.isValid() && entry.createdAt.toLocalTime().date() >= entry.date;
    };
    if (entry.date > today && !writtenThen())
        return Error{
            field,
            QStringLiteral("%1 is in the future; allowed up to today (%2)")
                .arg(isoDate(entry.date), isoDate(today)),
            ValidationText::tr("That day has not come yet — choose today or a day before")};
    const QDate earliest = episode.injectionDate.addDays(-kBaselineWindowDays);
    if (entry.date < earliest)
        return Error{field,
                     QStringLiteral("%1 is more than %2 days before the injection (%3); allowed "
                                    "from %4 to %5")
                         .arg(isoDate(entry.date))
                         .arg(kBaselineWindowDays)
                         .arg(isoDate(episode.injectionDate), isoDate(earliest), isoDate(today)),
                     ValidationText::tr("The diary starts two weeks before the injection, on %1 — "
                                        "choose that day or a later one")
                         .arg(localDate(earliest))};
    return std::nullopt;
}

void checkRom(const DailyEntry &entry, const Episode &episode, QList<Error> &problems)
{
    // Built only for a reading that is refused: an import checks thousands that are not.
    const auto fieldOf = [](const RomReading &reading) {
        return QStringLiteral("rom ") + reading.movement +
               (reading.side == RomSide::Other ? QStringLiteral(", other side") : QString());
    };
    for (qsizetype i = 0; i < entry.rom.size(); ++i) {
        const auto &reading = entry.rom.at(i);
        if (!romMovementFits(episode.site, reading.movement)) {
            QStringList keys;
            for (const auto &m : romMovementsFor(episode.site))
                keys.append(m.key);
            problems.append(Error{
                fieldOf(reading),
                QStringLiteral("'%1' is not a movement of the %2; allowed: %3")
                    .arg(reading.movement, toKey(episode.site),
                         keys.isEmpty() ? QStringLiteral("none") : keys.join(QStringLiteral(", "))),
                ValidationText::tr("This movement is not one of the %1's")
                    .arg(siteNounForPerson(episode.site))});
            continue;
        }
        const auto sameReading = [&reading](const RomReading &earlier) {
            return earlier.movement == reading.movement &&
                   (earlier.side == RomSide::Other) == (reading.side == RomSide::Other);
        };
        if (std::any_of(entry.rom.cbegin(), entry.rom.cbegin() + i, sameReading)) {
            problems.append(Error{fieldOf(reading), QStringLiteral("given more than once"),
                                  ValidationText::tr("This movement is given twice — keep one")});
            continue;
        }
        const auto words = [&episode] {
            const QString joint = siteNounForPerson(episode.site);
            return RangeWords{
                ValidationText::tr("The %1 does not move that far the other way — check the number")
                    .arg(joint),
                ValidationText::tr("The %1 does not move that far — check the number").arg(joint)};
        };
        if (auto e = checkRange([&] { return fieldOf(reading); }, reading.degrees, kRomInputMin,
                                kRomInputMax, words, QStringLiteral("°")))
            problems.append(*e);
    }
}

// Functions, not constants: the words are in the language chosen after start-up.
RangeWords painWords()
{
    const QString words = ValidationText::tr("Choose a number from 0 to 10");
    return {words, words};
}

RangeWords gradeWords()
{
    const QString words = ValidationText::tr("Choose none, mild, moderate or severe");
    return {words, words};
}

/** A reading in °F is the likely slip (100.4 for 38.0): say so with the °C it would be. */
QString temperatureWords(double t)
{
    const double celsius = (t - 32.0) * 5.0 / 9.0;
    if (celsius >= kTemperatureMinC && celsius <= kTemperatureMaxC)
        return ValidationText::tr("Mend takes °C: %1 °F is %2 °C")
            .arg(QLocale().toString(t, 'f', 1), QLocale().toString(celsius, 'f', 1));
    return ValidationText::tr("A body temperature is between %1 and %2 °C — check the number")
        .arg(QLocale().toString(kTemperatureMinC, 'f', 0),
             QLocale().toString(kTemperatureMaxC, 'f', 0));
}

} // namespace

Status validateEpisode(const Episode &episode, const QDate &today)
{
    const QString dateField = QStringLiteral("injected");
    const QDate earliest(kEarliestInjectionYear, 1, 1);
    const QDate latest = today.addDays(kInjectionMaxDaysAhead);
    if (!episode.injectionDate.isValid())
        return Error{dateField, QStringLiteral("missing or not a calendar date; use YYYY-MM-DD"),
                     ValidationText::tr("Choose the day of the injection")};
    if (episode.injectionDate < earliest || episode.injectionDate > latest)
        return Error{
            dateField,
            QStringLiteral("%1 is out of range; allowed %2 to %3")
                .arg(isoDate(episode.injectionDate), isoDate(earliest), isoDate(latest)),
            episode.injectionDate < earliest
                ? ValidationText::tr("Mend takes injections from %1 on — check the year")
                      .arg(localDate(earliest))
                : ValidationText::tr("That is more than %1 days ahead — choose a day up to %2")
                      .arg(kInjectionMaxDaysAhead)
                      .arg(localDate(latest))};
    if (auto e = checkRange(QStringLiteral("baseline-pain"), episode.baselinePain, kPainMin,
                            kPainMax, painWords))
        return *e;
    if (auto e = checkLength(QStringLiteral("clinic"), episode.clinic, kClinicMaxChars))
        return *e;
    if (auto e = checkLength(QStringLiteral("notes"), episode.notes, kNoteMaxChars))
        return *e;
    return Done{};
}

QList<Error> entryProblems(const DailyEntry &entry, const Episode &episode, const QDate &today)
{
    QList<Error> problems;
    const auto add = [&problems](std::optional<Error> e) {
        if (e)
            problems.append(*e);
    };
    add(checkEntryDate(entry, episode, today));
    const std::pair<const char *, std::optional<int>> pains[] = {
        {"pain", entry.painAverage},
        {"pain-rest", entry.painRest},
        {"pain-activity", entry.painActivity},
        {"pain-worst", entry.painWorst},
    };
    for (const auto &[field, value] : pains)
        add(checkRange(QLatin1String(field), value, kPainMin, kPainMax, painWords));
    checkRom(entry, episode, problems);
    add(checkRange(u"steps", entry.steps, 0, kStepsMax, [] {
        return RangeWords{ValidationText::tr("Steps cannot be below 0"),
                          ValidationText::tr("That is more steps than anyone walks in a day — "
                                             "check the number")};
    }));
    add(checkRange(u"active-minutes", entry.activeMinutes, 0, kActiveMinutesMax, [] {
        return RangeWords{ValidationText::tr("Minutes cannot be below 0"),
                          ValidationText::tr("A day has %1 minutes — check the number")
                              .arg(QLocale().toString(kActiveMinutesMax))};
    }));
    const std::pair<const char *, std::optional<int>> symptoms[] = {
        {"soreness", entry.symptoms.soreness}, {"swelling", entry.symptoms.swelling},
        {"bruising", entry.symptoms.bruising}, {"redness", entry.symptoms.redness},
        {"warmth", entry.symptoms.warmth},
    };
    for (const auto &[field, value] : symptoms)
        add(checkRange(QLatin1String(field), value, kSymptomMin, kSymptomMax, gradeWords));
    if (const auto t = entry.safety.temperatureC;
        t && (!(*t >= kTemperatureMinC) || !(*t <= kTemperatureMaxC)))
        problems.append(Error{QStringLiteral("temperature"),
                              QStringLiteral("%1 °C is out of range; allowed %2 to %3 °C")
                                  .arg(*t)
                                  .arg(kTemperatureMinC, 0, 'f', 1)
                                  .arg(kTemperatureMaxC, 0, 'f', 1),
                              temperatureWords(*t)});
    add(checkLength(QStringLiteral("note"), entry.note, kNoteMaxChars));
    return problems;
}

Status validateEntry(const DailyEntry &entry, const Episode &episode, const QDate &today)
{
    const auto problems = entryProblems(entry, episode, today);
    if (!problems.isEmpty())
        return problems.first();
    return Done{};
}

Status validatePatientIdentifier(const QString &identifier)
{
    if (identifier.size() > 64)
        return Error{QStringLiteral("identifier"),
                     QStringLiteral("is %1 characters long; at most 64").arg(identifier.size())};
    for (const QChar c : identifier)
        if (!c.isPrint())
            return Error{
                QStringLiteral("identifier"),
                QStringLiteral("contains a control character; use letters, digits, - or /")};
    return Done{};
}

Status validatePhoneNumber(const QString &phone)
{
    if (phone.isEmpty())
        return Done{};
    const QString field = QStringLiteral("clinic phone");
    if (phone.size() > 30)
        return Error{field, QStringLiteral("is %1 characters long; at most 30").arg(phone.size()),
                     ValidationText::tr("A phone number has at most 30 characters — check it")};
    int digits = 0;
    for (int i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (c == u'+' && i == 0)
            continue;
        else if (!QStringLiteral(" -.()").contains(c))
            return Error{field,
                         QStringLiteral("can hold digits, spaces and + - . ( ) only; "
                                        "\"%1\" is not one of them")
                             .arg(c.isPrint() ? QString(c)
                                              : QStringLiteral("U+%1").arg(c.unicode(), 4, 16,
                                                                           QLatin1Char('0'))),
                         ValidationText::tr("Use digits, spaces and + - . ( ) only")};
    }
    if (digits < 3)
        return Error{field, QStringLiteral("needs at least 3 digits"),
                     ValidationText::tr("This is too short for a phone number — check it")};
    return Done{};
}

QString telUri(const QString &phone)
{
    QString uri = QStringLiteral("tel:");
    for (const QChar c : phone)
        if ((c.isDigit() && c.unicode() < 128) || (c == u'+' && uri.size() == 4))
            uri.append(c);
    return uri;
}

} // namespace mend
