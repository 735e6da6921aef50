#pragma once

#include "redflags.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace mend {

/** A stored red-flag alert: what tripped, on which entry's day, and whether it was acknowledged. */
struct Alert
{
    qint64 id = 0;
    qint64 episodeId = 0;
    QDate entryDate;
    RedFlag flag;
    QDateTime createdAt;
    std::optional<QDateTime> acknowledgedAt;
};

} // namespace mend
