#include "protocolcatalog.h"

#include "exchange/protocolparser.h"

#include <QDir>
#include <QFile>

namespace mend {

ProtocolCatalog::ProtocolCatalog(std::shared_ptr<Database> database)
    : m_repository(std::move(database), DefinitionRepository::Kind::Protocol)
{
}

QList<Protocol> ProtocolCatalog::builtIn()
{
    static const QList<Protocol> protocols = [] {
        QList<Protocol> out;
        const QDir dir(QStringLiteral(":/mend/protocols"));
        for (const auto &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            auto parsed = parseProtocol(file.readAll());
            // The shipped files are checked by the tests; a broken one is skipped, not fatal.
            if (parsed)
                out.append(parsed.value());
            else
                qWarning("mend: shipped protocol %s: %s", qPrintable(name),
                         qPrintable(parsed.error().text()));
        }
        return out;
    }();
    return protocols;
}

QList<Protocol> ProtocolCatalog::all() const
{
    QList<Protocol> out = builtIn();
    for (const auto &definition : m_repository.all()) {
        auto parsed = parseProtocol(definition);
        if (!parsed)
            continue;
        const auto same = std::find_if(
            out.begin(), out.end(), [&](const Protocol &p) { return p.id == parsed.value().id; });
        if (same != out.end())
            *same = parsed.value();
        else
            out.prepend(parsed.value());
    }
    return out;
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
