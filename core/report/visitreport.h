#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QPageSize>
#include <memory>

namespace mend {

/**
 * The one- or two-page visit report of an episode as a PDF (QPdfWriter; text stays selectable):
 * summary, pain chart with band and milestone windows, ROM, PROM verdicts, milestones, alerts and
 * events, adherence, date range, generated-at time and Mend's version. Needs a QGuiApplication.
 */
Status writeVisitReport(const std::shared_ptr<Database> &database, qint64 episodeId,
                        const QString &path, QPageSize::PageSizeId pageSize,
                        const QDateTime &generatedAt);

} // namespace mend
