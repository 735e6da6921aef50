#include "../argumentcheck.h"
#include "clicontext.h"

#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <functional>
#include <memory>
#include <sys/stat.h>

namespace {

const char *kUsage =
    "Usage: mend-cli [--db PATH] COMMAND [options]\n"
    "\n"
    "Mend's headless companion: the same diary as the app, for scripts and clinics.\n"
    "Commands act on the most recent episode unless --episode ID is given.\n"
    "\n"
    "Commands:\n"
    "  episode add    Set up a treatment episode (injection date, site, product, baseline)\n"
    "  episode list   List every episode as JSON\n"
    "  log            Save the diary entry for a day (editing it if it exists)\n"
    "  entries        List the episode's entries as JSON\n"
    "  summary        Baseline, latest 7-day average, change, days logged, as JSON\n"
    "  milestones     Status of every milestone and goal, and the position against the band\n"
    "  alerts         Red-flag alerts with rule, date and reason; --ack ID acknowledges one\n"
    "  event add|list Other treatments that change the curve (steroid, surgery, ...)\n"
    "  goal add|done  Personal goals with a target window, ticked off by you\n"
    "  series add     A further injection of a series (day 0 stays the first)\n"
    "  protocol validate|load|list  Check or load a clinic's protocol file\n"
    "  score          Score answers: score koos-jr --answers 2,1,3,2,0,1,2 (or --definition FILE)\n"
    "  prom add|list|due  Store questionnaire answers; list them; the schedule with its status\n"
    "  instrument install|list  Install a clinic's licensed questionnaire definition\n"
    "  outcomes       Every verdict (met / not yet met) per time point, as JSON\n"
    "  export         --format fhir|csv -o FILE: the episode as a FHIR R4 Bundle or CSV\n"
    "  import FILE    A CSV export or FHIR R4 Bundle into the episode (all or nothing)\n"
    "  demo           Add the demo patient (for trying things out)\n"
    "  cohort import DIR | list  A clinic database of patients' FHIR Bundles\n"
    "  report -o FILE The visit report as a PDF (A4 or --page letter)\n"
    "  backup list|create|restore NAME  The diary's backups (daily, before updates)\n"
    "\n"
    "Options:\n"
    "  --db PATH      Database file (default: the app's own database)\n"
    "  --help         This text; 'mend-cli COMMAND --help' describes a command\n"
    "  --version      Mend's version\n";

} // namespace

int main(int argc, char *argv[])
{
    if (const int bad = firstNonUtf8Argument(argc, argv); bad > 0)
        return CliContext::fail(nonUtf8ArgumentMessage(argv[bad]));
    ::umask(S_IRWXG | S_IRWXO); // the diary, its backups and exports: readable by the user only
    // The PDF report draws text, which needs a GUI application (offscreen without a display).
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QGuiApplication>(argc, argv)
               : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Mend"));
    QCoreApplication::setApplicationName(QStringLiteral("Mend"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEND_VERSION));

    QStringList args = app.arguments().mid(1);
    QString dbPath;
    // --db PATH may come before the command or anywhere after it.
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db")) {
            if (i + 1 >= args.size())
                return CliContext::fail(QStringLiteral("--db needs a file path"));
            dbPath = args.at(i + 1);
            args.remove(i, 2);
            if (dbPath.isEmpty())
                return CliContext::fail(QStringLiteral("--db needs a file path, not an empty one"));
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--db="))) {
            dbPath = args.at(i).mid(5);
            args.remove(i);
            if (dbPath.isEmpty())
                return CliContext::fail(QStringLiteral("--db needs a file path, not an empty one"));
            break;
        }
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        CliContext::print(kUsage);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        CliContext::print("mend-cli " MEND_VERSION);
        return 0;
    }
    dbPath = mend::resolveDiaryPath(dbPath.isEmpty() ? mend::defaultDatabasePath() : dbPath);

    CliContext ctx(dbPath);
    const QString command = args.first();
    const std::pair<const char *, std::function<int(CliContext &, const QStringList &)>>
        commands[] = {
            {"episode", runEpisodeCommand},
            {"log", runLogCommand},
            {"entries", runEntriesCommand},
            {"summary", runSummaryCommand},
            {"milestones", runMilestonesCommand},
            {"alerts", runAlertsCommand},
            {"event", runEventCommand},
            {"goal", runGoalCommand},
            {"series", runSeriesCommand},
            {"protocol", runProtocolCommand},
            {"score", runScoreCommand},
            {"prom", runPromCommand},
            {"instrument", runInstrumentCommand},
            {"outcomes", runOutcomesCommand},
            {"export", runExportCommand},
            {"import", runImportCommand},
            {"demo", runDemoCommand},
            {"cohort", runCohortCommand},
            {"report", runReportCommand},
            {"backup", runBackupCommand},
        };
    for (const auto &[name, run] : commands) {
        if (command != QLatin1String(name))
            continue;
        QStringList commandArgs = args;
        commandArgs[0] = QStringLiteral("mend-cli ") + command;
        return run(ctx, commandArgs);
    }
    return CliContext::fail(
        QStringLiteral("unknown command '%1'; see mend-cli --help").arg(command));
}
