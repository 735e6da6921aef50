#pragma once

#include "domain/episode.h"
#include "domain/protocol.h"
#include "domain/result.h"
#include "storage/definitionrepository.h"

namespace mend {

/** The protocols Mend ships (assets/protocols) and those a clinic loaded, which take precedence. */
class ProtocolCatalog
{
public:
    explicit ProtocolCatalog(std::shared_ptr<Database> database);

    /** The shipped protocols, read from the embedded asset files. */
    static QList<Protocol> builtIn();
    /** Shipped protocols, each replaced by a loaded one with the same id; plus new loaded ones. */
    QList<Protocol> all() const;
    /** The protocol in use for an episode (its condition and site), if any applies. */
    std::optional<Protocol> forEpisode(const Episode &episode) const;
    /** Checks and stores a clinic's protocol file; on error nothing changes. */
    Result<Protocol> load(const QByteArray &definition, const QDateTime &now);

private:
    DefinitionRepository m_repository;
};

} // namespace mend
