#include "fhirbundlebuilder.h"

#include "fhircodes.h"

#include <QJsonArray>

namespace mend::fhirexport {

using namespace fhir;

void BundleBuilder::build()
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

void BundleBuilder::add(const QString &id, QJsonObject resource)
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

void BundleBuilder::appendExtension(QJsonObject &resource, const QJsonObject &ext)
{
    QJsonArray all = resource.value(QStringLiteral("extension")).toArray();
    all.append(ext);
    resource.insert(QStringLiteral("extension"), all);
}

void BundleBuilder::addPatient()
{
    QJsonObject p{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                  {QStringLiteral("active"), true}};
    if (!m_data.patientIdentifier.isEmpty())
        p.insert(
            QStringLiteral("identifier"),
            QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:mend:patient")},
                                   {QStringLiteral("value"), m_data.patientIdentifier}}});
    add(m_patientId, p);
}

QJsonArray BundleBuilder::bodySite() const
{
    const Episode &e = m_episode->episode;
    QJsonArray codings;
    if (const QString snomed = snomedSite(e.site); !snomed.isEmpty())
        codings.append(coding(kSnomed, snomed));
    codings.append(coding(kMend, QStringLiteral("site-") + toKey(e.site), toLabel(e.site)));
    return QJsonArray{QJsonObject{{QStringLiteral("coding"), codings},
                                  {QStringLiteral("text"), toLabel(e.site)}}};
}

void BundleBuilder::addProcedure()
{
    const Episode &e = m_episode->episode;
    QJsonArray ext{
        extension(QStringLiteral("side"), QStringLiteral("valueCode"), toKey(e.side)),
        extension(QStringLiteral("adjunct-prp"), QStringLiteral("valueBoolean"), e.adjunctPrp),
        extension(QStringLiteral("adjunct-physio"), QStringLiteral("valueBoolean"),
                  e.adjunctPhysio),
        extension(QStringLiteral("baseline-pain"), QStringLiteral("valueInteger"), e.baselinePain),
        extension(QStringLiteral("created-at"), QStringLiteral("valueDateTime"),
                  e.createdAt.toUTC().toString(Qt::ISODateWithMs))};
    if (e.condition == Condition::Osteoarthritis || e.condition == Condition::CartilageDamage)
        ext.append(extension(
            QStringLiteral("route"), QStringLiteral("valueCodeableConcept"),
            codeable(coding(kSnomed, kIntraArticularRoute), QStringLiteral("Intra-articular"))));
    if (!e.clinic.isEmpty())
        ext.append(extension(QStringLiteral("clinic"), QStringLiteral("valueString"), e.clinic));
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

void BundleBuilder::addSeriesInjection(const SeriesInjection &s)
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
        p.insert(QStringLiteral("note"), QJsonArray{QJsonObject{{QStringLiteral("text"), s.note}}});
    add(idFor(QStringLiteral("series|") + m_episodeKey + s.date.toString(Qt::ISODate)), p);
}

QJsonObject BundleBuilder::episodeExtension() const
{
    return extension(QStringLiteral("episode"), QStringLiteral("valueReference"),
                     reference(m_procedureId));
}

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

} // namespace mend::fhirexport
