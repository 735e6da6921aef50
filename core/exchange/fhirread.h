#pragma once

#include "domain/isotext.h"
#include "fhircodes.h"
#include "jsontape.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>
#include <string>
#include <utility>

// Reading FHIR R4 values from a JSON tape: the small helpers the Bundle reader and its index share.

namespace mend::fhir {

/** The codes of the first codings with each of two systems, in one pass (each Observation asks
 *  for its LOINC and Mend codes); an empty second system asks for the first only. */
inline std::pair<QString, QString> codesIn(const JsonView &codeable, const QString &first,
                                           const QString &second)
{
    std::pair<QString, QString> codes;
    bool firstFound = false;
    bool secondFound = second.isEmpty();
    for (const auto coding : codeable.value("coding")) {
        const JsonView system = coding.value("system");
        if (!firstFound && system.equals(first)) {
            firstFound = true;
            codes.first = coding.value("code").toString();
        } else if (!secondFound && system.equals(second)) {
            secondFound = true;
            codes.second = coding.value("code").toString();
        }
        if (firstFound && secondFound)
            break;
    }
    return codes;
}

/** The code of the first coding with that system, or empty. */
inline QString codeIn(const JsonView &codeable, const QString &system)
{
    return codesIn(codeable, system, {}).first;
}

/** The value[x] of one extension (its first key starting "value"), or undefined. */
inline JsonView extensionValueOf(const JsonView &extension)
{
    for (auto it = extension.begin(); it != extension.end(); ++it)
        if (const auto key = it.key().unescaped(); key && key->substr(0, 5) == "value")
            return *it;
    return {};
}

inline const std::string &mendExtensionPrefix()
{
    static const std::string prefix = kExtension.toStdString() + '/';
    return prefix;
}

/** The value of the resource's first Mend extension kExtension/name that has one. */
inline JsonView extensionValue(const JsonView &resource, QLatin1String name)
{
    // Compared as bytes, without building the URL: this runs several times per Observation.
    const std::string &prefix = mendExtensionPrefix();
    const std::string_view wanted(name.data(), std::size_t(name.size()));
    for (const auto extension : resource.value("extension")) {
        const JsonView url = extension.value("url");
        if (const auto raw = url.unescaped()) {
            if (!raw->starts_with(prefix) || raw->substr(prefix.size()) != wanted)
                continue;
        } else if (!url.equals(kExtension + QLatin1Char('/') + name)) {
            continue;
        }
        if (const JsonView value = extensionValueOf(extension); !value.isUndefined())
            return value;
    }
    return {};
}

/**
 * A resource's Mend extensions read in one pass, for a resource asked for several (an
 * Observation): value() answers as extensionValue() does.
 */
class MendExtensions
{
public:
    explicit MendExtensions(const JsonView &resource) : m_resource(resource)
    {
        const std::string &prefix = mendExtensionPrefix();
        for (const auto extension : resource.value("extension")) {
            const auto url = extension.value("url").unescaped();
            if (!url || m_count == m_found.size()) {
                m_oneAtATime = true; // escaped, or more than kept here: extensionValue() answers
                return;
            }
            if (!url->starts_with(prefix))
                continue;
            if (const JsonView value = extensionValueOf(extension); !value.isUndefined())
                m_found[m_count++] = {url->substr(prefix.size()), value};
        }
    }
    JsonView value(QLatin1String name) const
    {
        if (m_oneAtATime)
            return extensionValue(m_resource, name);
        const std::string_view wanted(name.data(), std::size_t(name.size()));
        for (std::size_t i = 0; i < m_count; ++i)
            if (m_found[i].first == wanted)
                return m_found[i].second;
        return {};
    }

private:
    JsonView m_resource;
    bool m_oneAtATime = false;
    std::array<std::pair<std::string_view, JsonView>, 8> m_found;
    std::size_t m_count = 0;
};

inline QString noteOf(const JsonView &resource)
{
    return resource.value("note").first().value("text").toString();
}

// The yyyy-MM-dd a FHIR date or dateTime starts with.
inline QDate dateOf(const JsonView &v)
{
    if (const auto text = v.unescaped())
        return isoDate(text->substr(0, 10));
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

inline QDateTime timestampOf(const JsonView &v)
{
    if (const auto text = v.unescaped())
        return isoTimestamp(*text);
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace mend::fhir
