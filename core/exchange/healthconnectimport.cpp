#include "healthconnectimport.h"

#include "domain/activitymerge.h"

#include <QHash>
#include <QSet>
#include <cmath>
#include <sqlite3.h>

namespace mend {

namespace {

/** Health Connect's HealthDataCategory.ACTIVITY: steps and exercise are in it. */
constexpr int kActivityCategory = 1;
constexpr qint64 kDay = 86400;
/** A zone offset outside ±18 h is not one (java.time.ZoneOffset's range). */
constexpr qint64 kLargestOffset = 18 * 3600;

class Connection
{
public:
    ~Connection()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    Status open(const QString &path, const ActivityReadOptions &options)
    {
        // immutable: the file is read as it is, no journal or lock is looked for or written.
        const QByteArray uri = "file:" + uriPath(path) + "?immutable=1";
        if (sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                            nullptr) != SQLITE_OK)
            return Error{{}, QStringLiteral("the Health Connect database cannot be opened")};
        // A hostile file's views and triggers may not call functions with side effects.
        sqlite3_exec(m_db, "PRAGMA trusted_schema=OFF", nullptr, nullptr, nullptr);
        if (options.cancel)
            sqlite3_progress_handler(
                m_db, 10000,
                [](void *flag) -> int {
                    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
                },
                const_cast<std::atomic<bool> *>(options.cancel));
        return Done{};
    }
    sqlite3 *get() const { return m_db; }

private:
    static QByteArray uriPath(const QString &path)
    {
        QByteArray out;
        for (const char c : path.toUtf8()) {
            if (c == '%' || c == '?' || c == '#')
                out += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
        return out;
    }
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool ok() const { return m_ok; }
    int step() { return sqlite3_step(m_stmt); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return t ? QString::fromUtf8(t).left(200) : QString();
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

bool hasTable(sqlite3 *db, const char *name)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?1", -1,
                           &stmt, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
    const bool found = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return found;
}

Error unreadable(sqlite3 *db)
{
    if (sqlite3_errcode(db) == SQLITE_INTERRUPT)
        return Error{{}, QStringLiteral("stopped: nothing was imported")};
    return Error{{},
                 QStringLiteral("the Health Connect database is damaged or not one Mend "
                                "reads: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db)).left(120))};
}

struct App
{
    QString name;
    quint16 index = 0;
    ActivitySourceTotal total;
};

class Reader
{
public:
    Reader(sqlite3 *db, const ActivityReadOptions &options) : m_db(db), m_options(options) {}

    Result<ActivityFile> read()
    {
        if (!hasTable(m_db, "application_info_table") || !hasTable(m_db, "steps_record_table"))
            return Error{{},
                         QStringLiteral("not a Health Connect export: its database has no "
                                        "steps or apps table")};
        if (auto status = readApps(); !status)
            return status.error();
        readPriority();
        if (auto status = readTable("steps_record_table", "count", &m_steps, true); !status)
            return status.error();
        if (hasTable(m_db, "exercise_session_record_table"))
            if (auto status =
                    readTable("exercise_session_record_table", nullptr, &m_minutes, false);
                !status)
                return status.error();
        rank(m_steps);
        rank(m_minutes);
        QStringList names;
        for (const App &a : std::as_const(m_apps))
            names.append(a.name);
        ActivityFile file;
        file.format = QStringLiteral("Health Connect");
        file.days = mergeDays(std::move(m_steps), std::move(m_minutes), names);
        for (const App &a : std::as_const(m_apps))
            if (a.total.records > 0)
                file.sources.append(a.total);
        file.records = m_records;
        file.skippedOutside = m_skipped;
        return file;
    }

private:
    Status readApps()
    {
        Statement s(m_db, "SELECT row_id, app_name, package_name FROM application_info_table "
                          "ORDER BY row_id");
        if (!s.ok())
            return unreadable(m_db);
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            App app;
            app.name = s.text(1).isEmpty() ? s.text(2) : s.text(1);
            if (app.name.isEmpty())
                app.name = QStringLiteral("Health Connect");
            app.index = quint16(m_apps.size());
            app.total.source = app.name;
            m_rowIds.insert(s.integer(0), app.index);
            m_apps.append(app);
            if (m_apps.size() >= 60000)
                return Error{{}, QStringLiteral("the export lists more apps than any phone has")};
        }
        return rc == SQLITE_DONE ? Status(Done{}) : Status(unreadable(m_db));
    }

    /** Health Connect's own order for activity, if the export carries it. */
    void readPriority()
    {
        if (!hasTable(m_db, "health_data_category_priority_table"))
            return;
        Statement s(m_db, "SELECT app_id_priority_order FROM health_data_category_priority_table "
                          "WHERE health_data_category = 1");
        static_assert(kActivityCategory == 1);
        if (!s.ok() || s.step() != SQLITE_ROW)
            return;
        for (const QString &id : s.text(0).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 rowId = id.trimmed().toLongLong(&ok);
            if (ok && m_rowIds.contains(rowId) && !m_priority.contains(m_rowIds.value(rowId)))
                m_priority.append(m_rowIds.value(rowId));
        }
    }

    /** Listed apps in their order, then the others, the one added last (highest row) first. */
    void rank(QList<ActivitySample> &samples) const
    {
        for (ActivitySample &sample : samples) {
            const qsizetype listed = m_priority.indexOf(sample.source);
            sample.rank = listed >= 0
                              ? quint16(listed)
                              : quint16(m_priority.size() + (m_apps.size() - 1 - sample.source));
        }
    }

    Status readTable(const char *table, const char *valueColumn, QList<ActivitySample> *into,
                     bool steps)
    {
        const QByteArray sql = QByteArray("SELECT app_info_id, start_time, end_time, "
                                          "start_zone_offset, ") +
                               (valueColumn ? QByteArray(valueColumn) : QByteArray("0")) +
                               " FROM " + table;
        Statement s(m_db, sql.constData());
        if (!s.ok())
            return unreadable(m_db);
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            const qint64 startMs = s.integer(1), endMs = s.integer(2);
            const qint64 offset = s.isNull(3) ? 0 : s.integer(3);
            if (endMs < startMs || std::abs(offset) > kLargestOffset || startMs < 0)
                return Error{{},
                             QStringLiteral("%1 holds a record whose times cannot be read")
                                 .arg(QString::fromLatin1(table))};
            const quint16 app = m_rowIds.value(s.integer(0), 0);
            if (m_apps.isEmpty())
                return Error{{}, QStringLiteral("the export's records name no app")};
            const qint64 seconds = (endMs - startMs) / 1000;
            const double value = steps ? s.real(4) : double(seconds) / 60.0;
            if (!std::isfinite(value) || value < 0)
                return Error{{},
                             QStringLiteral("%1 holds a negative or unreadable count")
                                 .arg(QString::fromLatin1(table))};
            ++m_records;
            ActivitySourceTotal &total = m_apps[app].total;
            ++total.records;
            (steps ? total.steps : total.activeMinutes) += value;
            const qint64 localSeconds = startMs / 1000 + offset;
            const QDate day = QDate::fromJulianDay(2440588 + localSeconds / kDay);
            if (!m_options.keeps(day)) {
                ++m_skipped;
                continue;
            }
            ActivitySample sample;
            sample.day = day;
            sample.start = startMs / 1000;
            sample.seconds = qint32(std::min<qint64>(seconds, 7 * kDay));
            sample.value = float(value);
            sample.source = app;
            for (const ActivitySample &part : splitAtLocalMidnight(sample, int(offset)))
                if (m_options.keeps(part.day))
                    into->append(part);
        }
        return rc == SQLITE_DONE ? Status(Done{}) : Status(unreadable(m_db));
    }

    sqlite3 *m_db;
    const ActivityReadOptions &m_options;
    QList<App> m_apps;
    QHash<qint64, quint16> m_rowIds;
    QList<quint16> m_priority;
    QList<ActivitySample> m_steps, m_minutes;
    qint64 m_records = 0, m_skipped = 0;
};

} // namespace

Result<ActivityFile> readHealthConnect(const QString &databasePath,
                                       const ActivityReadOptions &options)
{
    Connection connection;
    if (auto status = connection.open(databasePath, options); !status)
        return status.error();
    return Reader(connection.get(), options).read();
}

} // namespace mend
