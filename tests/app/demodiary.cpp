#include "demodiary.h"

#include "demo/democohort.h"
#include "demo/demopatient.h"
#include "services/promrecorder.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

DemoDiary::DemoDiary()
{
    auto db = mend::Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(db.ok());
    diary = std::make_unique<Diary>(db.value(), [] { return QDateTime::currentDateTime(); });
    auto seeded =
        mend::seedDemoPatient(diary->episodes(), diary->entries(), diary->timeline(), diary->now());
    REQUIRE(seeded.ok());
    REQUIRE(mend::seedDemoCohort(diary->database(), diary->now(), 3).ok());
    mend::PromRecorder recorder(diary->database());
    REQUIRE(mend::seedDemoQuestionnaires(recorder, seeded.value(), diary->now()).ok());
    diary->reload(Diary::everything());
    app = std::make_unique<AppControllers>(diary.get());
}

DemoDiary::~DemoDiary()
{
    app.reset();
    diary.reset();
}
