#pragma once

#include "domain/dailyentry.h"
#include "domain/episode.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>
#include <type_traits>

struct DiaryServices;

/** What the screens share of the open diary: which episode they show, its entries (read once per
 *  change), the clock, and what each write changed. The repositories are DiaryServices'. */
class Diary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main.cpp")
public:
    using Clock = std::function<QDateTime()>;

    /** What a write changed: each part has its own signal, so a screen re-reads only its own. */
    enum Change
    {
        EpisodeChange = 0x1, ///< the episode itself, or which one is current; everything follows
        EntriesChange = 0x2,
        AlertsChange = 0x4,
        QuestionnairesChange = 0x8,
        TreatmentsChange = 0x10, ///< other treatments, goals, series injections
        CohortChange = 0x20,     ///< the clinic's other patients
        ActivityChange = 0x40,   ///< steps and active minutes imported from a phone or watch
    };
    Q_DECLARE_FLAGS(Changes, Change)
    static constexpr Changes everything()
    {
        return Changes(EpisodeChange | EntriesChange | AlertsChange | QuestionnairesChange |
                       TreatmentsChange | CohortChange | ActivityChange);
    }

    /** services: the open diary's repositories (they outlive the Diary). */
    Diary(DiaryServices &services, Clock clock, QObject *parent = nullptr);

    /** The episode the screens show: the most recent one. */
    const std::optional<mend::Episode> &episode() const { return m_episode; }
    /** The current episode's entries, oldest first: read once per change, shared by the screens. */
    const QList<mend::DailyEntry> &episodeEntries() const;
    QDateTime now() const { return m_clock(); }
    QDate today() const { return m_clock().date(); }

    /** Re-reads the current episode (the entries when asked next) and says what changed; a
     *  change of current episode changes everything. */
    void reload(Changes what);
    /**
     * The same after a write of the current episode's entries on these days alone (a save, a
     * delete): the entries already read are patched day by day instead of read again, so a save
     * costs the same in a diary of ten years as in one of ten days.
     */
    void reloadDays(Changes what, const QList<QDate> &days);
    /** The days the last change of entries was limited to (a save, a delete), for screens that
     *  keep sums of them; none when every entry was read again. */
    const std::optional<QList<QDate>> &patchedDays() const { return m_patchedDays; }
    /**
     * Reloads when another process (mend-cli, a second window) or another connection has
     * changed the diary since the last look; called every few seconds and when the app comes
     * back to the front. Returns whether it reloaded.
     */
    bool reloadIfChangedElsewhere();

    /** Calls slot (with context's lifetime) once per reload that changed any part in `which`:
     *  each screen subscribes to the parts it shows. The slot may take what changed. */
    template <typename Slot> void whenChanged(Changes which, QObject *context, Slot slot)
    {
        connect(this, &Diary::changed, context, [which, slot](Changes what) {
            if (!(what & which))
                return;
            if constexpr (std::is_invocable_v<Slot, Changes>)
                slot(what);
            else
                slot();
        });
    }

signals:
    /** What a write (or another process) changed; once per reload. */
    void changed(Diary::Changes what);

private:
    /** Reads which episode is current; false when it is another one than before. */
    bool rereadEpisode();
    /** Drops the entries read when they changed, then says what changed. */
    void announce(Changes what);

    DiaryServices &m_services;
    Clock m_clock;
    std::optional<mend::Episode> m_episode;
    int m_dataVersion = -1;
    mutable std::optional<QList<mend::DailyEntry>> m_episodeEntries;
    std::optional<QList<QDate>> m_patchedDays;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Diary::Changes)
