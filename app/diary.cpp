#include "diary.h"

Diary::Diary(std::shared_ptr<mend::Database> database, Clock clock, QObject *parent)
    : QObject(parent), m_db(database), m_episodes(database), m_entries(database),
      m_recorder(database), m_alerts(database), m_timeline(database), m_protocols(database),
      m_clock(std::move(clock))
{
    m_episode = m_episodes.latest();
}

const QList<mend::DailyEntry> &Diary::episodeEntries() const
{
    if (!m_episodeEntries)
        m_episodeEntries =
            m_episode ? m_entries.forEpisode(m_episode->id) : QList<mend::DailyEntry>{};
    return *m_episodeEntries;
}

void Diary::reload()
{
    m_episode = m_episodes.latest();
    m_episodeEntries.reset();
    emit changed();
}
