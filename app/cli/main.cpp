#include "../argumentcheck.h"
#include "clicontext.h"

#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <functional>
#include <memory>
#include <sys/stat.h>
#include <vector>

namespace {

/** One mend-cli command: its name, its lines in the usage text ("NAME …  what it does"), and
 *  what runs it. The usage text and the dispatch both come from this table. */
struct Command
{
    const char *name;
    std::vector<std::pair<const char *, const char *>> usage; // (synopsis, what it does)
    std::function<int(CliContext &, const QStringList &)> run;
};

const std::vector<Command> &commands()
{
    static const std::vector<Command> table{
        {"episode",
         {{"episode add", "Set up a treatment episode (injection date, site, product, baseline)"},
          {"episode list", "List every episode as JSON"}},
         runEpisodeCommand},
        {"log",
         {{"log", "Save the diary entry for a day (editing it if it exists)"}},
         runLogCommand},
        {"entries", {{"entries", "List the episode's entries as JSON"}}, runEntriesCommand},
        {"summary",
         {{"summary", "Baseline, latest 7-day average, change, days logged, as JSON"}},
         runSummaryCommand},
        {"milestones",
         {{"milestones", "Status of every milestone and goal, and the position against the band"}},
         runMilestonesCommand},
        {"alerts",
         {{"alerts", "Red-flag alerts with rule, date and reason; --ack ID acknowledges one"}},
         runAlertsCommand},
        {"event",
         {{"event add|list", "Other treatments that change the curve (steroid, surgery, ...)"}},
         runEventCommand},
        {"goal",
         {{"goal add|done", "Personal goals with a target window, ticked off by you"}},
         runGoalCommand},
        {"series",
         {{"series add", "A further injection of a series (day 0 stays the first)"}},
         runSeriesCommand},
        {"protocol",
         {{"protocol validate|load|list", "Check or load a clinic's protocol file"}},
         runProtocolCommand},
        {"score",
         {{"score", "Score answers: score koos-jr --answers 2,1,3,2,0,1,2 (or --definition FILE)"}},
         runScoreCommand},
        {"prom",
         {{"prom add|list|due",
           "Store questionnaire answers; list them; the schedule with its status"}},
         runPromCommand},
        {"instrument",
         {{"instrument install|list", "Install a clinic's licensed questionnaire definition"}},
         runInstrumentCommand},
        {"outcomes",
         {{"outcomes", "Every verdict (met / not yet met) per time point, as JSON"}},
         runOutcomesCommand},
        {"export",
         {{"export", "--format fhir|csv -o FILE: the episode as a FHIR R4 Bundle or CSV"}},
         runExportCommand},
        {"import",
         {{"import FILE", "A CSV export or FHIR R4 Bundle into the episode (all or nothing)"}},
         runImportCommand},
        {"demo", {{"demo", "Add the demo patient (for trying things out)"}}, runDemoCommand},
        {"cohort",
         {{"cohort import|list", "A clinic database of patients' FHIR Bundles (import DIR)"}},
         runCohortCommand},
        {"report",
         {{"report", "-o FILE: the visit report as a PDF (A4 or --page letter)"}},
         runReportCommand},
        {"backup",
         {{"backup list|create|restore",
           "The diary's backups (daily, before updates); restore NAME"}},
         runBackupCommand},
        {"remind",
         {{"remind", "Notify of what is due now (daily log, questionnaires), once each"},
          {"remind install|remove|status", "Remind every 15 minutes while Mend is closed"},
          {"remind settings", "The daily reminder's time; daily and questionnaire reminders"}},
         runRemindCommand},
    };
    return table;
}

QByteArray usage()
{
    QByteArray out = "Usage: mend-cli [--db PATH] COMMAND [options]\n"
                     "\n"
                     "Mend's headless companion: the same diary as the app, for scripts and "
                     "clinics.\n"
                     "Commands act on the most recent episode unless --episode ID is given.\n"
                     "\n"
                     "Commands:\n";
    for (const auto &command : commands())
        for (const auto &[synopsis, what] : command.usage) {
            const QByteArray left = QByteArray("  ") + synopsis;
            out += left + QByteArray(std::max<qsizetype>(2, 32 - left.size()), ' ') + what + '\n';
        }
    out += "\n"
           "Options:\n"
           "  --db PATH      Database file (default: the app's own database)\n"
           "  --help         This text; 'mend-cli COMMAND --help' describes a command\n"
           "  --version      Mend's version\n";
    return out;
}

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
        CliContext::print(usage());
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        CliContext::print("mend-cli " MEND_VERSION);
        return 0;
    }
    dbPath = mend::resolveDiaryPath(dbPath.isEmpty() ? mend::defaultDatabasePath() : dbPath);

    CliContext ctx(dbPath);
    const QString command = args.first();
    for (const auto &[name, usageLines, run] : commands()) {
        if (command != QLatin1String(name))
            continue;
        QStringList commandArgs = args;
        commandArgs[0] = QStringLiteral("mend-cli ") + command;
        return run(ctx, commandArgs);
    }
    return CliContext::fail(
        QStringLiteral("unknown command '%1'; see mend-cli --help").arg(command));
}
