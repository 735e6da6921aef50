#include "clicontext.h"

#include "exchange/fieldparse.h"
#include "exchange/jsonformat.h"
#include "services/entryrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

using namespace mend;

namespace {

QCommandLineOption valueOption(const char *name, const QString &help, const char *value = "N")
{
    return {QString::fromLatin1(name), help, QString::fromLatin1(value)};
}

/** Reads an optional integer option into out; records the first error. */
void readInt(const QCommandLineParser &p, const char *name, std::optional<int> &out, Error &err)
{
    const QString key = QString::fromLatin1(name);
    if (!err.message.isEmpty() || !p.isSet(key))
        return;
    auto v = parse::integer(key, p.value(key));
    if (v)
        out = v.value();
    else
        err = v.error();
}

template <typename E>
void readChoice(const QCommandLineParser &p, const char *name, std::optional<E> &out, Error &err)
{
    const QString key = QString::fromLatin1(name);
    if (!err.message.isEmpty() || !p.isSet(key))
        return;
    auto v = parse::choice<E>(key, p.value(key));
    if (v)
        out = v.value();
    else
        err = v.error();
}

void readRom(const QCommandLineParser &p, const char *name, RomSide side, DailyEntry &e, Error &err)
{
    for (const auto &text : p.values(QString::fromLatin1(name))) {
        if (!err.message.isEmpty())
            return;
        auto r = parse::romReading(text, side);
        if (r)
            e.rom.append(r.value());
        else
            err = r.error();
    }
}

const std::pair<const char *, const char *> kSafetyOptions[] = {
    {"chills", "Had chills."},
    {"spreading-redness", "Redness spreading beyond the injection site."},
    {"hot-joint", "The joint feels hot."},
    {"discharge", "Pus or fluid from the puncture site."},
    {"calf-pain", "Calf pain or swelling."},
    {"short-of-breath", "Sudden shortness of breath."},
    {"numbness", "New numbness or weakness."},
    {"harvest-site", "Bleeding or severe pain at the bone-marrow harvest site."},
    {"cannot-bear-weight", "Cannot bear weight on, or move, the joint."},
};

} // namespace

int runLogCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        CliContext::episodeOption(),
        valueOption("date", QStringLiteral("Day of the entry, YYYY-MM-DD (default: today)."),
                    "DATE"),
        valueOption("pain", QStringLiteral("Average pain over the last 24 h, 0-10 (required).")),
        valueOption("pain-rest", QStringLiteral("Pain at rest, 0-10.")),
        valueOption("pain-activity", QStringLiteral("Pain with activity, 0-10.")),
        valueOption("pain-worst", QStringLiteral("Worst pain in the last 24 h, 0-10.")),
        valueOption("rom", QStringLiteral("Range of motion, movement=degrees (repeatable)."),
                    "MOVEMENT=DEG"),
        valueOption("rom-other",
                    QStringLiteral("Range of motion of the other side, movement=degrees."),
                    "MOVEMENT=DEG"),
        valueOption("steps", QStringLiteral("Steps today.")),
        valueOption("active-minutes", QStringLiteral("Active minutes today, 0-1440.")),
        valueOption("activity-level",
                    QStringLiteral("Activity level: %1.").arg(keyList<ActivityLevel>()), "LEVEL"),
        valueOption("walking-aid", QStringLiteral("Walking aid: %1.").arg(keyList<WalkingAid>()),
                    "AID"),
        valueOption("soreness", QStringLiteral("Injection-site soreness, 0-3.")),
        valueOption("swelling", QStringLiteral("Swelling, 0-3.")),
        valueOption("bruising", QStringLiteral("Bruising, 0-3.")),
        valueOption("redness", QStringLiteral("Redness, 0-3.")),
        valueOption("warmth", QStringLiteral("Warmth, 0-3.")),
        QCommandLineOption(QStringLiteral("fever"), QStringLiteral("Had a fever.")),
        QCommandLineOption(QStringLiteral("pain-medication"),
                           QStringLiteral("Took pain medication.")),
        valueOption("note", QStringLiteral("Free-text note."), "TEXT"),
        valueOption("temperature", QStringLiteral("Body temperature in °C, e.g. 38.4."), "C"),
    });
    for (const auto &[name, help] : kSafetyOptions)
        p.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help)));
    const QString usage =
        QStringLiteral("Saves the diary entry for a day; saving the same day again edits it.");
    if (int code = CliContext::parse(p, args, usage); code >= 0)
        return code;

    DailyEntry e;
    Error err;
    e.date = QDate::currentDate();
    if (p.isSet(QStringLiteral("date"))) {
        auto d = parse::date(QStringLiteral("date"), p.value(QStringLiteral("date")));
        if (!d)
            return CliContext::fail(d.error());
        e.date = d.value();
    }
    std::optional<int> pain;
    readInt(p, "pain", pain, err);
    if (err.message.isEmpty() && !pain)
        err = {QStringLiteral("pain"), QStringLiteral("is required (average pain, 0-10)")};
    e.painAverage = pain.value_or(0);
    readInt(p, "pain-rest", e.painRest, err);
    readInt(p, "pain-activity", e.painActivity, err);
    readInt(p, "pain-worst", e.painWorst, err);
    readRom(p, "rom", RomSide::Treated, e, err);
    readRom(p, "rom-other", RomSide::Other, e, err);
    readInt(p, "steps", e.steps, err);
    readInt(p, "active-minutes", e.activeMinutes, err);
    readChoice(p, "activity-level", e.activityLevel, err);
    readChoice(p, "walking-aid", e.walkingAid, err);
    readInt(p, "soreness", e.symptoms.soreness, err);
    readInt(p, "swelling", e.symptoms.swelling, err);
    readInt(p, "bruising", e.symptoms.bruising, err);
    readInt(p, "redness", e.symptoms.redness, err);
    readInt(p, "warmth", e.symptoms.warmth, err);
    if (!err.message.isEmpty())
        return CliContext::fail(err);
    e.symptoms.fever = p.isSet(QStringLiteral("fever"));
    e.painMedication = p.isSet(QStringLiteral("pain-medication"));
    // kSafetyOptions lists the CLI names in the order of safetyFlags().
    for (size_t i = 0; i < safetyFlags().size(); ++i)
        e.safety.*safetyFlags()[i].member = p.isSet(QString::fromLatin1(kSafetyOptions[i].first));
    if (p.isSet(QStringLiteral("temperature"))) {
        auto t = parse::decimal(QStringLiteral("temperature"),
                                p.value(QStringLiteral("temperature")), QStringLiteral("°C"));
        if (!t)
            return CliContext::fail(t.error());
        e.safety.temperatureC = t.value();
    }
    e.note = p.value(QStringLiteral("note"));

    if (!ctx.open())
        return 1;
    const auto episode = ctx.episode(p);
    if (!episode)
        return 2;
    EntryRecorder recorder(ctx.database());
    auto saved = recorder.record(e, *episode, QDateTime::currentDateTime());
    if (!saved)
        return CliContext::fail(saved.error());
    QJsonObject out = entryToJson(saved.value().entry, *episode);
    QJsonArray flags;
    for (const auto &flag : saved.value().redFlags)
        flags.append(redFlagToJson(flag));
    out.insert(QStringLiteral("redFlags"), flags);
    CliContext::print(QJsonDocument(out).toJson(QJsonDocument::Compact));
    for (const auto &flag : saved.value().redFlags)
        std::fprintf(stderr,
                     "mend-cli: RED FLAG: %s Contact your clinic now; call emergency "
                     "services if it is severe.\n",
                     flag.reason.toUtf8().constData());
    return 0;
}
