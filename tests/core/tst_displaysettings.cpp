#include "domain/displaysettings.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace mend;

TEST_CASE("contrast ratios match the values WCAG tools publish", "[display]")
{
    // WebAIM's contrast checker: black on white 21:1, #777777 on white 4.48:1 (just fails AA),
    // #767676 on white 4.54:1 (the lightest grey that passes), blue on white 8.59:1, red 4:1.
    CHECK(contrastRatio(0x000000, 0xffffff) == Approx(21.0));
    CHECK(contrastRatio(0xffffff, 0x777777) == Approx(4.48).margin(0.005));
    CHECK(contrastRatio(0x767676, 0xffffff) == Approx(4.54).margin(0.005));
    CHECK(contrastRatio(0x0000ff, 0xffffff) == Approx(8.59).margin(0.005));
    CHECK(contrastRatio(0xff0000, 0xffffff) == Approx(4.0).margin(0.005));
    CHECK(contrastRatio(0x123456, 0x123456) == Approx(1.0));
    // The pain badges History had: white on Material light green / lime, below AA.
    CHECK(contrastRatio(0xffffff, 0x8bc34a) < minTextContrast);
}

TEST_CASE("the text size is a whole per cent from 100 to 200", "[display]")
{
    CHECK(parseTextSizePercent(QStringLiteral("100")).value() == 100);
    CHECK(parseTextSizePercent(QStringLiteral(" 200 ")).value() == 200);
    for (const char *bad : {"99", "201", "1.5", "", "big", "150%"}) {
        auto r = parseTextSizePercent(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("text size"));
        CHECK(r.error().forPerson() == QStringLiteral("Choose a text size from 100 % to 200 %"));
    }
}

TEST_CASE("the colour mode is system, light or dark", "[display]")
{
    for (const ThemeMode mode : {ThemeMode::System, ThemeMode::Light, ThemeMode::Dark})
        CHECK(parseThemeMode(themeModeKey(mode)).value() == mode);
    auto r = parseThemeMode(QStringLiteral("<b>night</b>"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() ==
          QStringLiteral("colours: \"<b>night</b>\" is not system, light or dark"));
}

TEST_CASE("the language is the phone's, English or one with a translation in assets/translations",
          "[display]")
{
    for (const QString &key : languageKeys())
        CHECK(parseLanguage(key).value() == key);
    // Every language but English and the phone's has its translation source.
    for (const QString &key : languageKeys())
        if (key != QLatin1String("system") && key != QLatin1String("en"))
            CHECK(QFile::exists(QStringLiteral(MEND_TRANSLATIONS_DIR "/mend_%1.ts").arg(key)));
    for (const char *bad : {"", "de", "ES", "system ", "<b>es</b>"}) {
        auto r = parseLanguage(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("language"));
        CHECK(r.error().forPerson() == QStringLiteral("Choose a language from the list"));
        CHECK_FALSE(validateLanguage(QString::fromLatin1(bad)).ok());
    }
}
