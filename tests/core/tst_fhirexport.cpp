#include "exchange/fhircodes.h"
#include "fhirtestsupport.h"
#include "services/diaryexchange.h"
#include "services/instrumentcatalog.h"
#include "storage/settingsrepository.h"

using namespace mend;
using namespace mend::test;

TEST_CASE("FHIR: 72514-3 is the day's average pain alone, rest, activity and worst pain carry "
          "Mend's own codes, exports that coded them 72514-3 with a context still read",
          "[fhir]")
{
    TempStore source;
    const Episode demo = seedDemo(source, false);
    auto day = source.entries->forEpisode(demo.id).at(10);
    day.painRest = 2;
    day.painActivity = 6;
    day.painWorst = 8;
    REQUIRE(source.entries->save(day, demo, fixedNow()).ok());
    const QByteArray bundle = DiaryExchange(source.db).exportFhir(demo, fixedNow());

    QMap<QString, int> loincPainPerDay;
    QMap<QString, int> contextCodes;
    QJsonArray entries = entriesOf(bundle);
    for (const auto &entry : entries) {
        const QJsonObject r = entry.toObject().value(QStringLiteral("resource")).toObject();
        for (const auto &c :
             r.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray()) {
            const QString code = c.toObject().value(QStringLiteral("code")).toString();
            if (code == QLatin1String("72514-3"))
                ++loincPainPerDay[r.value(QStringLiteral("effectiveDateTime")).toString()];
            if (code == QLatin1String("pain-rest") || code == QLatin1String("pain-activity") ||
                code == QLatin1String("pain-worst-24h"))
                ++contextCodes[code];
        }
    }
    CHECK(loincPainPerDay.size() == source.entries->forEpisode(demo.id).size());
    CHECK(std::all_of(loincPainPerDay.cbegin(), loincPainPerDay.cend(),
                      [](int n) { return n == 1; }));
    CHECK(contextCodes.value(QStringLiteral("pain-rest")) >= 1);
    CHECK(contextCodes.value(QStringLiteral("pain-activity")) >= 1);
    CHECK(contextCodes.value(QStringLiteral("pain-worst-24h")) >= 1);

    const auto read = [&](const QByteArray &json) {
        const auto content = readFhirBundle(json, InstrumentCatalog::builtIn());
        REQUIRE(content.problems.isEmpty());
        const auto entries = onlyEpisode(content).entries;
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                     [&](const DailyEntry &e) { return e.date == day.date; });
        REQUIRE(it != entries.cend());
        return *it;
    };
    const DailyEntry now = read(bundle);
    CHECK(now.painRest == 2);
    CHECK(now.painActivity == 6);
    CHECK(now.painWorst == 8);

    // The earlier shape: LOINC 72514-3 and a component naming the context.
    int rewritten = 0;
    for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
        QJsonObject e = entry->toObject();
        QJsonObject r = e.value(QStringLiteral("resource")).toObject();
        const QString code = r.value(QStringLiteral("code"))
                                 .toObject()
                                 .value(QStringLiteral("coding"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        const QString context = fhir::contextualPainCode(code);
        if (context.isEmpty())
            continue;
        r.insert(
            QStringLiteral("code"),
            QJsonObject{{QStringLiteral("coding"),
                         QJsonArray{QJsonObject{{QStringLiteral("system"), fhir::kLoinc},
                                                {QStringLiteral("code"), fhir::kPainLoinc}}}}});
        r.insert(QStringLiteral("component"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("code"),
                      QJsonObject{{QStringLiteral("coding"),
                                   QJsonArray{QJsonObject{{QStringLiteral("system"), fhir::kMend},
                                                          {QStringLiteral("code"),
                                                           QStringLiteral("pain-context")}}}}}},
                     {QStringLiteral("valueCodeableConcept"),
                      QJsonObject{{QStringLiteral("coding"),
                                   QJsonArray{QJsonObject{{QStringLiteral("system"), fhir::kMend},
                                                          {QStringLiteral("code"), context}}}}}}}});
        e.insert(QStringLiteral("resource"), r);
        *entry = e;
        ++rewritten;
    }
    REQUIRE(rewritten >= 3);
    QJsonObject old = QJsonDocument::fromJson(bundle).object();
    old.insert(QStringLiteral("entry"), entries);
    const DailyEntry before = read(QJsonDocument(old).toJson());
    CHECK(before.painRest == 2);
    CHECK(before.painActivity == 6);
    CHECK(before.painWorst == 8);
    CHECK(before.painAverage == now.painAverage);
}

namespace {

/** A device that takes `room` bytes and refuses every write after them, as a full disk does. */
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }
    qint64 taken() const { return m_taken; }
    int refusals() const { return m_refusals; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_taken + size > m_room) {
            ++m_refusals;
            return -1;
        }
        m_taken += size;
        return size;
    }

private:
    qint64 m_room;
    qint64 m_taken = 0;
    int m_refusals = 0;
};

} // namespace

TEST_CASE("FHIR: the Bundle is written as it is made, byte for byte what Qt's JSON writer gives, "
          "and a refused write stops it",
          "[fhir]")
{
    TempStore store;
    TimelineRepository timeline(store.db);
    auto demo = seedDemoPatient(*store.episodes, *store.entries, timeline, fixedNow());
    REQUIRE(demo.ok());
    PromRecorder recorder(store.db);
    REQUIRE(seedDemoQuestionnaires(recorder, demo.value(), fixedNow()).ok());
    REQUIRE(SettingsRepository(store.db)
                .setValue(QStringLiteral("patient.identifier"), QStringLiteral("MRN \"7\" <b>"))
                .ok());
    auto day = store.entries->forEpisode(demo.value().id).at(3);
    day.note = QStringLiteral("line one\nline two, \"quoted\", tab\there, é ✓");
    REQUIRE(store.entries->save(day, demo.value(), fixedNow()).ok());
    const DiaryExchange exchange(store.db);

    for (const auto type : {FhirBundleType::Collection, FhirBundleType::Transaction}) {
        const QByteArray streamed = exchange.exportFhirDiary(fixedNow(), type);
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(streamed, &error);
        INFO(error.errorString().toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        // What Qt writes for the same object: the streamed file is indistinguishable from it.
        CHECK(parsed.toJson(QJsonDocument::Indented) == streamed);
        CHECK(entriesOf(streamed).size() > 500);
        CHECK(parsed.object().value(QStringLiteral("type")).toString() ==
              (type == FhirBundleType::Transaction ? QStringLiteral("transaction")
                                                   : QStringLiteral("collection")));
        CHECK(exchange.exportFhir(demo.value(), fixedNow(), type) == streamed); // one episode
    }

    // A disk that fills after 10 kB: false, and nothing more is written after the refusal.
    FullDevice full(10000);
    CHECK_FALSE(exchange.writeFhir(full, std::nullopt, fixedNow()));
    CHECK(full.taken() <= 10000);
    CHECK(full.taken() > 1000);
    CHECK(full.refusals() == 1);
}
