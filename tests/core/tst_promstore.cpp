#include "domain/promschedule.h"
#include "domain/reminders.h"
#include "instrumentfixtures.h"
#include "services/duereminders.h"
#include "services/promrecorder.h"
#include "services/reminderpreferences.h"
#include "storage/settingsrepository.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace mend;
using namespace mend::test;

namespace {

Episode storedKnee(TempStore &store)
{
    auto e = store.episodes->add(kneeEpisode(QDate(2026, 10, 1)), fixedNow());
    REQUIRE(e.ok());
    return e.value();
}

QList<PromTimePoint> kneeTimePoints()
{
    return {{QStringLiteral("baseline"), QStringLiteral("Baseline"), -7, 7, 7},
            {QStringLiteral("6w"), QStringLiteral("6 weeks"), 42, 7, 7},
            {QStringLiteral("3m"), QStringLiteral("3 months"), 91, 14, 14}};
}

} // namespace

TEST_CASE("A questionnaire is drafted, resumed and completed with answers and scores stored",
          "[prom]")
{
    TempStore store;
    const auto episode = storedKnee(store);
    const auto koos = shipped(QStringLiteral("koos-jr"));
    PromRecorder recorder(store.db);
    PromRepository responses(store.db);

    PromRecorder::Submission s{episode.id, QStringLiteral("6w"), QDate(2026, 11, 12),
                               answersOf(koos, {2, 1, 3})};
    auto draft = recorder.saveDraft(koos, s, fixedNow());
    REQUIRE(draft.ok());
    CHECK_FALSE(draft.value().complete);
    CHECK(draft.value().scores.isEmpty());

    s.answers = answersOf(koos, {2, 1, 3, 2, 0, 1, 2});
    auto done = recorder.complete(koos, s, fixedNow().addSecs(60));
    REQUIRE(done.ok());
    CHECK(done.value().id == draft.value().id); // the draft became the response

    const auto stored = responses.find(done.value().id);
    REQUIRE(stored);
    CHECK(stored->complete);
    CHECK(stored->instrumentVersion == koos.version);
    CHECK(stored->answers == s.answers);
    CHECK(stored->score(QStringLiteral("total")) == Rational::parse(QStringLiteral("59.381")));
    CHECK(stored->scores.first().rawSum == 11);
    CHECK(stored->createdAt == draft.value().createdAt);
    CHECK(responses.forEpisode(episode.id).size() == 1);
}

TEST_CASE("Rejected questionnaire answers change nothing stored", "[prom]")
{
    TempStore store;
    const auto episode = storedKnee(store);
    const auto koos = shipped(QStringLiteral("koos-jr"));
    const auto pgic = shipped(QStringLiteral("pgic"));
    PromRecorder recorder(store.db);
    PromRepository responses(store.db);
    PromRecorder::Submission s{episode.id, QStringLiteral("6w"), QDate(2026, 11, 12),
                               answersOf(koos, {2, 1, 3, 2, 0, 1, 2})};
    REQUIRE(recorder.complete(koos, s, fixedNow()).ok());

    auto bad = s;
    bad.answers.insert(QStringLiteral("3"), 7);
    CHECK(recorder.complete(koos, bad, fixedNow()).error().text() ==
          QStringLiteral("3: 7 is not an answer to this item; allowed: 0, 1, 2, 3, 4"));
    bad = s;
    bad.answeredOn = QDate(2026, 11, 25);
    CHECK(recorder.complete(koos, bad, fixedNow()).error().text() ==
          QStringLiteral("date: 2026-11-25 is in the future"));
    bad = s;
    bad.episodeId = 99;
    CHECK_FALSE(recorder.complete(koos, bad, fixedNow()).ok());
    PromRecorder::Submission early{episode.id, QString(), QDate(2026, 9, 28), answersOf(pgic, {2})};
    CHECK(recorder.complete(pgic, early, fixedNow())
              .error()
              .message.contains(QStringLiteral("asks about change since the injection")));

    const auto kept = responses.forEpisode(episode.id);
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().answers == s.answers);
    CHECK(kept.first().answeredOn == QDate(2026, 11, 12));
}

TEST_CASE("A form completed with too few answers is stored without a score and says why", "[prom]")
{
    TempStore store;
    const auto episode = storedKnee(store);
    const auto koos = shipped(QStringLiteral("koos-jr"));
    PromRecorder recorder(store.db);
    auto r = recorder.complete(
        koos, {episode.id, QString(), QDate(2026, 11, 20), answersOf(koos, {2, 1, 3, 2, 0, 1})},
        fixedNow());
    REQUIRE(r.ok());
    const auto stored = PromRepository(store.db).find(r.value().id);
    CHECK_FALSE(stored->score(QStringLiteral("total")).has_value());
    CHECK(stored->scores.first().reason.contains(QStringLiteral("Unanswered: 7")));
}

TEST_CASE("Schedule: upcoming, due, overdue, missed and done by the protocol's windows", "[prom]")
{
    Episode e = kneeEpisode(QDate(2026, 10, 1));
    e.id = 1;
    const auto instruments =
        QList<Instrument>{shipped(QStringLiteral("koos-jr")), shipped(QStringLiteral("pgic"))};
    auto statusAt = [&](const QDate &today, const QList<PromResponse> &responses = {}) {
        QStringList out;
        for (const auto &s :
             questionnaireSchedule(e, kneeTimePoints(), instruments, responses, today))
            out << s.timePoint.id + QLatin1Char(':') + s.instrumentId + QLatin1Char('=') +
                       toKey(s.status);
        return out.join(QLatin1Char(' '));
    };
    // No global change at baseline: it asks about change since the injection.
    CHECK(statusAt(QDate(2026, 9, 20)) ==
          QStringLiteral("baseline:koos-jr=due 6w:koos-jr=upcoming 6w:pgic=upcoming "
                         "3m:koos-jr=upcoming 3m:pgic=upcoming"));
    // 6 weeks = 2026-11-12, window 11-05..11-19.
    CHECK(statusAt(QDate(2026, 11, 5)).contains(QStringLiteral("6w:koos-jr=due")));
    CHECK(statusAt(QDate(2026, 11, 4)).contains(QStringLiteral("6w:koos-jr=upcoming")));
    CHECK(statusAt(QDate(2026, 11, 13)).contains(QStringLiteral("6w:koos-jr=overdue")));
    CHECK(statusAt(QDate(2026, 11, 19)).contains(QStringLiteral("6w:koos-jr=overdue")));
    CHECK(statusAt(QDate(2026, 11, 20)).contains(QStringLiteral("6w:koos-jr=missed")));
    CHECK(statusAt(QDate(2026, 11, 20)).contains(QStringLiteral("baseline:koos-jr=missed")));

    PromResponse draft;
    draft.id = 5;
    draft.episodeId = 1;
    draft.instrumentId = QStringLiteral("koos-jr");
    draft.timePointId = QStringLiteral("6w");
    auto schedule =
        questionnaireSchedule(e, kneeTimePoints(), instruments, {draft}, QDate(2026, 11, 13));
    CHECK(schedule.at(1).inProgress);
    CHECK(schedule.at(1).responseId == 5);
    CHECK(schedule.at(1).status == DueStatus::Overdue);
    CHECK(actionable(schedule).size() == 2);
    draft.complete = true;
    CHECK(statusAt(QDate(2026, 11, 13), {draft}).contains(QStringLiteral("6w:koos-jr=done")));
}

TEST_CASE("Reminders: daily log after its time, due questionnaires, nothing while locked", "[prom]")
{
    Episode e = kneeEpisode(QDate(2026, 10, 1));
    e.id = 1;
    const auto schedule = questionnaireSchedule(
        e, kneeTimePoints(), {shipped(QStringLiteral("koos-jr")), shipped(QStringLiteral("pga"))},
        {}, QDate(2026, 11, 13));
    ReminderSettings settings;
    settings.dailyTime = QTime(19, 30);
    const QDateTime before(QDate(2026, 11, 13), QTime(19, 29));
    const QDateTime after(QDate(2026, 11, 13), QTime(19, 30));

    auto keys = [](const QList<Reminder> &list) {
        QStringList out;
        for (const auto &r : list)
            out << r.key;
        return out;
    };
    CHECK(keys(dueReminders(settings, before, false, schedule, false)) ==
          QStringList{QStringLiteral("prom:6w")});
    CHECK(keys(dueReminders(settings, after, false, schedule, false)) ==
          QStringList{QStringLiteral("log:2026-11-13"), QStringLiteral("prom:6w")});
    CHECK(keys(dueReminders(settings, after, true, schedule, false)) ==
          QStringList{QStringLiteral("prom:6w")});
    CHECK(dueReminders(settings, after, false, schedule, true).isEmpty());
    const auto prom = dueReminders(settings, before, false, schedule, false).first();
    CHECK(prom.title == QStringLiteral("6 weeks questionnaires are overdue"));
    CHECK(prom.text ==
          QStringLiteral(
              "KOOS JR, Global assessment (2 questionnaires) · please answer by 19 November"));

    settings.questionnaireEnabled = false;
    settings.dailyEnabled = false;
    CHECK(dueReminders(settings, after, false, schedule, false).isEmpty());
    CHECK_FALSE(nextDailyReminder(settings, after).isValid());
    settings.dailyEnabled = true;
    CHECK(nextDailyReminder(settings, before) == after);
    CHECK(nextDailyReminder(settings, after) == after.addDays(1));
    CHECK(parseReminderTime(QStringLiteral("7:05")).value() == QTime(7, 5));
    CHECK(parseReminderTime(QStringLiteral("24:00")).error().message ==
          QStringLiteral("'24:00' is not a time; use HH:MM, 00:00 to 23:59"));
}

TEST_CASE("A notification says only that Mend has a reminder while the app lock is on", "[prom]")
{
    const Reminder prom{Reminder::Kind::QuestionnaireDue, QStringLiteral("prom:6w"),
                        QStringLiteral("6 weeks questionnaires are due"),
                        QStringLiteral("KOOS JR (1 questionnaire) · please answer by 19 November")};
    const auto open = notificationText(prom, false);
    CHECK(open.title == prom.title);
    CHECK(open.body == prom.text);
    const auto locked = notificationText(prom, true);
    CHECK(locked.title == QStringLiteral("Mend"));
    CHECK(locked.body == QStringLiteral("You have a reminder. Open Mend to see it."));
}

TEST_CASE("Reminders due now come from the stored settings and today's log, and each is sent once",
          "[prom]")
{
    TempStore store;
    const QDateTime evening(QDate(2026, 9, 20), QTime(20, 30));
    CHECK(remindersDueNow(store.db, std::nullopt, evening).isEmpty());
    auto episode = store.episodes->add(test::kneeEpisode(QDate(2026, 9, 1)), evening);
    REQUIRE(episode.ok());
    auto due = remindersDueNow(store.db, episode.value(), evening);
    REQUIRE(due.size() == 1);
    CHECK(due.first().key == QStringLiteral("log:2026-09-20"));
    CHECK(remindersDueNow(store.db, episode.value(), evening.addSecs(-3600)).isEmpty());

    SettingsRepository settings(store.db);
    REQUIRE(saveReminderSettings(settings, {true, QTime(21, 0), true}).ok());
    CHECK(remindersDueNow(store.db, episode.value(), evening).isEmpty());
    REQUIRE(saveReminderSettings(settings, {true, QTime(20, 0), true}).ok());
    REQUIRE(store.entries->save(test::painEntry(evening.date(), 4), episode.value(), evening).ok());
    CHECK(remindersDueNow(store.db, episode.value(), evening).isEmpty());

    SentReminders sent(settings);
    const qint64 id = episode.value().id;
    CHECK_FALSE(sent.contains(id, QStringLiteral("log:2026-09-20")));
    REQUIRE(sent.record(id, QStringLiteral("log:2026-09-20")).ok());
    REQUIRE(sent.record(id, QStringLiteral("log:2026-09-20")).ok());
    CHECK(sent.contains(id, QStringLiteral("log:2026-09-20")));
    CHECK_FALSE(sent.contains(id + 1, QStringLiteral("log:2026-09-20"))); // another episode's
    for (int day = 0; day < SentReminders::kKept; ++day)
        REQUIRE(sent.record(id, QStringLiteral("log:day%1").arg(day)).ok());
    CHECK_FALSE(sent.contains(id, QStringLiteral("log:2026-09-20"))); // the oldest made room
    CHECK(sent.contains(id, QStringLiteral("log:day%1").arg(SentReminders::kKept - 1)));
}

TEST_CASE("Settings are stored as text by key", "[prom]")
{
    TempStore store;
    SettingsRepository settings(store.db);
    CHECK_FALSE(settings.value(QStringLiteral("reminder.time")).has_value());
    REQUIRE(settings.setValue(QStringLiteral("reminder.time"), QStringLiteral("19:30")).ok());
    REQUIRE(settings.setValue(QStringLiteral("reminder.time"), QStringLiteral("08:00")).ok());
    CHECK(settings.value(QStringLiteral("reminder.time")) == QStringLiteral("08:00"));
}
