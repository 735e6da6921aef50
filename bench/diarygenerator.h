#pragma once

#include "domain/episode.h"
#include "storage/database.h"

#include <memory>

namespace mend::bench {

/**
 * A deterministic knee diary: one entry per day for `years` years after an injection `years`
 * years ago (plus a baseline fortnight), with pain, two ROM readings, steps and symptoms,
 * inserted in one transaction. Returns the episode.
 */
Episode generateDiary(const std::shared_ptr<Database> &db, int years, const QDate &today);

} // namespace mend::bench
