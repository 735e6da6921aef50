#include "treatment.h"

#include <QCoreApplication>
#include <QStringList>

namespace mend {
namespace {

template <typename E> struct Entry
{
    E value;
    const char *key;
    const char *label;
};

template <typename E> struct Table;

#define MEND_TABLE(E)                                                                              \
    template <> struct Table<E>                                                                    \
    {                                                                                              \
        static const QList<Entry<E>> &rows();                                                      \
    }
MEND_TABLE(BodySite);
MEND_TABLE(Side);
MEND_TABLE(Condition);
MEND_TABLE(Product);
MEND_TABLE(ActivityLevel);
MEND_TABLE(WalkingAid);
#undef MEND_TABLE

const QList<Entry<BodySite>> &Table<BodySite>::rows()
{
    static const QList<Entry<BodySite>> r{
        {BodySite::Knee, "knee", QT_TRANSLATE_NOOP("Mend", "Knee")},
        {BodySite::Hip, "hip", QT_TRANSLATE_NOOP("Mend", "Hip")},
        {BodySite::Shoulder, "shoulder", QT_TRANSLATE_NOOP("Mend", "Shoulder")},
        {BodySite::Elbow, "elbow", QT_TRANSLATE_NOOP("Mend", "Elbow")},
        {BodySite::AnkleAchilles, "ankle", QT_TRANSLATE_NOOP("Mend", "Ankle / Achilles")},
        {BodySite::LumbarSpine, "lumbar-spine",
         QT_TRANSLATE_NOOP("Mend", "Lower back (lumbar spine)")},
        {BodySite::CervicalSpine, "cervical-spine",
         QT_TRANSLATE_NOOP("Mend", "Neck (cervical spine)")},
        {BodySite::Other, "other", QT_TRANSLATE_NOOP("Mend", "Other")},
    };
    return r;
}

const QList<Entry<Side>> &Table<Side>::rows()
{
    static const QList<Entry<Side>> r{
        {Side::Left, "left", QT_TRANSLATE_NOOP("Mend", "Left")},
        {Side::Right, "right", QT_TRANSLATE_NOOP("Mend", "Right")},
        {Side::Both, "both", QT_TRANSLATE_NOOP("Mend", "Both sides")},
        {Side::NotApplicable, "none", QT_TRANSLATE_NOOP("Mend", "No side (midline)")},
    };
    return r;
}

const QList<Entry<Condition>> &Table<Condition>::rows()
{
    static const QList<Entry<Condition>> r{
        {Condition::Osteoarthritis, "osteoarthritis", QT_TRANSLATE_NOOP("Mend", "Osteoarthritis")},
        {Condition::TendonInjury, "tendon", QT_TRANSLATE_NOOP("Mend", "Tendon injury")},
        {Condition::LigamentInjury, "ligament", QT_TRANSLATE_NOOP("Mend", "Ligament injury")},
        {Condition::CartilageDamage, "cartilage", QT_TRANSLATE_NOOP("Mend", "Cartilage damage")},
        {Condition::DegenerativeDisc, "disc",
         QT_TRANSLATE_NOOP("Mend", "Degenerative disc / back pain")},
        {Condition::Other, "other", QT_TRANSLATE_NOOP("Mend", "Other")},
    };
    return r;
}

const QList<Entry<Product>> &Table<Product>::rows()
{
    static const QList<Entry<Product>> r{
        {Product::BoneMarrowConcentrate, "bone-marrow",
         QT_TRANSLATE_NOOP("Mend", "Bone-marrow concentrate")},
        {Product::AdiposeDerived, "adipose", QT_TRANSLATE_NOOP("Mend", "Adipose (fat) derived")},
        {Product::UmbilicalCordDerived, "umbilical-cord",
         QT_TRANSLATE_NOOP("Mend", "Umbilical-cord derived")},
        {Product::Prp, "prp", QT_TRANSLATE_NOOP("Mend", "Platelet-rich plasma (PRP)")},
        {Product::Other, "other", QT_TRANSLATE_NOOP("Mend", "Other")},
    };
    return r;
}

const QList<Entry<ActivityLevel>> &Table<ActivityLevel>::rows()
{
    static const QList<Entry<ActivityLevel>> r{
        {ActivityLevel::Rest, "rest", QT_TRANSLATE_NOOP("Mend", "Mostly resting")},
        {ActivityLevel::Light, "light", QT_TRANSLATE_NOOP("Mend", "Light")},
        {ActivityLevel::Moderate, "moderate", QT_TRANSLATE_NOOP("Mend", "Moderate")},
        {ActivityLevel::Vigorous, "vigorous", QT_TRANSLATE_NOOP("Mend", "Vigorous")},
    };
    return r;
}

const QList<Entry<WalkingAid>> &Table<WalkingAid>::rows()
{
    static const QList<Entry<WalkingAid>> r{
        {WalkingAid::None, "none", QT_TRANSLATE_NOOP("Mend", "No walking aid")},
        {WalkingAid::Cane, "cane", QT_TRANSLATE_NOOP("Mend", "Cane / stick")},
        {WalkingAid::Crutches, "crutches", QT_TRANSLATE_NOOP("Mend", "Crutches")},
        {WalkingAid::Walker, "walker", QT_TRANSLATE_NOOP("Mend", "Walker / frame")},
        {WalkingAid::Wheelchair, "wheelchair", QT_TRANSLATE_NOOP("Mend", "Wheelchair")},
    };
    return r;
}

} // namespace

template <typename E> QList<KeyLabel> choices()
{
    QList<KeyLabel> out;
    for (const auto &row : Table<E>::rows())
        out.append({QString::fromLatin1(row.key), QCoreApplication::translate("Mend", row.label)});
    return out;
}

template <typename E> QString toKey(E value)
{
    for (const auto &row : Table<E>::rows())
        if (row.value == value)
            return QString::fromLatin1(row.key);
    return {};
}

template <typename E> std::optional<E> fromKey(const QString &key)
{
    for (const auto &row : Table<E>::rows())
        if (key == QLatin1String(row.key))
            return row.value;
    return std::nullopt;
}

template <typename E> QString keyList()
{
    QStringList keys;
    for (const auto &row : Table<E>::rows())
        keys.append(QString::fromLatin1(row.key));
    return keys.join(QStringLiteral(", "));
}

template <typename E> QString toLabel(E value)
{
    for (const auto &row : Table<E>::rows())
        if (row.value == value)
            return QCoreApplication::translate("Mend", row.label);
    return {};
}

#define MEND_INSTANTIATE(E)                                                                        \
    template QList<KeyLabel> choices<E>();                                                         \
    template QString toKey<E>(E);                                                                  \
    template std::optional<E> fromKey<E>(const QString &);                                         \
    template QString keyList<E>();                                                                 \
    template QString toLabel<E>(E);
MEND_INSTANTIATE(BodySite)
MEND_INSTANTIATE(Side)
MEND_INSTANTIATE(Condition)
MEND_INSTANTIATE(Product)
MEND_INSTANTIATE(ActivityLevel)
MEND_INSTANTIATE(WalkingAid)
#undef MEND_INSTANTIATE

} // namespace mend
