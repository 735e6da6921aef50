#pragma once

#include "domain/episode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/** The small JSON shapes every resource of Mend's FHIR export is made of. */
namespace mend::fhirexport {

/** A stable resource id from a name: the same content always gets the same id. */
QString idFor(const QString &name);
QJsonObject coding(const QString &system, const QString &code, const QString &display = {});
QJsonObject codeable(const QJsonObject &c, const QString &text = {});
QJsonObject extension(const QString &name, const QString &type, const QJsonValue &value);
QJsonObject reference(const QString &id);
QJsonObject quantity(double value, const QString &unit, const QString &code);
QString episodeKey(const Episode &e);
QJsonArray noteOf(const QString &text);
QString timestamp(const QDateTime &t);

} // namespace mend::fhirexport
