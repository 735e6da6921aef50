#include "fitbittakeoutimport.h"

#include "csv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace mend {

namespace {

constexpr double kMostStepsInAMinute = 1000;
constexpr qint64 kMostStepsInADay = 200000;
constexpr int kMinutesInADay = 1440;

enum class Part
{
    None,
    Steps,
    VeryActive,
    ModeratelyActive
};

Part partOf(const QString &entryName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(steps|very_active_minutes|moderately_active_minutes)-\\d{4}-\\d{2}-"
                       "\\d{2}\\.json$"));
    const auto match = pattern.match(QFileInfo(entryName).fileName());
    if (!match.hasMatch())
        return Part::None;
    const QString kind = match.captured(1);
    if (kind == QLatin1String("steps"))
        return Part::Steps;
    return kind == QLatin1String("very_active_minutes") ? Part::VeryActive : Part::ModeratelyActive;
}

/** "MM/DD/YY hh:mm:ss" (Fitbit's export) or "YYYY-MM-DDThh:mm:ss"; the year of a two-digit one
 *  is in this century. */
QDateTime fitbitTime(const QString &text)
{
    if (text.size() == 17 && text.at(2) == QLatin1Char('/') && text.at(5) == QLatin1Char('/')) {
        const QDate day(2000 + text.mid(6, 2).toInt(), text.mid(0, 2).toInt(),
                        text.mid(3, 2).toInt());
        const QTime time = QTime::fromString(text.mid(9), QStringLiteral("HH:mm:ss"));
        return day.isValid() && time.isValid() ? QDateTime(day, time, QTimeZone::utc())
                                               : QDateTime();
    }
    QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    if (iso.isValid() && iso.timeSpec() == Qt::LocalTime)
        iso.setTimeZone(QTimeZone::utc());
    return iso;
}

/** The records of one file, or why it is not one of Fitbit's {dateTime, value} arrays. */
Result<QJsonArray> recordsOf(const QString &name, const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{{}, QStringLiteral("%1: not JSON (%2)").arg(name, parseError.errorString())};
    if (!document.isArray())
        return Error{{}, QStringLiteral("%1: not a list of Fitbit's records").arg(name)};
    return document.array();
}

/** A record's value as a number ("12" in Fitbit's files, 12 also read). */
std::optional<double> valueOf(const QJsonObject &record)
{
    const QJsonValue value = record.value(QLatin1String("value"));
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double number = value.toString().toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

QString quoted(const QJsonValue &value)
{
    const QString text =
        value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
    return QLatin1Char('"') + text.left(40) + QLatin1Char('"');
}

struct FitbitRecord
{
    QDateTime at;
    double value = 0;
};

/** Record `i` of a file read, or refused with the file, the place and what it should be: each
 *  check's message has %1 for the value as written. */
Result<FitbitRecord> recordAt(const QString &name, const QJsonArray &array, qsizetype i,
                              const QString &badTime, double most, const QString &badValue)
{
    const QJsonObject record = array.at(i).toObject();
    const QString place = QStringLiteral("%1, record %2: ").arg(name).arg(i + 1);
    FitbitRecord read;
    read.at = fitbitTime(record.value(QLatin1String("dateTime")).toString());
    if (!read.at.isValid())
        return Error{{}, place + badTime.arg(quoted(record.value(QLatin1String("dateTime"))))};
    const std::optional<double> value = valueOf(record);
    if (!value || *value < 0 || *value > most)
        return Error{{}, place + badValue.arg(quoted(record.value(QLatin1String("value"))))};
    read.value = *value;
    return read;
}

} // namespace

FitbitTakeoutReader::FitbitTakeoutReader(QTimeZone zone, ActivityReadOptions options)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone()),
      m_options(std::move(options))
{
}

bool FitbitTakeoutReader::takes(const QString &entryName)
{
    return partOf(entryName) != Part::None;
}

QTimeZone FitbitTakeoutReader::zoneFromProfile(const QByteArray &profileCsv)
{
    auto rows = csv::parse(profileCsv);
    if (!rows || rows.value().size() < 2)
        return {};
    const qsizetype column = rows.value().first().indexOf(QStringLiteral("timezone"));
    if (column < 0)
        return {};
    const QByteArray id = rows.value().at(1).value(column).trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return {};
    return QTimeZone(id);
}

Status FitbitTakeoutReader::add(const QString &entryName, const QByteArray &text)
{
    switch (partOf(entryName)) {
    case Part::Steps:
        return addSteps(QFileInfo(entryName).fileName(), text);
    case Part::VeryActive:
    case Part::ModeratelyActive:
        return addActiveMinutes(QFileInfo(entryName).fileName(), text);
    case Part::None:
        break;
    }
    return Error{{},
                 QStringLiteral("%1 is not one of Fitbit's step or active-minute files")
                     .arg(QFileInfo(entryName).fileName().left(60))};
}

Status FitbitTakeoutReader::addSteps(const QString &name, const QByteArray &text)
{
    auto records = recordsOf(name, text);
    if (!records)
        return records.error();
    // Minutes come in order: the zone's offset is looked up once per UTC hour.
    qint64 cachedHour = std::numeric_limits<qint64>::min();
    int cachedOffset = 0;
    const QJsonArray &array = records.value();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (i % 4096 == 0 && m_options.cancelled())
            return Error{{}, QStringLiteral("stopped: nothing was imported")};
        auto record =
            recordAt(name, array, i, QStringLiteral("the time %1 is not MM/DD/YY hh:mm:ss"),
                     kMostStepsInAMinute, QStringLiteral("%1 is not a minute's step count"));
        if (!record)
            return record.error();
        const QDateTime &utc = record.value().at;
        const qint64 seconds = utc.toSecsSinceEpoch();
        const qint64 hour = seconds / 3600;
        if (hour != cachedHour) {
            cachedHour = hour;
            cachedOffset = m_zone.offsetFromUtc(utc);
        }
        const QDate day =
            QDateTime::fromSecsSinceEpoch(seconds + cachedOffset, QTimeZone::utc()).date();
        ++m_stepRecords;
        ++m_recordsByDay[day];
        m_steps[day] += qRound64(record.value().value);
    }
    return Done{};
}

Status FitbitTakeoutReader::addActiveMinutes(const QString &name, const QByteArray &text)
{
    auto records = recordsOf(name, text);
    if (!records)
        return records.error();
    const QJsonArray &array = records.value();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto record = recordAt(name, array, i, QStringLiteral("the day %1 is not MM/DD/YY"),
                               kMinutesInADay, QStringLiteral("%1 is not a day's active minutes"));
        if (!record)
            return record.error();
        const QDate day = record.value().at.date(); // a daily value: already the account's day
        ++m_minuteRecords;
        ++m_recordsByDay[day];
        m_minutes[day] += int(std::lround(record.value().value));
    }
    return Done{};
}

Result<ActivityFile> FitbitTakeoutReader::finish()
{
    if (m_stepRecords == 0)
        return Error{{},
                     QStringLiteral("Fitbit's export holds no steps-….json file with a record "
                                    "in it")};
    ActivityFile file;
    file.format = QStringLiteral("Fitbit");
    file.records = m_stepRecords + m_minuteRecords;
    ActivitySourceTotal total{QStringLiteral("Fitbit"), file.records, 0, 0};
    QList<QDate> days = m_steps.keys();
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it)
        if (!m_steps.contains(it.key()))
            days.append(it.key());
    std::sort(days.begin(), days.end());
    for (const QDate &day : days) {
        const auto steps = m_steps.constFind(day);
        const auto minutes = m_minutes.constFind(day);
        if (steps != m_steps.cend() && steps.value() > kMostStepsInADay)
            return Error{{},
                         QStringLiteral("%1: %2 steps is more than a day holds")
                             .arg(day.toString(Qt::ISODate))
                             .arg(steps.value())};
        if (minutes != m_minutes.cend() && minutes.value() > kMinutesInADay)
            return Error{{},
                         QStringLiteral("%1: %2 active minutes is more than a day holds")
                             .arg(day.toString(Qt::ISODate))
                             .arg(minutes.value())};
        if (steps != m_steps.cend())
            total.steps += double(steps.value());
        if (minutes != m_minutes.cend())
            total.activeMinutes += minutes.value();
        if (!m_options.keeps(day)) {
            file.skippedOutside += m_recordsByDay.value(day);
            continue;
        }
        ActivityDay kept;
        kept.day = day;
        if (steps != m_steps.cend())
            kept.steps = steps.value();
        if (minutes != m_minutes.cend())
            kept.activeMinutes = minutes.value();
        kept.devices = {total.source};
        file.days.append(kept);
    }
    file.sources.append(total);
    // Read by the patient too (the import's preview): in the language Mend runs in.
    file.notes << QCoreApplication::translate("ActivityImport",
                                              "Fitbit gives each minute's time in UTC: its steps "
                                              "are placed on the day they fell on in %1 time.")
                      .arg(QString::fromUtf8(m_zone.id()));
    return file;
}

bool looksLikeFitbitJson(const QByteArray &head)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*\\[\\s*\\{\\s*\"dateTime\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"value\""));
    return pattern.match(QString::fromUtf8(head.left(512))).hasMatch();
}

} // namespace mend
