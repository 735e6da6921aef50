#include "theme.h"

#include "domain/displaysettings.h"

#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QScreen>
#include <QtMath>

namespace {

// Material Design 2 colours (material.io/design/color), darkened where Material's own shade
// fails 4.5:1 with its text (white on Teal 500 is 3.7:1, on Teal 700 5.3:1; Teal 500 as text on
// white 3.7:1, Teal 700 5.3:1).
const Theme::Colours kLight{QColor(0xfafafa), QColor(0xffffff), QColor(0x212121), QColor(0x5f6368),
                            QColor(0x00796b), QColor(0xffffff), QColor(0x00796b), QColor(0xb00020),
                            QColor(0x2e7d32), QColor(0x6d4c41), QColor(0xeceff1), QColor(0xcfd8dc),
                            QColor(0x263238), QColor(0x00695c), QColor(0xffffff), QColor(0xe0f2f1),
                            QColor(0xfff3e0), QColor(0xe8f5e9), QColor(0x1b5e20)};
// Material's dark theme: #303030 background, #424242 cards, light tints of the same hues.
const Theme::Colours kDark{QColor(0x303030), QColor(0x424242), QColor(0xffffff), QColor(0xd0d0d0),
                           QColor(0x00695c), QColor(0xffffff), QColor(0x80cbc4), QColor(0xffb4ab),
                           QColor(0xa5d6a7), QColor(0xd7ccc8), QColor(0x37474f), QColor(0x546e7a),
                           QColor(0xeceff1), QColor(0x80cbc4), QColor(0x00251a), QColor(0x004d40),
                           QColor(0x4e342e), QColor(0x1b5e20), QColor(0xe8f5e9)};

} // namespace

Theme::Theme(QObject *parent) : QObject(parent)
{
    if (qApp)
        qApp->installEventFilter(this);
}

void Theme::setMode(const QString &mode)
{
    if (mode == m_mode || !mend::parseThemeMode(mode))
        return;
    m_mode = mode;
    Q_EMIT changed();
}

void Theme::setTextSizePercent(int percent)
{
    percent = qBound(mend::minTextSizePercent, percent, mend::maxTextSizePercent);
    if (percent == m_textSizePercent)
        return;
    m_textSizePercent = percent;
    Q_EMIT changed();
}

bool Theme::dark() const
{
    return m_mode == QLatin1String("dark") || (m_mode == QLatin1String("system") && systemIsDark());
}

QVariantList Theme::textPairs() const
{
    const Colours &c = colours();
    const QList<std::tuple<const char *, QColor, QColor>> pairs{
        {"text on the page", c.foreground, c.background},
        {"text on a card", c.foreground, c.surface},
        {"quiet text on the page", c.foregroundMuted, c.background},
        {"quiet text on a card", c.foregroundMuted, c.surface},
        {"error on the page", c.error, c.background},
        {"error on a card", c.error, c.surface},
        {"met on a card", c.success, c.surface},
        {"not yet met on a card", c.caution, c.surface},
        {"header", c.onPrimary, c.primary},
        {"tab, link and flat button", c.accent, c.background},
        {"flat button on a card", c.accent, c.surface},
        {"choice", c.onChoice, c.choice},
        {"choice being pressed", c.onChoice, c.choicePressed},
        {"chosen", c.onChosen, c.chosen},
        {"reminder banner", c.foreground, c.reminder},
        {"due banner", c.foreground, c.due},
        {"good news card", c.onGood, c.good},
    };
    QVariantList out;
    for (const auto &[name, fg, bg] : pairs)
        out.append(QVariantMap{{QStringLiteral("name"), QString::fromLatin1(name)},
                               {QStringLiteral("foreground"), fg},
                               {QStringLiteral("background"), bg},
                               {QStringLiteral("ratio"), contrast(fg, bg)}});
    return out;
}

double Theme::contrast(const QColor &a, const QColor &b) const
{
    return mend::contrastRatio(a.rgb() & 0xffffff, b.rgb() & 0xffffff);
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && (event->type() == QEvent::ApplicationPaletteChange ||
                            event->type() == QEvent::ApplicationFontChange))
        Q_EMIT changed();
    return QObject::eventFilter(watched, event);
}

const Theme::Colours &Theme::colours() const
{
    return dark() ? kDark : kLight;
}

int Theme::scaled(int materialPixels) const
{
    return qRound(materialPixels * systemBodyPixels() / 14.0 * m_textSizePercent / 100.0);
}

double Theme::systemBodyPixels() const
{
    const QFont font = QGuiApplication::font();
    double pixels = font.pixelSize();
    if (pixels <= 0) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        pixels = font.pointSizeF() * (screen ? screen->logicalDotsPerInch() : 96.0) / 72.0;
    }
    return qMax(14.0, pixels);
}

bool Theme::systemIsDark() const
{
    // Qt 6.4 has no colour-scheme hint (6.5 has); a platform in dark mode gives the application
    // a dark window palette.
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    return window.lightnessF() < 0.5;
}
