#include "democohort.h"

#include "demopatient.h"
#include "services/cohort.h"
#include "services/diaryexchange.h"
#include "storage/settingsrepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace mend {

Result<DemoBundle> demoPatientBundle(const QString &identifier, const QDateTime &seededAt,
                                     const QDateTime &exportedAt)
{
    auto diary = Database::open(QStringLiteral(":memory:"));
    if (!diary)
        return diary.error();
    EpisodeRepository episodes(diary.value());
    EntryRepository entries(diary.value());
    TimelineRepository timeline(diary.value());
    auto episode = seedDemoPatient(episodes, entries, timeline, seededAt);
    if (!episode)
        return episode.error();
    if (auto set = SettingsRepository(diary.value())
                       .setValue(QStringLiteral("patient.identifier"), identifier);
        !set)
        return set.error();
    return DemoBundle{DiaryExchange(diary.value()).exportFhir(episode.value(), exportedAt),
                      int(entries.forEpisode(episode.value().id).size())};
}

Status seedDemoCohort(const std::shared_ptr<Database> &clinic, const QDateTime &now, int patients)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{{}, QStringLiteral("no temporary folder for the demo cohort")};
    for (int i = 1; i <= patients; ++i) {
        const auto bundle =
            demoPatientBundle(QStringLiteral("DEMO-%1").arg(i, 2, 10, QLatin1Char('0')),
                              now.addDays(-(i - 1) * 11), now);
        if (!bundle)
            return bundle.error();
        QFile file(QDir(folder.path()).filePath(QStringLiteral("p%1.json").arg(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bundle.value().json) < 0)
            return Error{{}, QStringLiteral("cannot write the demo cohort")};
    }
    const auto summary = CohortImporter(clinic).importFolder(folder.path(), now);
    if (summary.refused > 0)
        return Error{{}, summary.files.first().message};
    return Done{};
}

} // namespace mend
