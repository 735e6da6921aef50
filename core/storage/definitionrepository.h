#pragma once

#include "database.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <memory>

namespace mend {

/** Definitions a clinic loaded (protocols, instruments), stored as their JSON text by id. */
class DefinitionRepository
{
public:
    enum class Kind
    {
        Protocol,
        Instrument
    };
    DefinitionRepository(std::shared_ptr<Database> database, Kind kind);

    /** Stores (or replaces) the definition for an id. */
    Status save(const QString &id, const QByteArray &definition, const QDateTime &now);
    /** Every stored definition, by id. */
    QList<QByteArray> all() const;

private:
    std::shared_ptr<Database> m_db;
    Kind m_kind;
};

} // namespace mend
