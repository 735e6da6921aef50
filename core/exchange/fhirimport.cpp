#include "fhirimport.h"

#include "fhirbundleindex.h"
#include "jsonreader.h"

#include "domain/limits.h"

#include <cmath>

namespace mend {
namespace {

using namespace fhir;

class Reader
{
public:
    Reader(FhirBundleContent &out, BundleIndex &index, const QList<Instrument> &instruments)
        : m_out(out), m_index(index), m_instruments(instruments)
    {
    }

    void resource(const JsonView &entry, int at);
    void finish();

private:
    void problem(const QString &text)
    {
        m_out.problems << QStringLiteral("entry[%1]: %2").arg(m_at).arg(text);
    }
    void skip(const QString &text) { m_out.skipped << text; }
    /** A whole number; `what` names it in the problem, formatted only when there is one. */
    template <typename What> std::optional<int> integer(const JsonView &v, What what)
    {
        // Range first: converting an out-of-range double to an integer is undefined behaviour.
        const double d = v.toDouble(-1e300);
        if (!v.isNumber() || d < -1e6 || d > 1e7 || d != std::floor(d)) {
            problem(QStringLiteral("%1 must be a whole number").arg(what()));
            return std::nullopt;
        }
        return int(d);
    }
    /** A 0-10 pain score: a decimal (Synthea's 7.9295…) is rounded half up and listed. */
    std::optional<int> painScore(const JsonView &v, const QDate &date)
    {
        const double d = v.toDouble(-1e300);
        if (!v.isNumber() || d < 0 || d > 10) {
            problem(QStringLiteral("pain (72514-3) on %1 must be a number from 0 to 10")
                        .arg(date.toString(Qt::ISODate)));
            return std::nullopt;
        }
        const int whole = int(std::floor(d + 0.5));
        if (d != whole)
            m_out.rounded << QStringLiteral("%1: pain %2 taken as %3")
                                 .arg(date.toString(Qt::ISODate), QString::number(d, 'g', 6))
                                 .arg(whole);
        return whole;
    }
    void patient(const JsonView &r);
    void procedure(const JsonView &r);
    void injection(const JsonView &r);
    void foreignInjection(const JsonView &r, Episode &e);
    void goal(const JsonView &r);
    void flag(const JsonView &r);
    void observation(const JsonView &r);
    bool mendObservation(const JsonView &r, DailyEntry &day, const QString &code);
    void importedActivity(const JsonView &r, const QDate &date, const QString &source,
                          const QString &loinc, const QString &mend);
    void questionnaireResponse(const JsonView &r);
    const Instrument *instrument(const QString &id) const;

    FhirBundleContent &m_out;
    BundleIndex &m_index;
    const QList<Instrument> &m_instruments;
    int m_at = 0;
    Bucket *m_bucket = nullptr; ///< the resource's episode
};

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
    if (type.toString().isEmpty()) {
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
    m_bucket = &m_index.buckets[m_index.bucketFor(patient, r)];
    if (type.equals("Observation"))
        observation(r);
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

void Reader::observation(const JsonView &r)
{
    const JsonView effective = r.value("effectiveDateTime");
    const QDate date = dateOf(effective);
    const JsonView codeValue = r.value("code");
    const QString loinc = codeIn(codeValue, kLoinc);
    const QString mend = codeIn(codeValue, kMend);
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
    if (const JsonView from = extensionValue(r, QLatin1String("imported-from")); from.isString()) {
        importedActivity(r, date, from.toString().left(80), loinc, mend);
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
            day.createdAt = timestampOf(extensionValue(r, QLatin1String("created-at")));
            day.updatedAt = timestampOf(extensionValue(r, QLatin1String("updated-at")));
            day.late = extensionValue(r, QLatin1String("late")).toBool();
        }
        return;
    }
    if (loinc == kStepsLoinc) {
        dayOf().steps =
            integer(r.value("valueQuantity").value("value"), on(QStringLiteral("steps (55423-8)")));
        return;
    }
    // PROM totals: Mend's own are recomputed from their QuestionnaireResponse.
    for (const auto &i : m_instruments) {
        const bool byLoinc = !i.loinc.isEmpty() && loinc == i.loinc;
        if (!byLoinc && !mend.startsWith(QStringLiteral("prom-%1-").arg(i.id)))
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

void Reader::importedActivity(const JsonView &r, const QDate &date, const QString &source,
                              const QString &loinc, const QString &mend)
{
    const auto what = [&] {
        return QStringLiteral("%1's count on %2").arg(source, date.toString(Qt::ISODate));
    };
    StoredActivityDay &a = m_bucket->activity[{source, date}];
    a.source = source;
    a.activity.day = date;
    a.importedAt = timestampOf(extensionValue(r, QLatin1String("imported-at")));
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
        for (auto it = b.days.begin(); it != b.days.end(); ++it) {
            if (b.daysWithPain.contains(it.key()))
                b.content.entries.append(it.value());
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

} // namespace

FhirBundleContent readFhirBundle(const QByteArray &json, const QList<Instrument> &instruments)
{
    FhirBundleContent out;
    const JsonTape tape(json);
    if (!tape.ok()) {
        out.problems << QStringLiteral("JSON: %1 at %2")
                            .arg(tape.error(), JsonReader::position(json, int(tape.errorOffset())));
        return out;
    }
    const JsonView bundle = tape.root();
    if (!bundle.value("resourceType").equals("Bundle")) {
        out.problems << QStringLiteral("resourceType: a FHIR Bundle is needed");
        return out;
    }
    const JsonView entries = bundle.value("entry");
    if (!entries.isArray()) {
        out.problems << QStringLiteral("entry: must be a list of resources");
        return out;
    }
    // Versioned entries (R4 bdl-7: one fullUrl, different meta.versionId): the latest is read.
    // Any other repeated fullUrl is a problem.
    struct Seen
    {
        int index;
        QString version;
    };
    QHash<QString, Seen> latest;
    QSet<int> superseded;
    int index = 0;
    for (const auto entry : entries) {
        const QString url = entry.value("fullUrl").toString();
        const QString version = entry.value("resource").value("meta").value("versionId").toString();
        if (!url.isEmpty()) {
            const auto it = latest.constFind(url);
            if (it == latest.cend()) {
                latest.insert(url, {index, version});
            } else if (version.isEmpty() || it->version.isEmpty() || version == it->version) {
                out.problems
                    << QStringLiteral("entry[%1]: fullUrl %2 appears twice").arg(index).arg(url);
            } else {
                const bool newer =
                    version.toLongLong() > it->version.toLongLong() ||
                    (version.toLongLong() == it->version.toLongLong() && version > it->version);
                superseded.insert(newer ? it->index : index);
                if (newer)
                    latest.insert(url, {index, version});
            }
        }
        ++index;
    }
    BundleIndex bundleIndex = indexBundle(entries, superseded);
    Reader reader(out, bundleIndex, instruments);
    index = 0;
    for (const auto entry : entries) {
        const int at = index++;
        const JsonView resource = entry.value("resource");
        if (superseded.contains(at)) {
            out.skipped << QStringLiteral("%1: an earlier version (meta.versionId %2) of an entry "
                                          "given again")
                               .arg(resource.value("resourceType").toString(),
                                    resource.value("meta").value("versionId").toString());
            continue;
        }
        if (resource.isUndefined() && !entry.value("request").isUndefined()) {
            out.skipped << QStringLiteral("%1 %2: a request without a resource, nothing to keep")
                               .arg(entry.value("request").value("method").toString(),
                                    entry.value("request").value("url").toString().section(
                                        QLatin1Char('/'), 0, 0));
            continue;
        }
        reader.resource(entry, at);
    }
    reader.finish();
    return out;
}

} // namespace mend
