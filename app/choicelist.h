#pragma once

#include "domain/treatment.h"

#include <QVariantList>
#include <QVariantMap>

/** An enumeration's choices as [{key, label}], the shape QML combo boxes and repeaters bind to. */
template <typename E> QVariantList choiceList()
{
    QVariantList out;
    for (const auto &c : mend::choices<E>())
        out.append(QVariantMap{{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label}});
    return out;
}
