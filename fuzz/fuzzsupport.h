#pragma once

#include "domain/episode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

namespace fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** The importers' target episode: a knee injected on 2026-09-01. */
inline mend::Episode episode()
{
    mend::Episode e;
    e.id = 1;
    e.site = mend::BodySite::Knee;
    e.side = mend::Side::Left;
    e.condition = mend::Condition::Osteoarthritis;
    e.injectionDate = QDate(2026, 9, 1);
    e.product = mend::Product::Prp;
    e.baselinePain = 6;
    return e;
}

/** Qt's SQL and resources want an application object; one for the whole run. */
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "mend-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
}

} // namespace fuzz
