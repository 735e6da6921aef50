#pragma once

#include "database.h"
#include "domain/result.h"

#include <QDate>
#include <memory>
#include <optional>

namespace mend {

/** A patient imported into a clinic database. */
struct Patient
{
    qint64 id = 0;
    QString identifier;
    QString sourceFile;
};

/** The patients of a clinic database (a patient's own diary has none). */
class PatientRepository
{
public:
    explicit PatientRepository(std::shared_ptr<Database> database);

    Result<Patient> add(Patient patient, const QDateTime &now);
    /** Whether the patient already has an episode injected on that day (a repeated import). */
    bool hasEpisode(const QString &identifier, const QDate &injectionDate) const;
    QList<Patient> all() const;
    std::optional<Patient> find(qint64 id) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mend
