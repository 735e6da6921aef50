#include "activityimport.h"

#include "applehealthimport.h"
#include "fitbitimport.h"
#include "formats.h"

#include <QFile>

namespace mend {

namespace {

/** A daily CSV of a few years is kilobytes; past this it is not one. */
constexpr qint64 kLargestDailyCsv = 64 << 20;

} // namespace

Result<ActivityFile> readActivityFile(const QString &path, const ActivityReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{{}, QStringLiteral("cannot open %1: %2").arg(path, file.errorString())};
    const QByteArray head = file.peek(4096);
    if (head.startsWith("PK\x03\x04"))
        return Error{{},
                     QStringLiteral("a zip archive: Mend does not open zips yet; unzip it and "
                                    "import the export.xml inside")};
    if (looksLikeAppleHealth(head))
        return readAppleHealth(&file, options);
    if (looksLikeFitbitDaily(head)) {
        if (file.size() > kLargestDailyCsv)
            return Error{{},
                         QStringLiteral("a daily CSV of more than 64 MB is not one Mend reads")};
        return readFitbitDaily(file.readAll(), options);
    }
    return Error{{}, notAFormatMendReads()};
}

} // namespace mend
