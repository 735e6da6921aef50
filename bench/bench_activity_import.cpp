// Apple Health import of a big export: a generated export.xml of SIZE MB (default 1024) in the
// shape the Health app writes (its DTD, phone and watch step counts that overlap, heart rate and
// energy records Mend skips, metadata children), read by Mend and by a plain QXmlStreamReader pass
// that does nothing but find the records. Each read runs in its own process so that each peak RSS
// is its own. Usage: bench_activity_import [SIZE_MB] [runs]
//   bench_activity_import generate FILE SIZE_MB | reference FILE | mend FILE   (the children)
#include "exchange/applehealthimport.h"
#include "phonebudget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <algorithm>
#include <cstdio>

namespace {

/** Years the generated export spans; the episode (and so the days kept) is its last year. */
constexpr int kYears = 5;
const QDate kLastDay(2026, 11, 30);

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+)"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

QByteArray stamp(const QDate &day, int minute)
{
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:00 +0100", day.year(), day.month(),
                  day.day(), minute / 60, minute % 60);
    return QByteArray(text);
}

QByteArray record(const char *type, const char *source, const char *device, const char *unit,
                  const QDate &day, int minute, int minutes, int value)
{
    QByteArray r = " <Record type=\"";
    r += type;
    r += "\" sourceName=\"";
    r += source;
    r += "\" sourceVersion=\"17.1\" device=\"";
    r += device;
    r += "\" unit=\"";
    r += unit;
    r += "\" creationDate=\"" + stamp(day, std::min(minute + minutes + 1, 1439));
    r += "\" startDate=\"" + stamp(day, minute);
    r += "\" endDate=\"" + stamp(day, std::min(minute + minutes, 1439));
    r += "\" value=\"" + QByteArray::number(value) + "\"";
    return r;
}

int generate(const QString &path, qint64 megabytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    QFile dtd(QStringLiteral(MEND_APPLE_HEADER));
    if (!dtd.open(QIODevice::ReadOnly))
        return 1;
    out.write(dtd.readAll());
    const char *phone = "&lt;&lt;HKDevice: 0x28; name:iPhone, manufacturer:Apple Inc., "
                        "model:iPhone, hardware:iPhone14,5, software:17.1&gt;";
    const char *watch = "&lt;&lt;HKDevice: 0x29; name:Apple Watch, manufacturer:Apple Inc., "
                        "model:Watch, hardware:Watch6,1, software:10.1&gt;";
    const qint64 target = megabytes << 20;
    QRandomGenerator random(17);
    const QDate first = kLastDay.addYears(-kYears);
    const qint64 days = first.daysTo(kLastDay) + 1;
    // Spread the records over the years: as many per day as the size asks (a record with its
    // device is about 400 bytes).
    const qint64 perDay = std::max<qint64>(1, target / days / 400);
    QByteArray buffer;
    for (QDate day = first; day <= kLastDay; day = day.addDays(1)) {
        for (qint64 i = 0; i < perDay; ++i) {
            const int minute = int(i * 1380 / perDay);
            switch (i % 6) {
            case 0:
                buffer += record("HKQuantityTypeIdentifierStepCount", "Anna’s iPhone", phone,
                                 "count", day, minute, 9, 200 + random.bounded(600)) +
                          "/>\n";
                break;
            case 1: // the watch counted the same walk
                buffer += record("HKQuantityTypeIdentifierStepCount", "Anna’s Apple Watch", watch,
                                 "count", day, minute, 5, 150 + random.bounded(500)) +
                          "/>\n";
                break;
            case 2:
                buffer += record("HKQuantityTypeIdentifierAppleExerciseTime", "Anna’s Apple Watch",
                                 watch, "min", day, minute, 1, 1) +
                          "/>\n";
                break;
            case 3:
                buffer += record("HKQuantityTypeIdentifierHeartRate", "Anna’s Apple Watch", watch,
                                 "count/min", day, minute, 0, 60 + random.bounded(60)) +
                          ">\n  <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" "
                          "value=\"0\"/>\n </Record>\n";
                break;
            default:
                buffer += record("HKQuantityTypeIdentifierActiveEnergyBurned", "Anna’s Apple Watch",
                                 watch, "Cal", day, minute, 1, random.bounded(20)) +
                          "/>\n";
            }
        }
        if (buffer.size() > (8 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    out.write("</HealthData>\n");
    return 0;
}

int readReference(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QXmlStreamReader xml(&file);
    qint64 records = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Record")
            ++records;
    if (xml.hasError())
        return 1;
    std::printf("records=%lld peak-rss-kb=%lld\n", static_cast<long long>(records),
                static_cast<long long>(peakRssKb()));
    return 0;
}

int readMend(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    mend::ActivityReadOptions options; // an episode injected a year before the last day
    options.from = kLastDay.addYears(-1).addDays(-14);
    options.to = kLastDay;
    const auto read = mend::readAppleHealth(&file, options);
    if (!read) {
        std::fprintf(stderr, "%s\n", qPrintable(read.error().text()));
        return 1;
    }
    std::printf(
        "records=%lld days=%lld peak-rss-kb=%lld\n", static_cast<long long>(read.value().records),
        static_cast<long long>(read.value().days.size()), static_cast<long long>(peakRssKb()));
    return 0;
}

struct Run
{
    double seconds = 0;
    double peakMb = 0;
    QString output;
};

Run runChild(const QString &mode, const QString &file)
{
    QProcess child;
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {mode, file});
    child.waitForFinished(-1);
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.output = QString::fromLatin1(child.readAllStandardOutput()).trimmed();
    static const QRegularExpression rss(QStringLiteral("peak-rss-kb=(\\d+)"));
    run.peakMb = rss.match(run.output).captured(1).toDouble() / 1024.0;
    if (child.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(mode),
                     child.readAllStandardError().constData());
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == u"generate")
        return generate(args.at(2), args.at(3).toLongLong());
    if (args.size() >= 3 && args.at(1) == u"reference")
        return readReference(args.at(2));
    if (args.size() >= 3 && args.at(1) == u"mend")
        return readMend(args.at(2));

    const qint64 megabytes = args.size() > 1 ? args.at(1).toLongLong() : 1024;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.xml"));
    QElapsedTimer timer;
    timer.start();
    if (generate(file, megabytes) != 0)
        return 1;
    const double sizeMb = double(QFile(file).size()) / (1 << 20);
    std::printf("Apple Health import: a generated export.xml of %.0f MB (%.1f s to write)\n",
                sizeMb, double(timer.elapsed()) / 1000.0);
    QList<double> ratios;
    Run mend, reference;
    for (int i = 0; i < runs; ++i) { // alternating, so that the page cache favours neither
        reference = runChild(QStringLiteral("reference"), file);
        mend = runChild(QStringLiteral("mend"), file);
        ratios.append(reference.seconds / mend.seconds);
        std::printf("  run %d: plain QXmlStreamReader %.2f s (%.0f MB/s), Mend %.2f s (%.0f MB/s): "
                    "throughput ratio %.2f\n",
                    i + 1, reference.seconds, sizeMb / reference.seconds, mend.seconds,
                    sizeMb / mend.seconds, ratios.last());
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("  throughput, Mend / plain reader: median %.2f (min %.2f, max %.2f; target >= "
                "0.5)\n",
                ratios.at(ratios.size() / 2), ratios.first(), ratios.last());
    std::printf("  peak RSS: Mend %.1f MB, plain reader %.1f MB (target < 100 MB)\n", mend.peakMb,
                reference.peakMb);
    std::printf("  Mend: %s\n  reference: %s\n", qPrintable(mend.output),
                qPrintable(reference.output));
    std::printf("  on a phone about 4x slower: %.1f s for this file\n", onPhone(mend.seconds));
    return 0;
}
