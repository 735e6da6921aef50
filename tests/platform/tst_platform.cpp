#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "platform/freedesktopnotifier.h"
#include "platform/linuxreminderscheduler.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace mend;
using mend::platform::FreedesktopNotifier;
using mend::platform::LinuxReminderScheduler;

TEST_CASE("ExecStart words are quoted with systemd's escapes", "[platform]")
{
    CHECK(
        LinuxReminderScheduler::systemdCommandLine(
            {QStringLiteral("/usr/bin/mend-cli"), QStringLiteral("--db"),
             QStringLiteral("/home/ann/my $diary 100%\\\"x\".sqlite"), QStringLiteral("remind")}) ==
        QStringLiteral(
            R"("/usr/bin/mend-cli" "--db" "/home/ann/my $$diary 100%%\\\"x\".sqlite" "remind")"));
}

TEST_CASE("A desktop entry's Exec is quoted, then escaped as a key file string", "[platform]")
{
    // The spec's own example: a literal backslash in a quoted argument is written as four.
    CHECK(LinuxReminderScheduler::desktopExec({QStringLiteral("/a b/c\\d"), QStringLiteral("$x%"),
                                               QStringLiteral("say \"hi\" `now`")}) ==
          QStringLiteral(R"("/a b/c\\\\d" "\\$x%%" "say \\"hi\\" \\`now\\`")"));
}

TEST_CASE("The timer's files name the full paths, and a path no unit file can carry is refused",
          "[platform]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const LinuxReminderScheduler good(QStringLiteral("/usr/bin/mend-cli"),
                                      QStringLiteral("/home/ann/mend.sqlite"),
                                      LinuxReminderScheduler::Method::SystemdTimer, home.path());
    CHECK(good.serviceUnit().value().contains(QStringLiteral(
        "ExecStart=\"/usr/bin/mend-cli\" \"--db\" \"/home/ann/mend.sqlite\" \"remind\"\n")));
    CHECK(LinuxReminderScheduler::timerUnit().contains(QStringLiteral("OnCalendar=*:0/15\n")));
    CHECK(good.timerPath() == home.path() + QStringLiteral("/systemd/user/mend-remind.timer"));
    CHECK(good.autostartEntry().value().contains(QStringLiteral(
        "Exec=\"/usr/bin/mend-cli\" \"--db\" \"/home/ann/mend.sqlite\" \"remind\" \"--watch\"\n")));
    CHECK_FALSE(good.installed());

    LinuxReminderScheduler broken(QStringLiteral("/usr/bin/mend-cli"),
                                  QStringLiteral("/home/ann/two\nlines.sqlite"),
                                  LinuxReminderScheduler::Method::Autostart, home.path());
    CHECK(broken.install().error().text() ==
          QStringLiteral("reminders when Mend is closed: '/home/ann/two\nlines.sqlite' cannot be "
                         "run from a timer: it needs a full path without line breaks"));
    CHECK_FALSE(broken.installed());
    const LinuxReminderScheduler relative(QStringLiteral("mend-cli"), QStringLiteral("x.sqlite"),
                                          LinuxReminderScheduler::Method::SystemdTimer,
                                          home.path());
    CHECK_FALSE(relative.serviceUnit().ok());
}

TEST_CASE("Removing what was never installed succeeds and leaves nothing", "[platform]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    LinuxReminderScheduler s(QStringLiteral("/usr/bin/mend-cli"), QStringLiteral("/d.sqlite"),
                             LinuxReminderScheduler::Method::Autostart, home.path());
    CHECK(s.remove().ok());
    CHECK(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("Reminders installed one way are seen, described and removed from the other",
          "[platform]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    using Method = LinuxReminderScheduler::Method;
    // Installed as an autostart helper; the session now runs systemd (or the other way round).
    LinuxReminderScheduler helper(QStringLiteral("/usr/bin/mend-cli"), QStringLiteral("/d.sqlite"),
                                  Method::Autostart, home.path());
    REQUIRE(QDir().mkpath(QFileInfo(helper.autostartPath()).path()));
    QFile entry(helper.autostartPath());
    REQUIRE(entry.open(QIODevice::WriteOnly));
    entry.close();
    LinuxReminderScheduler timer(QStringLiteral("/usr/bin/mend-cli"), QStringLiteral("/d.sqlite"),
                                 Method::SystemdTimer, home.path());
    CHECK(timer.installed());
    CHECK(timer.installedMethod() == Method::Autostart);
    CHECK(timer.describe() == helper.describe());
    CHECK(timer.describe().contains(QStringLiteral("helper started at login")));
    REQUIRE(timer.remove().ok());
    CHECK_FALSE(timer.installed());
    CHECK_FALSE(QFileInfo::exists(helper.autostartPath()));
    CHECK(timer.describe().contains(QStringLiteral("systemd timer"))); // what it would install
}

TEST_CASE("A notification body is plain text even where the server reads markup", "[platform]")
{
    const QString hostile = QStringLiteral("<a href=\"https://x.example/\">KOOS</a> & <img src=x>");
    CHECK(FreedesktopNotifier::bodyFor(hostile, false) == hostile);
    CHECK(FreedesktopNotifier::bodyFor(hostile, true) ==
          QStringLiteral("&lt;a href=&quot;https://x.example/&quot;&gt;KOOS&lt;/a&gt; &amp; "
                         "&lt;img src=x&gt;"));
}

TEST_CASE("Without a notification service the error says so and nothing is assumed sent",
          "[platform]")
{
    FreedesktopNotifier notifier(QDBusConnection(QStringLiteral("not connected")));
    const auto sent = notifier.notify({QStringLiteral("t"), QStringLiteral("b")});
    REQUIRE_FALSE(sent.ok());
    CHECK(sent.error().text() == QStringLiteral("notification: the desktop's notification "
                                                "service did not answer (no session bus)"));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
