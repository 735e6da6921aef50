#pragma once

#include "domain/isotext.h"
#include "fhircodes.h"
#include "jsontape.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Reading FHIR R4 values from a JSON tape: the small helpers the Bundle reader and its index share.

namespace mend::fhir {

inline QString codeIn(const JsonView &codeable, const QString &system)
{
    for (const auto coding : codeable.value("coding"))
        if (coding.value("system").equals(system))
            return coding.value("code").toString();
    return {};
}

inline JsonView extensionValue(const JsonView &resource, QLatin1String name)
{
    const QString url = kExtension + QLatin1Char('/') + name;
    for (const auto extension : resource.value("extension")) {
        if (!extension.value("url").equals(url))
            continue;
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
