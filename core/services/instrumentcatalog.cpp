#include "instrumentcatalog.h"

#include "exchange/instrumentparser.h"

#include <QDir>
#include <QFile>

namespace mend {

InstrumentCatalog::InstrumentCatalog(std::shared_ptr<Database> database)
    : m_repository(std::move(database), DefinitionRepository::Kind::Instrument)
{
}

QList<Instrument> InstrumentCatalog::builtIn()
{
    static const QList<Instrument> instruments = [] {
        QList<Instrument> out;
        const QDir dir(QStringLiteral(":/mend/instruments"));
        for (const auto &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            auto parsed = parseInstrument(file.readAll());
            // The shipped files are checked by the tests; a broken one is skipped, not fatal.
            if (parsed)
                out.append(parsed.value());
            else
                qWarning("mend: shipped instrument %s: %s", qPrintable(name),
                         qPrintable(parsed.error().text()));
        }
        return out;
    }();
    return instruments;
}

QList<Instrument> InstrumentCatalog::all() const
{
    QList<Instrument> out = builtIn();
    for (const auto &definition : m_repository.all()) {
        auto parsed = parseInstrument(definition);
        if (!parsed)
            continue;
        const auto same = std::find_if(
            out.begin(), out.end(), [&](const Instrument &i) { return i.id == parsed.value().id; });
        if (same != out.end())
            *same = parsed.value();
        else
            out.append(parsed.value());
    }
    return out;
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
