#include "clicontext.h"

#include "storage/backupstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace mend;

namespace {

const char *kBackupUsage = "Usage: mend-cli backup list [--json] | backup create | "
                           "backup restore NAME\n"
                           "Backups live in the folder next to the diary (mend-backups/): one a "
                           "day (the last 7 kept) and one before every update of the file.";

QJsonObject toJson(const BackupInfo &b)
{
    return {{QStringLiteral("name"), b.name},
            {QStringLiteral("kind"), toKey(b.kind)},
            {QStringLiteral("createdAt"), b.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("schemaVersion"), b.schemaVersion},
            {QStringLiteral("bytes"), b.bytes},
            {QStringLiteral("path"), b.path}};
}

int list(const BackupStore &store, bool json)
{
    const auto backups = store.list();
    if (json) {
        QJsonArray rows;
        for (const auto &b : backups)
            rows.append(toJson(b));
        CliContext::printJson(rows);
        return 0;
    }
    if (backups.isEmpty())
        CliContext::print(QStringLiteral("no backups yet in %1").arg(store.directory()).toUtf8());
    for (const auto &b : backups)
        CliContext::print(QStringLiteral("%1  %2  %3 KiB")
                              .arg(b.name, toKey(b.kind))
                              .arg((b.bytes + 1023) / 1024)
                              .toUtf8());
    return 0;
}

} // namespace

int runBackupCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    QCommandLineParser p;
    int positional = 0;
    if (sub == QLatin1String("list")) {
        p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    } else if (sub == QLatin1String("restore")) {
        p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("a name from backup list"));
        positional = 1;
    } else if (sub != QLatin1String("create")) {
        CliContext::print(kBackupUsage);
        return sub == QLatin1String("--help") ? 0 : 2;
    }
    if (int code = CliContext::parse(p, subcommandArgs(args), QString::fromLatin1(kBackupUsage),
                                     positional);
        code >= 0)
        return code;
    const BackupStore store(ctx.path());
    if (sub == QLatin1String("list"))
        return list(store, p.isSet(QStringLiteral("json")));
    if (sub == QLatin1String("create")) {
        auto made = store.create(BackupKind::Manual, QDateTime::currentDateTime());
        if (!made)
            return CliContext::fail(made.error());
        CliContext::print(made.value().path.toUtf8());
        return 0;
    }
    if (p.positionalArguments().isEmpty())
        return CliContext::fail(QStringLiteral("backup restore needs a NAME from 'backup list'"));
    const auto backup = store.find(p.positionalArguments().constFirst());
    if (!backup)
        return CliContext::fail(QStringLiteral("no backup named '%1' in %2; see 'backup list'")
                                    .arg(p.positionalArguments().constFirst(), store.directory()));
    if (auto s = store.restore(*backup, QDateTime::currentDateTime()); !s)
        return CliContext::fail(s.error());
    CliContext::print(QStringLiteral("restored %1; the file it replaced was kept beside it")
                          .arg(backup->name)
                          .toUtf8());
    return 0;
}
