#include "entryform.h"

#include "exchange/fieldparse.h"

#include <QLocale>

using namespace mend;

namespace entryform {
namespace {

const char *kPainKeys[] = {"painRest", "painActivity", "painWorst"};
const char *kSymptomKeys[] = {"soreness", "swelling", "bruising", "redness", "warmth"};

std::optional<int> *painField(DailyEntry &e, int i)
{
    std::optional<int> *fields[] = {&e.painRest, &e.painActivity, &e.painWorst};
    return fields[i];
}

std::optional<int> *symptomField(DailyEntry &e, int i)
{
    std::optional<int> *fields[] = {&e.symptoms.soreness, &e.symptoms.swelling,
                                    &e.symptoms.bruising, &e.symptoms.redness, &e.symptoms.warmth};
    return fields[i];
}

QVariant gradeOrUnset(const std::optional<int> &v)
{
    return v ? *v : -1;
}

QString textOf(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

/** -1 or missing = not given; anything else is kept for the range check. */
std::optional<int> grade(const QVariantMap &form, const char *key)
{
    const QVariant v = form.value(QString::fromLatin1(key));
    if (!v.isValid() || v.toInt() == -1)
        return std::nullopt;
    return v.toInt();
}

Error readText(const QVariantMap &form, const char *key, const QString &field,
               std::optional<int> &out)
{
    const QString text = form.value(QString::fromLatin1(key)).toString().trimmed();
    if (text.isEmpty())
        return {};
    auto v = parse::integer(field, text);
    if (!v)
        return v.error();
    out = v.value();
    return {};
}

Error readRom(const QVariantMap &form, const char *key, RomSide side, DailyEntry &e)
{
    const QVariantMap rom = form.value(QString::fromLatin1(key)).toMap();
    for (auto it = rom.cbegin(); it != rom.cend(); ++it) {
        const QString text = it.value().toString().trimmed();
        if (text.isEmpty())
            continue;
        const QString field = QStringLiteral("rom ") + it.key() +
                              (side == RomSide::Other ? QStringLiteral(", other side") : QString());
        auto v = parse::integer(field, text);
        if (!v)
            return v.error();
        e.rom.append({it.key(), v.value(), side});
    }
    return {};
}

template <typename E>
Error readChoice(const QVariantMap &form, const char *key, const QString &field,
                 std::optional<E> &out)
{
    const QString text = form.value(QString::fromLatin1(key)).toString();
    if (text.isEmpty())
        return {};
    auto v = parse::choice<E>(field, text);
    if (!v)
        return v.error();
    out = v.value();
    return {};
}

} // namespace

QVariantMap toForm(const std::optional<DailyEntry> &entry)
{
    const DailyEntry e = entry.value_or(DailyEntry{});
    QVariantMap form{
        {QStringLiteral("painAverage"), entry ? e.painAverage : -1},
        {QStringLiteral("steps"), textOf(e.steps)},
        {QStringLiteral("activeMinutes"), textOf(e.activeMinutes)},
        {QStringLiteral("activityLevel"), e.activityLevel ? toKey(*e.activityLevel) : QString()},
        {QStringLiteral("walkingAid"), e.walkingAid ? toKey(*e.walkingAid) : QString()},
        {QStringLiteral("fever"), e.symptoms.fever},
        {QStringLiteral("painMedication"), e.painMedication},
        {QStringLiteral("note"), e.note},
    };
    DailyEntry copy = e;
    for (int i = 0; i < 3; ++i)
        form.insert(QString::fromLatin1(kPainKeys[i]), gradeOrUnset(*painField(copy, i)));
    for (int i = 0; i < 5; ++i)
        form.insert(QString::fromLatin1(kSymptomKeys[i]), gradeOrUnset(*symptomField(copy, i)));
    QVariantMap rom;
    QVariantMap romOther;
    for (const auto &r : e.rom)
        (r.side == RomSide::Other ? romOther : rom).insert(r.movement, QString::number(r.degrees));
    form.insert(QStringLiteral("rom"), rom);
    form.insert(QStringLiteral("romOther"), romOther);
    form.insert(QStringLiteral("temperature"),
                e.safety.temperatureC ? QLocale().toString(*e.safety.temperatureC, 'f', 1)
                                      : QString());
    for (const auto &flag : safetyFlags())
        form.insert(QString::fromLatin1(flag.key), e.safety.*flag.member);
    return form;
}

Result<DailyEntry> fromForm(const QVariantMap &form, const QDate &date)
{
    DailyEntry e;
    e.date = date;
    const auto pain = grade(form, "painAverage");
    if (!pain)
        return Error{QStringLiteral("pain"), QStringLiteral("choose your average pain, 0 to 10"),
                     QStringLiteral("Tap a number from 0 to 10 for your average pain")};
    e.painAverage = *pain;
    for (int i = 0; i < 3; ++i)
        *painField(e, i) = grade(form, kPainKeys[i]);
    for (int i = 0; i < 5; ++i)
        *symptomField(e, i) = grade(form, kSymptomKeys[i]);
    for (const Error &err :
         {readText(form, "steps", QStringLiteral("steps"), e.steps),
          readText(form, "activeMinutes", QStringLiteral("active-minutes"), e.activeMinutes),
          readRom(form, "rom", RomSide::Treated, e), readRom(form, "romOther", RomSide::Other, e)})
        if (!err.message.isEmpty())
            return err;
    if (auto err =
            readChoice(form, "activityLevel", QStringLiteral("activity-level"), e.activityLevel);
        !err.message.isEmpty())
        return err;
    if (auto err = readChoice(form, "walkingAid", QStringLiteral("walking-aid"), e.walkingAid);
        !err.message.isEmpty())
        return err;
    e.symptoms.fever = form.value(QStringLiteral("fever")).toBool();
    for (const auto &flag : safetyFlags())
        e.safety.*flag.member = form.value(QString::fromLatin1(flag.key)).toBool();
    const QString temperature = form.value(QStringLiteral("temperature")).toString().trimmed();
    if (!temperature.isEmpty()) {
        auto t = parse::decimal(QStringLiteral("temperature"), temperature, QStringLiteral("°C"));
        if (!t)
            return t.error();
        e.safety.temperatureC = t.value();
    }
    e.painMedication = form.value(QStringLiteral("painMedication")).toBool();
    e.note = form.value(QStringLiteral("note")).toString();
    return e;
}

} // namespace entryform
