#include "linuxreminderscheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace mend::platform {
namespace {

const QString kUnit = QStringLiteral("mend-remind");
constexpr int kSystemctlTimeoutMs = 15000;

Error schedulerError(const QString &message)
{
    return Error{QStringLiteral("reminders when Mend is closed"), message};
}

bool carriesControlCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

} // namespace

LinuxReminderScheduler::Method LinuxReminderScheduler::detect()
{
    const bool systemdRuns = QFileInfo(QStringLiteral("/run/systemd/system")).isDir();
    return systemdRuns && !QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty()
               ? Method::SystemdTimer
               : Method::Autostart;
}

LinuxReminderScheduler::LinuxReminderScheduler(QString cliPath, QString diaryPath, Method method,
                                               QString configHome)
    : m_cli(std::move(cliPath)), m_diary(std::move(diaryPath)), m_method(method),
      m_configHome(configHome.isEmpty()
                       ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                       : std::move(configHome))
{
}

QString LinuxReminderScheduler::servicePath() const
{
    return m_configHome + QStringLiteral("/systemd/user/") + kUnit + QStringLiteral(".service");
}

QString LinuxReminderScheduler::timerPath() const
{
    return m_configHome + QStringLiteral("/systemd/user/") + kUnit + QStringLiteral(".timer");
}

QString LinuxReminderScheduler::autostartPath() const
{
    return m_configHome + QStringLiteral("/autostart/io.github.mendtracker.Mend.remind.desktop");
}

std::optional<LinuxReminderScheduler::Method> LinuxReminderScheduler::installedMethod() const
{
    if (QFileInfo::exists(timerPath()))
        return Method::SystemdTimer;
    if (QFileInfo::exists(autostartPath()))
        return Method::Autostart;
    return std::nullopt;
}

bool LinuxReminderScheduler::installed() const
{
    return installedMethod().has_value();
}

QString LinuxReminderScheduler::describe() const
{
    return installedMethod().value_or(m_method) == Method::SystemdTimer
               ? QStringLiteral("a systemd timer checks every %1 minutes").arg(kIntervalMinutes)
               : QStringLiteral("a helper started at login checks every %1 minutes")
                     .arg(kIntervalMinutes);
}

Result<QStringList> LinuxReminderScheduler::command(bool watch) const
{
    for (const QString &path : {m_cli, m_diary})
        if (path.isEmpty() || carriesControlCharacter(path) || QDir::isRelativePath(path))
            return schedulerError(
                QStringLiteral("'%1' cannot be run from a timer: it needs a full path without "
                               "line breaks")
                    .arg(path));
    QStringList words{m_cli, QStringLiteral("--db"), m_diary, QStringLiteral("remind")};
    if (watch)
        words.append(QStringLiteral("--watch"));
    return words;
}

QString LinuxReminderScheduler::systemdCommandLine(const QStringList &words)
{
    QStringList quoted;
    for (QString w : words) {
        w.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""))
            .replace(QLatin1Char('%'), QStringLiteral("%%"))
            .replace(QLatin1Char('$'), QStringLiteral("$$"));
        quoted.append(QLatin1Char('"') + w + QLatin1Char('"'));
    }
    return quoted.join(QLatin1Char(' '));
}

QString LinuxReminderScheduler::desktopExec(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words) {
        QString q;
        for (const QChar c : w) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
                c == QLatin1Char('\\'))
                q += QLatin1Char('\\');
            q += c == QLatin1Char('%') ? QStringLiteral("%%") : QString(c);
        }
        quoted.append(QLatin1Char('"') + q + QLatin1Char('"'));
    }
    // The key file's string escapes come on top of the quoting: a backslash is written twice.
    return quoted.join(QLatin1Char(' ')).replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
}

Result<QString> LinuxReminderScheduler::serviceUnit() const
{
    const auto words = command(false);
    if (!words)
        return words.error();
    return QStringLiteral("[Unit]\n"
                          "Description=Mend: reminders while Mend is closed\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%1\n")
        .arg(systemdCommandLine(words.value()));
}

QString LinuxReminderScheduler::timerUnit()
{
    return QStringLiteral("[Unit]\n"
                          "Description=Mend: check for reminders every %1 minutes\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=*:0/%1\n"
                          "AccuracySec=1min\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(kIntervalMinutes);
}

Result<QString> LinuxReminderScheduler::autostartEntry() const
{
    const auto words = command(true);
    if (!words)
        return words.error();
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Mend reminders\n"
                          "Comment=Reminds you to log your day while Mend is closed\n"
                          "Exec=%1\n"
                          "Icon=io.github.mendtracker.Mend\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(desktopExec(words.value()));
}

Status LinuxReminderScheduler::writeFile(const QString &path, const QString &text) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return schedulerError(QStringLiteral("could not create the folder of %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return schedulerError(
            QStringLiteral("could not write %1: %2").arg(path, file.errorString()));
    return Done{};
}

Status LinuxReminderScheduler::systemctl(const QStringList &args) const
{
    QProcess process;
    process.start(QStringLiteral("systemctl"), QStringList{QStringLiteral("--user")} + args);
    if (!process.waitForFinished(kSystemctlTimeoutMs) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return schedulerError(
            QStringLiteral("systemctl --user %1 failed: %2")
                .arg(args.join(QLatin1Char(' ')), said.isEmpty() ? process.errorString() : said));
    }
    return Done{};
}

Status LinuxReminderScheduler::install()
{
    if (m_method == Method::Autostart) {
        const auto entry = autostartEntry();
        if (!entry)
            return entry.error();
        const bool helperRuns = installed();
        if (auto s = writeFile(autostartPath(), entry.value()); !s)
            return s;
        // The entry takes effect at the next login; this session gets its helper now.
        const auto words = command(true).value();
        QProcess helper; // detached, and deaf and mute: Mend's own output is not the helper's
        helper.setProgram(words.first());
        helper.setArguments(words.mid(1));
        helper.setStandardInputFile(QProcess::nullDevice());
        helper.setStandardOutputFile(QProcess::nullDevice());
        helper.setStandardErrorFile(QProcess::nullDevice());
        if (!helperRuns && !helper.startDetached()) {
            QFile::remove(autostartPath());
            return schedulerError(QStringLiteral("could not start %1").arg(words.first()));
        }
        return Done{};
    }
    const auto service = serviceUnit();
    if (!service)
        return service.error();
    Status done = writeFile(servicePath(), service.value());
    if (done)
        done = writeFile(timerPath(), timerUnit());
    if (done)
        done = systemctl({QStringLiteral("daemon-reload")});
    if (done)
        done = systemctl(
            {QStringLiteral("enable"), QStringLiteral("--now"), kUnit + QStringLiteral(".timer")});
    if (!done)
        remove(); // nothing half-installed stays behind
    return done;
}

Status LinuxReminderScheduler::remove()
{
    // Whichever way they were installed: the running helper sees its entry gone and stops at
    // its next check; systemd is told to stop the timer (which fails harmlessly when it never
    // loaded it) and forgets the units once their files are gone.
    if (QFileInfo::exists(autostartPath()) && !QFile::remove(autostartPath()))
        return schedulerError(QStringLiteral("could not remove %1").arg(autostartPath()));
    if (!QFileInfo::exists(timerPath()) && !QFileInfo::exists(servicePath()))
        return Done{};
    systemctl(
        {QStringLiteral("disable"), QStringLiteral("--now"), kUnit + QStringLiteral(".timer")});
    for (const QString &path : {timerPath(), servicePath()})
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return schedulerError(QStringLiteral("could not remove %1").arg(path));
    systemctl({QStringLiteral("daemon-reload")});
    return Done{};
}

} // namespace mend::platform
