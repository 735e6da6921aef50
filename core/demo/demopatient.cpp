#include "demopatient.h"

#include "services/instrumentcatalog.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace mend {
namespace {

constexpr int kBaselineDays = 7;

/** Noise-free shape of the course: a flare in the first days, a plateau, then slow relief. */
double expectedPain(int day)
{
    const double baseline = 6.5;
    if (day < 0)
        return baseline;
    if (day <= 3)
        return baseline + 1.5 - 0.25 * day;
    if (day <= 42)
        return baseline - 0.4 * (day - 3) / 39.0;
    return baseline - 0.4 - 2.2 * (day - 42) / 28.0;
}

int clampInt(double v, int lo, int hi)
{
    return std::clamp(int(std::lround(v)), lo, hi);
}

int symptomGrade(int day, int startGrade)
{
    if (day < 0)
        return 0;
    return std::max(0, startGrade - day / 2);
}

DailyEntry demoEntry(int day, std::mt19937 &rng)
{
    std::normal_distribution<double> noise(0.0, 0.7);
    DailyEntry e;
    const double pain = expectedPain(day) + noise(rng);
    e.painAverage = clampInt(pain, 0, 10);
    e.painRest = clampInt(pain - 1.5 + noise(rng) * 0.5, 0, 10);
    e.painActivity = clampInt(pain + 1.0 + noise(rng) * 0.5, 0, 10);
    e.painWorst = clampInt(pain + 2.0 + noise(rng) * 0.5, 0, 10);
    const double flexion = day < 0 ? 105 : day <= 3 ? 95 : 95 + std::min(23.0, (day - 3) * 0.35);
    e.rom.append({QStringLiteral("knee-flexion"), clampInt(flexion + noise(rng) * 3, 0, 160)});
    e.rom.append({QStringLiteral("knee-extension"), clampInt(day < 28 ? 5 : 3, 0, 20)});
    if (day % 7 == 0)
        e.rom.append({QStringLiteral("knee-flexion"), clampInt(132 + noise(rng) * 2, 0, 160),
                      RomSide::Other});
    const double steps = day < 0 ? 4500 : day <= 3 ? 1500 : 1500 + std::min(4500.0, day * 80.0);
    e.steps = clampInt(steps * (1.0 + noise(rng) * 0.15), 0, 100000);
    e.activeMinutes = clampInt(*e.steps / 110.0, 0, 1440);
    e.activityLevel = day >= 0 && day <= 7 ? ActivityLevel::Rest : ActivityLevel::Light;
    e.walkingAid = day >= 0 && day <= 3 ? WalkingAid::Crutches : WalkingAid::None;
    e.symptoms.soreness = symptomGrade(day, 3);
    e.symptoms.swelling = symptomGrade(day, 2);
    e.symptoms.bruising = symptomGrade(day, 1);
    e.symptoms.redness = 0;
    e.symptoms.warmth = symptomGrade(day, 1);
    e.painMedication = day >= 0 && day <= 5;
    if (day == 0)
        e.note = QStringLiteral("Injection this morning. Knee feels tight and full.");
    else if (day == 14)
        e.note = QStringLiteral("Started physio exercises: quad sets and heel slides.");
    else if (day == 50)
        e.note = QStringLiteral("Walked to the shops and back without stopping.");
    return e;
}

} // namespace

Result<Episode> seedDemoPatient(EpisodeRepository &episodes, EntryRepository &entries,
                                TimelineRepository &timeline, const QDateTime &now)
{
    const QDate today = now.date();
    Episode episode;
    episode.site = BodySite::Knee;
    episode.side = Side::Left;
    episode.condition = Condition::Osteoarthritis;
    episode.injectionDate = today.addDays(-kDemoDaysSinceInjection);
    episode.product = Product::BoneMarrowConcentrate;
    episode.adjunctPrp = true;
    episode.adjunctPhysio = true;
    episode.clinic = QStringLiteral("Demo Orthopaedic Clinic");
    episode.notes = QStringLiteral("Demo patient: left knee OA, Kellgren-Lawrence grade 3.");
    episode.baselinePain = 7;
    auto added = episodes.add(episode, now);
    if (!added)
        return added.error();

    std::mt19937 rng(20261124); // fixed seed: the demo is the same every time
    std::bernoulli_distribution missed(0.1);
    for (int day = -kBaselineDays; day <= kDemoDaysSinceInjection; ++day) {
        DailyEntry entry = demoEntry(day, rng);
        if (day > 3 && day < kDemoDaysSinceInjection && missed(rng))
            continue;
        entry.date = episode.injectionDate.addDays(day);
        // Logged in the evening of its day; a few entries were caught up the next morning.
        const bool caughtUp = day == 20 || day == 33;
        const QDateTime loggedAt(caughtUp ? entry.date.addDays(1) : entry.date,
                                 caughtUp ? QTime(8, 30) : QTime(20, 0));
        auto saved = entries.save(entry, added.value(), std::min(loggedAt, now));
        if (!saved)
            return saved.error();
    }
    const Episode &ep = added.value();
    TreatmentEvent physio{0,
                          ep.id,
                          ep.injectionDate.addDays(14),
                          QStringLiteral("physio-start"),
                          QStringLiteral("Quad sets and heel slides, twice a week"),
                          {}};
    if (auto e = timeline.addEvent(physio, ep, now); !e)
        return e.error();
    Goal goal{0, ep.id, QStringLiteral("Walk 2 km without pain"), 0, 12 * 7, {}, {}};
    if (auto g = timeline.addGoal(goal, ep, now); !g)
        return g.error();
    return added;
}

Status seedDemoQuestionnaires(PromRecorder &recorder, const Episode &episode, const QDateTime &now)
{
    struct Answered
    {
        const char *instrument;
        const char *timePoint;
        int day;
        QList<int> answers;
    };
    const Answered all[] = {
        {"koos-jr", "baseline", -5, {3, 2, 3, 3, 2, 2, 2}}, // raw 17: 44.905
        {"pga", "baseline", -5, {7}},
        {"koos-jr", "6w", 43, {2, 2, 2, 2, 1, 1, 1}}, // raw 11: 59.381
        {"pga", "6w", 43, {4}},
        {"pgic", "6w", 43, {2}},
    };
    for (const auto &a : all) {
        const QString id = QString::fromLatin1(a.instrument);
        const auto instruments = InstrumentCatalog::builtIn();
        const auto it = std::find_if(instruments.begin(), instruments.end(),
                                     [&](const Instrument &i) { return i.id == id; });
        if (it == instruments.end())
            return Error{id, QStringLiteral("is not a shipped instrument")};
        Answers answers;
        for (int i = 0; i < a.answers.size(); ++i)
            answers.insert(it->items.at(i).id, a.answers.at(i));
        auto saved = recorder.complete(*it,
                                       {episode.id, QString::fromLatin1(a.timePoint),
                                        episode.injectionDate.addDays(a.day), answers},
                                       now);
        if (!saved)
            return saved.error();
    }
    return Done{};
}

} // namespace mend
