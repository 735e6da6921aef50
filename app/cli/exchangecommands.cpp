#include "clicontext.h"

#include "demo/demopatient.h"
#include "domain/printable.h"
#include "services/diaryexchange.h"
#include "storage/atomicfile.h"

#include <QFile>

using namespace mend;

int runExportCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CliContext::episodeOption());
    p.addOption(CliContext::option("format", "fhir (an R4 Bundle, JSON) or csv (one row per day)",
                                   "FORMAT"));
    p.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                   QStringLiteral("The file to write."), QStringLiteral("FILE")));
    if (int code = CliContext::parse(p, args,
                                     QStringLiteral("Exports the episode's diary. The file "
                                                    "contains health data: keep it safe."));
        code >= 0)
        return code;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("fhir") && format != QLatin1String("csv"))
        return CliContext::fail(
            QStringLiteral("--format: '%1' is not one of: fhir, csv").arg(format));
    if (p.value(QStringLiteral("output")).isEmpty())
        return CliContext::fail(QStringLiteral("-o FILE is required"));
    if (ctx.refuseDiaryFile(p.value(QStringLiteral("output"))))
        return 2;
    if (!ctx.open())
        return 1;
    const auto episode = ctx.episode(p);
    if (!episode)
        return 2;
    DiaryExchange exchange(ctx.database());
    const QByteArray data = format == QLatin1String("csv")
                                ? exchange.exportCsv(*episode)
                                : exchange.exportFhir(*episode, QDateTime::currentDateTime());
    if (auto s = writeFileAtomically(p.value(QStringLiteral("output")), data); !s)
        return CliContext::fail(s.error());
    CliContext::wroteHealthData(p.value(QStringLiteral("output")));
    return 0;
}

int runImportCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CliContext::episodeOption());
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("a Mend CSV file or FHIR R4 Bundle"));
    if (int code = CliContext::parse(p, args,
                                     QStringLiteral("Imports a CSV export or a FHIR R4 Bundle into "
                                                    "the episode: all or nothing."),
                                     1);
        code >= 0)
        return code;
    if (p.positionalArguments().size() != 1)
        return CliContext::fail(QStringLiteral("FILE is required"));
    const QString path = p.positionalArguments().first();
    if (ctx.refuseDiaryFile(path))
        return 2;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return CliContext::fail(
            QStringLiteral("%1: cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > 256 * 1024 * 1024)
        return CliContext::fail(QStringLiteral("%1: larger than 256 MiB").arg(path));
    if (!ctx.open())
        return 1;
    const auto episode = ctx.episode(p);
    if (!episode)
        return 2;
    const auto report =
        DiaryExchange(ctx.database()).import(f.readAll(), *episode, QDateTime::currentDateTime());
    CliContext::print(printable(report.text()).toUtf8());
    return report.imported ? 0 : 2;
}

int runDemoCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    if (int code = CliContext::parse(p, args,
                                     QStringLiteral("Adds the demo patient (left knee, 10 weeks "
                                                    "after bone-marrow concentrate) to the "
                                                    "database."));
        code >= 0)
        return code;
    if (!ctx.open())
        return 1;
    TimelineRepository timeline(ctx.database());
    const QDateTime now = QDateTime::currentDateTime();
    auto episode = seedDemoPatient(ctx.episodes(), ctx.entries(), timeline, now);
    if (!episode)
        return CliContext::fail(episode.error());
    PromRecorder recorder(ctx.database());
    if (auto q = seedDemoQuestionnaires(recorder, episode.value(), now); !q)
        return CliContext::fail(q.error());
    CliContext::print(
        QStringLiteral("demo patient added as episode %1").arg(episode.value().id).toUtf8());
    return 0;
}
