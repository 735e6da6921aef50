#pragma once

#include "fhirexport.h"
#include "fhirexportjson.h"

#include <QHash>
#include <QJsonObject>
#include <functional>

namespace mend::fhirexport {

/** Makes the Bundle's entries, one resource at a time, from what the diary holds. */
class BundleBuilder
{
public:
    /** Each entry goes to sink as soon as it is made: the Bundle is never whole in memory. */
    BundleBuilder(const FhirExportData &data, FhirBundleType type,
                  std::function<void(const QJsonObject &)> sink)
        : m_data(data), m_type(type), m_sink(std::move(sink))
    {
        for (const auto &e : data.episodes)
            m_procedureIds.insert(e.episode.id,
                                  idFor(QStringLiteral("procedure|") + episodeKey(e.episode)));
        m_patientId = idFor(
            QStringLiteral("patient|") + data.patientIdentifier +
            (data.episodes.isEmpty() ? QString() : episodeKey(data.episodes.first().episode)));
    }

    void build();

private:
    void add(const QString &id, QJsonObject resource);

    static void appendExtension(QJsonObject &resource, const QJsonObject &ext);

    void addPatient();

    QJsonArray bodySite() const;

    void addProcedure();

    void addSeriesInjection(const SeriesInjection &s);

    /** An Observation of one diary value on one day. */
    QJsonObject observation(const QDate &date, const QString &category, const QJsonObject &code);

    void addValue(const DailyEntry &e, const QString &key, QJsonObject o);

    void addMendValue(const DailyEntry &e, const QString &code, const QString &category,
                      const QString &valueType, const QJsonValue &value);

    QJsonObject episodeExtension() const;

    void addEvent(const TreatmentEvent &t);
    void addGoal(const Goal &g);
    void addAlert(const Alert &a);
    void addEntry(const DailyEntry &e);
    void addImportedActivity(const StoredActivityDay &a);
    void addResponse(const PromResponse &r);

    const FhirExportData &m_data;
    FhirBundleType m_type;
    QHash<qint64, QString> m_procedureIds; ///< by episode id
    const FhirEpisodeData *m_episode = nullptr;
    QString m_episodeKey;
    QString m_patientId;
    QString m_procedureId;
    std::function<void(const QJsonObject &)> m_sink;
};

} // namespace mend::fhirexport
