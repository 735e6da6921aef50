#pragma once

#include "reminderscheduler.h"

#include <QStringList>
#include <optional>

namespace mend::platform {

/**
 * Linux desktops and phones. Where systemd runs the session: a user timer
 * (~/.config/systemd/user/mend-remind.timer, every kIntervalMinutes) starting a one-shot service
 * that runs `mend-cli --db DIARY remind`. Elsewhere (postmarketOS with OpenRC, for one): an XDG
 * autostart entry that starts `mend-cli remind --watch` at login, which checks every
 * kIntervalMinutes and stops by itself once the entry is removed.
 */
class LinuxReminderScheduler : public ReminderScheduler
{
public:
    enum class Method
    {
        SystemdTimer,
        Autostart
    };
    static constexpr int kIntervalMinutes = 15;

    /** systemd when it is the init system (sd_booted()'s test) and systemctl is on PATH. */
    static Method detect();

    /** configHome empty: $XDG_CONFIG_HOME or ~/.config. */
    LinuxReminderScheduler(QString cliPath, QString diaryPath, Method method,
                           QString configHome = {});

    /** Installed either way (the session may have changed since: systemd then, autostart now). */
    bool installed() const override;
    /** How the installed reminders run, else how this scheduler would install them. */
    QString describe() const override;
    std::optional<Method> installedMethod() const;
    Status install() override;
    Status remove() override;

    /** What the timer or the helper runs; refused for a path with a line break or control
     *  character, which neither file format can carry. */
    Result<QStringList> command(bool watch) const;
    QString servicePath() const;
    QString timerPath() const;
    QString autostartPath() const;
    Result<QString> serviceUnit() const;
    static QString timerUnit();
    Result<QString> autostartEntry() const;

    /** Words for ExecStart=: each double-quoted, with systemd's escapes (\\, \", %%, $$). */
    static QString systemdCommandLine(const QStringList &words);
    /** The value of a desktop entry's Exec= key (quoting, then the key file's own escapes). */
    static QString desktopExec(const QStringList &words);

private:
    Status writeFile(const QString &path, const QString &text) const;
    Status systemctl(const QStringList &args) const;

    QString m_cli;
    QString m_diary;
    Method m_method;
    QString m_configHome;
};

} // namespace mend::platform
