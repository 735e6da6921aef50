// A Bundle's Observations: the diary's own values, LOINC vital signs and pain, and activity.
#include "fhirbundlereader.h"

#include "domain/limits.h"

namespace mend::fhirimport {

using namespace fhir;

void Reader::observation(const JsonView &r, const MendExtensions &extensions)
{
    const JsonView effective = r.value("effectiveDateTime");
    const QDate date = dateOf(effective);
    const auto codes = codesIn(r.value("code"), kLoinc, kMend);
    const QString &loinc = codes.first; // named, not bound: clang 14 captures no bindings
    const QString &mend = codes.second;
    const auto label = [&] {
        return loinc.isEmpty() ? (mend.isEmpty() ? QStringLiteral("(uncoded)") : mend) : loinc;
    };
    const auto on = [&](const QString &what) {
        return
            [&, what] { return QStringLiteral("%1 on %2").arg(what, date.toString(Qt::ISODate)); };
    };
    if (!effective.isUndefined() && !date.isValid()) {
        problem(QStringLiteral("Observation %1: effectiveDateTime %2 is not a date")
                    .arg(label(), effective.isString()
                                      ? QStringLiteral("'%1'").arg(effective.toString())
                                      : QStringLiteral("(not text)")));
        return;
    }
    if (!date.isValid()) {
        skip(QStringLiteral("Observation %1: no effectiveDateTime date").arg(label()));
        return;
    }
    const auto dayOf = [&]() -> DailyEntry & {
        DailyEntry &d = m_bucket->days[date];
        d.date = date;
        return d;
    };
    if (const JsonView from = extensions.value(QLatin1String("imported-from")); from.isString()) {
        importedActivity(r, extensions, date, from.toString().left(80), loinc, mend);
        return;
    }
    // The daily average is 72514-3; rest, activity and worst carry Mend's own codes (exports
    // before 2026-12 gave them 72514-3 with a context component, still read).
    const QString contextCode = contextualPainCode(mend);
    if (loinc == kPainLoinc || !contextCode.isEmpty()) {
        DailyEntry &day = dayOf();
        const JsonView integerValue = r.value("valueInteger");
        const auto value = painScore(
            integerValue.isUndefined() ? r.value("valueQuantity").value("value") : integerValue,
            date);
        if (!value)
            return;
        const QString context =
            !contextCode.isEmpty()
                ? contextCode
                : codeIn(r.value("component").first().value("valueCodeableConcept"), kMend);
        if (context == QLatin1String("rest"))
            day.painRest = value;
        else if (context == QLatin1String("activity"))
            day.painActivity = value;
        else if (context == QLatin1String("worst-24h"))
            day.painWorst = value;
        else {
            if (m_bucket->daysWithPain.contains(date))
                problem(QStringLiteral("two average pain scores on %1")
                            .arg(date.toString(Qt::ISODate)));
            m_bucket->daysWithPain.insert(date);
            day.painAverage = *value;
            day.note = noteOf(r);
            day.createdAt = timestampOf(extensions.value(QLatin1String("created-at")));
            day.updatedAt = timestampOf(extensions.value(QLatin1String("updated-at")));
            day.late = extensions.value(QLatin1String("late")).toBool();
        }
        return;
    }
    if (loinc == kStepsLoinc) {
        dayOf().steps =
            integer(r.value("valueQuantity").value("value"), on(QStringLiteral("steps (55423-8)")));
        return;
    }
    // PROM totals: Mend's own are recomputed from their QuestionnaireResponse.
    const bool promCode = mend.startsWith(QLatin1String("prom-"));
    for (const auto &i : m_instruments) {
        const bool byLoinc = !i.loinc.isEmpty() && loinc == i.loinc;
        if (!byLoinc && (!promCode || !QStringView(mend).mid(5).startsWith(i.id) ||
                         !QStringView(mend).mid(5 + i.id.size()).startsWith(u'-')))
            continue;
        if (r.value("derivedFrom").size() > 0)
            return;
        const auto score = Rational::parse(
            QString::number(r.value("valueQuantity").value("value").toDouble(-1), 'f', 3));
        const auto &scale = i.scales.first();
        if (!score || *score < scale.scoreMin || *score > scale.scoreMax) {
            problem(QStringLiteral("%1 total on %2 is not a score from %3 to %4")
                        .arg(i.shortName, date.toString(Qt::ISODate),
                             scale.scoreMin.toShortString(), scale.scoreMax.toShortString()));
            return;
        }
        PromResponse total;
        total.instrumentId = i.id;
        total.instrumentVersion = i.version;
        total.answeredOn = date;
        total.complete = true;
        total.scores = {{scale.id, 0, 0, *score, {}}};
        m_bucket->totals.insert(i.id + date.toString(Qt::ISODate), total);
        return;
    }
    if (mend.isEmpty() || !mendObservation(r, dayOf(), mend))
        skip(QStringLiteral("Observation %1 on %2: not a value Mend records")
                 .arg(label(), date.toString(Qt::ISODate)));
}

void Reader::importedActivity(const JsonView &r, const MendExtensions &extensions,
                              const QDate &date, const QString &source, const QString &loinc,
                              const QString &mend)
{
    const auto what = [&] {
        return QStringLiteral("%1's count on %2").arg(source, date.toString(Qt::ISODate));
    };
    StoredActivityDay &a = m_bucket->activity[{source, date}];
    a.source = source;
    a.activity.day = date;
    a.importedAt = timestampOf(extensions.value(QLatin1String("imported-at")));
    const QString device = r.value("device").value("display").toString();
    if (device.startsWith(source + QStringLiteral(": ")))
        a.activity.devices = device.mid(source.size() + 2).split(QStringLiteral(", "));
    const JsonView value = r.value("valueQuantity").value("value");
    if (loinc == kStepsLoinc) {
        const auto steps = integer(value, what);
        if (steps && (*steps < 0 || *steps > kStepsMax))
            problem(QStringLiteral("%1: %2 is not a day's steps").arg(what()).arg(*steps));
        else
            a.activity.steps = steps;
    } else if (mend == QLatin1String("active-minutes")) {
        const auto minutes = integer(value, what);
        if (minutes && (*minutes < 0 || *minutes > 1440))
            problem(QStringLiteral("%1: %2 active minutes is more than a day")
                        .arg(what())
                        .arg(*minutes));
        else
            a.activity.activeMinutes = minutes;
    } else {
        skip(QStringLiteral("%1: not a count Mend imports").arg(what()));
    }
}

bool Reader::mendObservation(const JsonView &r, DailyEntry &day, const QString &code)
{
    const auto what = [&] {
        return QStringLiteral("%1 on %2").arg(code, day.date.toString(Qt::ISODate));
    };
    const JsonView quantity = r.value("valueQuantity").value("value");
    if (code == QLatin1String("active-minutes")) {
        day.activeMinutes = integer(quantity, what);
    } else if (code == QLatin1String("activity-level")) {
        day.activityLevel = fromKey<ActivityLevel>(codeIn(r.value("valueCodeableConcept"), kMend));
    } else if (code == QLatin1String("walking-aid")) {
        day.walkingAid = fromKey<WalkingAid>(codeIn(r.value("valueCodeableConcept"), kMend));
    } else if (code == QLatin1String("temperature")) {
        day.safety.temperatureC = quantity.toDouble();
    } else if (code == QLatin1String("fever")) {
        day.symptoms.fever = true;
    } else if (code == QLatin1String("pain-medication")) {
        day.painMedication = true;
    } else if (code.startsWith(QLatin1String("symptom-"))) {
        const QStringView name = QStringView(code).mid(8);
        std::optional<int> *target = name == QLatin1String("soreness")   ? &day.symptoms.soreness
                                     : name == QLatin1String("swelling") ? &day.symptoms.swelling
                                     : name == QLatin1String("bruising") ? &day.symptoms.bruising
                                     : name == QLatin1String("redness")  ? &day.symptoms.redness
                                     : name == QLatin1String("warmth")   ? &day.symptoms.warmth
                                                                         : nullptr;
        const auto grade = integer(r.value("valueInteger"), what);
        if (!target)
            return false;
        *target = grade;
    } else if (code.startsWith(QLatin1String("sign-"))) {
        for (const auto &flag : safetyFlags())
            if (QStringView(code).mid(5) == QLatin1String(flag.key)) {
                day.safety.*flag.member = true;
                return true;
            }
        return false;
    } else if (code.startsWith(QLatin1String("rom-"))) {
        const auto degrees = integer(quantity, what);
        const bool other = codeIn(r.value("component").first().value("valueCodeableConcept"),
                                  kMend) == QLatin1String("other");
        if (degrees)
            day.rom.append({code.mid(4), *degrees, other ? RomSide::Other : RomSide::Treated});
    } else {
        return false;
    }
    return true;
}

} // namespace mend::fhirimport
