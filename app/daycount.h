#pragma once

#include <QCoreApplication>
#include <QString>

/** "1 day" or "N days" (no translation files are loaded yet, so %n plurals would show "day(s)"). */
inline QString dayCount(qint64 n)
{
    return n == 1 || n == -1 ? QCoreApplication::translate("Mend", "1 day")
                             : QCoreApplication::translate("Mend", "%1 days").arg(n < 0 ? -n : n);
}
