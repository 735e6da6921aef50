#include "activityimport.h"

#include "applehealthimport.h"
#include "fitbitimport.h"
#include "fitbittakeoutimport.h"
#include "formats.h"
#include "googlefitimport.h"
#include "healthconnectimport.h"
#include "samsunghealthimport.h"
#include "ziparchive.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace mend {

namespace {

/** A daily CSV of a few years is kilobytes; past this it is not one. */
constexpr qint64 kLargestDailyCsv = 64 << 20;
/** A Health Connect database of years of a watch's data is a few hundred MB. */
constexpr quint64 kLargestHealthConnect = 4ull << 30;

using DailyReader = Result<ActivityFile> (*)(const QByteArray &, const ActivityReadOptions &);

/** The daily CSV reader for these first bytes, if one reads them. */
DailyReader dailyReaderFor(const QByteArray &head)
{
    if (looksLikeFitbitDaily(head))
        return readFitbitDaily;
    if (looksLikeGoogleFitDaily(head))
        return readGoogleFitDaily;
    if (looksLikeSamsungHealthDaily(head))
        return readSamsungHealthDaily;
    return nullptr;
}

Result<ActivityFile> readDaily(QIODevice *in, qint64 size, DailyReader reader,
                               const ActivityReadOptions &options)
{
    if (size > kLargestDailyCsv)
        return Error{{}, QStringLiteral("a daily CSV of more than 64 MB is not one Mend reads")};
    const QByteArray text = in->read(size);
    if (text.size() != size)
        return Error{{},
                     in->errorString().isEmpty() ? QStringLiteral("the file cannot be read")
                                                 : in->errorString()};
    if (options.progress)
        options.progress(size, size);
    return reader(text, options);
}

/** Copies the entry to a private temporary file: SQLite reads a file, not a stream. */
Result<ActivityFile> readHealthConnectEntry(const ZipArchive &zip, const ZipEntry &entry,
                                            const ActivityReadOptions &options)
{
    if (entry.size > kLargestHealthConnect)
        return Error{{},
                     QStringLiteral("a Health Connect database of more than 4 GB is not one "
                                    "Mend reads")};
    auto in = zip.openEntry(entry);
    if (!in)
        return in.error();
    QTemporaryFile copy;
    if (!copy.open())
        return Error{{},
                     QStringLiteral("no room for a temporary copy: %1").arg(copy.errorString())};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (options.cancelled())
            return Error{{}, QStringLiteral("stopped: nothing was imported")};
        const qint64 got = in.value()->read(buffer.data(), buffer.size());
        if (got < 0)
            return Error{{}, in.value()->errorString()};
        if (got == 0)
            break;
        if (copy.write(buffer.constData(), got) != got)
            return Error{{},
                         QStringLiteral("the temporary copy could not be written (is the "
                                        "disk full?): %1")
                             .arg(copy.errorString())};
        done += got;
        if (options.progress)
            options.progress(done, qint64(entry.size));
    }
    copy.close();
    return readHealthConnect(copy.fileName(), options);
}

/** A whole entry, refused past `most` bytes. */
Result<QByteArray> readEntry(const ZipArchive &zip, const ZipEntry &entry, qint64 most)
{
    if (entry.size > quint64(most))
        return Error{{},
                     QStringLiteral("%1 is larger than such a file ever is")
                         .arg(QFileInfo(entry.name).fileName().left(60))};
    auto in = zip.openEntry(entry);
    if (!in)
        return in.error();
    const QByteArray text = in.value()->readAll();
    if (text.size() != qint64(entry.size))
        return Error{{}, in.value()->errorString()};
    return text;
}

/** Fitbit's account export: its step and active-minute JSON files, a file at a time. */
Result<ActivityFile> readFitbitTakeout(const ZipArchive &zip, const ActivityReadOptions &options)
{
    QTimeZone zone;
    if (const ZipEntry *profile = zip.find(QStringLiteral("Profile.csv"))) {
        auto text = readEntry(zip, *profile, 1 << 20);
        if (text)
            zone = FitbitTakeoutReader::zoneFromProfile(text.value());
    }
    qint64 total = 0;
    for (const ZipEntry &entry : zip.entries())
        if (FitbitTakeoutReader::takes(entry.name))
            total += qint64(entry.size);
    FitbitTakeoutReader reader(zone, options);
    qint64 done = 0;
    for (const ZipEntry &entry : zip.entries()) {
        if (!FitbitTakeoutReader::takes(entry.name))
            continue;
        if (options.cancelled())
            return Error{{}, QStringLiteral("stopped: nothing was imported")};
        auto text = readEntry(zip, entry, kLargestDailyCsv);
        if (!text)
            return text.error();
        if (Status added = reader.add(entry.name, text.value()); !added)
            return added.error();
        done += qint64(entry.size);
        if (options.progress)
            options.progress(done, total);
    }
    return reader.finish();
}

/** One of Fitbit's JSON files on its own: its name says what it holds. */
Result<ActivityFile> readFitbitJson(QFile *file, const ActivityReadOptions &options)
{
    const QString name = QFileInfo(file->fileName()).fileName();
    if (!FitbitTakeoutReader::takes(name))
        return Error{{},
                     QStringLiteral("a Fitbit JSON file Mend reads is named steps-YYYY-MM-DD.json "
                                    "(or very_active_minutes-…, moderately_active_minutes-…); "
                                    "better still, choose the whole export's zip")};
    if (file->size() > kLargestDailyCsv)
        return Error{{}, QStringLiteral("%1 is larger than such a file ever is").arg(name)};
    FitbitTakeoutReader reader({}, options);
    if (Status added = reader.add(name, file->readAll()); !added)
        return added.error();
    if (options.progress)
        options.progress(file->size(), file->size());
    return reader.finish();
}

Result<ActivityFile> readZip(QFile *file, const ActivityReadOptions &options)
{
    auto zip = ZipArchive::open(file);
    if (!zip)
        return zip.error();
    const ZipArchive &archive = zip.value();
    if (const ZipEntry *entry = archive.find(QStringLiteral("export.xml"))) {
        auto in = archive.openEntry(*entry);
        if (!in)
            return in.error();
        return readAppleHealth(in.value().get(), options);
    }
    if (const ZipEntry *entry = archive.find(QString::fromLatin1(kHealthConnectDatabase)))
        return readHealthConnectEntry(archive, *entry, options);
    for (const ZipEntry &entry : archive.entries())
        if (FitbitTakeoutReader::takes(entry.name))
            return readFitbitTakeout(archive, options);
    for (const ZipEntry &entry : archive.entries()) {
        if (!entry.name.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
            continue;
        auto in = archive.openEntry(entry);
        if (!in)
            continue; // another entry may be the one
        const QByteArray head = in.value()->read(4096);
        if (DailyReader reader = dailyReaderFor(head)) {
            auto again = archive.openEntry(entry);
            if (!again)
                return again.error();
            return readDaily(again.value().get(), qint64(entry.size), reader, options);
        }
    }
    return Error{{},
                 QStringLiteral("a zip without an export Mend reads (%1 files in it); %2")
                     .arg(archive.entries().size())
                     .arg(notAFormatMendReads())};
}

} // namespace

Result<ActivityFile> readActivityFile(const QString &path, const ActivityReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{{}, QStringLiteral("cannot open %1: %2").arg(path, file.errorString())};
    const QByteArray head = file.peek(4096);
    if (looksLikeZip(head))
        return readZip(&file, options);
    if (head.startsWith("SQLite format 3"))
        return readHealthConnect(path, options);
    if (looksLikeAppleHealth(head))
        return readAppleHealth(&file, options);
    if (DailyReader reader = dailyReaderFor(head))
        return readDaily(&file, file.size(), reader, options);
    if (looksLikeFitbitJson(head))
        return readFitbitJson(&file, options);
    return Error{{}, notAFormatMendReads()};
}

bool looksLikeActivityExport(const QByteArray &head)
{
    return looksLikeZip(head) || head.startsWith("SQLite format 3") || looksLikeAppleHealth(head) ||
           dailyReaderFor(head) != nullptr || looksLikeFitbitJson(head);
}

} // namespace mend
