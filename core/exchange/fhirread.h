#pragma once

#include "domain/isotext.h"
#include "fhircodes.h"
#include "jsontape.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <string>
#include <utility>

// Reading FHIR R4 values from a JSON tape: the small helpers the Bundle reader and its index share.

namespace mend::fhir {

inline QString codeIn(const JsonView &codeable, const QString &system)
{
    for (const auto coding : codeable.value("coding"))
        if (coding.value("system").equals(system))
            return coding.value("code").toString();
    return {};
}

/** codeIn for two systems in one pass over the codings: each Observation asks for LOINC and Mend.
 */
inline std::pair<QString, QString> codesIn(const JsonView &codeable, const QString &first,
                                           const QString &second)
{
    std::pair<QString, QString> codes;
    bool firstFound = false;
    bool secondFound = false;
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

inline JsonView extensionValue(const JsonView &resource, QLatin1String name)
{
    // Compared as bytes, without building the URL: this runs several times per Observation.
    static const std::string prefix = kExtension.toStdString() + '/';
    const std::string_view wanted(name.data(), std::size_t(name.size()));
    for (const auto extension : resource.value("extension")) {
        const JsonView url = extension.value("url");
        if (const auto raw = url.unescaped()) {
            if (!raw->starts_with(prefix) || raw->substr(prefix.size()) != wanted)
                continue;
        } else if (!url.equals(kExtension + QLatin1Char('/') + name)) {
            continue;
        }
        for (auto it = extension.begin(); it != extension.end(); ++it)
            if (const auto key = it.key().unescaped(); key && key->substr(0, 5) == "value")
                return *it;
    }
    return {};
}

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
