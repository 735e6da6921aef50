#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace mend {

enum class BodySite
{
    Knee,
    Hip,
    Shoulder,
    Elbow,
    AnkleAchilles,
    LumbarSpine,
    CervicalSpine,
    Other
};
enum class Side
{
    Left,
    Right,
    Both,
    NotApplicable
};
enum class Condition
{
    Osteoarthritis,
    TendonInjury,
    LigamentInjury,
    CartilageDamage,
    DegenerativeDisc,
    Other
};
enum class Product
{
    BoneMarrowConcentrate,
    AdiposeDerived,
    UmbilicalCordDerived,
    Prp,
    Other
};
enum class ActivityLevel
{
    Rest,
    Light,
    Moderate,
    Vigorous
};
enum class WalkingAid
{
    None,
    Cane,
    Crutches,
    Walker,
    Wheelchair
};

/** A stable machine key (used in the database, CLI and exports) with its display label. */
struct KeyLabel
{
    QString key;
    QString label;
};

/** Every choice of an enumeration in declaration order, as key + translated label. */
template <typename E> QList<KeyLabel> choices();

/** The stable key of a value, e.g. BodySite::AnkleAchilles -> "ankle". */
template <typename E> QString toKey(E value);

/** The value for a key, or nothing when the key is unknown. */
template <typename E> std::optional<E> fromKey(const QString &key);

/** "a, b, c": the keys of an enumeration, for error messages and --help. */
template <typename E> QString keyList();

/** The translated label of a value. */
template <typename E> QString toLabel(E value);

} // namespace mend
