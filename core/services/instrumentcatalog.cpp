#include "instrumentcatalog.h"

#include "definitioncatalog.h"
#include "exchange/instrumentparser.h"

namespace mend {

InstrumentCatalog::InstrumentCatalog(std::shared_ptr<Database> database)
    : m_repository(std::move(database), DefinitionRepository::Kind::Instrument)
{
}

QList<Instrument> InstrumentCatalog::builtIn()
{
    static const QList<Instrument> instruments = loadShippedDefinitions<Instrument>(
        QStringLiteral(":/mend/instruments"), "instrument", parseInstrument);
    return instruments;
}

QList<Instrument> InstrumentCatalog::all() const
{
    return withInstalledDefinitions(builtIn(), m_repository.all(), parseInstrument,
                                    NewDefinitions::Last);
}

std::optional<Instrument> InstrumentCatalog::find(const QString &id) const
{
    for (const auto &i : all())
        if (i.id == id)
            return i;
    return std::nullopt;
}

QList<Instrument> InstrumentCatalog::scheduledFor(BodySite site) const
{
    QList<Instrument> specific;
    QList<Instrument> everySite;
    const int siteCount = int(choices<BodySite>().size());
    for (const auto &i : all()) {
        if (!i.defaultForSites.contains(site))
            continue;
        (i.defaultForSites.size() == siteCount ? everySite : specific).append(i);
    }
    return specific + everySite;
}

Result<Instrument> InstrumentCatalog::install(const QByteArray &definition, const QDateTime &now)
{
    auto parsed = parseInstrument(definition);
    if (!parsed)
        return parsed.error();
    if (auto s = m_repository.save(parsed.value().id, definition, now); !s)
        return s.error();
    return parsed;
}

} // namespace mend
