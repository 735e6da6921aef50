#include "clicontext.h"

#include "domain/episodesummary.h"
#include "exchange/jsonformat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mend;

namespace {

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QStringLiteral("Print JSON (the only format for now).")};
}

} // namespace

int runEntriesCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({CliContext::episodeOption(), jsonOption()});
    if (int code = CliContext::parse(p, args,
                                     QStringLiteral("Lists the episode's entries, oldest first."));
        code >= 0)
        return code;
    if (!ctx.open())
        return 1;
    const auto episode = ctx.episode(p);
    if (!episode)
        return 2;
    QJsonArray list;
    for (const auto &e : ctx.entries().forEpisode(episode->id))
        list.append(entryToJson(e, *episode));
    CliContext::print(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return 0;
}

int runSummaryCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({CliContext::episodeOption(), jsonOption()});
    const QString usage = QStringLiteral(
        "Baseline, latest 7-day average, change from baseline, days logged and days since the "
        "injection.");
    if (int code = CliContext::parse(p, args, usage); code >= 0)
        return code;
    if (!ctx.open())
        return 1;
    const auto episode = ctx.episode(p);
    if (!episode)
        return 2;
    const auto summary =
        summarize(*episode, ctx.entries().forEpisode(episode->id), QDate::currentDate());
    CliContext::print(
        QJsonDocument(summaryToJson(summary, *episode)).toJson(QJsonDocument::Indented));
    return 0;
}
