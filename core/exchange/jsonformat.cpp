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

} // namespace mend
