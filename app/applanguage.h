#pragma once

#include <QString>
#include <QTranslator>

/**
 * Shows Mend in the language the diary names ("system", "en", "es"; see mend::languageKeys):
 * installs the translation built from assets/translations into :/i18n, and makes dates and
 * numbers follow it (5 de diciembre, 37,8 °C). "system" takes the phone's language when Mend has
 * it, else English, with the phone's own date and number formats.
 */
void applyLanguage(const QString &key, QTranslator &translator);
