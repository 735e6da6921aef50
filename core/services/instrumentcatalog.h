#pragma once

#include "domain/instrument.h"
#include "domain/result.h"
#include "storage/definitionrepository.h"

namespace mend {

/** The instruments Mend ships (assets/instruments) and those a clinic installed, which win. */
class InstrumentCatalog
{
public:
    explicit InstrumentCatalog(std::shared_ptr<Database> database);

    /** The shipped instruments, read from the embedded asset files. */
    static QList<Instrument> builtIn();
    /** Shipped instruments, each replaced by an installed one with the same id; plus new ones. */
    QList<Instrument> all() const;
    std::optional<Instrument> find(const QString &id) const;
    /**
     * The instruments scheduled for a site: its site-specific ones (e.g. KOOS JR for a knee)
     * first, then those every site gets (global assessment, global change).
     */
    QList<Instrument> scheduledFor(BodySite site) const;
    /** Checks and stores a clinic's definition file; on error nothing changes. */
    Result<Instrument> install(const QByteArray &definition, const QDateTime &now);

private:
    DefinitionRepository m_repository;
};

} // namespace mend
