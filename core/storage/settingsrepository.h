#pragma once

#include "database.h"
#include "domain/result.h"

#include <memory>
#include <optional>

namespace mend {

/** The patient's preferences (reminder time, ...) as key/value text. */
class SettingsRepository
{
public:
    explicit SettingsRepository(std::shared_ptr<Database> database);

    std::optional<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);
    /** Stores several settings in one transaction: all or none. */
    Status setValues(const QList<std::pair<QString, QString>> &values);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace mend
