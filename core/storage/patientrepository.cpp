#include "patientrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mend {

PatientRepository::PatientRepository(std::shared_ptr<Database> database) : m_db(std::move(database))
{
}

Result<Patient> PatientRepository::add(Patient patient, const QDateTime &now)
{
    auto status = m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO patient (identifier, source_file, imported_at) VALUES (?, ?, ?)"));
        q.addBindValue(patient.identifier);
        q.addBindValue(patient.sourceFile);
        q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return Error{
                {}, QStringLiteral("could not store the patient: %1").arg(q.lastError().text())};
        patient.id = q.lastInsertId().toLongLong();
        return Done{};
    });
    if (!status)
        return status.error();
    return patient;
}

bool PatientRepository::hasEpisode(const QString &identifier, const QDate &injectionDate) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM patient p JOIN episode e ON e.patient_id = p.id "
                             "WHERE p.identifier = ? AND e.injection_date = ?"));
    q.addBindValue(identifier);
    q.addBindValue(injectionDate.toString(Qt::ISODate));
    return q.exec() && q.next();
}

QList<Patient> PatientRepository::all() const
{
    QList<Patient> out;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT id, identifier, source_file FROM patient ORDER BY id")))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::optional<Patient> PatientRepository::find(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, identifier, source_file FROM patient WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Patient{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

} // namespace mend
