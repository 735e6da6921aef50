#include "clicontext.h"

#include "exchange/fieldparse.h"
#include "exchange/jsonformat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mend;

namespace {

QCommandLineOption opt(const char *name, const QString &help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), help);
}

template <typename E>
bool setChoice(QCommandLineParser &p, const char *name, E &out, bool required, Error &err)
{
    const QString key = QString::fromLatin1(name);
    if (!p.isSet(key)) {
        if (required)
            err = {key, QStringLiteral("is required; one of: %1").arg(keyList<E>())};
        return !required;
    }
    auto v = parse::choice<E>(key, p.value(key));
    if (!v) {
        err = v.error();
        return false;
    }
    out = v.value();
    return true;
}

int addEpisode(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        opt("site", QStringLiteral("Body site: %1.").arg(keyList<BodySite>()), "SITE"),
        opt("side", QStringLiteral("Side: %1.").arg(keyList<Side>()), "SIDE"),
        opt("condition", QStringLiteral("Condition: %1.").arg(keyList<Condition>()), "CONDITION"),
        opt("injected", QStringLiteral("Injection date, YYYY-MM-DD (day 0)."), "DATE"),
        opt("product", QStringLiteral("Product: %1.").arg(keyList<Product>()), "PRODUCT"),
        opt("baseline-pain", QStringLiteral("Usual average pain before the injection, 0-10."), "N"),
        opt("adjunct-prp", QStringLiteral("PRP was given with the injection.")),
        opt("adjunct-physio", QStringLiteral("Physical therapy is part of the plan.")),
        opt("clinic", QStringLiteral("Clinic name."), "TEXT"),
        opt("notes", QStringLiteral("Notes about the procedure."), "TEXT"),
        opt("previous", QStringLiteral("Id of the earlier episode this repeats."), "ID"),
    });
    if (int code = CliContext::parse(p, args, QStringLiteral("Sets up a treatment episode."));
        code >= 0)
        return code;

    Episode e;
    Error err;
    if (!setChoice(p, "site", e.site, true, err) || !setChoice(p, "side", e.side, true, err) ||
        !setChoice(p, "condition", e.condition, true, err) ||
        !setChoice(p, "product", e.product, true, err))
        return CliContext::fail(err);
    if (!p.isSet(QStringLiteral("injected")))
        return CliContext::fail(
            Error{QStringLiteral("injected"), QStringLiteral("is required (YYYY-MM-DD)")});
    auto date = parse::date(QStringLiteral("injected"), p.value(QStringLiteral("injected")));
    if (!date)
        return CliContext::fail(date.error());
    e.injectionDate = date.value();
    if (!p.isSet(QStringLiteral("baseline-pain")))
        return CliContext::fail(
            Error{QStringLiteral("baseline-pain"), QStringLiteral("is required (0-10)")});
    auto pain =
        parse::integer(QStringLiteral("baseline-pain"), p.value(QStringLiteral("baseline-pain")));
    if (!pain)
        return CliContext::fail(pain.error());
    e.baselinePain = pain.value();
    e.adjunctPrp = p.isSet(QStringLiteral("adjunct-prp"));
    e.adjunctPhysio = p.isSet(QStringLiteral("adjunct-physio"));
    e.clinic = p.value(QStringLiteral("clinic"));
    e.notes = p.value(QStringLiteral("notes"));
    if (p.isSet(QStringLiteral("previous"))) {
        auto prev = parse::integer(QStringLiteral("previous"), p.value(QStringLiteral("previous")));
        if (!prev)
            return CliContext::fail(prev.error());
        e.previousEpisodeId = prev.value();
    }
    if (!ctx.open())
        return 1;
    // As in the app: a later injection on the same site and side repeats the latest episode.
    if (const auto latest = ctx.episodes().latest();
        !e.previousEpisodeId && latest && isRepeatOf(e, *latest))
        e.previousEpisodeId = latest->id;
    auto added = ctx.episodes().add(e, QDateTime::currentDateTime());
    if (!added)
        return CliContext::fail(added.error());
    CliContext::print(QJsonDocument(episodeToJson(added.value())).toJson(QJsonDocument::Compact));
    return 0;
}

int listEpisodes(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(opt("json", QStringLiteral("Print JSON (the only format).")));
    if (int code = CliContext::parse(p, args, QStringLiteral("Lists every episode.")); code >= 0)
        return code;
    if (!ctx.open())
        return 1;
    QJsonArray list;
    for (const auto &e : ctx.episodes().all())
        list.append(episodeToJson(e));
    CliContext::print(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

int runEpisodeCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("add"))
        return addEpisode(ctx, rest);
    if (sub == QLatin1String("list"))
        return listEpisodes(ctx, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        CliContext::print("Usage: mend-cli episode add|list [options]\n"
                          "  add   Sets up a treatment episode (see 'episode add --help').\n"
                          "  list  Lists every episode as JSON.");
        return 0;
    }
    return CliContext::fail(
        QStringLiteral("unknown episode command '%1'; use add or list").arg(sub));
}
