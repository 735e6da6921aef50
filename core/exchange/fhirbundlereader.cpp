#include "fhirbundlereader.h"

#include "domain/limits.h"

namespace mend::fhirimport {

using namespace fhir;

const Instrument *Reader::instrument(const QString &id) const
{
    for (const auto &i : m_instruments)
        if (i.id == id)
            return &i;
    return nullptr;
}

void Reader::resource(const JsonView &entry, int at)
{
    m_at = at;
    const JsonView r = entry.value("resource");
    const JsonView type = r.value("resourceType");
    if (!type.isString() || type.equals(std::string_view())) {
        problem(QStringLiteral("resource has no resourceType"));
        return;
    }
    if (type.equals("Patient")) {
        patient(r);
        return;
    }
    static const std::string_view kept[] = {"Observation", "Procedure", "QuestionnaireResponse",
                                            "Goal", "Flag"};
    if (std::none_of(std::begin(kept), std::end(kept),
                     [&](std::string_view t) { return type.equals(t); })) {
        skip(QStringLiteral("%1: not a resource Mend keeps").arg(type.toString()));
        return;
    }
    const int patient = m_index.patientFor(r);
    if (patient < 0) {
        skip(QStringLiteral("%1: names no Patient (subject), and the Bundle holds %2")
                 .arg(type.toString())
                 .arg(m_index.patients.size()));
        return;
    }
    if (const auto own = m_index.injectionAt.constFind(at); own != m_index.injectionAt.cend()) {
        m_bucket = &m_index.buckets[*own];
        injection(r);
        return;
    }
    const MendExtensions extensions(r);
    m_bucket = &m_index.buckets[m_index.bucketFor(patient, r, extensions)];
    if (type.equals("Observation"))
        observation(r, extensions);
    else if (type.equals("Procedure"))
        procedure(r);
    else if (type.equals("QuestionnaireResponse"))
        questionnaireResponse(r);
    else if (type.equals("Goal"))
        goal(r);
    else
        flag(r);
}

void Reader::patient(const JsonView &r)
{
    bool mendPatient = false;
    for (const auto id : r.value("identifier"))
        mendPatient = mendPatient || id.value("system").equals("urn:mend:patient");
    const char *personal[] = {"name", "birthDate", "gender", "address", "telecom"};
    if (!mendPatient && std::any_of(std::begin(personal), std::end(personal),
                                    [&](const char *k) { return r.contains(k); }))
        skip(QStringLiteral("Patient: name, birth date and contact details are not kept"));
}

void Reader::injection(const JsonView &r)
{
    const QString code = codeIn(r.value("code"), kMend);
    const QDate date = performedOn(r);
    if (!date.isValid()) {
        problem(QStringLiteral("the injection Procedure has no valid performedDateTime"));
        return;
    }
    Episode e;
    e.injectionDate = date;
    if (!isMendInjection(r)) {
        foreignInjection(r, e);
        return;
    }
    const auto product = fromKey<Product>(code.mid(10));
    const auto site = fromKey<BodySite>(codeIn(r.value("bodySite").first(), kMend).mid(5));
    const auto condition = fromKey<Condition>(codeIn(r.value("reasonCode").first(), kMend).mid(10));
    const auto side = fromKey<Side>(extensionValue(r, QLatin1String("side")).toString());
    if (!product || !site || !condition || !side) {
        problem(QStringLiteral(
            "the injection Procedure lacks Mend's product, site, side or condition code"));
        return;
    }
    e.product = *product;
    e.site = *site;
    e.condition = *condition;
    e.side = *side;
    e.adjunctPrp = extensionValue(r, QLatin1String("adjunct-prp")).toBool();
    e.adjunctPhysio = extensionValue(r, QLatin1String("adjunct-physio")).toBool();
    e.baselinePain = extensionValue(r, QLatin1String("baseline-pain")).toInt();
    e.clinic = extensionValue(r, QLatin1String("clinic")).toString();
    e.notes = noteOf(r);
    e.createdAt = timestampOf(extensionValue(r, QLatin1String("created-at")));
    m_bucket->content.episode = e;
    m_bucket->content.previousProcedureUrl =
        extensionValue(r, QLatin1String("repeats")).value("reference").toString();
}

void Reader::foreignInjection(const JsonView &r, Episode &e)
{
    e.product = Product::Prp; // what CPT 0232T says
    e.condition = Condition::Other;
    e.site = BodySite::Other;
    e.side = Side::NotApplicable;
    for (const auto coding : r.value("bodySite").first().value("coding")) {
        if (!coding.value("system").equals(kSnomed))
            continue;
        const QString c = coding.value("code").toString();
        if (c == kLeftSnomed)
            e.side = Side::Left;
        else if (c == kRightSnomed)
            e.side = Side::Right;
        for (const auto &choice : choices<BodySite>())
            if (const auto site = fromKey<BodySite>(choice.key);
                site && !snomedSite(*site).isEmpty() && snomedSite(*site) == c)
                e.site = *site;
    }
    e.notes = r.value("code").value("text").toString();
    m_bucket->foreignInjection = true;
    m_bucket->content.episode = e;
}

void Reader::procedure(const JsonView &r)
{
    const QString code = codeIn(r.value("code"), kMend);
    const QDate date = performedOn(r);
    if (code == QLatin1String("series-injection")) {
        m_bucket->content.seriesInjections.append({0, 0, date, noteOf(r)});
        return;
    }
    if (code.startsWith(QLatin1String("event-"))) {
        if (!date.isValid()) {
            problem(QStringLiteral("a treatment Procedure has no valid performedDateTime"));
            return;
        }
        TreatmentEvent t;
        t.date = date;
        t.kind = code.mid(6);
        t.note = noteOf(r);
        t.createdAt = timestampOf(extensionValue(r, QLatin1String("created-at")));
        m_bucket->content.events.append(t);
        return;
    }
    skip(QStringLiteral("Procedure %1 on %2: not a Mend injection")
             .arg(codeIn(r.value("code"), QStringLiteral("http://snomed.info/sct")),
                  date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("(no date)")));
}

void Reader::goal(const JsonView &r)
{
    const JsonView start = extensionValue(r, QLatin1String("window-start-day"));
    if (start.isUndefined()) {
        skip(QStringLiteral("Goal: not a goal set in Mend"));
        return;
    }
    Goal g;
    g.text = r.value("description").value("text").toString();
    const auto from = integer(start, [] { return QStringLiteral("a goal's window start"); });
    const auto to = integer(extensionValue(r, QLatin1String("window-end-day")),
                            [] { return QStringLiteral("a goal's window end"); });
    if (!from || !to)
        return;
    g.windowStartDay = *from;
    g.windowEndDay = *to;
    if (codeIn(r.value("achievementStatus"),
               QStringLiteral("http://terminology.hl7.org/CodeSystem/goal-achievement")) ==
        QLatin1String("achieved")) {
        g.achievedOn = dateOf(r.value("statusDate"));
        if (!g.achievedOn.isValid())
            problem(QStringLiteral("an achieved Goal has no valid statusDate"));
    }
    g.createdAt = timestampOf(extensionValue(r, QLatin1String("created-at")));
    m_bucket->content.goals.append(g);
}

void Reader::flag(const JsonView &r)
{
    const QString code = codeIn(r.value("code"), kMend);
    if (!code.startsWith(QLatin1String("alert-"))) {
        skip(QStringLiteral("Flag: not an alert raised by Mend"));
        return;
    }
    Alert a;
    a.entryDate = dateOf(r.value("period").value("start"));
    a.flag.rule = code.mid(6);
    a.flag.reason = r.value("code").value("text").toString();
    a.flag.severity = severityFromKey(extensionValue(r, QLatin1String("severity")).toString())
                          .value_or(AlertSeverity::ContactClinic);
    a.createdAt = timestampOf(extensionValue(r, QLatin1String("created-at")));
    if (const QDateTime seen = timestampOf(extensionValue(r, QLatin1String("acknowledged-at")));
        seen.isValid())
        a.acknowledgedAt = seen;
    if (!a.entryDate.isValid()) {
        problem(QStringLiteral("an alert Flag has no valid period start"));
        return;
    }
    m_bucket->content.alerts.append(a);
}

void Reader::questionnaireResponse(const JsonView &r)
{
    const QString canonical = r.value("questionnaire").toString();
    const QString prefix = kQuestionnaire + QLatin1Char('/');
    if (!canonical.startsWith(prefix)) {
        skip(QStringLiteral("QuestionnaireResponse for %1: not a Mend questionnaire")
                 .arg(canonical));
        return;
    }
    const QStringList parts = canonical.mid(prefix.size()).split(QLatin1Char('|'));
    const Instrument *inst = instrument(parts.first());
    if (!inst) {
        skip(QStringLiteral("QuestionnaireResponse for %1: the instrument is not installed")
                 .arg(parts.first()));
        return;
    }
    PromResponse p;
    p.instrumentId = inst->id;
    p.instrumentVersion = parts.value(1).toInt();
    p.complete = r.value("status").equals("completed");
    p.answeredOn = dateOf(r.value("authored"));
    // A collection names the time point in the identifier; a transaction, in an extension.
    const JsonView identifier = r.value("identifier");
    p.timePointId = identifier.value("system").equals("urn:mend:time-point")
                        ? identifier.value("value").toString()
                        : extensionValue(r, QLatin1String("time-point")).toString();
    p.createdAt = timestampOf(extensionValue(r, QLatin1String("created-at")));
    p.updatedAt = timestampOf(extensionValue(r, QLatin1String("updated-at")));
    if (!p.answeredOn.isValid())
        problem(QStringLiteral("a QuestionnaireResponse has no valid authored date"));
    for (const auto item : r.value("item")) {
        const QString linkId = item.value("linkId").toString();
        const auto value = integer(item.value("answer").first().value("valueInteger"), [&] {
            return QStringLiteral("answer to %1 item %2").arg(inst->shortName, linkId);
        });
        if (value)
            p.answers.insert(linkId, *value);
    }
    m_bucket->content.responses.append(p);
}

void Reader::finish()
{
    for (auto &b : m_index.buckets) {
        b.content.entries.reserve(b.days.size());
        for (auto it = b.days.begin(); it != b.days.end(); ++it) {
            if (b.daysWithPain.contains(it.key()))
                b.content.entries.append(std::move(it.value())); // the map is not read again
            else
                skip(QStringLiteral(
                         "%1: values without an average pain score (Mend's diary needs it)")
                         .arg(it.key().toString(Qt::ISODate)));
        }
        for (const auto &total : b.totals)
            b.content.responses.append(total);
        for (const auto &a : b.activity)
            if (a.activity.steps || a.activity.activeMinutes)
                b.content.activity.append(a);
        // Another system gives no set-up baseline: the last average pain on or before day 0
        // stands in for it (the baseline window's own days take over where they exist).
        if (b.foreignInjection && b.content.episode)
            for (const auto &e : b.content.entries)
                if (e.date <= b.injectionDate)
                    b.content.episode->baselinePain = e.painAverage;
    }
    for (int p = 0; p < m_index.patients.size(); ++p) {
        FhirPatientContent patient = m_index.patients.at(p);
        QList<const Bucket *> mine;
        for (const auto &b : m_index.buckets) {
            const auto &c = b.content;
            if (b.patient == p &&
                (c.episode || !c.entries.isEmpty() || !c.responses.isEmpty() ||
                 !c.activity.isEmpty() || !c.seriesInjections.isEmpty() || !c.events.isEmpty() ||
                 !c.goals.isEmpty() || !c.alerts.isEmpty()))
                mine.append(&b);
        }
        // Oldest injection first; another system's data (no injection) last.
        std::stable_sort(mine.begin(), mine.end(), [](const Bucket *a, const Bucket *b) {
            if (a->injectionDate.isValid() != b->injectionDate.isValid())
                return a->injectionDate.isValid();
            return a->injectionDate < b->injectionDate;
        });
        for (const auto *b : mine)
            patient.episodes.append(b->content);
        if (!patient.episodes.isEmpty() || !patient.identifier.isEmpty())
            m_out.patients.append(patient);
    }
}

} // namespace mend::fhirimport
