#include "languagepreference.h"

#include "domain/displaysettings.h"

namespace mend {

QString storedLanguage(const SettingsRepository &settings)
{
    const QString stored = settings.value(QStringLiteral("view.language")).value_or(QString());
    return parseLanguage(stored) ? stored : QStringLiteral("system");
}

} // namespace mend
