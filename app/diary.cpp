#include "diary.h"

#include "diaryservices.h"

#include <algorithm>

#include <QGuiApplication>
#include <QTimer>

namespace {
// How often the diary looks for another process's writes: one cheap PRAGMA (it reads the shared
// memory index only), so that mend-cli's entries show without a restart.
constexpr int kExternalChangePollMs = 2000;
} // namespace

Diary::Diary(DiaryServices &services, Clock clock, QObject *parent)
    : QObject(parent), m_services(services), m_clock(std::move(clock))
{
    m_episode = m_services.episodes.latest();
    m_dataVersion = m_services.database->dataVersion();
    auto *poll = new QTimer(this);
    poll->setInterval(kExternalChangePollMs);
    connect(poll, &QTimer::timeout, this, &Diary::reloadIfChangedElsewhere);
    poll->start();
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        reloadIfChangedElsewhere();
                });
}

bool Diary::reloadIfChangedElsewhere()
{
    const int version = m_services.database->dataVersion();
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    reload(everything()); // another process says nothing of what it wrote
    return true;
}

const QList<mend::DailyEntry> &Diary::episodeEntries() const
{
    if (!m_episodeEntries)
        m_episodeEntries =
            m_episode ? m_services.entries.forEpisode(m_episode->id) : QList<mend::DailyEntry>{};
    return *m_episodeEntries;
}

bool Diary::rereadEpisode()
{
    const auto before = m_episode;
    m_episode = m_services.episodes.latest();
    return before.has_value() == m_episode.has_value() && (!before || before->id == m_episode->id);
}

void Diary::reloadDays(Changes what, const QList<QDate> &days)
{
    const bool sameEpisode = rereadEpisode();
    if (!sameEpisode || !m_episode || !m_episodeEntries || (what & EpisodeChange)) {
        announce(sameEpisode ? what : everything()); // nothing read yet to patch, or more changed
        return;
    }
    auto &entries = *m_episodeEntries;
    for (const QDate &day : days) {
        const auto at =
            std::lower_bound(entries.begin(), entries.end(), day,
                             [](const mend::DailyEntry &e, const QDate &d) { return e.date < d; });
        const bool stored = at != entries.end() && at->date == day;
        auto fresh = m_services.entries.findByDate(m_episode->id, day);
        if (fresh && stored)
            *at = std::move(*fresh);
        else if (fresh)
            entries.insert(at, std::move(*fresh));
        else if (stored)
            entries.erase(at);
    }
    m_patchedDays = days;
    Q_EMIT changed(what);
}

void Diary::reload(Changes what)
{
    announce(rereadEpisode() ? what : everything());
}

void Diary::announce(Changes what)
{
    if (what & (EpisodeChange | EntriesChange)) {
        m_episodeEntries.reset();
        m_patchedDays.reset();
    }
    Q_EMIT changed(what);
}
