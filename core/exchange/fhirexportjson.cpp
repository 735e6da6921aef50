#include "fhirexportjson.h"

#include "fhircodes.h"

#include <QUuid>

namespace mend::fhirexport {

using namespace fhir;

QString idFor(const QString &name)
{
    static const QUuid ns(QStringLiteral("6f1d3c52-3b0e-4f0b-9a44-7d1e0c2a9b11"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeable(const QJsonObject &c, const QString &text)
{
    QJsonObject o{{QStringLiteral("coding"), QJsonArray{c}}};
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    return o;
}

QJsonObject extension(const QString &name, const QString &type, const QJsonValue &value)
{
    return {{QStringLiteral("url"), kExtension + QLatin1Char('/') + name}, {type, value}};
}

QJsonObject reference(const QString &id)
{
    return {{QStringLiteral("reference"), QStringLiteral("urn:uuid:") + id}};
}

QJsonObject quantity(double value, const QString &unit, const QString &code)
{
    return {{QStringLiteral("value"), value},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), kUcum},
            {QStringLiteral("code"), code}};
}

QString episodeKey(const Episode &e)
{
    return QStringLiteral("%1|%2|%3")
        .arg(e.injectionDate.toString(Qt::ISODate), toKey(e.site), toKey(e.side));
}

QJsonArray noteOf(const QString &text)
{
    return QJsonArray{QJsonObject{{QStringLiteral("text"), text}}};
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace mend::fhirexport
