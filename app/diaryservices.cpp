#include "diaryservices.h"

DiaryServices::DiaryServices(std::shared_ptr<mend::Database> db)
    : database(db), episodes(db), entries(db), recorder(db), alerts(db), timeline(db), activity(db),
      patients(db), settings(db), protocols(db), instruments(db), outcomes(db), proms(db),
      promRecorder(db)
{
}
