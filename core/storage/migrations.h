#pragma once

#include <QList>
#include <QStringList>

namespace mend {

/** The statements that take the schema from version - 1 to version. */
struct Migration
{
    int version;
    QStringList statements;
};

/** Every migration in order; the last one's version is the current schema version. */
const QList<Migration> &migrations();

} // namespace mend
