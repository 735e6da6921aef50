#include "demodiary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

namespace {

/** Every role the model names, on every row, is a valid value (no role reads nothing). */
void checkEveryRoleHasData(const QAbstractItemModel &model)
{
    const auto roles = model.roleNames();
    REQUIRE_FALSE(roles.isEmpty());
    for (int row = 0; row < model.rowCount(); ++row)
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            INFO("row " << row << ", role " << it.value().constData());
            CHECK(model.data(model.index(row, 0), it.key()).isValid());
        }
}

QStringList column(const QAbstractItemModel &model, const QByteArray &role)
{
    const int key = model.roleNames().key(role, -1);
    REQUIRE(key >= 0);
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.data(model.index(row, 0), key).toString());
    return out;
}

} // namespace

TEST_CASE("The lists QML shows pass QAbstractItemModelTester through the changes a day brings",
          "[models]")
{
    DemoDiary demo;
    auto *app = demo.app.get();
    app->review()->showEpisode(0);
    app->cohort()->open();
    QAbstractItemModel *models[] = {
        app->cohort()->rows(),          app->review()->verdicts(),
        app->review()->milestones(),    app->review()->events(),
        app->outcomes()->due(),         app->history(),
        app->timeline()->milestones(),  app->timeline()->tableRows(),
        app->review()->measures(),      app->review()->rom(),
        app->reminders()->banners(),    app->outcomes()->verdicts(),
        app->outcomes()->instruments(), app->outcomes()->extraInstruments(),
        app->outcomes()->rows(),        app->questionnaire()->options()};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (auto *m : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::Fatal));

    CHECK(app->cohort()->rows()->rowCount() == 3);
    CHECK(app->review()->verdicts()->rowCount() > 0);
    CHECK(app->review()->milestones()->rowCount() > 0);
    CHECK(app->review()->events()->rowCount() > 0);
    CHECK(app->timeline()->milestones()->rowCount() > 0);
    CHECK(app->timeline()->tableRows()->rowCount() > 0);
    CHECK(app->review()->measures()->rowCount() > 0);
    CHECK(app->review()->rom()->rowCount() > 0);
    CHECK(app->outcomes()->verdicts()->rowCount() > 0);
    CHECK(app->outcomes()->instruments()->rowCount() > 0);
    CHECK(app->outcomes()->extraInstruments()->rowCount() > 0);
    CHECK(app->outcomes()->rows()->rowCount() > 0);
    REQUIRE(app->questionnaire()->start(QStringLiteral("koos-jr"), QString()).isEmpty());
    CHECK(app->questionnaire()->options()->rowCount() == 5);
    for (auto *m : models)
        checkEveryRoleHasData(*m);

    // A save, a sort, a filter and an episode shown: each reset is checked by the testers.
    app->entry()->draft()->setProperty("painAverage", 3);
    REQUIRE(app->entry()->save());
    // The timeline's lists are brought up to date when asked for (the page reads them then).
    app->timeline()->setRange(QStringLiteral("2w"));
    app->timeline()->setMonths(true);
    CHECK(app->outcomes()->verdicts()->rowCount() > 0); // computed again after the save
    // A questionnaire answered off-schedule: its options change in place from item to item, and
    // the results table gains a row.
    const int answered = app->outcomes()->rows()->rowCount();
    while (!app->questionnaire()->reviewing())
        app->questionnaire()->choose(1);
    CHECK(app->questionnaire()->options()->rowCount() == 0);
    REQUIRE(app->questionnaire()->submit().isEmpty());
    CHECK(app->outcomes()->rows()->rowCount() == answered + 1);
    CHECK(app->timeline()->tableRows()->rowCount() <= 15);
    CHECK(app->timeline()
              ->milestones()
              ->get(0)
              .value(QStringLiteral("windowText"))
              .toString()
              .startsWith(QStringLiteral("months ")));
    app->cohort()->setSortKey(QStringLiteral("days"));
    // Sorted in memory from the rows loaded: fewest days since the injection first.
    int previous = -1;
    for (int row = 0; row < app->cohort()->rows()->rowCount(); ++row) {
        const QString days =
            app->cohort()->rows()->get(row).value(QStringLiteral("days")).toString();
        if (!days.startsWith(QStringLiteral("day ")))
            continue; // "injection not recorded"
        const int day = days.mid(4).toInt();
        CHECK(day >= previous);
        previous = day;
    }
    app->cohort()->setOpenAlertsOnly(true);
    app->cohort()->setOpenAlertsOnly(false);
    app->review()->showEpisode(
        app->cohort()->rows()->get(0).value(QStringLiteral("episodeId")).toLongLong());
    app->review()->showEpisode(0);
    for (auto *m : models)
        checkEveryRoleHasData(*m);
}

TEST_CASE("A list's roles are its row type's properties, named and numbered once", "[models]")
{
    DemoDiary demo;
    auto *events = demo.app->review()->events();
    demo.app->review()->showEpisode(0);
    const auto roles = events->roleNames();
    CHECK(roles.value(Qt::UserRole) == "date");
    CHECK(roles.value(Qt::UserRole + 1) == "description");
    CHECK(roles.value(Qt::UserRole + 2) == "kind");
    CHECK(roles.size() == 3);
    CHECK_FALSE(events->data(events->index(0, 0), Qt::UserRole + 3).isValid());
    CHECK(events->get(-1).isEmpty());
    CHECK(events->get(events->rowCount()).isEmpty());
    const QStringList dates = column(*events, "date");
    QStringList sorted = dates;
    std::sort(sorted.begin(), sorted.end());
    CHECK(dates == sorted);
}

TEST_CASE("A list that did not change is not reset, and one of the same length changes its rows in "
          "place, so a view keeps its place",
          "[models]")
{
    DemoDiary demo;
    demo.app->cohort()->open();
    QSignalSpy resets(demo.app->cohort()->rows(), &QAbstractItemModel::modelReset);
    demo.diary->reload(Diary::everything()); // nothing changed in the cohort
    CHECK(resets.count() == 0);

    RecordList<EventListRow> list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy listResets(&list, &QAbstractItemModel::modelReset);
    QSignalSpy counts(&list, &RecordListModel::countChanged);
    const EventListRow a{QStringLiteral("2026-11-01"), QStringLiteral("Physio"),
                         QStringLiteral("event")};
    const EventListRow b{QStringLiteral("2026-11-02"), QStringLiteral("Fever"),
                         QStringLiteral("alert")};
    list.set({a, b});
    list.set({a, b});
    CHECK(listResets.count() == 1);
    CHECK(counts.count() == 1);
    // The same count: each row that differs changes in place, the delegates stay.
    QSignalSpy changedRows(&list, &QAbstractItemModel::dataChanged);
    const EventListRow c{QStringLiteral("2026-11-03"), QStringLiteral("Physio"),
                         QStringLiteral("event")};
    list.set({a, c});
    CHECK(listResets.count() == 1);
    CHECK(counts.count() == 1);
    REQUIRE(changedRows.count() == 1);
    CHECK(changedRows.at(0).at(0).toModelIndex().row() == 1);
    CHECK(list.get(1).value(QStringLiteral("date")) == QStringLiteral("2026-11-03"));
    list.set({b, a}); // same count, new order: both rows change
    CHECK(listResets.count() == 1);
    CHECK(changedRows.count() == 3);
    CHECK(list.get(0).value(QStringLiteral("description")) == QStringLiteral("Fever"));
    list.set({a}); // another count: a reset
    CHECK(listResets.count() == 2);
    CHECK(counts.count() == 2);
}

TEST_CASE("The next questionnaire due is chosen in C++, skipping the ones begun", "[models]")
{
    DemoDiary demo;
    mend::Episode episode = *demo.diary->episode(); // a second knee, six weeks ago, no answers
    episode.id = 0;
    episode.injectionDate = demo.diary->today().addDays(-42);
    REQUIRE(demo.services->episodes.add(episode, demo.diary->now()).ok());
    demo.diary->reload(Diary::everything());
    auto *outcomes = demo.app->outcomes();
    const auto *due = outcomes->due();
    REQUIRE(due->rowCount() >= 2);
    const QVariantMap first = due->get(0);
    CHECK(outcomes->nextDue().instrumentId == first.value(QStringLiteral("instrumentId")));

    // Begun and left: it stays in the list as "Resume", and the next one is the one after it.
    REQUIRE(demo.app->questionnaire()
                ->start(first.value(QStringLiteral("instrumentId")).toString(),
                        first.value(QStringLiteral("timePointId")).toString())
                .isEmpty());
    demo.app->questionnaire()->choose(0);
    REQUIRE(demo.app->questionnaire()->saveForLater().isEmpty());
    QVariantMap begun;
    for (int i = 0; i < due->rowCount(); ++i)
        if (due->get(i).value(QStringLiteral("inProgress")).toBool())
            begun = due->get(i);
    CHECK(begun.value(QStringLiteral("instrumentId")) ==
          first.value(QStringLiteral("instrumentId")));
    const DueListRow next = outcomes->nextDue();
    CHECK_FALSE(next.instrumentId.isEmpty());
    CHECK(next.instrumentId != first.value(QStringLiteral("instrumentId")).toString());
}
