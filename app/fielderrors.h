#pragma once

#include "domain/result.h"

#include <QVariantMap>

/** The field a refusal is shown at: core's field name, or "save" for a failure of no field. */
inline QString fieldOf(const mend::Error &error)
{
    return error.field.isEmpty() ? QStringLiteral("save") : error.field;
}

/** What a form shows at its fields: field -> plain words; empty when nothing was refused. */
inline QVariantMap fieldErrorsOf(const mend::Error &error)
{
    if (error.message.isEmpty())
        return {};
    return {{fieldOf(error), error.forPerson()}};
}
