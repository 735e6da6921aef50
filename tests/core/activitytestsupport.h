#pragma once

#include "testsupport.h"

#include "domain/activitymerge.h"
#include "exchange/activityimport.h"
#include "exchange/applehealthimport.h"

#include <QBuffer>

// What the activity tests share: the test data, samples on one day, an Apple Health reader.
namespace mend::test {

inline const QString kData = QStringLiteral(MEND_TEST_DATA_DIR "/activity/");

/** A file of ../shared/interop, the real exports beside the repository. */
inline QString interop(const QString &name)
{
    return QStringLiteral(MEND_TEST_DATA_DIR "/../../../../shared/interop/") + name;
}

/** A time on 2 March 2026, UTC. */
inline qint64 at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

inline ActivitySample sample(quint16 source, quint16 rank, qint64 start, qint32 seconds,
                             float value)
{
    return ActivitySample{QDate(2026, 3, 2), start, seconds, value, source, rank};
}

inline const ActivityDay *dayOf(const ActivityFile &file, const QDate &day)
{
    for (const ActivityDay &d : file.days)
        if (d.day == day)
            return &d;
    return nullptr;
}

inline Result<ActivityFile> readApple(const QByteArray &xml,
                                      const ActivityReadOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return readAppleHealth(&buffer, options);
}

/** A knee episode injected on 1 March 2026 whose 2nd has typed pain 5 and 4000 steps. */
inline Episode episodeWithTypedSteps(TempStore &store)
{
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 3, 1)), fixedNow());
    REQUIRE(episode.ok());
    DailyEntry typed = painEntry(QDate(2026, 3, 2), 5);
    typed.steps = 4000;
    REQUIRE(store.entries->save(typed, episode.value(), fixedNow()).ok());
    return episode.value();
}

} // namespace mend::test
