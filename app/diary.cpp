#include "diary.h"

Diary::Diary(std::shared_ptr<mend::Database> database, Clock clock, QObject *parent)
    : QObject(parent), m_db(database), m_episodes(database), m_entries(database),
      m_recorder(database), m_alerts(database), m_timeline(database), m_protocols(database),
      m_clock(std::move(clock))
{
    m_episode = m_episodes.latest();
}

void Diary::reload()
{
    m_episode = m_episodes.latest();
    emit changed();
}
