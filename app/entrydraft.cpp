#include "entrydraft.h"

#include "exchange/fieldparse.h"
#include "fielderrors.h"

#include <QLocale>

using namespace mend;

namespace {

int gradeOf(const std::optional<int> &v)
{
    return v ? *v : -1;
}

std::optional<int> given(int grade)
{
    return grade == -1 ? std::nullopt : std::optional<int>(grade);
}

QString textOf(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

void readNumber(const QString &field, const QString &typed, std::optional<int> &out,
                QList<Error> &problems)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return;
    if (auto v = parse::integer(field, text))
        out = v.value();
    else
        problems.append(v.error());
}

template <typename E>
void readChoice(const QString &field, const QString &key, std::optional<E> &out,
                QList<Error> &problems)
{
    if (key.isEmpty())
        return;
    if (auto v = parse::choice<E>(field, key))
        out = v.value();
    else
        problems.append(v.error());
}

void readRom(const QMap<QString, QString> &typed, RomSide side, DailyEntry &e,
             QList<Error> &problems)
{
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        const QString text = it.value().trimmed();
        if (text.isEmpty())
            continue;
        const QString field = QStringLiteral("rom ") + it.key() +
                              (side == RomSide::Other ? QStringLiteral(", other side") : QString());
        if (auto v = parse::integer(field, text))
            e.rom.append({it.key(), v.value(), side});
        else
            problems.append(v.error());
    }
}

} // namespace

EntryDraft::EntryDraft(QObject *parent) : QObject(parent) {}

QString EntryDraft::rom(const QString &movement, bool otherSide) const
{
    return (otherSide ? m_romOther : m_rom).value(movement);
}

void EntryDraft::setRom(const QString &movement, bool otherSide, const QString &text)
{
    auto &side = otherSide ? m_romOther : m_rom;
    if (side.value(movement) == text)
        return;
    side.insert(movement, text);
    Q_EMIT changed();
}

void EntryDraft::setSign(const QString &key, bool ticked)
{
    if (ticked == m_signs.contains(key))
        return;
    if (ticked)
        m_signs.append(key);
    else
        m_signs.removeAll(key);
    Q_EMIT changed();
}

bool EntryDraft::hasDetails() const
{
    const auto anyTyped = [](const QMap<QString, QString> &rom) {
        return std::any_of(rom.cbegin(), rom.cend(),
                           [](const QString &t) { return !t.trimmed().isEmpty(); });
    };
    for (int grade : {m_painRest, m_painActivity, m_painWorst, m_soreness, m_swelling, m_bruising,
                      m_redness, m_warmth})
        if (grade != -1)
            return true;
    for (const QString *text :
         {&m_steps, &m_activeMinutes, &m_activityLevel, &m_walkingAid, &m_note})
        if (!text->isEmpty())
            return true;
    return m_fever || m_painMedication || anyTyped(m_rom) || anyTyped(m_romOther);
}

void EntryDraft::load(const std::optional<DailyEntry> &entry)
{
    const DailyEntry e = entry.value_or(DailyEntry{});
    m_painAverage = entry ? e.painAverage : -1;
    m_painRest = gradeOf(e.painRest);
    m_painActivity = gradeOf(e.painActivity);
    m_painWorst = gradeOf(e.painWorst);
    m_steps = textOf(e.steps);
    m_activeMinutes = textOf(e.activeMinutes);
    m_activityLevel = e.activityLevel ? toKey(*e.activityLevel) : QString();
    m_walkingAid = e.walkingAid ? toKey(*e.walkingAid) : QString();
    m_soreness = gradeOf(e.symptoms.soreness);
    m_swelling = gradeOf(e.symptoms.swelling);
    m_bruising = gradeOf(e.symptoms.bruising);
    m_redness = gradeOf(e.symptoms.redness);
    m_warmth = gradeOf(e.symptoms.warmth);
    m_fever = e.symptoms.fever;
    m_painMedication = e.painMedication;
    m_temperature =
        e.safety.temperatureC ? QLocale().toString(*e.safety.temperatureC, 'f', 1) : QString();
    m_note = e.note;
    m_signs.clear();
    for (const auto &flag : safetyFlags())
        if (e.safety.*flag.member)
            m_signs.append(QString::fromLatin1(flag.key));
    m_rom.clear();
    m_romOther.clear();
    for (const auto &r : e.rom)
        (r.side == RomSide::Other ? m_romOther : m_rom)
            .insert(r.movement, QString::number(r.degrees));
    setErrors({});
    Q_EMIT changed();
    Q_EMIT loaded();
}

EntryDraft::Reading EntryDraft::read(const QDate &date) const
{
    Reading out;
    DailyEntry &e = out.entry;
    e.date = date;
    if (m_painAverage == -1)
        out.problems.append(
            Error{QStringLiteral("pain"), QStringLiteral("choose your average pain, 0 to 10"),
                  QStringLiteral("Tap a number from 0 to 10 for your average pain")});
    else
        e.painAverage = m_painAverage;
    e.painRest = given(m_painRest);
    e.painActivity = given(m_painActivity);
    e.painWorst = given(m_painWorst);
    readRom(m_rom, RomSide::Treated, e, out.problems);
    readRom(m_romOther, RomSide::Other, e, out.problems);
    readNumber(QStringLiteral("steps"), m_steps, e.steps, out.problems);
    readNumber(QStringLiteral("active-minutes"), m_activeMinutes, e.activeMinutes, out.problems);
    readChoice(QStringLiteral("activity-level"), m_activityLevel, e.activityLevel, out.problems);
    readChoice(QStringLiteral("walking-aid"), m_walkingAid, e.walkingAid, out.problems);
    e.symptoms.soreness = given(m_soreness);
    e.symptoms.swelling = given(m_swelling);
    e.symptoms.bruising = given(m_bruising);
    e.symptoms.redness = given(m_redness);
    e.symptoms.warmth = given(m_warmth);
    e.symptoms.fever = m_fever;
    for (const auto &flag : safetyFlags())
        e.safety.*flag.member = m_signs.contains(QString::fromLatin1(flag.key));
    if (const QString t = m_temperature.trimmed(); !t.isEmpty()) {
        if (auto c = parse::decimal(QStringLiteral("temperature"), t, QStringLiteral("°C")))
            e.safety.temperatureC = c.value();
        else
            out.problems.append(c.error());
    }
    e.painMedication = m_painMedication;
    e.note = m_note;
    return out;
}

void EntryDraft::setErrors(const QList<Error> &problems)
{
    QVariantMap errors;
    for (const Error &p : problems)
        if (!errors.contains(fieldOf(p)))
            errors.insert(fieldOf(p), p.forPerson());
    if (errors == m_errors)
        return;
    m_errors = errors;
    Q_EMIT errorsChanged();
}
