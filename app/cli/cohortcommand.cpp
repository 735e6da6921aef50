#include "clicontext.h"

#include "exchange/fieldparse.h"
#include "services/cohort.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mend;

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 100) / 100) : QJsonValue(QJsonValue::Null);
}

QJsonObject rowToJson(const CohortRow &r)
{
    return {{QStringLiteral("patient"), r.identifier},
            {QStringLiteral("patientId"), r.patientId},
            {QStringLiteral("episode"), r.episodeId},
            {QStringLiteral("site"), toKey(r.site)},
            {QStringLiteral("injectionRecorded"), r.injectionRecorded},
            {QStringLiteral("daysSinceInjection"),
             r.injectionRecorded ? QJsonValue(r.daysSinceInjection) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("painBaseline"), optionalNumber(r.painBaseline)},
            {QStringLiteral("painLatest"), optionalNumber(r.painLatest)},
            {QStringLiteral("painChange"), optionalNumber(r.painChange)},
            {QStringLiteral("milestonesMet"), r.milestonesMet},
            {QStringLiteral("milestonesDue"), r.milestonesDue},
            {QStringLiteral("bandPosition"), r.bandPosition},
            {QStringLiteral("openAlerts"), r.openAlerts},
            {QStringLiteral("daysLogged"), r.daysLogged},
            {QStringLiteral("daysElapsed"), r.daysElapsed}};
}

/** cohort day0 EPISODE DATE --site SITE [--side SIDE]: day 0 of a patient who had none. */
int recordDay0(CliContext &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return CliContext::fail(QStringLiteral("EPISODE and DATE are required"));
    const auto id = parse::integer(QStringLiteral("episode"), args.at(0));
    if (!id)
        return CliContext::fail(id.error());
    const auto day0 = parse::date(QStringLiteral("DATE"), args.at(1));
    if (!day0)
        return CliContext::fail(day0.error());
    const auto site =
        parse::choice<BodySite>(QStringLiteral("site"), p.value(QStringLiteral("site")));
    if (!site)
        return CliContext::fail(site.error());
    const auto side = parse::choice<Side>(QStringLiteral("side"), p.value(QStringLiteral("side")));
    if (!side)
        return CliContext::fail(side.error());
    if (auto s = recordCohortInjection(ctx.database(), id.value(), day0.value(), site.value(),
                                       side.value(), QDate::currentDate());
        !s)
        return CliContext::fail(s.error());
    CliContext::print(
        QStringLiteral("episode %1: day 0 is %2").arg(id.value()).arg(args.at(1)).toUtf8());
    return 0;
}

} // namespace

int runCohortCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    QCommandLineParser p;
    if (sub == QLatin1String("import")) {
        p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("a folder of FHIR Bundles"));
    } else if (sub == QLatin1String("list")) {
        p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format).")});
        p.addOption({QStringLiteral("sort"),
                     QStringLiteral("patient, days, pain-change, alerts or adherence."),
                     QStringLiteral("KEY"), QStringLiteral("patient")});
        p.addOption({QStringLiteral("site"), QStringLiteral("Only this body site."),
                     QStringLiteral("SITE")});
        p.addOption(
            {QStringLiteral("open-alerts"), QStringLiteral("Only patients with open alerts.")});
    } else if (sub == QLatin1String("day0")) {
        p.addPositionalArgument(QStringLiteral("EPISODE"), QStringLiteral("the episode id"));
        p.addPositionalArgument(QStringLiteral("DATE"), QStringLiteral("day 0, YYYY-MM-DD"));
        p.addOption(
            {QStringLiteral("site"), QStringLiteral("The injected site."), QStringLiteral("SITE")});
        p.addOption({QStringLiteral("side"), QStringLiteral("The injected side."),
                     QStringLiteral("SIDE"), QStringLiteral("none")});
    } else {
        CliContext::print("Usage: mend-cli --db CLINIC.db cohort import DIR | cohort list --json "
                          "[--sort KEY] [--site SITE] [--open-alerts] | cohort day0 EPISODE DATE "
                          "--site SITE [--side SIDE]");
        return sub == QLatin1String("--help") ? 0 : 2;
    }
    if (int code = CliContext::parse(p, subcommandArgs(args),
                                     QStringLiteral("The clinic's cohort: patients imported from "
                                                    "their FHIR Bundles."),
                                     sub == QLatin1String("import") ? 1
                                     : sub == QLatin1String("day0") ? 2
                                                                    : 0);
        code >= 0)
        return code;
    if (!ctx.open())
        return 1;
    if (sub == QLatin1String("import")) {
        if (p.positionalArguments().size() != 1)
            return CliContext::fail(QStringLiteral("DIR is required"));
        const auto summary =
            CohortImporter(ctx.database())
                .importFolder(p.positionalArguments().first(), QDateTime::currentDateTime(),
                              [](int done, int total, const QString &file) {
                                  std::fprintf(stderr, "\r%d/%d %s", done, total, qPrintable(file));
                              });
        std::fprintf(stderr, "\n");
        for (const auto &f : summary.files)
            if (!f.imported)
                CliContext::print(QStringLiteral("refused %1: %2").arg(f.file, f.message).toUtf8());
        CliContext::print(QStringLiteral("imported %1 patient(s), refused %2 file(s)")
                              .arg(summary.imported)
                              .arg(summary.refused)
                              .toUtf8());
        return summary.refused == 0 ? 0 : 2;
    }
    if (sub == QLatin1String("day0"))
        return recordDay0(ctx, p);
    auto rows = cohortRows(ctx.database(), QDate::currentDate());
    if (auto s = sortCohortRows(rows, p.value(QStringLiteral("sort"))); !s)
        return CliContext::fail(s.error());
    std::optional<BodySite> site;
    if (p.isSet(QStringLiteral("site"))) {
        site = fromKey<BodySite>(p.value(QStringLiteral("site")));
        if (!site)
            return CliContext::fail(QStringLiteral("--site: '%1' is not one of: %2")
                                        .arg(p.value(QStringLiteral("site")), keyList<BodySite>()));
    }
    QJsonArray out;
    for (const auto &r : rows)
        if ((!site || r.site == *site) &&
            (!p.isSet(QStringLiteral("open-alerts")) || r.openAlerts > 0))
            out.append(rowToJson(r));
    CliContext::print(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return 0;
}
