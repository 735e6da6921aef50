#include "democohort.h"

#include "demopatient.h"
#include "services/cohort.h"
#include "services/diaryexchange.h"
#include "storage/settingsrepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace mend {

Status seedDemoCohort(const std::shared_ptr<Database> &clinic, const QDateTime &now, int patients)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{{}, QStringLiteral("no temporary folder for the demo cohort")};
    for (int i = 1; i <= patients; ++i) {
        auto diary =
            Database::open(QDir(folder.path()).filePath(QStringLiteral("p%1.sqlite").arg(i)));
        if (!diary)
            return diary.error();
        EpisodeRepository episodes(diary.value());
        EntryRepository entries(diary.value());
        TimelineRepository timeline(diary.value());
        const QDateTime then = now.addDays(-(i - 1) * 11);
        auto episode = seedDemoPatient(episodes, entries, timeline, then);
        if (!episode)
            return episode.error();
        SettingsRepository(diary.value())
            .setValue(QStringLiteral("patient.identifier"),
                      QStringLiteral("DEMO-%1").arg(i, 2, 10, QLatin1Char('0')));
        QFile bundle(QDir(folder.path()).filePath(QStringLiteral("p%1.json").arg(i)));
        if (!bundle.open(QIODevice::WriteOnly) ||
            bundle.write(DiaryExchange(diary.value()).exportFhir(episode.value(), now)) < 0)
            return Error{{}, QStringLiteral("cannot write the demo cohort")};
    }
    const auto summary = CohortImporter(clinic).importFolder(folder.path(), now);
    if (summary.refused > 0)
        return Error{{}, summary.files.first().message};
    return Done{};
}

} // namespace mend
