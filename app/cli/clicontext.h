#pragma once

#include "domain/episode.h"
#include "domain/result.h"
#include "storage/database.h"
#include "storage/entryrepository.h"
#include "storage/episoderepository.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <memory>

/** What every mend-cli command needs: the database, the repositories, output and errors. */
class CliContext
{
public:
    explicit CliContext(QString databasePath);

    /** Opens the database on first use; prints the error and returns false when it cannot. */
    bool open();
    mend::EpisodeRepository &episodes() { return *m_episodes; }
    mend::EntryRepository &entries() { return *m_entries; }
    std::shared_ptr<mend::Database> database() const { return m_db; }
    QString path() const { return m_path; }
    /** The episode named by --episode, or the most recent one; prints why when there is none. */
    std::optional<mend::Episode> episode(const QCommandLineParser &parser);

    /**
     * Parses a command's arguments; handles --help; allows up to maxPositional positional
     * arguments. Returns an exit code to stop with, or -1.
     */
    static int parse(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                     int maxPositional = 0);
    static QCommandLineOption episodeOption();

    /** "mend-cli: <message>" on stderr; returns the exit code for bad input (2). */
    static int fail(const mend::Error &error);
    static int fail(const QString &message);
    static void print(const QByteArray &text);
    /**
     * Refuses (message on stderr, true) a file to write or read that is the diary itself, its
     * -wal/-shm or a backup: an export over it would destroy it.
     */
    bool refuseDiaryFile(const QString &path) const;
    /** On stderr: a file with health data was written, and a reminder to keep it safe. */
    static void wroteHealthData(const QString &path);
    /** An option with its help text (and value name when it takes a value). */
    static QCommandLineOption option(const char *name, const char *help,
                                     const char *value = nullptr);
    /** An object or array as indented JSON on stdout. */
    static void printJson(const QJsonValue &value);

private:
    QString m_path;
    std::shared_ptr<mend::Database> m_db;
    std::unique_ptr<mend::EpisodeRepository> m_episodes;
    std::unique_ptr<mend::EntryRepository> m_entries;
};

// Commands: each returns the process exit code.
int runEpisodeCommand(CliContext &ctx, const QStringList &args);
int runLogCommand(CliContext &ctx, const QStringList &args);
int runEntriesCommand(CliContext &ctx, const QStringList &args);
int runSummaryCommand(CliContext &ctx, const QStringList &args);
int runMilestonesCommand(CliContext &ctx, const QStringList &args);
int runAlertsCommand(CliContext &ctx, const QStringList &args);
int runEventCommand(CliContext &ctx, const QStringList &args);
int runGoalCommand(CliContext &ctx, const QStringList &args);
int runSeriesCommand(CliContext &ctx, const QStringList &args);
int runProtocolCommand(CliContext &ctx, const QStringList &args);
int runScoreCommand(CliContext &ctx, const QStringList &args);
int runPromCommand(CliContext &ctx, const QStringList &args);
int runInstrumentCommand(CliContext &ctx, const QStringList &args);
int runOutcomesCommand(CliContext &ctx, const QStringList &args);
int runExportCommand(CliContext &ctx, const QStringList &args);
int runImportCommand(CliContext &ctx, const QStringList &args);
/** True if the file is an activity export (Apple Health, Fitbit) by its content. */
bool isActivityExport(const QString &path);
int runActivityImport(CliContext &ctx, const QCommandLineParser &parser, const QString &path);
int runDemoCommand(CliContext &ctx, const QStringList &args);
int runCohortCommand(CliContext &ctx, const QStringList &args);
int runReportCommand(CliContext &ctx, const QStringList &args);
int runBackupCommand(CliContext &ctx, const QStringList &args);
int runRemindCommand(CliContext &ctx, const QStringList &args);

/** Splits "NAME SUB args…" into the sub-command's arguments (args[0] = "mend-cli NAME SUB"). */
QStringList subcommandArgs(const QStringList &args);
