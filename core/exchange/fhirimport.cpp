#include "fhirimport.h"

#include "fhircodes.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <cmath>

namespace mend {
namespace {

using namespace fhir;

struct Code
{
    QString system;
    QString code;
};

QList<Code> codesOf(const QJsonValue &codeable)
{
    QList<Code> out;
    for (const auto c : codeable.toObject().value(QStringLiteral("coding")).toArray())
        out.append({c.toObject().value(QStringLiteral("system")).toString(),
                    c.toObject().value(QStringLiteral("code")).toString()});
    return out;
}

QString codeIn(const QJsonValue &codeable, const QString &system)
{
    for (const auto &c : codesOf(codeable))
        if (c.system == system)
            return c.code;
    return {};
}

QJsonValue extensionValue(const QJsonObject &resource, const QString &name)
{
    for (const auto e : resource.value(QStringLiteral("extension")).toArray()) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("url")).toString() != kExtension + QLatin1Char('/') + name)
            continue;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key().startsWith(QLatin1String("value")))
                return it.value();
    }
    return QJsonValue::Undefined;
}

QString noteOf(const QJsonObject &resource)
{
    return resource.value(QStringLiteral("note"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("text"))
        .toString();
}

class Reader
{
public:
    Reader(FhirBundleContent &out, const QList<Instrument> &instruments)
        : m_out(out), m_instruments(instruments)
    {
    }

    void resource(const QJsonObject &r, int index);
    void finish();

private:
    void problem(const QString &text)
    {
        m_out.problems << QStringLiteral("entry[%1]: %2").arg(m_index).arg(text);
    }
    void skip(const QString &text) { m_out.skipped << text; }
    std::optional<int> integer(const QJsonValue &v, const QString &what);
    void procedure(const QJsonObject &r);
    void observation(const QJsonObject &r);
    bool mendObservation(const QJsonObject &r, DailyEntry &day, const QString &code);
    void questionnaireResponse(const QJsonObject &r);
    const Instrument *instrument(const QString &id) const;

    FhirBundleContent &m_out;
    const QList<Instrument> &m_instruments;
    int m_index = 0;
    QMap<QDate, DailyEntry> m_days;
    QSet<QDate> m_daysWithPain;
    QMap<QString, PromResponse> m_totals; ///< foreign totals by instrument + date
};

std::optional<int> Reader::integer(const QJsonValue &v, const QString &what)
{
    // Range first: converting an out-of-range double to an integer is undefined behaviour.
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d < -1e6 || d > 1e7 || d != std::floor(d)) {
        problem(QStringLiteral("%1 must be a whole number").arg(what));
        return std::nullopt;
    }
    return int(d);
}

const Instrument *Reader::instrument(const QString &id) const
{
    for (const auto &i : m_instruments)
        if (i.id == id)
            return &i;
    return nullptr;
}

void Reader::resource(const QJsonObject &r, int index)
{
    m_index = index;
    const QString type = r.value(QStringLiteral("resourceType")).toString();
    if (type == QLatin1String("Patient")) {
        bool mendPatient = false;
        for (const auto id : r.value(QStringLiteral("identifier")).toArray())
            if (id.toObject().value(QStringLiteral("system")).toString() ==
                QLatin1String("urn:mend:patient")) {
                m_out.patientIdentifier = id.toObject().value(QStringLiteral("value")).toString();
                mendPatient = true;
            }
        const QStringList personal{QStringLiteral("name"), QStringLiteral("birthDate"),
                                   QStringLiteral("gender"), QStringLiteral("address"),
                                   QStringLiteral("telecom")};
        if (!mendPatient && std::any_of(personal.begin(), personal.end(),
                                        [&](const QString &k) { return r.contains(k); }))
            skip(QStringLiteral("Patient: name, birth date and contact details are not kept"));
    } else if (type == QLatin1String("Procedure")) {
        procedure(r);
    } else if (type == QLatin1String("Observation")) {
        observation(r);
    } else if (type == QLatin1String("QuestionnaireResponse")) {
        questionnaireResponse(r);
    } else if (type.isEmpty()) {
        problem(QStringLiteral("resource has no resourceType"));
    } else {
        skip(QStringLiteral("%1: not a resource Mend keeps").arg(type));
    }
}

void Reader::procedure(const QJsonObject &r)
{
    const QString code = codeIn(r.value(QStringLiteral("code")), kMend);
    const QDate date = QDate::fromString(
        r.value(QStringLiteral("performedDateTime")).toString().left(10), Qt::ISODate);
    if (code == QLatin1String("series-injection")) {
        m_out.seriesInjections.append({0, 0, date, noteOf(r)});
        return;
    }
    if (!code.startsWith(QLatin1String("injection-"))) {
        skip(QStringLiteral("Procedure on %1: not a Mend injection")
                 .arg(date.toString(Qt::ISODate)));
        return;
    }
    if (!date.isValid()) {
        problem(QStringLiteral("the injection Procedure has no valid performedDateTime"));
        return;
    }
    Episode e;
    e.injectionDate = date;
    const auto product = fromKey<Product>(code.mid(10));
    const auto site = fromKey<BodySite>(
        codeIn(r.value(QStringLiteral("bodySite")).toArray().first(), kMend).mid(5));
    const auto condition = fromKey<Condition>(
        codeIn(r.value(QStringLiteral("reasonCode")).toArray().first(), kMend).mid(10));
    const auto side = fromKey<Side>(extensionValue(r, QStringLiteral("side")).toString());
    if (!product || !site || !condition || !side) {
        problem(QStringLiteral(
            "the injection Procedure lacks Mend's product, site, side or condition code"));
        return;
    }
    e.product = *product;
    e.site = *site;
    e.condition = *condition;
    e.side = *side;
    e.adjunctPrp = extensionValue(r, QStringLiteral("adjunct-prp")).toBool();
    e.adjunctPhysio = extensionValue(r, QStringLiteral("adjunct-physio")).toBool();
    e.baselinePain = extensionValue(r, QStringLiteral("baseline-pain")).toInt();
    e.clinic = extensionValue(r, QStringLiteral("clinic")).toString();
    e.notes = noteOf(r);
    e.createdAt = QDateTime::fromString(extensionValue(r, QStringLiteral("created-at")).toString(),
                                        Qt::ISODateWithMs);
    if (m_out.episode)
        problem(QStringLiteral("a second injection Procedure; a Bundle holds one episode"));
    m_out.episode = e;
}

void Reader::observation(const QJsonObject &r)
{
    const QString effective = r.value(QStringLiteral("effectiveDateTime")).toString();
    const QDate date = QDate::fromString(effective.left(10), Qt::ISODate);
    const QJsonValue codeValue = r.value(QStringLiteral("code"));
    const QString loinc = codeIn(codeValue, kLoinc);
    const QString mend = codeIn(codeValue, kMend);
    const QString label =
        loinc.isEmpty() ? (mend.isEmpty() ? QStringLiteral("(uncoded)") : mend) : loinc;
    const QJsonValue effectiveValue = r.value(QStringLiteral("effectiveDateTime"));
    if (!effectiveValue.isUndefined() && !date.isValid()) {
        problem(QStringLiteral("Observation %1: effectiveDateTime %2 is not a date")
                    .arg(label, effectiveValue.isString() ? QStringLiteral("'%1'").arg(effective)
                                                          : QStringLiteral("(not text)")));
        return;
    }
    if (!date.isValid()) {
        skip(QStringLiteral("Observation %1: no effectiveDateTime date").arg(label));
        return;
    }
    const auto dayOf = [&]() -> DailyEntry & {
        DailyEntry &d = m_days[date];
        d.date = date;
        return d;
    };
    if (loinc == kPainLoinc) {
        DailyEntry &day = dayOf();
        const auto value = integer(
            r.value(QStringLiteral("valueInteger")).isUndefined()
                ? r.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value"))
                : r.value(QStringLiteral("valueInteger")),
            QStringLiteral("pain (72514-3) on %1").arg(date.toString(Qt::ISODate)));
        if (!value)
            return;
        const QJsonArray components = r.value(QStringLiteral("component")).toArray();
        const QString context = components.isEmpty()
                                    ? QString()
                                    : codeIn(components.first().toObject().value(
                                                 QStringLiteral("valueCodeableConcept")),
                                             kMend);
        if (context == QLatin1String("rest"))
            day.painRest = value;
        else if (context == QLatin1String("activity"))
            day.painActivity = value;
        else if (context == QLatin1String("worst-24h"))
            day.painWorst = value;
        else {
            if (m_daysWithPain.contains(date))
                problem(QStringLiteral("two average pain scores on %1")
                            .arg(date.toString(Qt::ISODate)));
            m_daysWithPain.insert(date);
            day.painAverage = *value;
            day.note = noteOf(r);
            day.createdAt = QDateTime::fromString(
                extensionValue(r, QStringLiteral("created-at")).toString(), Qt::ISODateWithMs);
            day.updatedAt = QDateTime::fromString(
                extensionValue(r, QStringLiteral("updated-at")).toString(), Qt::ISODateWithMs);
            day.late = extensionValue(r, QStringLiteral("late")).toBool();
        }
        return;
    }
    if (loinc == kStepsLoinc) {
        dayOf().steps = integer(
            r.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value")),
            QStringLiteral("steps (55423-8) on %1").arg(date.toString(Qt::ISODate)));
        return;
    }
    // PROM totals: Mend's own are recomputed from their QuestionnaireResponse.
    for (const auto &i : m_instruments) {
        const bool byLoinc = !i.loinc.isEmpty() && loinc == i.loinc;
        if (!byLoinc && !mend.startsWith(QStringLiteral("prom-%1-").arg(i.id)))
            continue;
        if (!r.value(QStringLiteral("derivedFrom")).toArray().isEmpty())
            return;
        const auto score = Rational::parse(QString::number(r.value(QStringLiteral("valueQuantity"))
                                                               .toObject()
                                                               .value(QStringLiteral("value"))
                                                               .toDouble(-1),
                                                           'f', 3));
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
        m_totals.insert(i.id + date.toString(Qt::ISODate), total);
        return;
    }
    if (mend.isEmpty() || !mendObservation(r, dayOf(), mend))
        skip(QStringLiteral("Observation %1 on %2: not a value Mend records")
                 .arg(label, date.toString(Qt::ISODate)));
}

bool Reader::mendObservation(const QJsonObject &r, DailyEntry &day, const QString &code)
{
    const QString when = day.date.toString(Qt::ISODate);
    const QJsonValue quantity =
        r.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value"));
    const QString choice = codeIn(r.value(QStringLiteral("valueCodeableConcept")), kMend);
    if (code == QLatin1String("active-minutes")) {
        day.activeMinutes = integer(quantity, code + QStringLiteral(" on ") + when);
    } else if (code == QLatin1String("activity-level")) {
        day.activityLevel = fromKey<ActivityLevel>(choice);
    } else if (code == QLatin1String("walking-aid")) {
        day.walkingAid = fromKey<WalkingAid>(choice);
    } else if (code == QLatin1String("temperature")) {
        day.safety.temperatureC = quantity.toDouble();
    } else if (code == QLatin1String("fever")) {
        day.symptoms.fever = true;
    } else if (code == QLatin1String("pain-medication")) {
        day.painMedication = true;
    } else if (code.startsWith(QLatin1String("symptom-"))) {
        const auto grade =
            integer(r.value(QStringLiteral("valueInteger")), code + QStringLiteral(" on ") + when);
        const QString name = code.mid(8);
        std::optional<int> *target = name == QLatin1String("soreness")   ? &day.symptoms.soreness
                                     : name == QLatin1String("swelling") ? &day.symptoms.swelling
                                     : name == QLatin1String("bruising") ? &day.symptoms.bruising
                                     : name == QLatin1String("redness")  ? &day.symptoms.redness
                                     : name == QLatin1String("warmth")   ? &day.symptoms.warmth
                                                                         : nullptr;
        if (!target)
            return false;
        *target = grade;
    } else if (code.startsWith(QLatin1String("sign-"))) {
        for (const auto &flag : safetyFlags())
            if (code.mid(5) == QLatin1String(flag.key)) {
                day.safety.*flag.member = true;
                return true;
            }
        return false;
    } else if (code.startsWith(QLatin1String("rom-"))) {
        const auto degrees = integer(quantity, code + QStringLiteral(" on ") + when);
        const QJsonArray components = r.value(QStringLiteral("component")).toArray();
        const bool other =
            !components.isEmpty() &&
            codeIn(components.first().toObject().value(QStringLiteral("valueCodeableConcept")),
                   kMend) == QLatin1String("other");
        if (degrees)
            day.rom.append({code.mid(4), *degrees, other ? RomSide::Other : RomSide::Treated});
    } else {
        return false;
    }
    return true;
}

void Reader::questionnaireResponse(const QJsonObject &r)
{
    const QString canonical = r.value(QStringLiteral("questionnaire")).toString();
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
    p.complete = r.value(QStringLiteral("status")).toString() == QLatin1String("completed");
    p.answeredOn =
        QDate::fromString(r.value(QStringLiteral("authored")).toString().left(10), Qt::ISODate);
    p.timePointId =
        r.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString();
    p.createdAt = QDateTime::fromString(extensionValue(r, QStringLiteral("created-at")).toString(),
                                        Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(extensionValue(r, QStringLiteral("updated-at")).toString(),
                                        Qt::ISODateWithMs);
    if (!p.answeredOn.isValid())
        problem(QStringLiteral("a QuestionnaireResponse has no valid authored date"));
    for (const auto item : r.value(QStringLiteral("item")).toArray()) {
        const QString linkId = item.toObject().value(QStringLiteral("linkId")).toString();
        const auto value =
            integer(item.toObject()
                        .value(QStringLiteral("answer"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("valueInteger")),
                    QStringLiteral("answer to %1 item %2").arg(inst->shortName, linkId));
        if (value)
            p.answers.insert(linkId, *value);
    }
    m_out.responses.append(p);
}

void Reader::finish()
{
    for (auto it = m_days.begin(); it != m_days.end(); ++it) {
        if (m_daysWithPain.contains(it.key()))
            m_out.entries.append(it.value());
        else
            skip(QStringLiteral("%1: values without an average pain score (Mend's diary needs it)")
                     .arg(it.key().toString(Qt::ISODate)));
    }
    for (const auto &total : m_totals)
        m_out.responses.append(total);
}

} // namespace

FhirBundleContent readFhirBundle(const QByteArray &json, const QList<Instrument> &instruments)
{
    FhirBundleContent out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        out.problems << QStringLiteral("JSON: %1 at %2")
                            .arg(error.errorString(), JsonReader::position(json, error.offset));
        return out;
    }
    const QJsonObject bundle = doc.object();
    if (bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle")) {
        out.problems << QStringLiteral("resourceType: a FHIR Bundle is needed");
        return out;
    }
    if (!bundle.value(QStringLiteral("entry")).isArray()) {
        out.problems << QStringLiteral("entry: must be a list of resources");
        return out;
    }
    Reader reader(out, instruments);
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    QSet<QString> fullUrls;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString fullUrl = entry.value(QStringLiteral("fullUrl")).toString();
        if (!fullUrl.isEmpty() && fullUrls.contains(fullUrl))
            out.problems
                << QStringLiteral("entry[%1]: fullUrl %2 appears twice").arg(i).arg(fullUrl);
        fullUrls.insert(fullUrl);
        reader.resource(entry.value(QStringLiteral("resource")).toObject(), i);
    }
    reader.finish();
    return out;
}

} // namespace mend
