#include "fhirexport.h"

#include "fhircodes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <functional>

namespace mend {
namespace {

using namespace fhir;

/** A stable resource id from a name: the same content always gets the same id. */
QString idFor(const QString &name)
{
    static const QUuid ns(QStringLiteral("6f1d3c52-3b0e-4f0b-9a44-7d1e0c2a9b11"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QJsonObject coding(const QString &system, const QString &code, const QString &display = {})
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeable(const QJsonObject &c, const QString &text = {})
{
    QJsonObject o{{QStringLiteral("coding"), QJsonArray{c}}};
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    return o;
}

QJsonObject extension(const QString &name, const QString &type, const QJsonValue &value)
{
    return {{QStringLiteral("url"), kExtension + QLatin1Char('/') + name}, {type, value}};
}

QJsonObject reference(const QString &id)
{
    return {{QStringLiteral("reference"), QStringLiteral("urn:uuid:") + id}};
}

QJsonObject quantity(double value, const QString &unit, const QString &code)
{
    return {{QStringLiteral("value"), value},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), kUcum},
            {QStringLiteral("code"), code}};
}

QString episodeKey(const Episode &e)
{
    return QStringLiteral("%1|%2|%3")
        .arg(e.injectionDate.toString(Qt::ISODate), toKey(e.site), toKey(e.side));
}

QJsonArray noteOf(const QString &text)
{
    return QJsonArray{QJsonObject{{QStringLiteral("text"), text}}};
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

class BundleBuilder
{
public:
    /** Each entry goes to sink as soon as it is made: the Bundle is never whole in memory. */
    BundleBuilder(const FhirExportData &data, FhirBundleType type,
                  std::function<void(const QJsonObject &)> sink)
        : m_data(data), m_type(type), m_sink(std::move(sink))
    {
        for (const auto &e : data.episodes)
            m_procedureIds.insert(e.episode.id,
                                  idFor(QStringLiteral("procedure|") + episodeKey(e.episode)));
        m_patientId = idFor(
            QStringLiteral("patient|") + data.patientIdentifier +
            (data.episodes.isEmpty() ? QString() : episodeKey(data.episodes.first().episode)));
    }

    void build()
    {
        addPatient();
        for (const auto &e : m_data.episodes) {
            m_episode = &e;
            m_episodeKey = episodeKey(e.episode);
            m_procedureId = m_procedureIds.value(e.episode.id);
            addProcedure();
            for (const auto &s : e.seriesInjections)
                addSeriesInjection(s);
            for (const auto &t : e.events)
                addEvent(t);
            for (const auto &g : e.goals)
                addGoal(g);
            for (const auto &a : e.alerts)
                addAlert(a);
            for (const auto &d : e.entries)
                addEntry(d);
            for (const auto &r : e.responses)
                addResponse(r);
            for (const auto &a : e.activity)
                addImportedActivity(a);
        }
    }

private:
    void add(const QString &id, QJsonObject resource)
    {
        QJsonObject entry{{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + id}};
        if (m_type == FhirBundleType::Transaction) {
            // The server assigns ids; the stable identifier makes the create conditional.
            const QString type = resource.value(QStringLiteral("resourceType")).toString();
            const QJsonObject identifier{{QStringLiteral("system"), kResourceIdentifier},
                                         {QStringLiteral("value"), id}};
            if (type == QLatin1String("QuestionnaireResponse")) {
                // R4 gives it one identifier: the time point moves to an extension.
                if (const QJsonValue timePoint = resource.take(QStringLiteral("identifier"));
                    timePoint.isObject())
                    appendExtension(resource, extension(QStringLiteral("time-point"),
                                                        QStringLiteral("valueString"),
                                                        timePoint[QStringLiteral("value")]));
                resource.insert(QStringLiteral("identifier"), identifier);
            } else {
                QJsonArray identifiers = resource.value(QStringLiteral("identifier")).toArray();
                identifiers.append(identifier);
                resource.insert(QStringLiteral("identifier"), identifiers);
            }
            entry.insert(QStringLiteral("resource"), resource);
            entry.insert(
                QStringLiteral("request"),
                QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("url"), type},
                            {QStringLiteral("ifNoneExist"),
                             QStringLiteral("identifier=%1|%2").arg(kResourceIdentifier, id)}});
        } else {
            resource.insert(QStringLiteral("id"), id);
            entry.insert(QStringLiteral("resource"), resource);
        }
        m_sink(entry);
    }

    static void appendExtension(QJsonObject &resource, const QJsonObject &ext)
    {
        QJsonArray all = resource.value(QStringLiteral("extension")).toArray();
        all.append(ext);
        resource.insert(QStringLiteral("extension"), all);
    }

    void addPatient()
    {
        QJsonObject p{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                      {QStringLiteral("active"), true}};
        if (!m_data.patientIdentifier.isEmpty())
            p.insert(QStringLiteral("identifier"),
                     QJsonArray{
                         QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:mend:patient")},
                                     {QStringLiteral("value"), m_data.patientIdentifier}}});
        add(m_patientId, p);
    }

    QJsonArray bodySite() const
    {
        const Episode &e = m_episode->episode;
        QJsonArray codings;
        if (const QString snomed = snomedSite(e.site); !snomed.isEmpty())
            codings.append(coding(kSnomed, snomed));
        codings.append(coding(kMend, QStringLiteral("site-") + toKey(e.site), toLabel(e.site)));
        return QJsonArray{QJsonObject{{QStringLiteral("coding"), codings},
                                      {QStringLiteral("text"), toLabel(e.site)}}};
    }

    void addProcedure()
    {
        const Episode &e = m_episode->episode;
        QJsonArray ext{
            extension(QStringLiteral("side"), QStringLiteral("valueCode"), toKey(e.side)),
            extension(QStringLiteral("adjunct-prp"), QStringLiteral("valueBoolean"), e.adjunctPrp),
            extension(QStringLiteral("adjunct-physio"), QStringLiteral("valueBoolean"),
                      e.adjunctPhysio),
            extension(QStringLiteral("baseline-pain"), QStringLiteral("valueInteger"),
                      e.baselinePain),
            extension(QStringLiteral("created-at"), QStringLiteral("valueDateTime"),
                      e.createdAt.toUTC().toString(Qt::ISODateWithMs))};
        if (e.condition == Condition::Osteoarthritis || e.condition == Condition::CartilageDamage)
            ext.append(extension(QStringLiteral("route"), QStringLiteral("valueCodeableConcept"),
                                 codeable(coding(kSnomed, kIntraArticularRoute),
                                          QStringLiteral("Intra-articular"))));
        if (!e.clinic.isEmpty())
            ext.append(
                extension(QStringLiteral("clinic"), QStringLiteral("valueString"), e.clinic));
        if (e.previousEpisodeId && m_procedureIds.contains(*e.previousEpisodeId))
            ext.append(extension(QStringLiteral("repeats"), QStringLiteral("valueReference"),
                                 reference(m_procedureIds.value(*e.previousEpisodeId))));
        QJsonObject p{
            {QStringLiteral("resourceType"), QStringLiteral("Procedure")},
            {QStringLiteral("extension"), ext},
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("code"),
             codeable(coding(kMend, QStringLiteral("injection-") + toKey(e.product)),
                      toLabel(e.product) + QStringLiteral(" injection"))},
            {QStringLiteral("subject"), reference(m_patientId)},
            {QStringLiteral("performedDateTime"), e.injectionDate.toString(Qt::ISODate)},
            {QStringLiteral("bodySite"), bodySite()},
            {QStringLiteral("reasonCode"),
             QJsonArray{codeable(coding(kMend, QStringLiteral("condition-") + toKey(e.condition)),
                                 toLabel(e.condition))}}};
        if (!e.notes.isEmpty())
            p.insert(QStringLiteral("note"),
                     QJsonArray{QJsonObject{{QStringLiteral("text"), e.notes}}});
        add(m_procedureId, p);
    }

    void addSeriesInjection(const SeriesInjection &s)
    {
        QJsonObject p{
            {QStringLiteral("resourceType"), QStringLiteral("Procedure")},
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("code"), codeable(coding(kMend, QStringLiteral("series-injection")),
                                              QStringLiteral("Further injection of a series"))},
            {QStringLiteral("subject"), reference(m_patientId)},
            {QStringLiteral("partOf"), QJsonArray{reference(m_procedureId)}},
            {QStringLiteral("performedDateTime"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("bodySite"), bodySite()}};
        if (!s.note.isEmpty())
            p.insert(QStringLiteral("note"),
                     QJsonArray{QJsonObject{{QStringLiteral("text"), s.note}}});
        add(idFor(QStringLiteral("series|") + m_episodeKey + s.date.toString(Qt::ISODate)), p);
    }

    /** An Observation of one diary value on one day. */
    QJsonObject observation(const QDate &date, const QString &category, const QJsonObject &code)
    {
        return {{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                {QStringLiteral("status"), QStringLiteral("final")},
                {QStringLiteral("category"), QJsonArray{codeable(coding(kCategory, category))}},
                {QStringLiteral("code"), code},
                {QStringLiteral("subject"), reference(m_patientId)},
                {QStringLiteral("partOf"), QJsonArray{reference(m_procedureId)}},
                {QStringLiteral("effectiveDateTime"), date.toString(Qt::ISODate)}};
    }

    void addValue(const DailyEntry &e, const QString &key, QJsonObject o)
    {
        add(idFor(QStringLiteral("obs|") + m_episodeKey + e.date.toString(Qt::ISODate) + key), o);
    }

    void addMendValue(const DailyEntry &e, const QString &code, const QString &category,
                      const QString &valueType, const QJsonValue &value)
    {
        QJsonObject o = observation(e.date, category, codeable(coding(kMend, code)));
        o.insert(valueType, value);
        addValue(e, code, o);
    }

    QJsonObject episodeExtension() const
    {
        return extension(QStringLiteral("episode"), QStringLiteral("valueReference"),
                         reference(m_procedureId));
    }

    void addEvent(const TreatmentEvent &t);
    void addGoal(const Goal &g);
    void addAlert(const Alert &a);
    void addEntry(const DailyEntry &e);
    void addImportedActivity(const StoredActivityDay &a);
    void addResponse(const PromResponse &r);

    const FhirExportData &m_data;
    FhirBundleType m_type;
    QHash<qint64, QString> m_procedureIds; ///< by episode id
    const FhirEpisodeData *m_episode = nullptr;
    QString m_episodeKey;
    QString m_patientId;
    QString m_procedureId;
    std::function<void(const QJsonObject &)> m_sink;
};

void BundleBuilder::addEvent(const TreatmentEvent &t)
{
    QString label = t.kind;
    for (const auto &k : treatmentEventKinds())
        if (t.kind == QLatin1String(k.key))
            label = QString::fromLatin1(k.label);
    QJsonObject p{{QStringLiteral("resourceType"), QStringLiteral("Procedure")},
                  {QStringLiteral("extension"),
                   QJsonArray{extension(QStringLiteral("created-at"),
                                        QStringLiteral("valueDateTime"), timestamp(t.createdAt))}},
                  {QStringLiteral("status"), QStringLiteral("completed")},
                  {QStringLiteral("code"),
                   codeable(coding(kMend, QStringLiteral("event-") + t.kind, label), label)},
                  {QStringLiteral("subject"), reference(m_patientId)},
                  {QStringLiteral("partOf"), QJsonArray{reference(m_procedureId)}},
                  {QStringLiteral("performedDateTime"), t.date.toString(Qt::ISODate)}};
    if (!t.note.isEmpty())
        p.insert(QStringLiteral("note"), noteOf(t.note));
    add(idFor(QStringLiteral("event|") + m_episodeKey + t.date.toString(Qt::ISODate) + t.kind +
              timestamp(t.createdAt) + t.note),
        p);
}

void BundleBuilder::addGoal(const Goal &g)
{
    const QDate day0 = m_episode->episode.injectionDate;
    const bool achieved = g.achievedOn.isValid();
    QJsonArray ext{
        episodeExtension(),
        extension(QStringLiteral("window-start-day"), QStringLiteral("valueInteger"),
                  g.windowStartDay),
        extension(QStringLiteral("window-end-day"), QStringLiteral("valueInteger"), g.windowEndDay),
        extension(QStringLiteral("created-at"), QStringLiteral("valueDateTime"),
                  timestamp(g.createdAt))};
    QJsonObject goal{
        {QStringLiteral("resourceType"), QStringLiteral("Goal")},
        {QStringLiteral("extension"), ext},
        {QStringLiteral("lifecycleStatus"),
         achieved ? QStringLiteral("completed") : QStringLiteral("active")},
        {QStringLiteral("achievementStatus"),
         codeable(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/goal-achievement"),
                         achieved ? QStringLiteral("achieved") : QStringLiteral("in-progress")))},
        {QStringLiteral("description"), QJsonObject{{QStringLiteral("text"), g.text}}},
        {QStringLiteral("subject"), reference(m_patientId)},
        {QStringLiteral("startDate"), day0.addDays(g.windowStartDay).toString(Qt::ISODate)},
        {QStringLiteral("target"),
         QJsonArray{QJsonObject{
             {QStringLiteral("dueDate"), day0.addDays(g.windowEndDay).toString(Qt::ISODate)}}}}};
    if (achieved)
        goal.insert(QStringLiteral("statusDate"), g.achievedOn.toString(Qt::ISODate));
    add(idFor(QStringLiteral("goal|") + m_episodeKey + g.text + timestamp(g.createdAt)), goal);
}

void BundleBuilder::addAlert(const Alert &a)
{
    QJsonArray ext{episodeExtension(),
                   extension(QStringLiteral("severity"), QStringLiteral("valueCode"),
                             severityKey(a.flag.severity)),
                   extension(QStringLiteral("created-at"), QStringLiteral("valueDateTime"),
                             timestamp(a.createdAt))};
    if (a.acknowledgedAt)
        ext.append(extension(QStringLiteral("acknowledged-at"), QStringLiteral("valueDateTime"),
                             timestamp(*a.acknowledgedAt)));
    QJsonObject flag{
        {QStringLiteral("resourceType"), QStringLiteral("Flag")},
        {QStringLiteral("extension"), ext},
        {QStringLiteral("status"),
         a.acknowledgedAt ? QStringLiteral("inactive") : QStringLiteral("active")},
        {QStringLiteral("category"),
         QJsonArray{
             codeable(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/flag-category"),
                             QStringLiteral("clinical")))}},
        {QStringLiteral("code"),
         codeable(coding(kMend, QStringLiteral("alert-") + a.flag.rule), a.flag.reason)},
        {QStringLiteral("subject"), reference(m_patientId)},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("start"), a.entryDate.toString(Qt::ISODate)}}}};
    add(idFor(QStringLiteral("alert|") + m_episodeKey + a.entryDate.toString(Qt::ISODate) +
              a.flag.rule),
        flag);
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

/** The Bundle's own fields besides its entries. */
struct BundleHeader
{
    QString id;
    QString type;
    QString timestamp;
};

BundleHeader headerOf(const FhirExportData &data, const QDateTime &generatedAt, FhirBundleType type)
{
    return {idFor(QStringLiteral("bundle|") + data.patientIdentifier +
                  (data.episodes.isEmpty()
                       ? QString()
                       : data.episodes.first().episode.injectionDate.toString(Qt::ISODate))),
            type == FhirBundleType::Transaction ? QStringLiteral("transaction")
                                                : QStringLiteral("collection"),
            generatedAt.toUTC().toString(Qt::ISODateWithMs)};
}

/** An entry as QJsonDocument::Indented writes it two levels deep, without the last newline. */
QByteArray indentedEntry(const QJsonObject &entry)
{
    static const QByteArray indent(8, ' ');
    const QByteArray json = QJsonDocument(entry).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(json.size() + json.count('\n') * indent.size());
    qsizetype from = 0;
    while (from < json.size()) {
        qsizetype end = json.indexOf('\n', from);
        if (end < 0)
            end = json.size();
        if (from > 0)
            out += '\n';
        out += indent;
        out += QByteArrayView(json).sliced(from, end - from);
        from = end + 1;
    }
    return out;
}

} // namespace

QJsonObject exportFhirBundle(const FhirExportData &data, const QDateTime &generatedAt,
                             FhirBundleType type)
{
    QJsonArray entries;
    BundleBuilder(data, type, [&entries](const QJsonObject &e) { entries.append(e); }).build();
    const BundleHeader header = headerOf(data, generatedAt, type);
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("id"), header.id},
            {QStringLiteral("type"), header.type},
            {QStringLiteral("timestamp"), header.timestamp},
            {QStringLiteral("entry"), entries}};
}

bool writeFhirBundle(QIODevice &out, const FhirExportData &data, const QDateTime &generatedAt,
                     FhirBundleType type)
{
    // Byte for byte what QJsonDocument(exportFhirBundle(...)).toJson(Indented) writes: keys in
    // its order (sorted), "entry" first.
    bool ok = out.write("{\n    \"entry\": [\n") >= 0;
    bool first = true;
    BundleBuilder(data, type, [&](const QJsonObject &entry) {
        if (!ok)
            return;
        if (!first)
            ok = out.write(",\n") >= 0;
        first = false;
        ok = ok && out.write(indentedEntry(entry)) >= 0;
    }).build();
    const BundleHeader header = headerOf(data, generatedAt, type);
    const QByteArray tail = QStringLiteral("\n    ],\n    \"id\": \"%1\",\n    \"resourceType\": "
                                           "\"Bundle\",\n    \"timestamp\": \"%2\",\n    "
                                           "\"type\": \"%3\"\n}\n")
                                .arg(header.id, header.timestamp, header.type)
                                .toUtf8();
    return ok && out.write(tail) == tail.size();
}

} // namespace mend
