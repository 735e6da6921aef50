#include "displaysettings.h"

#include <QtMath>

namespace mend {

QString themeModeKey(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light:
        return QStringLiteral("light");
    case ThemeMode::Dark:
        return QStringLiteral("dark");
    case ThemeMode::System:
        break;
    }
    return QStringLiteral("system");
}

Result<ThemeMode> parseThemeMode(const QString &key)
{
    for (const ThemeMode mode : {ThemeMode::System, ThemeMode::Light, ThemeMode::Dark})
        if (key == themeModeKey(mode))
            return mode;
    return Error{QStringLiteral("colours"),
                 QStringLiteral("\"%1\" is not system, light or dark").arg(key.left(40)),
                 QStringLiteral("Choose light, dark or as the phone is set")};
}

Result<int> parseTextSizePercent(const QString &text)
{
    bool ok = false;
    const int percent = text.trimmed().toInt(&ok);
    if (!ok || percent < minTextSizePercent || percent > maxTextSizePercent)
        return Error{QStringLiteral("text size"),
                     QStringLiteral("\"%1\" is not a whole number from %2 to %3")
                         .arg(text.left(40))
                         .arg(minTextSizePercent)
                         .arg(maxTextSizePercent),
                     QStringLiteral("Choose a text size from %1 % to %2 %")
                         .arg(minTextSizePercent)
                         .arg(maxTextSizePercent)};
    return percent;
}

QStringList languageKeys()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("es")};
}

Result<QString> parseLanguage(const QString &key)
{
    if (languageKeys().contains(key))
        return key;
    return Error{QStringLiteral("language"),
                 QStringLiteral("\"%1\" is not one of %2")
                     .arg(key.left(40), languageKeys().join(QStringLiteral(", "))),
                 QStringLiteral("Choose a language from the list")};
}

Status validateLanguage(const QString &key)
{
    if (auto language = parseLanguage(key); !language)
        return language.error();
    return Done{};
}

Status validateThemeMode(const QString &key)
{
    if (auto mode = parseThemeMode(key); !mode)
        return mode.error();
    return Done{};
}

Status validateTextSizePercent(const QString &text)
{
    if (auto size = parseTextSizePercent(text); !size)
        return size.error();
    return Done{};
}

namespace {

// WCAG 2 relative luminance: sRGB channels linearised, weighted by the eye's sensitivity.
double relativeLuminance(quint32 rgb)
{
    const auto linear = [](quint32 channel) {
        const double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) +
           0.0722 * linear(rgb & 0xff);
}

} // namespace

double contrastRatio(quint32 rgbA, quint32 rgbB)
{
    const double a = relativeLuminance(rgbA);
    const double b = relativeLuminance(rgbB);
    return (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
}

} // namespace mend
