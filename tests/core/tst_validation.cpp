#include "domain/limits.h"
#include "domain/validation.h"
#include "testsupport.h"

#include <QLocale>

using namespace mend;

namespace {

const QDate kToday(2026, 11, 24);

Error entryError(const DailyEntry &entry, const Episode &episode = test::kneeEpisode())
{
    auto s = validateEntry(entry, episode, kToday);
    REQUIRE_FALSE(s.ok());
    return s.error();
}

DailyEntry validEntry()
{
    return test::painEntry(QDate(2026, 9, 15), 5);
}

} // namespace

TEST_CASE("A complete valid entry passes", "[validation]")
{
    DailyEntry e = validEntry();
    e.painRest = 0;
    e.painActivity = 10;
    e.painWorst = 10;
    e.rom = {{QStringLiteral("knee-flexion"), 110},
             {QStringLiteral("knee-extension"), -5},
             {QStringLiteral("knee-flexion"), 135, RomSide::Other}};
    e.steps = 0;
    e.activeMinutes = 1440;
    e.symptoms.soreness = 3;
    e.symptoms.warmth = 0;
    e.note = QString(kNoteMaxChars, QLatin1Char('x'));
    CHECK(validateEntry(e, test::kneeEpisode(), kToday).ok());
}

TEST_CASE("Pain fields must be on the 0-10 scale, the error names field, value and range",
          "[validation]")
{
    DailyEntry e = validEntry();
    e.painAverage = 11;
    auto err = entryError(e);
    CHECK(err.field == QStringLiteral("pain"));
    CHECK(err.text() == QStringLiteral("pain: 11 is out of range; allowed 0 to 10"));

    e = validEntry();
    e.painAverage = -1;
    CHECK(entryError(e).field == QStringLiteral("pain"));

    for (auto [field, member] : {std::pair{"pain-rest", &DailyEntry::painRest},
                                 std::pair{"pain-activity", &DailyEntry::painActivity},
                                 std::pair{"pain-worst", &DailyEntry::painWorst}}) {
        DailyEntry bad = validEntry();
        bad.*member = 12;
        auto error = entryError(bad);
        CHECK(error.field == QLatin1String(field));
        CHECK(error.message.contains(QStringLiteral("12")));
    }
}

TEST_CASE("ROM readings must fit the site, be plausible and not repeat", "[validation]")
{
    DailyEntry e = validEntry();
    e.rom = {{QStringLiteral("knee-flexion"), -400}};
    CHECK(entryError(e).text() == QStringLiteral("rom knee-flexion: -400° is out of range; "
                                                 "allowed -30° to 200°"));

    e.rom = {{QStringLiteral("knee-flexion"), 201}};
    CHECK(entryError(e).message.contains(QStringLiteral("201°")));

    e.rom = {{QStringLiteral("shoulder-flexion"), 90}};
    auto err = entryError(e);
    CHECK(err.field == QStringLiteral("rom shoulder-flexion"));
    CHECK(err.message.contains(QStringLiteral("knee-flexion, knee-extension")));

    e.rom = {{QStringLiteral("knee-flexion"), 90}, {QStringLiteral("knee-flexion"), 95}};
    CHECK(entryError(e).message.contains(QStringLiteral("more than once")));

    Episode other = test::kneeEpisode();
    other.site = BodySite::Other;
    e.rom = {{QStringLiteral("knee-flexion"), 90}};
    CHECK(entryError(e, other).message.contains(QStringLiteral("allowed: none")));
}

TEST_CASE("Dates: not in the future, not long before the injection", "[validation]")
{
    DailyEntry e = validEntry();
    e.date = kToday.addDays(1);
    CHECK(entryError(e).text() ==
          QStringLiteral("date: 2026-11-25 is in the future; allowed up to today (2026-11-24)"));

    e.date = QDate(2026, 9, 1).addDays(-kBaselineWindowDays);
    CHECK(validateEntry(e, test::kneeEpisode(), kToday).ok());
    e.date = e.date.addDays(-1);
    auto err = entryError(e);
    CHECK(err.field == QStringLiteral("date"));
    CHECK(err.message.contains(QStringLiteral("2026-08-17")));
    CHECK(err.message.contains(QStringLiteral("allowed from 2026-08-18")));

    e.date = QDate();
    CHECK(entryError(e).message.contains(QStringLiteral("YYYY-MM-DD")));
}

TEST_CASE("Activity and symptom fields have bounds", "[validation]")
{
    DailyEntry e = validEntry();
    e.steps = -1;
    CHECK(entryError(e).text() == QStringLiteral("steps: -1 is out of range; allowed 0 to 200000"));
    e = validEntry();
    e.activeMinutes = 1441;
    CHECK(entryError(e).field == QStringLiteral("active-minutes"));
    for (auto member : {&SiteSymptoms::soreness, &SiteSymptoms::swelling, &SiteSymptoms::bruising,
                        &SiteSymptoms::redness, &SiteSymptoms::warmth}) {
        e = validEntry();
        e.symptoms.*member = 4;
        CHECK(entryError(e).message == QStringLiteral("4 is out of range; allowed 0 to 3"));
    }
    e = validEntry();
    e.note = QString(kNoteMaxChars + 1, QLatin1Char('x'));
    CHECK(entryError(e).field == QStringLiteral("note"));
}

TEST_CASE("Episodes: injection date window, baseline pain, text lengths", "[validation]")
{
    Episode ep = test::kneeEpisode();
    CHECK(validateEpisode(ep, kToday).ok());

    ep.injectionDate = kToday.addDays(kInjectionMaxDaysAhead);
    CHECK(validateEpisode(ep, kToday).ok()); // set up ahead of time to log a baseline
    ep.injectionDate = kToday.addDays(kInjectionMaxDaysAhead + 1);
    CHECK(validateEpisode(ep, kToday).error().field == QStringLiteral("injected"));
    ep.injectionDate = QDate(1999, 12, 31);
    CHECK(validateEpisode(ep, kToday).error().message.contains(QStringLiteral("1999-12-31")));
    ep.injectionDate = QDate();
    CHECK(validateEpisode(ep, kToday).error().field == QStringLiteral("injected"));

    ep = test::kneeEpisode();
    ep.baselinePain = 11;
    CHECK(validateEpisode(ep, kToday).error().text() ==
          QStringLiteral("baseline-pain: 11 is out of range; allowed 0 to 10"));
    ep = test::kneeEpisode();
    ep.clinic = QString(kClinicMaxChars + 1, QLatin1Char('c'));
    CHECK(validateEpisode(ep, kToday).error().field == QStringLiteral("clinic"));
}

TEST_CASE("A patient identifier is at most 64 printable characters", "[validation]")
{
    CHECK(mend::validatePatientIdentifier(QStringLiteral("MRN-00123/b")).ok());
    CHECK(mend::validatePatientIdentifier(QString()).ok());
    CHECK(mend::validatePatientIdentifier(QString(65, QLatin1Char('x'))).error().text() ==
          QStringLiteral("identifier: is 65 characters long; at most 64"));
    CHECK_FALSE(mend::validatePatientIdentifier(QStringLiteral("a\nb")).ok());
}

TEST_CASE("The clinic's phone number is digits and the usual separators, its tel: link is exact",
          "[validation]")
{
    CHECK(mend::validatePhoneNumber(QString()).ok());
    CHECK(mend::validatePhoneNumber(QStringLiteral("+44 (0)20 7946-0958")).ok());
    CHECK(mend::telUri(QStringLiteral("+44 (0)20 7946-0958")) ==
          QStringLiteral("tel:+4402079460958"));
    CHECK(mend::telUri(QStringLiteral("020.7946.0958")) == QStringLiteral("tel:02079460958"));
    CHECK(mend::validatePhoneNumber(QStringLiteral("12")).error().text() ==
          QStringLiteral("clinic phone: needs at least 3 digits"));
    CHECK(mend::validatePhoneNumber(QStringLiteral("555 0100 <b>")).error().text() ==
          QStringLiteral("clinic phone: can hold digits, spaces and + - . ( ) only; \"<\" is not "
                         "one of them"));
    CHECK(mend::validatePhoneNumber(QStringLiteral("1+2 345")).error().field ==
          QStringLiteral("clinic phone")); // + only in front
    CHECK(mend::validatePhoneNumber(QStringLiteral("555\n0100"))
              .error()
              .message.contains(QStringLiteral("U+000a")));
    CHECK(mend::validatePhoneNumber(QString(31, QLatin1Char('5'))).error().text() ==
          QStringLiteral("clinic phone: is 31 characters long; at most 30"));
    CHECK_FALSE(mend::validatePhoneNumber(QStringLiteral("٣٣٣ ٣٣٣")).ok()); // Arabic-Indic digits
}

TEST_CASE("Each refusal also has plain words for the form: no keys, no limits, what to do",
          "[validation]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    DailyEntry e = validEntry();
    e.rom = {{QStringLiteral("knee-flexion"), 400}};
    auto err = entryError(e);
    CHECK(err.forPerson() == QStringLiteral("The knee does not move that far — check the number"));
    CHECK(err.text() == QStringLiteral("rom knee-flexion: 400° is out of range; allowed -30° to "
                                       "200°")); // mend-cli and the importers keep the precise one

    e.rom = {{QStringLiteral("knee-flexion"), -400, RomSide::Other}};
    err = entryError(e);
    CHECK(err.field == QStringLiteral("rom knee-flexion, other side"));
    CHECK(err.forPerson() ==
          QStringLiteral("The knee does not move that far the other way — check the number"));

    Episode elbow = test::kneeEpisode();
    elbow.site = BodySite::Elbow;
    e.rom = {{QStringLiteral("elbow-flexion"), 250}};
    CHECK(entryError(e, elbow).forPerson() ==
          QStringLiteral("The elbow does not move that far — check the number"));

    e = validEntry();
    e.steps = 300000;
    CHECK(entryError(e).forPerson() ==
          QStringLiteral("That is more steps than anyone walks in a day — check the number"));
    e = validEntry();
    e.activeMinutes = 2000;
    CHECK(entryError(e).forPerson() ==
          QStringLiteral("A day has 1,440 minutes — check the number"));

    e = validEntry();
    e.safety.temperatureC = 100.4;
    CHECK(entryError(e).forPerson() == QStringLiteral("Mend takes °C: 100.4 °F is 38.0 °C"));
    e.safety.temperatureC = 384;
    CHECK(entryError(e).forPerson() ==
          QStringLiteral("A body temperature is between 30 and 45 °C — check the number"));

    e = validEntry();
    e.date = kToday.addDays(1);
    CHECK(entryError(e).forPerson() ==
          QStringLiteral("That day has not come yet — choose today or a day before"));
    e.date = test::kneeEpisode().injectionDate.addDays(-15);
    CHECK(entryError(e).forPerson().startsWith(
        QStringLiteral("The diary starts two weeks before the injection, on ")));

    e = validEntry();
    e.note = QStringLiteral("a\u0000b");
    CHECK(entryError(e).forPerson().contains(QStringLiteral("invisible control character")));

    CHECK(validatePhoneNumber(QStringLiteral("12")).error().forPerson() ==
          QStringLiteral("This is too short for a phone number — check it"));
    QLocale::setDefault(before);
}

TEST_CASE("Every wrong field of an entry is named at once, the first as validateEntry names it",
          "[validation]")
{
    DailyEntry e = validEntry();
    e.painWorst = 11;
    e.rom = {{QStringLiteral("knee-flexion"), 400},
             {QStringLiteral("shoulder-flexion"), 90},
             {QStringLiteral("knee-flexion"), -400, RomSide::Other}};
    e.steps = -1;
    e.symptoms.redness = 4;
    e.safety.temperatureC = 100.4;
    e.note = QStringLiteral("a\x01b");
    const auto problems = entryProblems(e, test::kneeEpisode(), kToday);
    QStringList fields;
    for (const auto &p : problems)
        fields.append(p.field);
    CHECK(fields == QStringList{QStringLiteral("pain-worst"), QStringLiteral("rom knee-flexion"),
                                QStringLiteral("rom shoulder-flexion"),
                                QStringLiteral("rom knee-flexion, other side"),
                                QStringLiteral("steps"), QStringLiteral("redness"),
                                QStringLiteral("temperature"), QStringLiteral("note")});
    CHECK(problems.first().message == entryError(e).message);
    CHECK(problems.at(6).forPerson() == QStringLiteral("Mend takes °C: 100.4 °F is 38.0 °C"));
    CHECK(entryProblems(validEntry(), test::kneeEpisode(), kToday).isEmpty());
}
