#include "demodiary.h"

#include "demo/democohort.h"
#include "demo/demopatient.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

DemoDiary::DemoDiary()
{
    auto db = mend::Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(db.ok());
    services = std::make_unique<DiaryServices>(db.value());
    diary = std::make_unique<Diary>(*services, [] { return QDateTime::currentDateTime(); });
    auto seeded = mend::seedDemoPatient(services->episodes, services->entries, services->timeline,
                                        diary->now());
    REQUIRE(seeded.ok());
    REQUIRE(mend::seedDemoCohort(services->database, diary->now(), 3).ok());
    REQUIRE(
        mend::seedDemoQuestionnaires(services->promRecorder, seeded.value(), diary->now()).ok());
    diary->reload(Diary::everything());
    app = std::make_unique<AppControllers>(diary.get(), services.get());
}

DemoDiary::~DemoDiary()
{
    app.reset();
    diary.reset();
    services.reset();
}
