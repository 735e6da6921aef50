#include "domain/entrycompare.h"
#include "fhirtestsupport.h"
#include "services/diaryexchange.h"
#include "services/instrumentcatalog.h"
#include "storage/alertrepository.h"
#include "storage/settingsrepository.h"

using namespace mend;
using namespace mend::test;

TEST_CASE("FHIR: Mend's own Bundle round-trips (export, import, export: same resources)", "[fhir]")
{
    TempStore source;
    TimelineRepository timeline(source.db);
    auto demo = seedDemoPatient(*source.episodes, *source.entries, timeline, fixedNow());
    REQUIRE(demo.ok());
    PromRecorder recorder(source.db);
    REQUIRE(seedDemoQuestionnaires(recorder, demo.value(), fixedNow()).ok());
    REQUIRE(timeline
                .addSeriesInjection(
                    {0, 0, demo.value().injectionDate.addDays(7), QStringLiteral("second")},
                    demo.value(), fixedNow().date())
                .ok());
    auto day = source.entries->forEpisode(demo.value().id).at(20);
    day.safety.temperatureC = 38.2;
    day.safety.chills = true;
    day.note = QStringLiteral("hot, \"red\" knee");
    REQUIRE(source.entries->save(day, demo.value(), fixedNow()).ok());

    const QByteArray first = DiaryExchange(source.db).exportFhir(demo.value(), fixedNow());
    const auto content = readFhirBundle(first, InstrumentCatalog::builtIn());
    REQUIRE(content.problems.isEmpty());
    CHECK(content.skipped.isEmpty());
    const auto part = onlyEpisode(content);
    REQUIRE(part.episode.has_value());
    CHECK(part.episode->clinic == demo.value().clinic);
    CHECK(part.episode->baselinePain == demo.value().baselinePain);

    TempStore target;
    auto episode = target.episodes->add(*part.episode, fixedNow());
    REQUIRE(episode.ok());
    const auto report = DiaryExchange(target.db).import(first, episode.value(), fixedNow());
    INFO(report.text().toStdString());
    REQUIRE(report.imported);
    CHECK(report.responses == 5);
    episode.value().createdAt = demo.value().createdAt; // set-up time is not part of the diary
    const QByteArray second = DiaryExchange(target.db).exportFhir(episode.value(), fixedNow());
    CHECK(entriesOf(second) == entriesOf(first));
    CHECK(entriesOf(first).size() > 500);
    const auto koos = PromRepository(target.db).findScheduled(
        episode.value().id, QStringLiteral("koos-jr"), QStringLiteral("6w"));
    REQUIRE(koos);
    CHECK(koos->score(QStringLiteral("total")) == Rational::parse(QStringLiteral("59.381")));

    // The same file again: nothing is added, and the report says so.
    const QStringList before = dump(target.db);
    const auto again = DiaryExchange(target.db).import(first, episode.value(), fixedNow());
    INFO(again.text().toStdString());
    CHECK(again.imported);
    CHECK(again.entries == 0);
    CHECK(again.responses == 0);
    CHECK(again.unchanged == report.entries + report.responses + report.extras);
    CHECK(again.conflicts.isEmpty());
    CHECK(dump(target.db) == before);
}

TEST_CASE("FHIR: a whole diary restores into an empty one (a new phone): every episode and all it "
          "holds, the same export again",
          "[fhir]")
{
    TempStore source;
    const Episode first = seedDemo(source, true);
    TimelineRepository timeline(source.db);
    REQUIRE(timeline
                .addSeriesInjection({0, 0, first.injectionDate.addDays(7), QStringLiteral("2nd")},
                                    first, fixedNow().date())
                .ok());
    AlertRepository alerts(source.db);
    REQUIRE(alerts
                .addIfNew(first.id, first.injectionDate.addDays(3),
                          {QStringLiteral("fever"), QStringLiteral("Temperature 38.4 °C on day 3"),
                           AlertSeverity::ContactClinic},
                          fixedNow().addDays(-40))
                .ok());
    REQUIRE(
        alerts.acknowledge(alerts.forEpisode(first.id).first().id, fixedNow().addDays(-39)).ok());
    REQUIRE(SettingsRepository(source.db)
                .setValue(QStringLiteral("patient.identifier"), QStringLiteral("MRN-77"))
                .ok());
    Episode repeat = kneeEpisode(fixedNow().date().addDays(-10), 5);
    repeat.site = first.site;
    repeat.side = first.side;
    repeat.previousEpisodeId = first.id;
    auto second = source.episodes->add(repeat, fixedNow());
    REQUIRE(second.ok());
    for (int d = -3; d <= 10; ++d)
        REQUIRE(source.entries
                    ->save(painEntry(second.value().injectionDate.addDays(d), 5), second.value(),
                           fixedNow())
                    .ok());
    auto goal = timeline.addGoal({0, 0, QStringLiteral("Climb the stairs"), 0, 30, {}, {}},
                                 second.value(), fixedNow());
    REQUIRE(goal.ok());
    REQUIRE(timeline.setGoalAchieved(goal.value().id, fixedNow().date()).ok());

    const QByteArray exported = DiaryExchange(source.db).exportFhirDiary(fixedNow());
    TempStore phone; // a new phone: no episode, nothing set up
    const auto report =
        DiaryExchange(phone.db).import(exported, std::nullopt, fixedNow().addDays(1));
    INFO(report.text().toStdString());
    REQUIRE(report.imported);
    CHECK(report.restored == 2);
    CHECK(report.text().startsWith(QStringLiteral("imported 2 episode(s) set up from the file")));

    const auto restored = phone.episodes->all();
    REQUIRE(restored.size() == 2);
    CHECK(restored.at(1).previousEpisodeId == restored.at(0).id);
    CHECK(restored.at(0).clinic == first.clinic);
    CHECK(restored.at(0).createdAt == first.createdAt);
    CHECK(SettingsRepository(phone.db).value(QStringLiteral("patient.identifier")) ==
          QStringLiteral("MRN-77"));
    const auto restoredAlerts = AlertRepository(phone.db).forEpisode(restored.at(0).id);
    REQUIRE(restoredAlerts.size() == 1);
    CHECK(restoredAlerts.first().acknowledgedAt == fixedNow().addDays(-39).toUTC());
    CHECK(TimelineRepository(phone.db).goals(restored.at(1).id).first().achievedOn ==
          fixedNow().date());
    CHECK(TimelineRepository(phone.db).events(restored.at(0).id).size() ==
          timeline.events(first.id).size());

    // Resource by resource, the restored diary exports what the first one did.
    const QByteArray again = DiaryExchange(phone.db).exportFhirDiary(fixedNow());
    const QJsonArray before = entriesOf(exported);
    const QJsonArray after = entriesOf(again);
    CHECK(before.size() > 600);
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < before.size(); ++i) {
        INFO(QJsonDocument(before.at(i).toObject()).toJson().toStdString());
        CHECK(after.at(i) == before.at(i));
    }
    const QStringList types{QStringLiteral("Goal"), QStringLiteral("Flag")};
    for (const auto &type : types)
        CHECK(std::any_of(before.cbegin(), before.cend(), [&](const QJsonValue &e) {
            return e[QStringLiteral("resource")][QStringLiteral("resourceType")] == type;
        }));

    // Restoring the same file again adds nothing and changes nothing.
    const QStringList state = dump(phone.db);
    const auto twice = DiaryExchange(phone.db).import(exported, std::nullopt, fixedNow());
    INFO(twice.text().toStdString());
    CHECK(twice.imported);
    CHECK(twice.restored == 0);
    CHECK(twice.entries == 0);
    CHECK(twice.extras == 0);
    CHECK(dump(phone.db) == state);
}

TEST_CASE("FHIR: a Bundle of several patients is refused by a diary, data that names no injection "
          "needs an episode",
          "[fhir]")
{
    TempStore source;
    const Episode demo = seedDemo(source, false);
    QJsonObject bundle =
        QJsonDocument::fromJson(DiaryExchange(source.db).exportFhir(demo, fixedNow())).object();
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    QJsonObject other = entries.at(0).toObject(); // the Patient, under another name
    other.insert(QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:someone-else"));
    entries.append(other);
    const auto observation =
        std::find_if(entries.cbegin(), entries.cend(), [](const QJsonValue &e) {
            return e[QStringLiteral("resource")][QStringLiteral("resourceType")] ==
                   QStringLiteral("Observation");
        });
    REQUIRE(observation != entries.cend());
    QJsonObject pain = observation->toObject(); // a day of the other person's
    QJsonObject resource = pain.value(QStringLiteral("resource")).toObject();
    resource.insert(
        QStringLiteral("subject"),
        QJsonObject{{QStringLiteral("reference"), QStringLiteral("urn:uuid:someone-else")}});
    resource.remove(QStringLiteral("partOf"));
    pain.insert(QStringLiteral("resource"), resource);
    pain.insert(QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:their-pain"));
    entries.append(pain);
    bundle.insert(QStringLiteral("entry"), entries);
    TempStore target;
    const auto refused =
        DiaryExchange(target.db).import(QJsonDocument(bundle).toJson(), std::nullopt, fixedNow());
    CHECK_FALSE(refused.imported);
    CHECK(refused.problems ==
          QStringList{QStringLiteral("the file holds 2 patients; a diary keeps one person's (a "
                                     "clinic imports such files into its cohort)")});
    CHECK(dump(target.db) == dump(TempStore().db));

    // Another system's file into a diary with no injection yet: the patient sets it up first.
    const auto foreign = DiaryExchange(target.db).import(fhirFixture("foreign-bundle.json"),
                                                         std::nullopt, fixedNow());
    CHECK_FALSE(foreign.imported);
    CHECK(foreign.problems ==
          QStringList{QStringLiteral("the diary has no injection set up yet, and the file names "
                                     "none: set up the injection first, then import")});
}

TEST_CASE("FHIR: the transaction form creates each resource only if its stable identifier is new, "
          "and imports like the collection",
          "[fhir]")
{
    TempStore source;
    const Episode demo = seedDemo(source, true);
    const DiaryExchange exchange(source.db);
    const QByteArray collection = exchange.exportFhir(demo, fixedNow());
    const QByteArray transaction =
        exchange.exportFhir(demo, fixedNow(), FhirBundleType::Transaction);
    CHECK(QJsonDocument::fromJson(transaction).object().value(QStringLiteral("type")) ==
          QStringLiteral("transaction"));

    const QJsonArray entries = entriesOf(transaction);
    REQUIRE(entries.size() == entriesOf(collection).size());
    QSet<QString> identifiers;
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        INFO(type.toStdString());
        CHECK(!resource.contains(QStringLiteral("id")));
        CHECK(request.value(QStringLiteral("method")) == QStringLiteral("POST"));
        CHECK(request.value(QStringLiteral("url")) == type);
        const QString uuid = entry.value(QStringLiteral("fullUrl")).toString().mid(9);
        CHECK(request.value(QStringLiteral("ifNoneExist")) ==
              QStringLiteral("identifier=urn:mend:resource|") + uuid);
        const QJsonValue identifier = resource.value(QStringLiteral("identifier"));
        const QJsonArray all =
            identifier.isArray() ? identifier.toArray() : QJsonArray{identifier.toObject()};
        CHECK(std::any_of(all.begin(), all.end(), [&](const QJsonValue &i) {
            return i[QStringLiteral("system")] == QStringLiteral("urn:mend:resource") &&
                   i[QStringLiteral("value")] == uuid;
        }));
        identifiers.insert(uuid);
    }
    CHECK(identifiers.size() == entries.size());

    // Both forms read the same: the days, the answers with their time points.
    const auto collectionRead = readFhirBundle(collection, InstrumentCatalog::builtIn());
    const auto transactionRead = readFhirBundle(transaction, InstrumentCatalog::builtIn());
    REQUIRE(transactionRead.problems.isEmpty());
    CHECK(transactionRead.skipped.isEmpty());
    const auto fromCollection = onlyEpisode(collectionRead);
    const auto fromTransaction = onlyEpisode(transactionRead);
    REQUIRE(fromTransaction.entries.size() == fromCollection.entries.size());
    for (int i = 0; i < fromCollection.entries.size(); ++i)
        CHECK(sameDiaryValues(fromTransaction.entries.at(i), fromCollection.entries.at(i)));
    REQUIRE(fromTransaction.responses.size() == fromCollection.responses.size());
    for (int i = 0; i < fromCollection.responses.size(); ++i) {
        CHECK(!fromCollection.responses.at(i).timePointId.isEmpty());
        CHECK(fromTransaction.responses.at(i).timePointId ==
              fromCollection.responses.at(i).timePointId);
        CHECK(fromTransaction.responses.at(i).answers == fromCollection.responses.at(i).answers);
    }
}

TEST_CASE("FHIR: a Bundle of only treatments and alerts, imported twice, is imported and adds "
          "nothing the second time (found by fuzz_import)",
          "[fhir]")
{
    TempStore store;
    auto episode = store.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    const QByteArray file =
        readAll(QStringLiteral(MEND_TEST_DATA_DIR "/fhir/extras-only-bundle.json"));
    const auto first = DiaryExchange(store.db).import(file, episode.value(), fixedNow());
    REQUIRE(first.imported);
    CHECK(first.entries == 0);
    CHECK(first.extras == 2);
    const auto again = DiaryExchange(store.db).import(file, episode.value(), fixedNow());
    INFO(again.text(true).toStdString());
    CHECK(again.imported);
    CHECK(again.extras == 0);
    CHECK(again.unchanged == 2);
}

TEST_CASE("A day's range of motion in another order is the same day: a file imported twice "
          "finds no difference (found by fuzz_import)",
          "[fhir][csv]")
{
    RomReading flexion{QStringLiteral("knee-flexion"), 100, RomSide::Treated};
    RomReading extension{QStringLiteral("knee-extension"), 5, RomSide::Treated};
    RomReading otherFlexion{QStringLiteral("knee-flexion"), 120, RomSide::Other};
    RomReading otherExtension{QStringLiteral("knee-extension"), 3, RomSide::Other};
    DailyEntry ours;
    ours.date = QDate(2026, 9, 2);
    ours.painAverage = 5;
    ours.rom = {extension, flexion, otherExtension, otherFlexion};
    DailyEntry theirs = ours;
    theirs.rom = {otherFlexion, flexion, otherExtension, extension};
    CHECK(dayDifferences(ours, theirs).isEmpty());
    theirs.rom[1].degrees = 101;
    const auto differences = dayDifferences(ours, theirs);
    REQUIRE(differences.size() == 1);
    CHECK(differences.first().theirs ==
          QStringLiteral("knee-extension 5°, knee-flexion 101°, knee-extension 3° (other side), "
                         "knee-flexion 120° (other side)"));

    // Through the whole import: Mend's CSV lists them by column (flexion first), a Bundle in
    // whatever order its Observations come.
    TempStore source;
    auto episode = source.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
    REQUIRE(episode.ok());
    DailyEntry day = ours;
    day.episodeId = episode.value().id;
    REQUIRE(source.entries->save(day, episode.value(), fixedNow()).ok());
    const QByteArray csv = DiaryExchange(source.db).exportCsv(episode.value());
    auto bundle =
        QJsonDocument::fromJson(DiaryExchange(source.db).exportFhir(episode.value(), fixedNow()))
            .object();
    QJsonArray reversed;
    for (const auto &entry : bundle.value(QStringLiteral("entry")).toArray())
        reversed.prepend(entry);
    bundle.insert(QStringLiteral("entry"), reversed);
    const QByteArray fhir = QJsonDocument(bundle).toJson();
    for (const QByteArray &file : {csv, fhir}) {
        TempStore target;
        auto into = target.episodes->add(kneeEpisode(QDate(2026, 9, 1)), fixedNow());
        REQUIRE(into.ok());
        const auto first = DiaryExchange(target.db).import(file, into.value(), fixedNow());
        INFO(first.text(true).toStdString());
        REQUIRE(first.imported);
        CHECK(first.entries == 1);
        const auto again = DiaryExchange(target.db).import(file, into.value(), fixedNow());
        INFO(again.text(true).toStdString());
        CHECK(again.imported);
        CHECK(again.entries == 0);
        CHECK(again.conflicts.isEmpty());
        CHECK(target.entries->forEpisode(into.value().id).first().rom == ours.rom);
    }
}
