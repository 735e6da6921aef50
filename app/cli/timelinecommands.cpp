#include "clicontext.h"

#include "domain/milestones.h"
#include "domain/recovery.h"
#include "exchange/fieldparse.h"
#include "exchange/jsonformat.h"
#include "services/protocolcatalog.h"
#include "storage/alertrepository.h"
#include "storage/timelinerepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mend;

namespace {

/** Parses the arguments, opens the database and finds the episode; -1 to go on. */
int prepare(CliContext &ctx, QCommandLineParser &p, const QStringList &args, const char *usage,
            std::optional<Episode> &episode)
{
    p.addOption(CliContext::episodeOption());
    if (int code = CliContext::parse(p, args, QString::fromLatin1(usage)); code >= 0)
        return code;
    if (!ctx.open())
        return 1;
    episode = ctx.episode(p);
    return episode ? -1 : 2;
}

Result<QDate> dateOption(const QCommandLineParser &p, const char *name, const QDate &fallback)
{
    const QString key = QString::fromLatin1(name);
    if (!p.isSet(key))
        return fallback;
    return parse::date(key, p.value(key));
}

} // namespace

int runMilestonesCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CliContext::option("json", "Print JSON (the only format)."));
    std::optional<Episode> ep;
    if (int code = prepare(ctx, p, args, "Status of every milestone and goal of the episode.", ep);
        code >= 0)
        return code;
    const QDate today = QDate::currentDate();
    const auto entries = ctx.entries().forEpisode(ep->id);
    QJsonObject out{{QStringLiteral("episode"), ep->id}};
    QJsonArray milestones;
    if (const auto protocol = ProtocolCatalog(ctx.database()).forEpisode(*ep)) {
        out.insert(QStringLiteral("protocol"), protocol->id);
        for (const auto &r : evaluateMilestones(*protocol, *ep, entries, today))
            milestones.append(milestoneToJson(r, *ep));
        if (protocol->envelope) {
            const auto status = envelopeStatus(*protocol->envelope, *ep, entries, today);
            QJsonObject env{{QStringLiteral("label"), protocol->envelope->label},
                            {QStringLiteral("citation"), protocol->envelope->citation}};
            if (status.position) {
                env.insert(QStringLiteral("position"), positionKey(*status.position));
                env.insert(QStringLiteral("since"), status.since.toString(Qt::ISODate));
            }
            out.insert(QStringLiteral("envelope"), env);
        }
    }
    out.insert(QStringLiteral("milestones"), milestones);
    QJsonArray goals;
    for (const auto &g : TimelineRepository(ctx.database()).goals(ep->id))
        goals.append(goalToJson(g, goalStatus(g, *ep, today)));
    out.insert(QStringLiteral("goals"), goals);
    CliContext::printJson(out);
    return 0;
}

int runAlertsCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({CliContext::option("json", "Print JSON (the only format)."),
                  CliContext::option("ack", "Acknowledge the alert with this id.", "ID")});
    std::optional<Episode> ep;
    if (int code = prepare(ctx, p, args,
                           "Red-flag alerts of the episode, with rule, date and reason.", ep);
        code >= 0)
        return code;
    AlertRepository alerts(ctx.database());
    if (p.isSet(QStringLiteral("ack"))) {
        auto id = parse::integer(QStringLiteral("ack"), p.value(QStringLiteral("ack")));
        if (!id)
            return CliContext::fail(id.error());
        if (auto s = alerts.acknowledge(id.value(), QDateTime::currentDateTime()); !s)
            return CliContext::fail(s.error());
    }
    QJsonArray list;
    for (const auto &a : alerts.forEpisode(ep->id))
        list.append(alertToJson(a, *ep));
    CliContext::printJson(list);
    return 0;
}

int runEventCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    QCommandLineParser p;
    std::optional<Episode> ep;
    TimelineRepository timeline(ctx.database());
    if (sub == QLatin1String("add")) {
        QStringList kinds;
        for (const auto &k : treatmentEventKinds())
            kinds.append(QLatin1String(k.key));
        p.addOptions(
            {CliContext::option("date", "Day of the treatment, YYYY-MM-DD (default: today).",
                                "DATE"),
             QCommandLineOption(QStringLiteral("kind"),
                                QStringLiteral("One of: %1.").arg(kinds.join(QStringLiteral(", "))),
                                QStringLiteral("KIND")),
             CliContext::option("note", "What it was, e.g. the medication and dose.", "TEXT")});
        if (int code = prepare(ctx, p, subcommandArgs(args),
                               "Logs another treatment that can change the pain curve.", ep);
            code >= 0)
            return code;
        auto date = dateOption(p, "date", QDate::currentDate());
        if (!date)
            return CliContext::fail(date.error());
        TreatmentEvent e{0,
                         ep->id,
                         date.value(),
                         p.value(QStringLiteral("kind")),
                         p.value(QStringLiteral("note")),
                         {}};
        auto added =
            TimelineRepository(ctx.database()).addEvent(e, *ep, QDateTime::currentDateTime());
        if (!added)
            return CliContext::fail(added.error());
        CliContext::printJson(eventToJson(added.value(), *ep));
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (int code =
                prepare(ctx, p, subcommandArgs(args), "Lists the episode's treatment events.", ep);
            code >= 0)
            return code;
        QJsonArray list;
        for (const auto &e : TimelineRepository(ctx.database()).events(ep->id))
            list.append(eventToJson(e, *ep));
        CliContext::printJson(list);
        return 0;
    }
    return CliContext::fail(QStringLiteral("use 'event add' or 'event list' (see --help)"));
}

int runGoalCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    QCommandLineParser p;
    std::optional<Episode> ep;
    if (sub == QLatin1String("add")) {
        p.addOptions(
            {CliContext::option("text", "The goal, e.g. \"walk 2 km without pain\".", "TEXT"),
             CliContext::option("from-week", "First week of the target window (default 0).", "N"),
             CliContext::option("by-week", "Last week of the target window.", "N")});
        if (int code = prepare(ctx, p, subcommandArgs(args), "Adds a personal goal.", ep);
            code >= 0)
            return code;
        auto from = parse::integer(QStringLiteral("from-week"),
                                   p.value(QStringLiteral("from-week")).isEmpty()
                                       ? QStringLiteral("0")
                                       : p.value(QStringLiteral("from-week")));
        auto by = parse::integer(QStringLiteral("by-week"), p.value(QStringLiteral("by-week")));
        if (!from)
            return CliContext::fail(from.error());
        if (!by)
            return CliContext::fail(by.error());
        Goal g{0,  ep->id, p.value(QStringLiteral("text")), from.value() * 7, by.value() * 7,
               {}, {}};
        auto added =
            TimelineRepository(ctx.database()).addGoal(g, *ep, QDateTime::currentDateTime());
        if (!added)
            return CliContext::fail(added.error());
        CliContext::printJson(
            goalToJson(added.value(), goalStatus(added.value(), *ep, QDate::currentDate())));
        return 0;
    }
    if (sub == QLatin1String("done")) {
        p.addOptions({CliContext::option("id", "The goal's id.", "ID"),
                      CliContext::option("date", "When it was reached (default: today).", "DATE")});
        if (int code = prepare(ctx, p, subcommandArgs(args), "Ticks a goal off.", ep); code >= 0)
            return code;
        auto id = parse::integer(QStringLiteral("id"), p.value(QStringLiteral("id")));
        auto date = dateOption(p, "date", QDate::currentDate());
        if (!id)
            return CliContext::fail(id.error());
        if (!date)
            return CliContext::fail(date.error());
        if (auto s = TimelineRepository(ctx.database()).setGoalAchieved(id.value(), date.value());
            !s)
            return CliContext::fail(s.error());
        return runMilestonesCommand(ctx, {QStringLiteral("mend-cli milestones"),
                                          QStringLiteral("--episode"), QString::number(ep->id)});
    }
    return CliContext::fail(QStringLiteral("use 'goal add' or 'goal done' (see --help)"));
}

int runSeriesCommand(CliContext &ctx, const QStringList &args)
{
    if (args.value(1) != QLatin1String("add"))
        return CliContext::fail(QStringLiteral("use 'series add --date DATE' (see --help)"));
    QCommandLineParser p;
    p.addOptions({CliContext::option("date", "Day of the further injection, YYYY-MM-DD.", "DATE"),
                  CliContext::option("note", "Note.", "TEXT")});
    std::optional<Episode> ep;
    if (int code = prepare(ctx, p, subcommandArgs(args),
                           "Marks a further injection of a series; day 0 stays the first.", ep);
        code >= 0)
        return code;
    auto date = parse::date(QStringLiteral("date"), p.value(QStringLiteral("date")));
    if (!date)
        return CliContext::fail(date.error());
    auto added = TimelineRepository(ctx.database())
                     .addSeriesInjection({0, ep->id, date.value(), p.value(QStringLiteral("note"))},
                                         *ep, QDate::currentDate());
    if (!added)
        return CliContext::fail(added.error());
    CliContext::printJson(
        QJsonObject{{QStringLiteral("id"), added.value().id},
                    {QStringLiteral("date"), added.value().date.toString(Qt::ISODate)},
                    {QStringLiteral("day"), dayOf(*ep, added.value().date)}});
    return 0;
}
