#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace mend {

/** How the screens are drawn: as the system says, or always light or dark. */
enum class ThemeMode
{
    System,
    Light,
    Dark
};

/** "system", "light" or "dark". */
QString themeModeKey(ThemeMode mode);
/** The mode a stored key names; an unknown key is refused with the field named. */
Result<ThemeMode> parseThemeMode(const QString &key);

/** The text size a person can choose, in per cent of the system's: 100 to 200. */
constexpr int minTextSizePercent = 100;
constexpr int maxTextSizePercent = 200;
/** A stored text size ("150"); anything else than a whole number in range is refused. */
Result<int> parseTextSizePercent(const QString &text);

/** The languages Mend's screens come in: "system" (the phone's, when Mend has it, else English)
 *  or one of these. Each but English has assets/translations/mend_<key>.ts. */
QStringList languageKeys();
/** A stored language key; anything else is refused with the field named. */
Result<QString> parseLanguage(const QString &key);
Status validateLanguage(const QString &key);

/** The same two checks for a setting being stored. */
Status validateThemeMode(const QString &key);
Status validateTextSizePercent(const QString &text);

/** The WCAG 2 contrast ratio of two opaque sRGB colours given as 0xRRGGBB (1 to 21). */
double contrastRatio(quint32 rgbA, quint32 rgbB);
/** The least contrast WCAG 2 (AA) asks of body text. */
constexpr double minTextContrast = 4.5;

} // namespace mend
