#include "clicontext.h"

#include "exchange/fieldparse.h"
#include "exchange/instrumentparser.h"
#include "exchange/outcomejson.h"
#include "services/instrumentcatalog.h"
#include "services/outcomeservice.h"
#include "services/promrecorder.h"
#include "storage/promrepository.h"

#include <QFile>
#include <QJsonDocument>

using namespace mend;

namespace {

Result<QByteArray> readDefinition(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("cannot be read: %1").arg(f.errorString())};
    if (f.size() > 4 * 1024 * 1024)
        return Error{path, QStringLiteral("is larger than 4 MiB; not an instrument definition")};
    return f.readAll();
}

/** A shipped instrument, else one installed in the database. */
Result<Instrument> findInstrument(CliContext &ctx, const QString &id)
{
    for (const auto &i : InstrumentCatalog::builtIn())
        if (i.id == id)
            return i;
    if (!ctx.open())
        return Error{{}, QStringLiteral("the database could not be opened")};
    if (auto installed = InstrumentCatalog(ctx.database()).find(id))
        return *installed;
    QStringList known;
    for (const auto &i : InstrumentCatalog(ctx.database()).all())
        known << i.id;
    return Error{id, QStringLiteral("is not an installed instrument; known: %1")
                         .arg(known.join(QStringLiteral(", ")))};
}

} // namespace

int runScoreCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("INSTRUMENT"), QStringLiteral("e.g. koos-jr, hoos-jr"));
    p.addOption(CliContext::option(
        "answers", "Item answers in order, e.g. 2,1,3,2,0,1,2 (empty = unanswered)", "LIST"));
    p.addOption(CliContext::option("definition", "Score with an instrument definition file instead",
                                   "FILE"));
    if (int code = CliContext::parse(p, args,
                                     QStringLiteral("Scores answers and prints the raw sum and "
                                                    "score as JSON."),
                                     1);
        code >= 0)
        return code;
    if (!p.isSet(QStringLiteral("answers")))
        return CliContext::fail(QStringLiteral("--answers is required, e.g. --answers 2,1,3"));
    Result<Instrument> instrument = Error{};
    if (p.isSet(QStringLiteral("definition"))) {
        if (ctx.refuseDiaryFile(p.value(QStringLiteral("definition"))))
            return 2;
        auto text = readDefinition(p.value(QStringLiteral("definition")));
        if (!text)
            return CliContext::fail(text.error());
        instrument = parseInstrument(text.value());
        if (!instrument)
            return CliContext::fail(QStringLiteral("%1: %2").arg(
                p.value(QStringLiteral("definition")), instrument.error().text()));
    } else {
        if (p.positionalArguments().size() != 1)
            return CliContext::fail(QStringLiteral("name one instrument, e.g. koos-jr"));
        instrument = findInstrument(ctx, p.positionalArguments().first());
        if (!instrument)
            return CliContext::fail(instrument.error());
    }
    auto answers = answersFromList(instrument.value(), p.value(QStringLiteral("answers")));
    if (!answers)
        return CliContext::fail(answers.error());
    auto scores = scoreInstrument(instrument.value(), answers.value());
    if (!scores)
        return CliContext::fail(scores.error());
    const bool anyScore = std::any_of(scores.value().begin(), scores.value().end(),
                                      [](const ScaleScore &s) { return s.score.has_value(); });
    if (!anyScore)
        return CliContext::fail(scores.value().first().reason);
    CliContext::printJson(scoresToJson(instrument.value(), scores.value()));
    return 0;
}

int runPromCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    QCommandLineParser p;
    p.addOption(CliContext::episodeOption());
    if (sub == QLatin1String("add")) {
        p.addPositionalArgument(QStringLiteral("INSTRUMENT"), QStringLiteral("e.g. koos-jr"));
        p.addOption(CliContext::option("answers",
                                       "Item answers in order (empty place = unanswered)", "LIST"));
        p.addOption(
            CliContext::option("time-point", "The schedule's time point, e.g. baseline, 6w", "ID"));
        p.addOption(CliContext::option("date", "Day answered (default today)", "YYYY-MM-DD"));
        p.addOption(CliContext::option("draft", "Keep as a draft to finish later"));
    } else if (sub != QLatin1String("list") && sub != QLatin1String("due")) {
        CliContext::print("Usage: mend-cli prom add INSTRUMENT --answers LIST [--time-point ID] "
                          "[--date D] [--draft] | prom list | prom due");
        return sub == QLatin1String("--help") ? 0 : 2;
    }
    if (int code = CliContext::parse(p, subcommandArgs(args),
                                     QStringLiteral("Questionnaire responses of the episode."),
                                     sub == QLatin1String("add") ? 1 : 0);
        code >= 0)
        return code;
    if (!ctx.open())
        return 1;
    const auto episode = ctx.episode(p);
    if (!episode)
        return 2;
    const QDate today = QDate::currentDate();
    if (sub == QLatin1String("due")) {
        QJsonArray out;
        for (const auto &s : OutcomeService(ctx.database()).schedule(*episode, today))
            out.append(scheduledToJson(s));
        CliContext::printJson(out);
        return 0;
    }
    if (sub == QLatin1String("list")) {
        InstrumentCatalog catalog(ctx.database());
        QJsonArray out;
        for (const auto &r : PromRepository(ctx.database()).forEpisode(episode->id)) {
            const auto instrument = catalog.find(r.instrumentId);
            out.append(responseToJson(r, instrument ? &*instrument : nullptr));
        }
        CliContext::printJson(out);
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return CliContext::fail(QStringLiteral("name one instrument, e.g. koos-jr"));
    auto instrument = findInstrument(ctx, p.positionalArguments().first());
    if (!instrument)
        return CliContext::fail(instrument.error());
    auto answers = answersFromList(instrument.value(), p.value(QStringLiteral("answers")));
    if (!answers)
        return CliContext::fail(answers.error());
    QDate date = today;
    if (p.isSet(QStringLiteral("date"))) {
        auto parsed = parse::date(QStringLiteral("date"), p.value(QStringLiteral("date")));
        if (!parsed)
            return CliContext::fail(parsed.error());
        date = parsed.value();
    }
    const QString timePoint = p.value(QStringLiteral("time-point"));
    if (!timePoint.isEmpty()) {
        const auto points = OutcomeService(ctx.database()).timePoints(*episode);
        if (std::none_of(points.begin(), points.end(),
                         [&](const PromTimePoint &t) { return t.id == timePoint; }))
            return CliContext::fail(QStringLiteral("--time-point: '%1' is not in this episode's "
                                                   "schedule")
                                        .arg(timePoint));
    }
    PromRecorder recorder(ctx.database());
    const PromRecorder::Submission s{episode->id, timePoint, date, answers.value()};
    const QDateTime now = QDateTime::currentDateTime();
    auto saved = p.isSet(QStringLiteral("draft")) ? recorder.saveDraft(instrument.value(), s, now)
                                                  : recorder.complete(instrument.value(), s, now);
    if (!saved)
        return CliContext::fail(saved.error());
    CliContext::printJson(responseToJson(saved.value(), &instrument.value()));
    return 0;
}

int runInstrumentCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    QCommandLineParser p;
    if (sub == QLatin1String("install")) {
        p.addPositionalArgument(QStringLiteral("FILE"),
                                QStringLiteral("a clinic's instrument definition (JSON)"));
        if (int code = CliContext::parse(p, subcommandArgs(args),
                                         QStringLiteral("Checks a clinic's instrument definition "
                                                        "and installs it."),
                                         1);
            code >= 0)
            return code;
        if (p.positionalArguments().isEmpty())
            return CliContext::fail(QStringLiteral("instrument install needs a FILE"));
        if (ctx.refuseDiaryFile(p.positionalArguments().constFirst()))
            return 2;
        auto text = readDefinition(p.positionalArguments().constFirst());
        if (!text)
            return CliContext::fail(text.error());
        if (!ctx.open())
            return 1;
        auto installed =
            InstrumentCatalog(ctx.database()).install(text.value(), QDateTime::currentDateTime());
        if (!installed)
            return CliContext::fail(QStringLiteral("%1: %2").arg(
                p.positionalArguments().constFirst(), installed.error().text()));
        CliContext::print(QStringLiteral("installed %1 (%2) version %3")
                              .arg(installed.value().id, installed.value().shortName)
                              .arg(installed.value().version)
                              .toUtf8());
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (int code = CliContext::parse(p, subcommandArgs(args),
                                         QStringLiteral("Every instrument Mend can use, as JSON."));
            code >= 0)
            return code;
        if (!ctx.open())
            return 1;
        QJsonArray out;
        for (const auto &i : InstrumentCatalog(ctx.database()).all()) {
            QJsonArray sites;
            for (auto s : i.defaultForSites)
                sites.append(toKey(s));
            out.append(QJsonObject{{QStringLiteral("id"), i.id},
                                   {QStringLiteral("name"), i.name},
                                   {QStringLiteral("version"), i.version},
                                   {QStringLiteral("items"), int(i.items.size())},
                                   {QStringLiteral("placeholderWording"), i.placeholderWording},
                                   {QStringLiteral("defaultForSites"), sites},
                                   {QStringLiteral("licence"), i.licence}});
        }
        CliContext::printJson(out);
        return 0;
    }
    CliContext::print("Usage: mend-cli instrument install FILE | instrument list\n"
                      "  install FILE  Checks a clinic's instrument definition and installs it.\n"
                      "  list          Every instrument Mend can use, as JSON.");
    return sub == QLatin1String("--help") ? 0 : 2;
}

int runOutcomesCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CliContext::episodeOption());
    p.addOption(CliContext::option("json", "Print JSON (the only format)."));
    if (int code = CliContext::parse(
            p, args,
            QStringLiteral("Every verdict of the episode per time point: pain and PROM change "
                           "against published thresholds, OMERACT-OARSI for osteoarthritis."));
        code >= 0)
        return code;
    if (!ctx.open())
        return 1;
    const auto episode = ctx.episode(p);
    if (!episode)
        return 2;
    const auto verdicts = OutcomeService(ctx.database()).verdicts(*episode, QDate::currentDate());
    CliContext::printJson(
        QJsonObject{{QStringLiteral("episode"), episode->id},
                    {QStringLiteral("timePoints"), verdictsByTimePoint(verdicts)}});
    return 0;
}
