#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <algorithm>

namespace mend {

/**
 * The definitions shipped in a resource folder (*.json, by name), parsed by `parse` (returning a
 * Result). The shipped files are checked by the tests; a broken one is skipped with a warning.
 */
template <typename Definition, typename Parse>
QList<Definition> loadShippedDefinitions(const QString &folder, const char *kind, Parse parse)
{
    QList<Definition> out;
    const QDir dir(folder);
    for (const auto &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto parsed = parse(file.readAll());
        if (parsed)
            out.append(parsed.value());
        else
            qWarning("mend: shipped %s %s: %s", kind, qPrintable(name),
                     qPrintable(parsed.error().text()));
    }
    return out;
}

/** Where an installed definition with a new id goes: first (it wins lookups) or last. */
enum class NewDefinitions
{
    First,
    Last
};

/**
 * The shipped definitions with the installed ones over them: an installed definition replaces
 * the shipped one with its id; an unparsable one is left out.
 */
template <typename Definition, typename Parse>
QList<Definition> withInstalledDefinitions(QList<Definition> out,
                                           const QList<QByteArray> &installed, Parse parse,
                                           NewDefinitions placeNew)
{
    for (const auto &definition : installed) {
        auto parsed = parse(definition);
        if (!parsed)
            continue;
        const auto same = std::find_if(
            out.begin(), out.end(), [&](const Definition &d) { return d.id == parsed.value().id; });
        if (same != out.end())
            *same = parsed.value();
        else if (placeNew == NewDefinitions::First)
            out.prepend(parsed.value());
        else
            out.append(parsed.value());
    }
    return out;
}

} // namespace mend
