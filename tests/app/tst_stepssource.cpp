#include "activityimportcontroller.h"
#include "demodiary.h"
#include "domain/limits.h"
#include "storage/activityrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace mend;

namespace {

/** A steps source such as Health Connect would be: no file, the days it is asked for. */
class FakeStepsSource : public platform::StepsSource
{
public:
    Result<ActivityFile> read(const QString &file,
                              const ActivityReadOptions &options) const override
    {
        askedFile = file;
        askedFrom = options.from;
        askedTo = options.to;
        if (!failure.isEmpty())
            return Error{QStringLiteral("Health Connect"), failure};
        ActivityFile read;
        read.format = QStringLiteral("Health Connect");
        for (const QDate &day : days) {
            ActivityDay d;
            d.day = day;
            d.steps = 4321;
            d.activeMinutes = 25;
            read.days << d;
        }
        read.records = read.days.size();
        return read;
    }

    QList<QDate> days;
    QString failure;
    mutable QString askedFile;
    mutable QDate askedFrom;
    mutable QDate askedTo;
};

bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

TEST_CASE("The import previews and stores what the platform's steps source gives, for the "
          "episode's weeks",
          "[stepssource]")
{
    DemoDiary demo;
    FakeStepsSource source;
    ActivityImportController import(demo.diary.get(), demo.services.get(), &source);
    const QDate today = demo.diary->today();
    const Episode episode = *demo.diary->episode();

    SECTION("the days are previewed first, then stored in the diary")
    {
        source.days = {today.addDays(-2), today.addDays(-1)};
        import.read(QUrl());
        REQUIRE(waitFor([&] { return import.stage() == ActivityImportController::Preview; }));
        CHECK(source.askedFile.isEmpty());
        CHECK(source.askedFrom == episode.injectionDate.addDays(-kBaselineWindowDays));
        CHECK(source.askedTo == today);
        CHECK(import.preview().startsWith(
            QStringLiteral("Health Connect: 2 days with steps or active minutes")));
        CHECK(demo.services->activity.forEpisode(episode.id).isEmpty());

        import.store();
        REQUIRE(waitFor([&] { return import.stage() == ActivityImportController::Idle; }));
        INFO(import.error().toStdString());
        CHECK(import.error().isEmpty());
        const auto stored = demo.services->activity.forEpisode(episode.id);
        REQUIRE(stored.size() == 2);
        CHECK(stored[0].activity.steps == 4321);
        CHECK(stored[0].source == QStringLiteral("Health Connect"));
    }
    SECTION("a source that cannot read says why, and nothing is stored")
    {
        source.failure = QStringLiteral("not installed on this phone");
        import.read(QUrl());
        REQUIRE(waitFor([&] { return !import.error().isEmpty(); }));
        CHECK(import.stage() == ActivityImportController::Idle);
        CHECK(import.error().toStdString() ==
              "Not imported: Health Connect: not installed on this phone");
        CHECK(demo.services->activity.forEpisode(episode.id).isEmpty());
    }
}
