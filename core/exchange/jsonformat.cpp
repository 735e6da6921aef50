#include "jsonformat.h"

#include <QJsonArray>
#include <cmath>

namespace mend {
namespace {

void putOptional(QJsonObject &o, const char *key, const std::optional<int> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString baselineSourceKey(BaselineSource s)
{
    switch (s) {
    case BaselineSource::PreInjectionEntries:
        return QStringLiteral("pre-injection-entries");
    case BaselineSource::EpisodeSetup:
        return QStringLiteral("episode-setup");
    case BaselineSource::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QJsonObject episodeToJson(const Episode &e)
{
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("site"), toKey(e.site)},
        {QStringLiteral("side"), toKey(e.side)},
        {QStringLiteral("condition"), toKey(e.condition)},
        {QStringLiteral("injected"), e.injectionDate.toString(Qt::ISODate)},
        {QStringLiteral("product"), toKey(e.product)},
        {QStringLiteral("adjunctPrp"), e.adjunctPrp},
        {QStringLiteral("adjunctPhysio"), e.adjunctPhysio},
        {QStringLiteral("clinic"), e.clinic},
        {QStringLiteral("notes"), e.notes},
        {QStringLiteral("baselinePain"), e.baselinePain},
    };
    if (e.previousEpisodeId)
        o.insert(QStringLiteral("previous"), *e.previousEpisodeId);
    return o;
}

QJsonObject entryToJson(const DailyEntry &e, const Episode &episode)
{
    const int day = int(episode.injectionDate.daysTo(e.date));
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("episode"), e.episodeId},
        {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
        {QStringLiteral("day"), day},
        {QStringLiteral("week"), int(std::floor(day / 7.0))},
        {QStringLiteral("pain"), e.painAverage},
        {QStringLiteral("fever"), e.symptoms.fever},
        {QStringLiteral("painMedication"), e.painMedication},
        {QStringLiteral("note"), e.note},
        {QStringLiteral("late"), e.late},
        {QStringLiteral("createdAt"), e.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), e.updatedAt.toString(Qt::ISODateWithMs)},
    };
    putOptional(o, "painRest", e.painRest);
    putOptional(o, "painActivity", e.painActivity);
    putOptional(o, "painWorst", e.painWorst);
    putOptional(o, "steps", e.steps);
    putOptional(o, "activeMinutes", e.activeMinutes);
    putOptional(o, "soreness", e.symptoms.soreness);
    putOptional(o, "swelling", e.symptoms.swelling);
    putOptional(o, "bruising", e.symptoms.bruising);
    putOptional(o, "redness", e.symptoms.redness);
    putOptional(o, "warmth", e.symptoms.warmth);
    if (e.activityLevel)
        o.insert(QStringLiteral("activityLevel"), toKey(*e.activityLevel));
    if (e.walkingAid)
        o.insert(QStringLiteral("walkingAid"), toKey(*e.walkingAid));
    QJsonObject rom;
    QJsonObject romOther;
    for (const auto &r : e.rom)
        (r.side == RomSide::Other ? romOther : rom).insert(r.movement, r.degrees);
    if (!rom.isEmpty())
        o.insert(QStringLiteral("rom"), rom);
    if (!romOther.isEmpty())
        o.insert(QStringLiteral("romOtherSide"), romOther);
    return o;
}

QJsonObject summaryToJson(const EpisodeSummary &s, const Episode &episode)
{
    QJsonObject pain;
    if (s.pain.baseline.value)
        pain.insert(QStringLiteral("baseline"), round2(*s.pain.baseline.value));
    pain.insert(QStringLiteral("baselineSource"), baselineSourceKey(s.pain.baseline.source));
    pain.insert(QStringLiteral("baselineEntries"), s.pain.baseline.entryCount);
    if (s.pain.latestAverage) {
        pain.insert(QStringLiteral("latest7DayAverage"), round2(*s.pain.latestAverage));
        pain.insert(QStringLiteral("latestDate"), s.pain.latestDate.toString(Qt::ISODate));
    }
    if (s.pain.change) {
        pain.insert(QStringLiteral("changeAbsolute"), round2(s.pain.change->absolute));
        if (s.pain.change->percent)
            pain.insert(QStringLiteral("changePercent"), round2(*s.pain.change->percent));
    }
    return QJsonObject{
        {QStringLiteral("episode"), episode.id},
        {QStringLiteral("injected"), episode.injectionDate.toString(Qt::ISODate)},
        {QStringLiteral("daysSinceInjection"), s.daysSinceInjection},
        {QStringLiteral("daysLogged"), s.daysLogged},
        {QStringLiteral("daysElapsed"), s.daysElapsed},
        {QStringLiteral("baselineEntries"), s.baselineEntries},
        {QStringLiteral("lateEntries"), s.lateEntries},
        {QStringLiteral("pain"), pain},
    };
}

QJsonObject milestoneToJson(const MilestoneResult &r, const Episode &episode)
{
    QJsonObject o{
        {QStringLiteral("id"), r.definition.id},
        {QStringLiteral("kind"), QStringLiteral("milestone")},
        {QStringLiteral("status"), statusKey(r.status)},
        {QStringLiteral("windowDays"),
         QJsonArray{r.definition.windowStartDay, r.definition.windowEndDay}},
        {QStringLiteral("windowDates"),
         QJsonArray{
             episode.injectionDate.addDays(r.definition.windowStartDay).toString(Qt::ISODate),
             episode.injectionDate.addDays(r.definition.windowEndDay).toString(Qt::ISODate)}},
        {QStringLiteral("patientText"), r.definition.patientText},
        {QStringLiteral("clinicianText"), r.definition.clinicianText},
        {QStringLiteral("detail"), r.detail},
        {QStringLiteral("evidence"), r.definition.evidence},
        {QStringLiteral("citation"), r.definition.citation},
    };
    if (r.achievedOn.isValid())
        o.insert(QStringLiteral("achievedOn"), r.achievedOn.toString(Qt::ISODate));
    if (r.averageAtCheck)
        o.insert(QStringLiteral("sevenDayAverage"), round2(*r.averageAtCheck));
    if (r.baseline)
        o.insert(QStringLiteral("baseline"), round2(*r.baseline));
    return o;
}

QJsonObject goalToJson(const Goal &goal, MilestoneStatus status)
{
    QJsonObject o{
        {QStringLiteral("id"), goal.id},
        {QStringLiteral("kind"), QStringLiteral("goal")},
        {QStringLiteral("text"), goal.text},
        {QStringLiteral("status"), statusKey(status)},
        {QStringLiteral("windowDays"), QJsonArray{goal.windowStartDay, goal.windowEndDay}},
    };
    if (goal.achievedOn.isValid())
        o.insert(QStringLiteral("achievedOn"), goal.achievedOn.toString(Qt::ISODate));
    return o;
}

QJsonObject alertToJson(const Alert &a, const Episode &episode)
{
    QJsonObject o = redFlagToJson(a.flag);
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("date"), a.entryDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("day"), int(episode.injectionDate.daysTo(a.entryDate)));
    o.insert(QStringLiteral("createdAt"), a.createdAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("acknowledged"), a.acknowledgedAt.has_value());
    if (a.acknowledgedAt)
        o.insert(QStringLiteral("acknowledgedAt"), a.acknowledgedAt->toString(Qt::ISODateWithMs));
    return o;
}

QJsonObject redFlagToJson(const RedFlag &flag)
{
    return QJsonObject{{QStringLiteral("rule"), flag.rule},
                       {QStringLiteral("reason"), flag.reason},
                       {QStringLiteral("severity"), severityKey(flag.severity)}};
}

QJsonObject eventToJson(const TreatmentEvent &e, const Episode &episode)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                       {QStringLiteral("day"), int(episode.injectionDate.daysTo(e.date))},
                       {QStringLiteral("kind"), e.kind},
                       {QStringLiteral("note"), e.note}};
}

} // namespace mend
