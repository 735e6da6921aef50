#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "platform/documentsfilesharing.h"
#include "platform/freedesktopnotifier.h"
#include "platform/linuxdialer.h"
#include "platform/linuxreminderscheduler.h"
#include "platform/xdgdiaryhome.h"
#include "storage/backupstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QThread>

using namespace mend;
using mend::platform::DocumentsFileSharing;
using mend::platform::FreedesktopNotifier;
using mend::platform::LinuxDialer;
using mend::platform::LinuxReminderScheduler;
using mend::platform::XdgDiaryHome;

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

namespace {

/** A stand-in for an xdg-utils program: a shell script in dir. */
QString script(const QString &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir + u'/' + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n" + body);
    file.close();
    REQUIRE(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
    return path;
}

/**
 * What a stand-in script wrote to path, once it has (it is started detached). The shell creates
 * the file before the script writes its one line: an empty file is not yet written.
 */
QByteArray recorded(const QString &path)
{
    QFile file(path);
    for (int i = 0; i < 250 && QFileInfo(path).size() == 0; ++i)
        QThread::msleep(20);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The dialer offers a call only where an app handles tel: links, and opens it with the "
          "number's digits",
          "[platform]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString record = dir.filePath(QStringLiteral("opened"));
    const QString xdgOpen = script(dir.path(), QStringLiteral("xdg-open"),
                                   "printf '%s' \"$1\" > '" + record.toUtf8() + "'\n");
    const QString refused = QStringLiteral(
        "This device has no app that places calls. Dial +44 (0)20 7946 0958 on a phone.");

    SECTION("a phone with a dialer (GNOME Calls' desktop entry)")
    {
        LinuxDialer dialer(
            script(dir.path(), QStringLiteral("xdg-mime"), "echo org.gnome.Calls.desktop\n"),
            xdgOpen);
        CHECK(dialer.telHandler() == QStringLiteral("org.gnome.Calls.desktop"));
        CHECK(dialer.canCall());
        REQUIRE(dialer.call(QStringLiteral("+44 (0)20 7946 0958")).ok());
        CHECK(recorded(record) == "tel:+4402079460958");
    }
    SECTION("a desktop: xdg-mime knows no handler")
    {
        LinuxDialer dialer(script(dir.path(), QStringLiteral("xdg-mime"), "exit 0\n"), xdgOpen);
        CHECK_FALSE(dialer.canCall());
        CHECK(dialer.call(QStringLiteral("+44 (0)20 7946 0958")).error().message == refused);
        CHECK_FALSE(QFileInfo::exists(record));
    }
    SECTION("no xdg-utils at all, or a query that fails")
    {
        LinuxDialer missing(dir.filePath(QStringLiteral("none/xdg-mime")),
                            dir.filePath(QStringLiteral("none/xdg-open")));
        CHECK_FALSE(missing.canCall());
        CHECK(missing.call(QStringLiteral("+44 (0)20 7946 0958")).error().message == refused);
        LinuxDialer failing(script(dir.path(), QStringLiteral("xdg-mime"), "echo x; exit 4\n"),
                            xdgOpen);
        CHECK_FALSE(failing.canCall());
        CHECK_FALSE(QFileInfo::exists(record));
    }
}

TEST_CASE("The dialer asks xdg-mime once, from the start, not when the red alert asks whether it "
          "can call",
          "[platform]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString asked = dir.filePath(QStringLiteral("asked"));
    // A slow query (xdg-mime is a shell script that reads every desktop file) that counts its runs.
    const QString xdgMime =
        script(dir.path(), QStringLiteral("xdg-mime"),
               "echo x >> '" + asked.toUtf8() + "'\nsleep 0.3\necho org.gnome.Calls.desktop\n");
    const QString xdgOpen = script(dir.path(), QStringLiteral("xdg-open"), "exit 0\n");
    LinuxDialer dialer(xdgMime, xdgOpen);
    // Nobody has asked yet, and the query has run: it started with the dialer, off this thread.
    CHECK(recorded(asked) == "x\n");
    CHECK(dialer.canCall());
    CHECK(dialer.canCall());
    REQUIRE(dialer.call(QStringLiteral("020 7946 0958")).ok());
    CHECK(recorded(asked) == "x\n"); // asked once for the whole run
}

TEST_CASE("Saved files go to the folder without replacing one, and open in the desktop's viewer "
          "or say where they are",
          "[platform]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("Documents/Mend"));
    const QString record = dir.filePath(QStringLiteral("opened"));
    const QString viewer = script(dir.path(), QStringLiteral("xdg-open"),
                                  "printf '%s' \"$1\" > '" + record.toUtf8() + "'\n");
    DocumentsFileSharing sharing(folder, viewer);
    CHECK(sharing.folder() == folder);

    const auto first = sharing.newFile(QStringLiteral("Visit report"), QStringLiteral("pdf"));
    REQUIRE(first.ok());
    CHECK(first.value() == folder + QStringLiteral("/Visit report.pdf"));
    QFile made(first.value());
    REQUIRE(made.open(QIODevice::WriteOnly));
    made.close();
    CHECK(sharing.newFile(QStringLiteral("Visit report"), QStringLiteral("pdf")).value() ==
          folder + QStringLiteral("/Visit report (2).pdf"));

    REQUIRE(sharing.open(first.value()).ok());
    CHECK(recorded(record) == first.value().toUtf8());

    CHECK(sharing.open(folder + QStringLiteral("/gone.pdf")).error().message ==
          QStringLiteral("gone.pdf is not there any more."));
    DocumentsFileSharing noViewer(folder, dir.filePath(QStringLiteral("none/xdg-open")));
    CHECK(noViewer.open(first.value()).error().message ==
          QStringLiteral("No program to show it was found; the file is in ") + folder +
              QStringLiteral("."));

    // A folder that cannot be made (a file stands in its way) is refused with its reason.
    DocumentsFileSharing blocked(first.value() + QStringLiteral("/inside"), viewer);
    const auto refused = blocked.newFile(QStringLiteral("x"), QStringLiteral("csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("cannot create the folder ") +
                                             first.value() + QStringLiteral("/inside: ")));
}

TEST_CASE("The diary at home is made readable by its owner only, with its journal and backups, "
          "and Settings says where it is",
          "[platform]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString diary = dir.filePath(QStringLiteral("Mend/mend.sqlite"));
    const QString backups = BackupStore(diary).directory();
    REQUIRE(QDir().mkpath(backups));
    const auto shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther;
    const QString backup = backups + QStringLiteral("/daily.sqlite");
    for (const QString &file : {diary, diary + QStringLiteral("-wal"), backup}) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        REQUIRE(f.setPermissions(shared)); // as an older Mend, or a copy, left them
    }
    REQUIRE(QFile::setPermissions(backups, shared | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                               QFileDevice::ExeOther));
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.sqlite"));
    QFile target(elsewhere);
    REQUIRE(target.open(QIODevice::WriteOnly));
    target.close();
    REQUIRE(target.setPermissions(shared));
    REQUIRE(QFile::link(elsewhere, diary + QStringLiteral("-journal")));

    XdgDiaryHome home;
    CHECK(home.describe(diary) ==
          QStringLiteral("Your diary is kept on this device in %1, where other users of this "
                         "computer can read it. Mend sends it nowhere.")
              .arg(dir.filePath(QStringLiteral("Mend"))));
    REQUIRE(home.keepPrivate(diary).ok());
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &file : {diary, diary + QStringLiteral("-wal"), backup}) {
        INFO(file.toStdString());
        CHECK((QFileInfo(file).permissions() & (owner | others)) == owner);
    }
    CHECK_FALSE(QFileInfo(backups).permissions() & others);
    CHECK(QFileInfo(backups).permissions() & QFileDevice::ExeOwner);
    CHECK_FALSE(QFileInfo(dir.filePath(QStringLiteral("Mend"))).permissions() & others);
    CHECK(QFileInfo(elsewhere).permissions() & QFileDevice::ReadOther); // a link is not followed
    CHECK(home.describe(diary) ==
          QStringLiteral("Your diary is kept on this device in %1, readable by you only. Mend "
                         "sends it nowhere; a backup program you set up yourself may copy it.")
              .arg(dir.filePath(QStringLiteral("Mend"))));
    CHECK(home.keepPrivate(dir.filePath(QStringLiteral("none/mend.sqlite"))).ok()); // nothing yet
}
