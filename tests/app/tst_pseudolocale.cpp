#include "pseudolocale.h"

#include <catch2/catch.hpp>

using Mode = PseudoTranslator::Mode;

TEST_CASE("The accented pseudo-locale marks every letter, keeps placeholders and is 40 % longer",
          "[pseudolocale]")
{
    const QString source = QStringLiteral("%1 of %n days logged, %L2 steps");
    const QString pseudo = PseudoTranslator::pseudo(source, Mode::Accented);
    CHECK(pseudo.startsWith(u'['));
    CHECK(pseudo.endsWith(u']'));
    CHECK(pseudo.contains(QStringLiteral("%1 ")));
    CHECK(pseudo.contains(QStringLiteral("%n ")));
    CHECK(pseudo.contains(QStringLiteral("%L2 ")));
    CHECK(pseudo.contains(QStringLiteral("ðåýš ļöĝĝéð")));
    // 17 letters outside the placeholders: 6 dots more (40 %, rounded down).
    CHECK(pseudo.count(QChar(0x00B7)) == 6);
    // arg() fills in what the translation kept.
    CHECK(PseudoTranslator::pseudo(QStringLiteral("Day %1"), Mode::Accented).arg(70) ==
          QStringLiteral("[Ðåý 70·]"));
    CHECK(PseudoTranslator::pseudo(QString(), Mode::Accented).isEmpty());
}

TEST_CASE("The right-to-left pseudo-locale reads right to left and turns the layout with it",
          "[pseudolocale]")
{
    const QString pseudo =
        PseudoTranslator::pseudo(QStringLiteral("Save today"), Mode::RightToLeft);
    CHECK(pseudo.isRightToLeft());
    CHECK(pseudo.contains(QStringLiteral("Save today")));
    const PseudoTranslator rtl(Mode::RightToLeft);
    CHECK(rtl.translate("QGuiApplication", "QT_LAYOUT_DIRECTION", nullptr, -1) ==
          QStringLiteral("RTL"));
    const PseudoTranslator accented(Mode::Accented);
    CHECK(accented.translate("QGuiApplication", "QT_LAYOUT_DIRECTION", nullptr, -1) ==
          QStringLiteral("LTR"));
    CHECK(accented.translate("TodayPage", "Save", nullptr, -1) == QStringLiteral("[Šåvé·]"));
}

TEST_CASE("What a pseudo-locale left unmarked is listed once: words that did not go through tr()",
          "[pseudolocale]")
{
    const QString marked = PseudoTranslator::pseudo(QStringLiteral("Today"), Mode::Accented);
    const QString rtl = PseudoTranslator::pseudo(QStringLiteral("Today"), Mode::RightToLeft);
    CHECK(PseudoTranslator::unmarked({marked, QStringLiteral("KOOS JR"), rtl, QStringLiteral("42"),
                                      QStringLiteral("KOOS JR"), QStringLiteral("6 weeks")}) ==
          QStringList{QStringLiteral("KOOS JR"), QStringLiteral("6 weeks")});
    Mode mode = Mode::Accented;
    CHECK(PseudoTranslator::modeFromName(QStringLiteral("rtl"), &mode));
    CHECK(mode == Mode::RightToLeft);
    CHECK_FALSE(PseudoTranslator::modeFromName(QStringLiteral("de"), &mode));
}
