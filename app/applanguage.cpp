#include "applanguage.h"

#include <QCoreApplication>
#include <QLocale>

void applyLanguage(const QString &key, QTranslator &translator)
{
    const bool system = key.isEmpty() || key == QLatin1String("system");
    if (!system) // the chosen language's dates and numbers, whatever the phone's are
        QLocale::setDefault(key == QLatin1String("en")
                                ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                : QLocale(key));
    const QLocale locale = system ? QLocale::system() : QLocale(key);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    if (translator.load(locale, QStringLiteral("mend"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
}
