// The Bundle's Observations and QuestionnaireResponses: the diary's days, imported activity and
// answered questionnaires.
#include "fhirbundlebuilder.h"

#include "fhircodes.h"

#include <QJsonArray>

namespace mend::fhirexport {

using namespace fhir;

QJsonObject BundleBuilder::observation(const QDate &date, const QString &category,
                                       const QJsonObject &code)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("status"), QStringLiteral("final")},
            {QStringLiteral("category"), QJsonArray{codeable(coding(kCategory, category))}},
            {QStringLiteral("code"), code},
            {QStringLiteral("subject"), reference(m_patientId)},
            {QStringLiteral("partOf"), QJsonArray{reference(m_procedureId)}},
            {QStringLiteral("effectiveDateTime"), date.toString(Qt::ISODate)}};
}

void BundleBuilder::addValue(const DailyEntry &e, const QString &key, QJsonObject o)
{
    add(idFor(QStringLiteral("obs|") + m_episodeKey + e.date.toString(Qt::ISODate) + key), o);
}

void BundleBuilder::addMendValue(const DailyEntry &e, const QString &code, const QString &category,
                                 const QString &valueType, const QJsonValue &value)
{
    QJsonObject o = observation(e.date, category, codeable(coding(kMend, code)));
    o.insert(valueType, value);
    addValue(e, code, o);
}

void BundleBuilder::addImportedActivity(const StoredActivityDay &a)
{
    const ActivityDay &day = a.activity;
    const QString device =
        a.source + (day.devices.isEmpty()
                        ? QString()
                        : QStringLiteral(": ") + day.devices.join(QStringLiteral(", ")));
    const auto imported = [&](QJsonObject o, const QString &key) {
        o.insert(QStringLiteral("device"), QJsonObject{{QStringLiteral("display"), device}});
        appendExtension(
            o, extension(QStringLiteral("imported-from"), QStringLiteral("valueString"), a.source));
        appendExtension(o, extension(QStringLiteral("imported-at"), QStringLiteral("valueDateTime"),
                                     a.importedAt.toUTC().toString(Qt::ISODateWithMs)));
        add(idFor(QStringLiteral("activity|") + m_episodeKey + day.day.toString(Qt::ISODate) +
                  a.source + key),
            o);
    };
    if (day.steps) {
        QJsonObject o =
            observation(day.day, QStringLiteral("activity"), codeable(coding(kLoinc, kStepsLoinc)));
        o.insert(QStringLiteral("valueQuantity"),
                 quantity(double(*day.steps), QStringLiteral("steps"), QStringLiteral("{steps}")));
        imported(o, QStringLiteral("steps"));
    }
    if (day.activeMinutes) {
        QJsonObject o = observation(day.day, QStringLiteral("activity"),
                                    codeable(coding(kMend, QStringLiteral("active-minutes"))));
        o.insert(QStringLiteral("valueQuantity"),
                 quantity(*day.activeMinutes, QStringLiteral("min"), QStringLiteral("min")));
        imported(o, QStringLiteral("active-minutes"));
    }
}

void BundleBuilder::addEntry(const DailyEntry &e)
{
    const QJsonObject painCode = codeable(
        coding(kLoinc, kPainLoinc,
               QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported")));
    QJsonObject pain = observation(e.date, QStringLiteral("survey"), painCode);
    pain.insert(QStringLiteral("valueInteger"), e.painAverage);
    pain.insert(
        QStringLiteral("extension"),
        QJsonArray{extension(QStringLiteral("created-at"), QStringLiteral("valueDateTime"),
                             e.createdAt.toUTC().toString(Qt::ISODateWithMs)),
                   extension(QStringLiteral("updated-at"), QStringLiteral("valueDateTime"),
                             e.updatedAt.toUTC().toString(Qt::ISODateWithMs)),
                   extension(QStringLiteral("late"), QStringLiteral("valueBoolean"), e.late)});
    if (!e.note.isEmpty())
        pain.insert(QStringLiteral("note"),
                    QJsonArray{QJsonObject{{QStringLiteral("text"), e.note}}});
    addValue(e, QStringLiteral("pain-average"), pain);

    const std::optional<int> contextValues[] = {e.painRest, e.painActivity, e.painWorst};
    static_assert(std::size(contextValues) == std::size(kPainContexts));
    for (size_t i = 0; i < std::size(kPainContexts); ++i) {
        if (!contextValues[i])
            continue;
        const QString code = QStringLiteral("pain-") + QString::fromLatin1(kPainContexts[i].key);
        const QString display = QString::fromLatin1(kPainContexts[i].display);
        QJsonObject o = observation(e.date, QStringLiteral("survey"),
                                    codeable(coding(kMend, code, display), display));
        o.insert(QStringLiteral("valueInteger"), *contextValues[i]);
        addValue(e, code, o);
    }
    if (e.steps) {
        QJsonObject o =
            observation(e.date, QStringLiteral("activity"), codeable(coding(kLoinc, kStepsLoinc)));
        o.insert(QStringLiteral("valueQuantity"),
                 quantity(*e.steps, QStringLiteral("steps"), QStringLiteral("{steps}")));
        addValue(e, QStringLiteral("steps"), o);
    }
    if (e.activeMinutes)
        addMendValue(e, QStringLiteral("active-minutes"), QStringLiteral("activity"),
                     QStringLiteral("valueQuantity"),
                     quantity(*e.activeMinutes, QStringLiteral("min"), QStringLiteral("min")));
    if (e.activityLevel)
        addMendValue(e, QStringLiteral("activity-level"), QStringLiteral("activity"),
                     QStringLiteral("valueCodeableConcept"),
                     codeable(coding(kMend, toKey(*e.activityLevel))));
    if (e.walkingAid)
        addMendValue(e, QStringLiteral("walking-aid"), QStringLiteral("activity"),
                     QStringLiteral("valueCodeableConcept"),
                     codeable(coding(kMend, toKey(*e.walkingAid))));
    const std::pair<const char *, std::optional<int>> symptoms[] = {
        {"soreness", e.symptoms.soreness},
        {"swelling", e.symptoms.swelling},
        {"bruising", e.symptoms.bruising},
        {"redness", e.symptoms.redness},
        {"warmth", e.symptoms.warmth}};
    for (const auto &[name, grade] : symptoms)
        if (grade)
            addMendValue(e, QStringLiteral("symptom-") + QString::fromLatin1(name),
                         QStringLiteral("exam"), QStringLiteral("valueInteger"), *grade);
    if (e.safety.temperatureC)
        addMendValue(e, QStringLiteral("temperature"), QStringLiteral("vital-signs"),
                     QStringLiteral("valueQuantity"),
                     quantity(*e.safety.temperatureC, QStringLiteral("°C"), QStringLiteral("Cel")));
    // Yes/no values: only the ones that are yes (absent = no).
    QList<std::pair<QString, bool>> flags{{QStringLiteral("fever"), e.symptoms.fever},
                                          {QStringLiteral("pain-medication"), e.painMedication}};
    for (const auto &flag : safetyFlags())
        flags.append(
            {QStringLiteral("sign-") + QString::fromLatin1(flag.key), e.safety.*flag.member});
    for (const auto &[code, on] : flags)
        if (on)
            addMendValue(e, code, QStringLiteral("survey"), QStringLiteral("valueBoolean"), true);
    for (const auto &r : e.rom) {
        const QString side =
            r.side == RomSide::Other ? QStringLiteral("other") : QStringLiteral("treated");
        QJsonObject o = observation(e.date, QStringLiteral("exam"),
                                    codeable(coding(kMend, QStringLiteral("rom-") + r.movement)));
        o.insert(QStringLiteral("valueQuantity"),
                 quantity(r.degrees, QStringLiteral("°"), QStringLiteral("deg")));
        o.insert(QStringLiteral("component"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("code"), codeable(coding(kMend, QStringLiteral("side")))},
                     {QStringLiteral("valueCodeableConcept"), codeable(coding(kMend, side))}}});
        addValue(e, QStringLiteral("rom-") + r.movement + side, o);
    }
}

void BundleBuilder::addResponse(const PromResponse &r)
{
    const QString key = QStringLiteral("qr|") + m_episodeKey + r.instrumentId + QLatin1Char('|') +
                        r.timePointId + QLatin1Char('|') + r.answeredOn.toString(Qt::ISODate);
    const QString responseId = idFor(key);
    QJsonArray items;
    for (auto it = r.answers.begin(); it != r.answers.end(); ++it)
        items.append(
            QJsonObject{{QStringLiteral("linkId"), it.key()},
                        {QStringLiteral("answer"),
                         QJsonArray{QJsonObject{{QStringLiteral("valueInteger"), it.value()}}}}});
    QJsonObject qr{
        {QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
        {QStringLiteral("questionnaire"),
         QStringLiteral("%1/%2|%3").arg(kQuestionnaire, r.instrumentId).arg(r.instrumentVersion)},
        {QStringLiteral("status"),
         r.complete ? QStringLiteral("completed") : QStringLiteral("in-progress")},
        {QStringLiteral("subject"), reference(m_patientId)},
        {QStringLiteral("partOf"), QJsonArray{reference(m_procedureId)}},
        {QStringLiteral("authored"), r.answeredOn.toString(Qt::ISODate)},
        {QStringLiteral("extension"),
         QJsonArray{extension(QStringLiteral("created-at"), QStringLiteral("valueDateTime"),
                              r.createdAt.toUTC().toString(Qt::ISODateWithMs)),
                    extension(QStringLiteral("updated-at"), QStringLiteral("valueDateTime"),
                              r.updatedAt.toUTC().toString(Qt::ISODateWithMs))}}};
    if (!r.timePointId.isEmpty())
        qr.insert(QStringLiteral("identifier"),
                  QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:mend:time-point")},
                              {QStringLiteral("value"), r.timePointId}});
    if (!items.isEmpty())
        qr.insert(QStringLiteral("item"), items);
    add(responseId, qr);

    const Instrument *instrument = nullptr;
    for (const auto &i : m_data.instruments)
        if (i.id == r.instrumentId)
            instrument = &i;
    for (const auto &s : r.scores) {
        if (!s.score)
            continue;
        const auto *scale = instrument ? instrument->scale(s.scaleId) : nullptr;
        // One coding only, so that `code.coding.code = '82324-5'` finds a KOOS JR total: the
        // LOINC code where the instrument has one (a single total), else Mend's own.
        const QString label = scale ? scale->label : QString();
        const QJsonObject code =
            instrument && !instrument->loinc.isEmpty() && instrument->scales.size() == 1
                ? codeable(coding(kLoinc, instrument->loinc, label), label)
                : codeable(coding(kMend,
                                  QStringLiteral("prom-%1-%2").arg(r.instrumentId, s.scaleId),
                                  label),
                           label);
        QJsonObject o = observation(r.answeredOn, QStringLiteral("survey"), code);
        o.insert(QStringLiteral("valueQuantity"),
                 QJsonObject{{QStringLiteral("value"),
                              s.score->toString(scale ? scale->decimals : 3).toDouble()},
                             {QStringLiteral("unit"), QStringLiteral("score")},
                             {QStringLiteral("system"), kUcum},
                             {QStringLiteral("code"), QStringLiteral("{score}")}});
        o.insert(QStringLiteral("derivedFrom"), QJsonArray{reference(responseId)});
        add(idFor(key + QLatin1Char('|') + s.scaleId), o);
    }
}

} // namespace mend::fhirexport
