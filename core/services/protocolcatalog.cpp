#include "protocolcatalog.h"

#include "definitioncatalog.h"
#include "exchange/protocolparser.h"

namespace mend {

ProtocolCatalog::ProtocolCatalog(std::shared_ptr<Database> database)
    : m_repository(std::move(database), DefinitionRepository::Kind::Protocol)
{
}

QList<Protocol> ProtocolCatalog::builtIn()
{
    static const QList<Protocol> protocols = loadShippedDefinitions<Protocol>(
        QStringLiteral(":/mend/protocols"), "protocol", parseProtocol);
    return protocols;
}

QList<Protocol> ProtocolCatalog::all() const
{
    return withInstalledDefinitions(builtIn(), m_repository.all(), parseProtocol,
                                    NewDefinitions::First);
}

std::optional<Protocol> ProtocolCatalog::forEpisode(const Episode &episode) const
{
    for (const auto &p : all())
        if (p.appliesTo(episode.condition, episode.site))
            return p;
    return std::nullopt;
}

Result<Protocol> ProtocolCatalog::load(const QByteArray &definition, const QDateTime &now)
{
    auto parsed = parseProtocol(definition);
    if (!parsed)
        return parsed.error();
    if (auto s = m_repository.save(parsed.value().id, definition, now); !s)
        return s.error();
    return parsed;
}

} // namespace mend
