#pragma once

#include "database.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <memory>

namespace mend {

/** Protocol definitions a clinic loaded, stored as their JSON text by protocol id. */
class ProtocolRepository
{
public:
    explicit ProtocolRepository(std::shared_ptr<Database> database);

    /** Stores (or replaces) the definition for an id. */
    Status save(const QString &id, const QByteArray &definition, const QDateTime &now);
    /** Every stored definition. */
    QList<QByteArray> all() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mend
