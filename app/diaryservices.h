#pragma once

#include "services/entryrecorder.h"
#include "services/instrumentcatalog.h"
#include "services/outcomeservice.h"
#include "services/promrecorder.h"
#include "services/protocolcatalog.h"
#include "storage/activityrepository.h"
#include "storage/alertrepository.h"
#include "storage/entryrepository.h"
#include "storage/episoderepository.h"
#include "storage/patientrepository.h"
#include "storage/promrepository.h"
#include "storage/settingsrepository.h"
#include "storage/timelinerepository.h"

#include <memory>

/**
 * The open diary's repositories and core services, built once by the composition root (main.cpp,
 * or a test's set-up) and passed to the Diary and to each controller that reads or writes: no
 * controller builds its own from the database. Each member is a thin handle on the one
 * connection; the SQL is in core/storage.
 */
struct DiaryServices
{
    explicit DiaryServices(std::shared_ptr<mend::Database> database);

    std::shared_ptr<mend::Database> database;
    mend::EpisodeRepository episodes;
    mend::EntryRepository entries;
    mend::EntryRecorder recorder; ///< the one validating writer of a day's entry
    mend::AlertRepository alerts;
    mend::TimelineRepository timeline; ///< other treatments, goals, series injections
    mend::ActivityRepository activity;
    mend::PatientRepository patients;
    mend::SettingsRepository settings;
    mend::ProtocolCatalog protocols;
    mend::InstrumentCatalog instruments;
    mend::OutcomeService outcomes;
    mend::PromRepository proms;
    mend::PromRecorder promRecorder;
};
