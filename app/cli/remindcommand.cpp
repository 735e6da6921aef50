#include "clicontext.h"

#include "applanguage.h"

#include "platform/freedesktopnotifier.h"
#include "platform/linuxreminderscheduler.h"
#include "services/applock.h"
#include "services/duereminders.h"
#include "services/languagepreference.h"
#include "services/reminderpreferences.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QTranslator>

using namespace mend;
using mend::platform::LinuxReminderScheduler;

namespace {

const char *kRemindUsage =
    "Usage: mend-cli remind [--dry-run | --watch]\n"
    "       mend-cli remind install [--with systemd|autostart] | remove | status\n"
    "       mend-cli remind settings [--daily on|off] [--time HH:MM] [--questionnaires on|off]\n"
    "remind sends a desktop notification for each reminder due now (today's log after its time,\n"
    "questionnaires due), once per occasion; with the app lock on it says only that Mend has a\n"
    "reminder. install makes it run every 15 minutes while Mend is closed.";

LinuxReminderScheduler scheduler(const CliContext &ctx, LinuxReminderScheduler::Method method)
{
    return LinuxReminderScheduler(QCoreApplication::applicationFilePath(),
                                  QFileInfo(ctx.path()).absoluteFilePath(), method);
}

LinuxReminderScheduler installedScheduler(const CliContext &ctx)
{
    // Whichever way it was installed, that is the one to report and remove.
    for (const auto method : {LinuxReminderScheduler::Method::SystemdTimer,
                              LinuxReminderScheduler::Method::Autostart}) {
        auto s = scheduler(ctx, method);
        if (s.installed())
            return s;
    }
    return scheduler(ctx, LinuxReminderScheduler::detect());
}

/** Sends what is due and not yet sent; returns the exit code. Prints only the occasions' keys
 *  (the timer's output goes to the journal, which is no place for health detail). */
int remindOnce(CliContext &ctx, const QCommandLineParser &p, bool dryRun)
{
    // A timer outlives the diary it was set up for: it never creates an empty one in its place.
    if (!QFileInfo::exists(ctx.path())) {
        CliContext::fail(QStringLiteral("there is no diary at %1 (moved or deleted?); "
                                        "'mend-cli remind remove' turns these reminders off")
                             .arg(ctx.path()));
        return 1;
    }
    if (!ctx.open())
        return 1;
    // No episode yet is nothing to remind of, not a failure of the timer's run.
    if (!p.isSet(CliContext::episodeOption()) && !ctx.episodes().latest())
        return dryRun ? (CliContext::printJson(QJsonArray()), 0) : 0;
    const auto episode = ctx.episode(p);
    if (!episode)
        return 2;
    SettingsRepository settings(ctx.database());
    QTranslator translation; // the notifications in the language chosen in the app
    applyLanguage(storedLanguage(settings), translation);
    const bool lockOn = AppLock(settings).enabled();
    SentReminders sent(settings);
    platform::FreedesktopNotifier notifier;
    QJsonArray due;
    bool saidLocked = false; // with the lock on, one "you have a reminder" says it for all
    for (const auto &reminder :
         remindersDueNow(ctx.database(), episode, QDateTime::currentDateTime())) {
        if (sent.contains(episode->id, reminder.key))
            continue;
        const NotificationText text = notificationText(reminder, lockOn);
        if (lockOn && saidLocked && !dryRun) {
            if (auto s = sent.record(episode->id, reminder.key); !s)
                return CliContext::fail(s.error());
            continue;
        }
        saidLocked = lockOn;
        if (dryRun) {
            due.append(QJsonObject{{QStringLiteral("key"), reminder.key},
                                   {QStringLiteral("title"), text.title},
                                   {QStringLiteral("body"), text.body}});
            continue;
        }
        if (auto s = notifier.notify(text); !s) {
            CliContext::fail(s.error());
            return 1; // not recorded as sent: the next run tries again
        }
        if (auto s = sent.record(episode->id, reminder.key); !s)
            return CliContext::fail(s.error());
        CliContext::print(QStringLiteral("sent: %1").arg(reminder.key).toUtf8());
    }
    if (dryRun)
        CliContext::printJson(due);
    return 0;
}

/** The helper started at login where there is no systemd: checks every interval, and stops once
 *  its autostart entry is gone (reminders turned off). */
int watch(CliContext &ctx, const QCommandLineParser &p)
{
    constexpr int kCheckSeconds = 10; // a stat of one file: turning reminders off is seen soon
    const auto entry = scheduler(ctx, LinuxReminderScheduler::Method::Autostart);
    for (int tick = 0; entry.installed(); ++tick) {
        if (tick % (LinuxReminderScheduler::kIntervalMinutes * 60 / kCheckSeconds) == 0) {
            // The diary opened afresh each round: a restore may have put another file there.
            CliContext round(ctx.path());
            remindOnce(round, p, false); // a failure is said on stderr; the next round tries again
        }
        QThread::sleep(kCheckSeconds);
    }
    return 0;
}

int status(CliContext &ctx)
{
    const auto s = installedScheduler(ctx);
    QJsonObject out{{QStringLiteral("whenClosed"), s.installed()},
                    {QStringLiteral("how"), s.describe()}};
    if (ctx.open()) {
        const auto r = loadReminderSettings(SettingsRepository(ctx.database()));
        out.insert(QStringLiteral("daily"), r.dailyEnabled);
        out.insert(QStringLiteral("time"), r.dailyTime.toString(QStringLiteral("HH:mm")));
        out.insert(QStringLiteral("questionnaires"), r.questionnaireEnabled);
        const QDateTime next = nextDailyReminder(r, QDateTime::currentDateTime());
        if (next.isValid())
            out.insert(QStringLiteral("nextDaily"), next.toString(Qt::ISODate));
    }
    CliContext::printJson(out);
    return 0;
}

std::optional<bool> onOff(const QString &value)
{
    if (value == QLatin1String("on"))
        return true;
    if (value == QLatin1String("off"))
        return false;
    return std::nullopt;
}

int changeSettings(CliContext &ctx, const QCommandLineParser &p)
{
    if (!ctx.open())
        return 1;
    SettingsRepository repository(ctx.database());
    ReminderSettings r = loadReminderSettings(repository);
    for (const auto &[name, target] : {std::pair{"daily", &r.dailyEnabled},
                                       std::pair{"questionnaires", &r.questionnaireEnabled}}) {
        const QString option = QString::fromLatin1(name);
        if (!p.isSet(option))
            continue;
        const auto value = onOff(p.value(option));
        if (!value)
            return CliContext::fail(
                QStringLiteral("--%1: '%2' is not on or off").arg(option, p.value(option)));
        *target = *value;
    }
    if (p.isSet(QStringLiteral("time"))) {
        const auto time = parseReminderTime(p.value(QStringLiteral("time")));
        if (!time)
            return CliContext::fail(QStringLiteral("--time: %1").arg(time.error().message));
        r.dailyTime = time.value();
    }
    if (auto s = saveReminderSettings(repository, r); !s)
        return CliContext::fail(s.error());
    return status(ctx);
}

} // namespace

int runRemindCommand(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    const bool plain = sub.isEmpty() || sub.startsWith(QLatin1Char('-'));
    QCommandLineParser p;
    if (plain) {
        p.addOption(CliContext::episodeOption());
        p.addOption(
            {QStringLiteral("dry-run"), QStringLiteral("Print what is due; send nothing.")});
        p.addOption({QStringLiteral("watch"),
                     QStringLiteral("Check every 15 minutes until reminders are turned off.")});
    } else if (sub == QLatin1String("install")) {
        p.addOption(
            CliContext::option("with", "systemd or autostart (default: what runs here)", "HOW"));
    } else if (sub == QLatin1String("settings")) {
        p.addOption(CliContext::option("daily", "Remind me to log my day: on or off", "on|off"));
        p.addOption(CliContext::option("time", "The daily reminder's time, HH:MM", "HH:MM"));
        p.addOption(
            CliContext::option("questionnaires", "Remind me of questionnaires due", "on|off"));
    } else if (sub != QLatin1String("remove") && sub != QLatin1String("status")) {
        CliContext::print(kRemindUsage);
        return sub == QLatin1String("--help") ? 0 : 2;
    }
    if (int code = CliContext::parse(p, plain ? args : subcommandArgs(args),
                                     QString::fromLatin1(kRemindUsage));
        code >= 0)
        return code;

    if (plain) {
        if (p.isSet(QStringLiteral("dry-run")) && p.isSet(QStringLiteral("watch")))
            return CliContext::fail(QStringLiteral("--dry-run and --watch do not go together"));
        return p.isSet(QStringLiteral("watch"))
                   ? watch(ctx, p)
                   : remindOnce(ctx, p, p.isSet(QStringLiteral("dry-run")));
    }
    if (sub == QLatin1String("status"))
        return status(ctx);
    if (sub == QLatin1String("settings"))
        return changeSettings(ctx, p);
    if (sub == QLatin1String("remove")) {
        if (auto removed = scheduler(ctx, LinuxReminderScheduler::detect()).remove(); !removed)
            return CliContext::fail(removed.error());
        return status(ctx);
    }
    auto method = LinuxReminderScheduler::detect();
    if (p.isSet(QStringLiteral("with"))) {
        const QString with = p.value(QStringLiteral("with"));
        if (with == QLatin1String("systemd"))
            method = LinuxReminderScheduler::Method::SystemdTimer;
        else if (with == QLatin1String("autostart"))
            method = LinuxReminderScheduler::Method::Autostart;
        else
            return CliContext::fail(
                QStringLiteral("--with: '%1' is not systemd or autostart").arg(with));
    }
    if (auto s = scheduler(ctx, method).install(); !s)
        return CliContext::fail(s.error());
    return status(ctx);
}
