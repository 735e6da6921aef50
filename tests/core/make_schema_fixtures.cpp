// Writes tests/core/data/schemas/mend-vN.sqlite: a diary exactly as schema version N left it
// (Mend's migrations 1..N, nothing later) with rows in every table. Run by hand when a migration is
// added; the files are committed so that a later change to an old migration shows up as a failure.
// Usage: make_schema_fixtures OUTPUT_DIR PROTOCOL_JSON INSTRUMENT_JSON

#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

namespace {

// Rows added by each version, for the tables that version created or changed.
const QList<QStringList> kRows{
    {// 1
     QStringLiteral("INSERT INTO episode VALUES (1, 'knee', 'left', 'osteoarthritis', "
                    "'2026-01-05', 'bone-marrow', 1, 0, 'Clinique Ünïcode', "
                    "'first line\nsecond \"quoted\" line', NULL, 7, '2026-01-05T09:00:00')"),
     QStringLiteral("INSERT INTO episode VALUES (2, 'hip', 'right', 'tendon', '2026-03-01', "
                    "'prp', 0, 1, '', '', 1, 5, '2026-03-01T10:30:00')"),
     QStringLiteral(
         "INSERT INTO daily_entry (id, episode_id, entry_date, pain_average, pain_rest, "
         "pain_activity, pain_worst, steps, active_minutes, activity_level, walking_aid, "
         "soreness, swelling, bruising, redness, warmth, fever, pain_medication, note, "
         "created_at, updated_at, late) VALUES "
         "(1, 1, '2026-01-06', 8, 6, 9, 10, 1200, 15, 'rest', 'crutches', 3, 2, 1, 0, "
         "1, 0, 1, 'sore — ice 3×', '2026-01-06T20:00:00', '2026-01-06T20:05:00', 0), "
         "(2, 1, '2026-01-07', 6, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
         "NULL, NULL, NULL, 0, 0, '', '2026-01-09T08:00:00', '2026-01-09T08:00:00', 1), "
         "(3, 1, '2026-02-20', 3, 2, 4, 5, 8000, 60, 'moderate', 'none', 0, 0, 0, 0, 0, "
         "0, 0, 'walked 5 km', '2026-02-20T21:00:00', '2026-02-20T21:00:00', 0)"),
     QStringLiteral("INSERT INTO rom_reading VALUES (1, 'flexion', 'treated', 95), "
                    "(1, 'flexion', 'other', 135), (3, 'extension', 'treated', -3)")},
    {// 2
     QStringLiteral("UPDATE daily_entry SET temperature_c = 38.2, chills = 1, hot_joint = 1 "
                    "WHERE id = 1"),
     QStringLiteral("INSERT INTO alert VALUES (1, 1, '2026-01-06', 'fever', 'Temperature 38.2 °C', "
                    "'contact-clinic', '2026-01-06T20:05:00', '2026-01-07T09:00:00')"),
     QStringLiteral("INSERT INTO event VALUES (1, 1, '2026-02-01', 'physio-start', 'twice a week', "
                    "'2026-02-01T12:00:00')"),
     QStringLiteral("INSERT INTO series_injection VALUES (1, 1, '2026-02-15', 'second dose')"),
     QStringLiteral("INSERT INTO goal VALUES (1, 1, 'Walk the dog', 42, 90, '2026-02-20', "
                    "'2026-01-05T09:10:00')"),
     QStringLiteral("INSERT INTO protocol VALUES ('general', :protocol, '2026-01-05T09:20:00')")},
    {// 3
     QStringLiteral("INSERT INTO instrument VALUES ('odi', :instrument, '2026-01-05T09:30:00')"),
     QStringLiteral("INSERT INTO prom_response VALUES (1, 1, 'koos-jr', 1, 'baseline', "
                    "'2026-01-05', 'complete', '2026-01-05T09:40:00', '2026-01-05T09:45:00'), "
                    "(2, 1, 'koos-jr', 1, '', '2026-02-20', 'draft', '2026-02-20T21:10:00', "
                    "'2026-02-20T21:10:00')"),
     QStringLiteral("INSERT INTO prom_answer VALUES (1, 'q1', 2), (1, 'q2', 1), (1, 'q3', 3), "
                    "(1, 'q4', 2), (1, 'q5', 0), (1, 'q6', 1), (1, 'q7', 2), (2, 'q1', 1)"),
     QStringLiteral("INSERT INTO prom_score VALUES (1, 'total', 7, 11, 5941, 100, '')"),
     QStringLiteral("INSERT INTO setting VALUES ('reminder.daily.time', '20:30'), "
                    "('patient.identifier', 'MRN-0042')")},
    {// 4
     QStringLiteral("INSERT INTO patient VALUES (1, 'P-001', 'p001.json', '2026-04-01T08:00:00')"),
     QStringLiteral("INSERT INTO episode VALUES (3, 'shoulder', 'right', 'tendon', '2026-02-02', "
                    "'adipose', 0, 0, 'Clinic B', '', NULL, 6, '2026-04-01T08:00:00', 1)")},
};

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool run(QSqlDatabase db, const QString &sql, const QString &protocol, const QString &instrument)
{
    QSqlQuery q(db);
    q.prepare(sql);
    if (sql.contains(QLatin1String(":protocol")))
        q.bindValue(QStringLiteral(":protocol"), protocol);
    if (sql.contains(QLatin1String(":instrument")))
        q.bindValue(QStringLiteral(":instrument"), instrument);
    if (q.exec())
        return true;
    std::fprintf(stderr, "%s\n%s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr,
                     "usage: make_schema_fixtures OUTPUT_DIR PROTOCOL_JSON INSTRUMENT_JSON\n");
        return 2;
    }
    const QString protocol = readFile(QString::fromLocal8Bit(argv[2]));
    const QString instrument = readFile(QString::fromLocal8Bit(argv[3]));
    const auto &all = mend::migrations();
    for (int version = 1; version <= int(kRows.size()); ++version) {
        const QString path = QDir(QString::fromLocal8Bit(argv[1]))
                                 .filePath(QStringLiteral("mend-v%1.sqlite").arg(version));
        QFile::remove(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
            db.setDatabaseName(path);
            if (!db.open())
                return 1;
            for (int v = 1; v <= version; ++v) {
                for (const auto &sql : all.at(v - 1).statements)
                    if (!run(db, sql, protocol, instrument))
                        return 1;
                for (const auto &sql : kRows.at(v - 1))
                    if (!run(db, sql, protocol, instrument))
                        return 1;
            }
            if (!run(db, QStringLiteral("PRAGMA user_version=%1").arg(version), {}, {}))
                return 1;
            db.close();
        }
        QSqlDatabase::removeDatabase(path);
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
