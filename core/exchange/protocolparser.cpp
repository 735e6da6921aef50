#include "protocolparser.h"

#include "domain/protocoltexts.h"
#include "jsonreader.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace mend {
namespace {

/** A text a patient or clinician reads, in the language Mend runs in (scripts/protocol-texts lists
 *  them for lupdate); a clinic's own protocol, which no translation knows, keeps its words. */
void translate(QString &text)
{
    if (!text.isEmpty())
        text = QCoreApplication::translate("Protocol", text.toUtf8().constData());
}

void translateTexts(Protocol &p)
{
    translate(p.name);
    translate(p.evidencePatient);
    translate(p.evidenceClinician);
    translate(p.aftercare.weightBearing);
    for (MilestoneDefinition &m : p.milestones) {
        translate(m.patientText);
        translate(m.clinicianText);
    }
    if (p.envelope)
        translate(p.envelope->label);
}

constexpr int kMaxDay = 3650; // ten years
constexpr int kMinDay = -60;

template <typename E>
QList<E> readKeys(JsonReader &r, const QJsonObject &o, const QString &key, bool allowEmpty)
{
    QList<E> out;
    const QJsonArray list = r.array(o, key);
    if (!r.ok())
        return out;
    if (list.isEmpty() && !allowEmpty)
        r.fail(key, QStringLiteral("must name at least one of: %1").arg(keyList<E>()));
    for (int i = 0; i < list.size(); ++i) {
        const auto value = fromKey<E>(list.at(i).toString());
        if (!value) {
            r.fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                   QStringLiteral("'%1' is not one of: %2")
                       .arg(list.at(i).toVariant().toString(), keyList<E>()));
            return out;
        }
        out.append(*value);
    }
    return out;
}

MilestoneRule readRule(JsonReader &r, const QJsonObject &o)
{
    MilestoneRule rule;
    const QString type = r.string(o, QStringLiteral("type"));
    if (type == QLatin1String("painAtMostBaseline")) {
        rule.type = MilestoneRule::Type::PainAtMostBaseline;
        rule.offsetPoints = r.number(o, QStringLiteral("offsetPoints"), -10, 10, 0.0);
    } else if (type == QLatin1String("painReduction")) {
        rule.type = MilestoneRule::Type::PainReduction;
        rule.minPoints = r.number(o, QStringLiteral("minPoints"), 0, 10);
        rule.minPercent = r.number(o, QStringLiteral("minPercent"), 0, 100);
    } else if (r.ok()) {
        r.fail(QStringLiteral("type"),
               QStringLiteral("'%1' is not a rule Mend knows; use painAtMostBaseline or "
                              "painReduction")
                   .arg(type));
    }
    return rule;
}

MilestoneDefinition readMilestone(JsonReader &r, const QJsonObject &o)
{
    MilestoneDefinition m;
    m.id = r.string(o, QStringLiteral("id"));
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (r.ok() && !idShape.match(m.id).hasMatch())
        r.fail(QStringLiteral("id"), QStringLiteral("'%1' must be lower-case letters, digits and "
                                                    "dashes")
                                         .arg(m.id));
    m.patientText = r.string(o, QStringLiteral("patientText"));
    m.clinicianText = r.string(o, QStringLiteral("clinicianText"));
    const QJsonArray window = r.array(o, QStringLiteral("windowDays"));
    if (r.ok() && (window.size() != 2 || !window.at(0).isDouble() || !window.at(1).isDouble()))
        r.fail(QStringLiteral("windowDays"), QStringLiteral("must be [firstDay, lastDay]"));
    if (r.ok()) {
        // Compared as read (a double), so 1e300 is reported as itself, not as a wrapped int.
        const double first = window.at(0).toDouble();
        const double last = window.at(1).toDouble();
        if (first != std::floor(first) || last != std::floor(last) || first < 0 || last > kMaxDay ||
            first > last) {
            r.fail(QStringLiteral("windowDays"),
                   QStringLiteral("[%1, %2] must be whole days running forwards within 0 to %3")
                       .arg(first)
                       .arg(last)
                       .arg(kMaxDay));
        } else {
            m.windowStartDay = int(first); // in range: the conversion is exact
            m.windowEndDay = int(last);
        }
    }
    const QJsonObject rule = r.object(o, QStringLiteral("rule"));
    r.enter(QStringLiteral("rule"));
    m.rule = readRule(r, rule);
    r.leave();
    m.evidence = r.string(o, QStringLiteral("evidence"));
    m.citation = r.string(o, QStringLiteral("citation"));
    if (r.ok() && m.citation.trimmed().isEmpty())
        r.fail(QStringLiteral("citation"), QStringLiteral("must name the source"));
    return m;
}

std::optional<Envelope> readEnvelope(JsonReader &r, const QJsonObject &o)
{
    if (!o.contains(QStringLiteral("envelope")))
        return std::nullopt;
    const QJsonObject e = r.object(o, QStringLiteral("envelope"));
    r.enter(QStringLiteral("envelope"));
    Envelope env;
    env.label = r.string(e, QStringLiteral("label"));
    env.description = r.string(e, QStringLiteral("description"), false);
    env.citation = r.string(e, QStringLiteral("citation"));
    const QString unit = r.string(e, QStringLiteral("unit"));
    if (unit == QLatin1String("points"))
        env.unit = Envelope::Unit::Points;
    else if (unit == QLatin1String("fraction"))
        env.unit = Envelope::Unit::Fraction;
    else if (r.ok())
        r.fail(QStringLiteral("unit"), QStringLiteral("'%1' must be points or fraction").arg(unit));
    const QJsonArray points = r.array(e, QStringLiteral("points"));
    if (r.ok() && points.size() < 2)
        r.fail(QStringLiteral("points"), QStringLiteral("needs at least two points"));
    const double lo = env.unit == Envelope::Unit::Points ? -10 : 0;
    const double hi = env.unit == Envelope::Unit::Points ? 10 : 3;
    for (int i = 0; i < points.size() && r.ok(); ++i) {
        r.enter(QStringLiteral("points[%1]").arg(i));
        const QJsonObject p = points.at(i).toObject();
        Envelope::Point point{r.number(p, QStringLiteral("week"), 0, kMaxDay / 7.0),
                              r.number(p, QStringLiteral("lower"), lo, hi),
                              r.number(p, QStringLiteral("upper"), lo, hi)};
        if (r.ok() && point.lower > point.upper)
            r.fail(QStringLiteral("lower"),
                   QStringLiteral("%1 is above upper (%2)").arg(point.lower).arg(point.upper));
        if (r.ok() && !env.points.isEmpty() && point.week <= env.points.constLast().week)
            r.fail(QStringLiteral("week"), QStringLiteral("%1 must be after the previous point's "
                                                          "week")
                                               .arg(point.week));
        env.points.append(point);
        r.leave();
    }
    r.leave();
    return env;
}

} // namespace

Result<Protocol> parseProtocol(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            QStringLiteral("protocol"),
            QStringLiteral("not valid JSON at %1: %2")
                .arg(JsonReader::position(json, parseError.offset), parseError.errorString())};
    if (!doc.isObject())
        return Error{QStringLiteral("protocol"), QStringLiteral("must be a JSON object")};
    const QJsonObject o = doc.object();
    JsonReader r;
    if (r.string(o, QStringLiteral("format")) != QLatin1String("mend-protocol") && r.ok())
        r.fail(QStringLiteral("format"), QStringLiteral("must be \"mend-protocol\""));
    r.integer(o, QStringLiteral("formatVersion"), 1, 1);

    Protocol p;
    p.id = r.string(o, QStringLiteral("id"));
    p.version = r.integer(o, QStringLiteral("version"), 1, 1000000, 1);
    p.name = r.string(o, QStringLiteral("name"));
    p.conditions = readKeys<Condition>(r, o, QStringLiteral("conditions"), false);
    p.sites = readKeys<BodySite>(r, o, QStringLiteral("sites"), true);

    const QJsonObject evidence = r.object(o, QStringLiteral("evidence"));
    r.enter(QStringLiteral("evidence"));
    p.evidencePatient = r.string(evidence, QStringLiteral("patient"));
    p.evidenceClinician = r.string(evidence, QStringLiteral("clinician"));
    for (const auto &c : r.array(evidence, QStringLiteral("citations")))
        p.citations.append(c.toString());
    r.leave();

    const QJsonObject after = r.object(o, QStringLiteral("aftercare"));
    r.enter(QStringLiteral("aftercare"));
    p.aftercare.activityRestrictionDays =
        r.integer(after, QStringLiteral("activityRestrictionDays"), 0, 365);
    p.aftercare.nsaidAvoidanceDays =
        r.integer(after, QStringLiteral("nsaidAvoidanceDays"), 0, 365, 14);
    p.aftercare.weightBearing = r.string(after, QStringLiteral("weightBearing"), false);
    p.aftercare.source = r.string(after, QStringLiteral("source"));
    r.leave();

    const QJsonObject schedule = r.object(o, QStringLiteral("promSchedule"));
    r.enter(QStringLiteral("promSchedule"));
    const QJsonArray timePoints = r.array(schedule, QStringLiteral("timePoints"));
    QSet<QString> timePointIds;
    for (int i = 0; i < timePoints.size() && r.ok(); ++i) {
        r.enter(QStringLiteral("timePoints[%1]").arg(i));
        const QJsonObject t = timePoints.at(i).toObject();
        p.promSchedule.append({r.string(t, QStringLiteral("id")),
                               r.string(t, QStringLiteral("label")),
                               r.integer(t, QStringLiteral("day"), kMinDay, kMaxDay),
                               r.integer(t, QStringLiteral("windowBefore"), 0, 365),
                               r.integer(t, QStringLiteral("windowAfter"), 0, 365)});
        const QString id = p.promSchedule.constLast().id;
        if (r.ok() && timePointIds.contains(id))
            r.fail(QStringLiteral("id"), QStringLiteral("'%1' is used twice").arg(id));
        timePointIds.insert(id);
        r.leave();
    }
    r.leave();

    p.envelope = readEnvelope(r, o);

    const QJsonArray milestones = r.array(o, QStringLiteral("milestones"));
    QSet<QString> ids;
    for (int i = 0; i < milestones.size() && r.ok(); ++i) {
        r.enter(QStringLiteral("milestones[%1]").arg(i));
        if (!milestones.at(i).isObject())
            r.fail(QString(), QStringLiteral("must be an object"));
        const auto m = readMilestone(r, milestones.at(i).toObject());
        if (r.ok() && ids.contains(m.id))
            r.fail(QStringLiteral("id"), QStringLiteral("'%1' is used twice").arg(m.id));
        ids.insert(m.id);
        p.milestones.append(m);
        r.leave();
    }
    if (!r.ok())
        return r.error();
    translateTexts(p);
    return p;
}

} // namespace mend
