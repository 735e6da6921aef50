#pragma once

#include "treatment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <algorithm>
#include <array>
#include <optional>

namespace mend {

/** Which limb a range-of-motion reading was taken on. */
enum class RomSide
{
    Treated,
    Other
};

/** One range-of-motion reading in degrees, e.g. knee-flexion = 110. */
struct RomReading
{
    QString movement;
    int degrees = 0;
    RomSide side = RomSide::Treated;

    bool operator==(const RomReading &) const = default;
};

/** The order a day's readings are kept, shown and compared in: the treated side first, then by
 *  movement (a file may list them in any order). */
inline void sortRomReadings(QList<RomReading> &rom)
{
    std::sort(rom.begin(), rom.end(), [](const RomReading &a, const RomReading &b) {
        return a.side != b.side ? a.side == RomSide::Treated : a.movement < b.movement;
    });
}

/** Injection-site symptoms, each graded 0 (none) to 3 (severe). */
struct SiteSymptoms
{
    std::optional<int> soreness;
    std::optional<int> swelling;
    std::optional<int> bruising;
    std::optional<int> redness;
    std::optional<int> warmth;
    bool fever = false;

    bool operator==(const SiteSymptoms &) const = default;
};

/** Warning signs asked about after an injection (clinical reference §5.3). */
struct SafetySigns
{
    std::optional<double> temperatureC;
    bool chills = false;
    bool spreadingRedness = false;
    bool hotJoint = false;
    bool discharge = false;
    bool calfPainSwelling = false;
    bool shortOfBreath = false;
    bool numbnessWeakness = false;
    bool harvestSiteProblem = false; ///< bone-marrow harvest site bleeding or severe pain
    bool cannotBearWeight = false;   ///< cannot bear weight on, or move, the treated joint

    bool operator==(const SafetySigns &) const = default;
};

/** One yes/no warning sign: its stable key, where it lives in SafetySigns, and how the form asks
 *  it (English, marked for lupdate; translated in the "SafetySigns" context where it is shown). */
struct SafetyFlag
{
    const char *key;
    bool SafetySigns::*member;
    const char *label;
};

/** Every yes/no warning sign, in the order the database stores them. */
inline const std::array<SafetyFlag, 9> &safetyFlags()
{
    static const std::array<SafetyFlag, 9> flags{{
        {"chills", &SafetySigns::chills, QT_TRANSLATE_NOOP("SafetySigns", "Chills")},
        {"spreadingRedness", &SafetySigns::spreadingRedness,
         QT_TRANSLATE_NOOP("SafetySigns", "Redness spreading beyond the injection site")},
        {"hotJoint", &SafetySigns::hotJoint,
         QT_TRANSLATE_NOOP("SafetySigns", "The joint feels hot")},
        {"discharge", &SafetySigns::discharge,
         QT_TRANSLATE_NOOP("SafetySigns", "Pus or fluid from the injection site")},
        {"calfPainSwelling", &SafetySigns::calfPainSwelling,
         QT_TRANSLATE_NOOP("SafetySigns", "Calf pain or swelling")},
        {"shortOfBreath", &SafetySigns::shortOfBreath,
         QT_TRANSLATE_NOOP("SafetySigns", "Sudden shortness of breath")},
        {"numbnessWeakness", &SafetySigns::numbnessWeakness,
         QT_TRANSLATE_NOOP("SafetySigns", "New numbness or weakness")},
        {"harvestSiteProblem", &SafetySigns::harvestSiteProblem,
         QT_TRANSLATE_NOOP("SafetySigns", "Bleeding or severe pain where bone marrow was taken")},
        {"cannotBearWeight", &SafetySigns::cannotBearWeight,
         QT_TRANSLATE_NOOP("SafetySigns", "I cannot bear weight on, or move, the joint")},
    }};
    return flags;
}

/** A patient's diary for one episode and calendar day. */
struct DailyEntry
{
    qint64 id = 0;
    qint64 episodeId = 0;
    QDate date;
    /** Average pain over the last 24 h, NRS 0-10: the primary figure. */
    int painAverage = 0;
    std::optional<int> painRest;
    std::optional<int> painActivity;
    std::optional<int> painWorst;
    QList<RomReading> rom;
    std::optional<int> steps;
    std::optional<int> activeMinutes;
    std::optional<ActivityLevel> activityLevel;
    std::optional<WalkingAid> walkingAid;
    SiteSymptoms symptoms;
    SafetySigns safety;
    bool painMedication = false;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
    /** True when the entry was first saved after its calendar day. */
    bool late = false;

    /** The reading for a movement on a side, if one was logged. */
    std::optional<int> romValue(const QString &movement, RomSide side = RomSide::Treated) const
    {
        for (const auto &r : rom)
            if (r.movement == movement && r.side == side)
                return r.degrees;
        return std::nullopt;
    }
};

} // namespace mend
