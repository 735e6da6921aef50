#include "clicontext.h"

#include <cstdio>

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
    p.addOption({QStringLiteral("bundle"),
                 QStringLiteral("With --format fhir: collection (a file to keep, the default) or "
                                "transaction (to load into a FHIR server; loading it twice "
                                "creates nothing new)."),
                 QStringLiteral("collection|transaction"), QStringLiteral("collection")});
    p.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                   QStringLiteral("The file to write."), QStringLiteral("FILE")));
    if (int code = CliContext::parse(p, args,
                                     QStringLiteral("Exports the diary: FHIR holds every episode "
                                                    "(or the one --episode names), CSV one "
                                                    "episode's days. The file contains health "
                                                    "data: keep it safe."));
        code >= 0)
        return code;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("fhir") && format != QLatin1String("csv"))
        return CliContext::fail(
            QStringLiteral("--format: '%1' is not one of: fhir, csv").arg(format));
    const QString bundle = p.value(QStringLiteral("bundle"));
    if (bundle != QLatin1String("collection") && bundle != QLatin1String("transaction"))
        return CliContext::fail(
            QStringLiteral("--bundle: '%1' is not collection or transaction").arg(bundle));
    if (bundle == QLatin1String("transaction") && format != QLatin1String("fhir"))
        return CliContext::fail(QStringLiteral("--bundle transaction needs --format fhir"));
    if (p.value(QStringLiteral("output")).isEmpty())
        return CliContext::fail(QStringLiteral("-o FILE is required"));
    if (ctx.refuseDiaryFile(p.value(QStringLiteral("output"))))
        return 2;
    if (!ctx.open())
        return 1;
    const auto episode = ctx.episode(p); // also says when the diary has none
    if (!episode)
        return 2;
    DiaryExchange exchange(ctx.database());
    const auto type = bundle == QLatin1String("transaction") ? FhirBundleType::Transaction
                                                             : FhirBundleType::Collection;
    const QDateTime now = QDateTime::currentDateTime();
    // A FHIR export is the whole diary unless one episode is asked for: what a restore reads.
    // It is written as it is made, so memory stays flat however many years the diary holds.
    const std::optional<Episode> only =
        p.isSet(CliContext::episodeOption()) ? episode : std::nullopt;
    const auto write = [&](QIODevice &out) {
        if (format == QLatin1String("csv")) {
            const QByteArray csv = exchange.exportCsv(*episode); // a few bytes per day
            return out.write(csv) == csv.size();
        }
        return exchange.writeFhir(out, only, now, type);
    };
    if (auto s = writeFileAtomically(p.value(QStringLiteral("output")), write); !s)
        return CliContext::fail(s.error());
    CliContext::wroteHealthData(p.value(QStringLiteral("output")));
    return 0;
}

int runImportCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CliContext::episodeOption());
    p.addOption({QStringLiteral("on-conflict"),
                 QStringLiteral("A day the diary has with other values: keep (the diary's, the "
                                "default) or replace (with the file's)."),
                 QStringLiteral("keep|replace"), QStringLiteral("keep")});
    p.addOption(
        {QStringLiteral("verbose"), QStringLiteral("List every skipped item and problem.")});
    p.addOption(
        {QStringLiteral("json"),
         QStringLiteral("Print the report as JSON on stdout (exit 2 still means refused).")});
    p.addOption({QStringLiteral("source-id"),
                 QStringLiteral("Activity files holding several people (Fitbit): whose days."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("dry-run"),
                 QStringLiteral("Activity files: show what the file holds, store nothing.")});
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("a Mend CSV file or FHIR R4 Bundle, an Apple Health "
                                           "export.xml, or Fitbit's daily steps or activity CSV"));
    if (int code = CliContext::parse(p, args,
                                     QStringLiteral("Imports a CSV export or a FHIR R4 Bundle, or "
                                                    "steps and active minutes from a phone's or "
                                                    "a watch's export. A "
                                                    "Mend Bundle restores its episodes (into an "
                                                    "empty diary too); other data goes to "
                                                    "--episode or the latest. A malformed file "
                                                    "is refused whole; days already there are "
                                                    "not added again."),
                                     1);
        code >= 0)
        return code;
    const QString onConflict = p.value(QStringLiteral("on-conflict"));
    if (onConflict != QLatin1String("keep") && onConflict != QLatin1String("replace"))
        return CliContext::fail(
            QStringLiteral("--on-conflict: '%1' is not keep or replace").arg(onConflict));
    if (p.positionalArguments().size() != 1)
        return CliContext::fail(QStringLiteral("FILE is required"));
    const QString path = p.positionalArguments().first();
    if (ctx.refuseDiaryFile(path))
        return 2;
    if (isActivityExport(path)) // streamed: an Apple export may be gigabytes
        return runActivityImport(ctx, p, path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return CliContext::fail(
            QStringLiteral("%1: cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > 256 * 1024 * 1024)
        return CliContext::fail(QStringLiteral("%1: larger than 256 MiB").arg(path));
    if (!ctx.open())
        return 1;
    std::optional<Episode> episode; // none named: the file's own episodes, or the latest
    if (p.isSet(CliContext::episodeOption()) && !(episode = ctx.episode(p)))
        return 2;
    const auto report = DiaryExchange(ctx.database())
                            .import(f.readAll(), episode, QDateTime::currentDateTime(),
                                    onConflict == QLatin1String("replace") ? OnConflict::Replace
                                                                           : OnConflict::Keep);
    if (p.isSet(QStringLiteral("json"))) {
        CliContext::printJson(report.json());
        return report.imported ? 0 : 2;
    }
    const QString text = printable(report.text(p.isSet(QStringLiteral("verbose"))));
    if (!report.imported) { // a refusal: on stderr, exit 2
        std::fprintf(stderr, "mend-cli: %s\n", text.toUtf8().constData());
        return 2;
    }
    CliContext::print(text.toUtf8());
    return 0;
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
