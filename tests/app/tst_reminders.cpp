#include "demodiary.h"
#include "platform/reminderscheduler.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace mend;

namespace {

/** Installs in memory; fails when told to, as a full disk or a refusing systemctl would. */
class MemoryScheduler : public platform::ReminderScheduler
{
public:
    bool isInstalled = false;
    QString failWith;
    int installs = 0;

    bool installed() const override { return isInstalled; }
    QString describe() const override { return QStringLiteral("a test timer"); }
    Status install() override
    {
        ++installs;
        if (!failWith.isEmpty())
            return Error{QStringLiteral("reminders when Mend is closed"), failWith};
        isInstalled = true;
        return Done{};
    }
    Status remove() override
    {
        isInstalled = false;
        return Done{};
    }
};

} // namespace

TEST_CASE("Reminders while Mend is closed are offered only with a scheduler, and a refusal "
          "changes nothing and says why",
          "[reminders]")
{
    DemoDiary demo;
    ReminderController &reminders = *demo.app->reminders();
    CHECK_FALSE(reminders.whenClosedAvailable()); // none given (as main.cpp does for --demo)
    CHECK(reminders.setWhenClosed(true).isEmpty());
    CHECK_FALSE(reminders.whenClosed());

    MemoryScheduler scheduler;
    reminders.setScheduler(&scheduler);
    CHECK(reminders.whenClosedAvailable());
    CHECK(reminders.whenClosedHow() == QStringLiteral("a test timer"));
    QSignalSpy changed(&reminders, &ReminderController::changed);
    CHECK(reminders.setWhenClosed(true).isEmpty());
    CHECK(reminders.whenClosed());
    CHECK(changed.count() == 1);
    CHECK(reminders.setWhenClosed(true).isEmpty()); // already on: not installed again
    CHECK(scheduler.installs == 1);
    CHECK(reminders.setWhenClosed(false).isEmpty());
    CHECK_FALSE(reminders.whenClosed());

    scheduler.failWith = QStringLiteral("could not write /full/disk");
    CHECK(reminders.setWhenClosed(true) == QStringLiteral("could not write /full/disk"));
    CHECK_FALSE(reminders.whenClosed());
    reminders.setScheduler(nullptr);
}
