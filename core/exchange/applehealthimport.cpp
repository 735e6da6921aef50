#include "applehealthimport.h"

#include "domain/activitymerge.h"

#include <QHash>
#include <QIODevice>
#include <QXmlStreamReader>
#include <cmath>

namespace mend {

namespace {

const QString kSteps = QStringLiteral("HKQuantityTypeIdentifierStepCount");
const QString kExercise = QStringLiteral("HKQuantityTypeIdentifierAppleExerciseTime");
constexpr qint64 kChunk = 1 << 20;
/** No element of a real export comes near this; a larger one is a hostile or broken file. */
constexpr qint64 kLongestElement = 16 << 20;

/** Apple's default order (support.apple.com HT204351): what the person typed, then Apple's
 *  devices, then other apps, the most recently added first. Mend puts a watch before a phone. */
enum SourceClass : quint16
{
    Typed = 0,
    Watch = 1,
    Phone = 2,
    OtherApp = 3
};

struct Instant
{
    QDate day;
    qint64 seconds = 0; // since the epoch
    int utcOffset = 0;  // seconds east of UTC, as written
};

int digits(QStringView text, qsizetype at, qsizetype count, bool *ok)
{
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

/** "2017-01-22 18:57:52 +0200": the local day as written, and the instant. */
std::optional<Instant> parseInstant(QStringView text)
{
    if (text.size() != 25 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u' ' ||
        text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u' ' ||
        (text.at(20) != u'+' && text.at(20) != u'-'))
        return std::nullopt;
    bool ok = true;
    const QDate day(digits(text, 0, 4, &ok), digits(text, 5, 2, &ok), digits(text, 8, 2, &ok));
    const int h = digits(text, 11, 2, &ok), m = digits(text, 14, 2, &ok),
              s = digits(text, 17, 2, &ok);
    const int offset = (digits(text, 21, 2, &ok) * 60 + digits(text, 23, 2, &ok)) * 60;
    if (!ok || !day.isValid() || h > 23 || m > 59 || s > 60)
        return std::nullopt;
    const qint64 local = (day.toJulianDay() - 2440588) * 86400 + h * 3600 + m * 60 + s;
    const int signedOffset = text.at(20) == u'+' ? offset : -offset;
    return Instant{day, local - signedOffset, signedOffset};
}

SourceClass classify(QStringView source, QStringView device)
{
    if (source == u"Health")
        return Typed;
    if (device.contains(u"Watch") || source.contains(u"Watch"))
        return Watch;
    if (device.contains(u"iPhone") || device.contains(u"iPod") || source.contains(u"iPhone"))
        return Phone;
    return OtherApp;
}

struct Source
{
    ActivitySourceTotal total;
    SourceClass kind = OtherApp;
    QString
        firstCreated; // ISO-like text sorts as time within one offset; close enough to order apps
};

class Reader
{
public:
    explicit Reader(const ActivityReadOptions &options) : m_options(options) {}

    Result<ActivityFile> read(QIODevice *in);

private:
    Status startRecord();
    void endRecord();
    quint16 sourceIndex(const QString &name, QStringView device, QStringView created);
    ActivityFile finish();

    const ActivityReadOptions &m_options;
    QXmlStreamReader m_xml;
    QList<Source> m_sources;
    QHash<QString, quint16> m_sourceIds;
    QList<ActivitySample> m_steps;
    QList<ActivitySample> m_minutes;
    std::optional<ActivitySample> m_pending;
    bool m_pendingIsSteps = false;
    bool m_pendingTyped = false;
    int m_pendingOffset = 0;
    qint64 m_records = 0;
    qint64 m_skipped = 0;
    bool m_sawRoot = false;
};

quint16 Reader::sourceIndex(const QString &name, QStringView device, QStringView created)
{
    auto it = m_sourceIds.constFind(name);
    if (it != m_sourceIds.constEnd())
        return *it;
    const auto id = quint16(m_sources.size());
    Source source;
    source.total.source = name;
    source.kind = classify(name, device);
    source.firstCreated = created.toString();
    m_sources.append(source);
    m_sourceIds.insert(name, id);
    return id;
}

Status Reader::startRecord()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView type = attributes.value(QLatin1String("type"));
    const bool steps = type == kSteps;
    if (!steps && type != kExercise)
        return Done{};
    const auto start = parseInstant(attributes.value(QLatin1String("startDate")));
    const auto end = parseInstant(attributes.value(QLatin1String("endDate")));
    bool numeric = false;
    const double value = attributes.value(QLatin1String("value")).toDouble(&numeric);
    if (!start || !end || !numeric || !std::isfinite(value) || value < 0 ||
        end->seconds < start->seconds)
        return Error{{},
                     QStringLiteral("line %1: a %2 record whose dates or value cannot be read")
                         .arg(m_xml.lineNumber())
                         .arg(steps ? QStringLiteral("step") : QStringLiteral("exercise"))};
    ++m_records;
    const quint16 source = sourceIndex(attributes.value(QLatin1String("sourceName")).toString(),
                                       attributes.value(QLatin1String("device")),
                                       attributes.value(QLatin1String("creationDate")));
    ActivitySourceTotal &total = m_sources[source].total;
    ++total.records;
    (steps ? total.steps : total.activeMinutes) += value;
    if (!m_options.keeps(start->day)) {
        ++m_skipped;
        return Done{};
    }
    ActivitySample sample;
    sample.day = start->day;
    sample.start = start->seconds;
    // A span past a day is an app's summary (one record per day): kept whole on its start day.
    sample.seconds = qint32(std::min<qint64>(end->seconds - start->seconds, 7 * 86400));
    sample.value = float(value);
    sample.source = source;
    m_pending = sample;
    m_pendingIsSteps = steps;
    m_pendingTyped = false;
    m_pendingOffset = start->utcOffset;
    return Done{};
}

void Reader::endRecord()
{
    if (!m_pending)
        return;
    ActivitySample sample = *m_pending;
    m_pending.reset();
    // A count typed into Health ranks with Health's own, whichever app wrote it.
    sample.rank = m_pendingTyped ? quint16(Typed) : quint16(m_sources.at(sample.source).kind);
    for (const ActivitySample &part : splitAtLocalMidnight(sample, m_pendingOffset))
        if (m_options.keeps(part.day))
            (m_pendingIsSteps ? m_steps : m_minutes).append(part);
}

ActivityFile Reader::finish()
{
    // Other apps: the one added last comes first (Apple's default), by its first record here.
    QList<quint16> apps;
    for (quint16 i = 0; i < m_sources.size(); ++i)
        if (m_sources.at(i).kind == OtherApp)
            apps.append(i);
    std::sort(apps.begin(), apps.end(), [this](quint16 a, quint16 b) {
        return m_sources.at(a).firstCreated > m_sources.at(b).firstCreated;
    });
    QHash<quint16, quint16> appOrder;
    for (qsizetype i = 0; i < apps.size(); ++i)
        appOrder.insert(apps.at(i), quint16(i));
    auto rerank = [&](QList<ActivitySample> &samples) {
        for (ActivitySample &s : samples)
            if (s.rank == OtherApp)
                s.rank = quint16(OtherApp + appOrder.value(s.source));
    };
    rerank(m_steps);
    rerank(m_minutes);
    QStringList names;
    for (const Source &s : std::as_const(m_sources))
        names.append(s.total.source);

    ActivityFile file;
    file.format = QStringLiteral("Apple Health");
    file.days = mergeDays(std::move(m_steps), std::move(m_minutes), names);
    for (const Source &s : std::as_const(m_sources))
        file.sources.append(s.total);
    file.records = m_records;
    file.skippedOutside = m_skipped;
    return file;
}

Result<ActivityFile> Reader::read(QIODevice *in)
{
    qint64 fed = 0;
    qint64 lastToken = 0;
    bool ended = false;
    while (!ended) {
        for (;;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (m_xml.hasError())
                break; // more data needed, or the file is broken: seen below
            if (token == QXmlStreamReader::EndDocument) {
                ended = true;
                break;
            }
            lastToken = fed;
            if (token == QXmlStreamReader::DTD && !m_xml.entityDeclarations().isEmpty())
                return Error{{},
                             QStringLiteral("line %1: the file declares entities; a Health export "
                                            "declares none")
                                 .arg(m_xml.lineNumber())};
            if (token == QXmlStreamReader::StartElement) {
                const QStringView name = m_xml.name();
                if (!m_sawRoot) {
                    if (name != u"HealthData")
                        return Error{{},
                                     QStringLiteral("not an Apple Health export: it starts "
                                                    "with <%1>, not <HealthData>")
                                         .arg(name.left(40))};
                    m_sawRoot = true;
                } else if (name == u"Record") {
                    if (auto status = startRecord(); !status)
                        return status.error();
                } else if (m_pending && name == u"MetadataEntry" &&
                           m_xml.attributes().value(QLatin1String("key")) == u"HKWasUserEntered" &&
                           m_xml.attributes().value(QLatin1String("value")) == u"1") {
                    m_pendingTyped = true;
                }
            } else if (token == QXmlStreamReader::EndElement && m_xml.name() == u"Record") {
                endRecord();
            }
        }
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return Error{
                {}, QStringLiteral("line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString())};
        if (ended)
            break;
        if (m_options.cancelled())
            return Error{{}, QStringLiteral("stopped: nothing was imported")};
        QByteArray chunk(kChunk, Qt::Uninitialized);
        const qint64 got = in->read(chunk.data(), kChunk);
        if (got < 0)
            return Error{{}, in->errorString()};
        chunk.truncate(got);
        if (chunk.isEmpty()) {
            if (!m_sawRoot)
                return Error{{}, QStringLiteral("not an Apple Health export: no <HealthData>")};
            return Error{{},
                         QStringLiteral("the file ends before the export does (line %1): it "
                                        "was cut short; export it again")
                             .arg(m_xml.lineNumber())};
        }
        fed += chunk.size();
        if (fed - lastToken > kLongestElement)
            return Error{{},
                         QStringLiteral("line %1: one element runs past 16 MB; a Health "
                                        "export has none so long")
                             .arg(m_xml.lineNumber())};
        m_xml.addData(chunk);
        if (m_options.progress)
            m_options.progress(fed, in->size());
    }
    return finish();
}

} // namespace

Result<ActivityFile> readAppleHealth(QIODevice *in, const ActivityReadOptions &options)
{
    return Reader(options).read(in);
}

bool looksLikeAppleHealth(const QByteArray &head)
{
    return head.contains("<HealthData") ||
           (head.startsWith("<?xml") && head.contains("HealthKit Export"));
}

} // namespace mend
