#pragma once

#include "treatment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mend {

/** How a milestone is checked against the 7-day average pain and the episode baseline. */
struct MilestoneRule
{
    enum class Type
    {
        PainAtMostBaseline,
        PainReduction
    };
    Type type = Type::PainReduction;
    double offsetPoints = 0; ///< PainAtMostBaseline: average <= baseline + offset
    double minPoints = 0;    ///< PainReduction: baseline - average >= minPoints, or
    double minPercent = 0;   ///< (baseline - average) / baseline >= minPercent %
};

/** A milestone clinics expect: a window in days from the injection and a checkable rule. */
struct MilestoneDefinition
{
    QString id;
    QString patientText;
    QString clinicianText;
    int windowStartDay = 0;
    int windowEndDay = 0;
    MilestoneRule rule;
    QString evidence;
    QString citation;
};

/** A band of expected pain by week: change in points from baseline, or fraction of baseline. */
struct Envelope
{
    enum class Unit
    {
        Points,
        Fraction
    };
    struct Point
    {
        double week = 0;
        double lower = 0;
        double upper = 0;
    };
    QString label; ///< "population data"
    QString description;
    QString citation;
    Unit unit = Unit::Points;
    QList<Point> points; ///< ascending weeks
};

/** A questionnaire time point: day from the injection and the window around it. */
struct PromTimePoint
{
    QString id;
    QString label;
    int day = 0;
    int windowBefore = 0;
    int windowAfter = 0;
};

/** A time point's label as the patient reads it, in the language Mend runs in (scripts/
 *  protocol-texts lists the protocols' labels for lupdate). The clinician's detail and the report
 *  keep the English label, as the rest of their texts. */
inline QString patientLabel(const PromTimePoint &tp)
{
    return tp.label.isEmpty()
               ? tp.label
               : QCoreApplication::translate("Protocol", tp.label.toUtf8().constData());
}

/** Aftercare settings a clinic can change. */
struct Aftercare
{
    int activityRestrictionDays = 0;
    int nsaidAvoidanceDays = 14;
    QString weightBearing;
    QString source;
};

/** A condition group's expected course: milestones, envelope, aftercare, PROM schedule. */
struct Protocol
{
    QString id;
    int version = 1;
    QString name;
    QList<Condition> conditions;
    QList<BodySite> sites; ///< empty = any site
    QString evidencePatient;
    QString evidenceClinician;
    QStringList citations;
    Aftercare aftercare;
    QList<PromTimePoint> promSchedule;
    std::optional<Envelope> envelope;
    QList<MilestoneDefinition> milestones;

    /** Whether the protocol is meant for this condition and site. */
    bool appliesTo(Condition condition, BodySite site) const
    {
        return conditions.contains(condition) && (sites.isEmpty() || sites.contains(site));
    }
};

} // namespace mend
