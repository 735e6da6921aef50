#pragma once

#include "appcontrollers.h"
#include "diary.h"
#include "diaryservices.h"

#include <QTemporaryDir>
#include <memory>

/** The demo patient (70 days of logs, questionnaires, an event) and a demo cohort of 3, with the
 *  controllers over them, as `mend --demo` builds them. */
struct DemoDiary
{
    DemoDiary();
    ~DemoDiary();

    QTemporaryDir dir;
    std::unique_ptr<DiaryServices> services;
    std::unique_ptr<Diary> diary;
    std::unique_ptr<AppControllers> app;
};
