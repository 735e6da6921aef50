#pragma once

#include <QColor>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/**
 * The one place for the screens' sizes and colours: text sizes that follow the system's font and
 * the person's text size (100–200 %), and light or dark colours that follow the system or the
 * person's choice. Every text colour pair it hands out reaches WCAG AA (checked by tst_theme).
 */
class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY changed)
    Q_PROPERTY(int textSizePercent READ textSizePercent WRITE setTextSizePercent NOTIFY changed)
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(int smallSize READ smallSize NOTIFY changed)
    Q_PROPERTY(int bodySize READ bodySize NOTIFY changed)
    Q_PROPERTY(int largeSize READ largeSize NOTIFY changed)
    Q_PROPERTY(int titleSize READ titleSize NOTIFY changed)
    Q_PROPERTY(int headlineSize READ headlineSize NOTIFY changed)
    Q_PROPERTY(int chartSize READ chartSize NOTIFY changed)
    Q_PROPERTY(int tabSize READ tabSize NOTIFY changed)
    Q_PROPERTY(int headerSize READ headerSize NOTIFY changed)
    Q_PROPERTY(int headerDetailSize READ headerDetailSize NOTIFY changed)
    Q_PROPERTY(QColor background READ background NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor foreground READ foreground NOTIFY changed)
    Q_PROPERTY(QColor foregroundMuted READ foregroundMuted NOTIFY changed)
    Q_PROPERTY(QColor primary READ primary NOTIFY changed)
    Q_PROPERTY(QColor onPrimary READ onPrimary NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor error READ error NOTIFY changed)
    Q_PROPERTY(QColor success READ success NOTIFY changed)
    Q_PROPERTY(QColor caution READ caution NOTIFY changed)
    Q_PROPERTY(QColor choice READ choice NOTIFY changed)
    Q_PROPERTY(QColor choicePressed READ choicePressed NOTIFY changed)
    Q_PROPERTY(QColor onChoice READ onChoice NOTIFY changed)
    Q_PROPERTY(QColor chosen READ chosen NOTIFY changed)
    Q_PROPERTY(QColor onChosen READ onChosen NOTIFY changed)
    Q_PROPERTY(QColor reminder READ reminder NOTIFY changed)
    Q_PROPERTY(QColor due READ due NOTIFY changed)
    Q_PROPERTY(QColor good READ good NOTIFY changed)
    Q_PROPERTY(QColor onGood READ onGood NOTIFY changed)
public:
    explicit Theme(QObject *parent = nullptr);

    /** "system", "light" or "dark"; anything else is ignored (core's parseThemeMode decides). */
    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    int textSizePercent() const { return m_textSizePercent; }
    /** Clamped to 100–200. */
    void setTextSizePercent(int percent);
    bool dark() const;

    int smallSize() const { return scaled(13); }
    int bodySize() const { return scaled(14); }
    int largeSize() const { return scaled(18); }
    int titleSize() const { return scaled(22); }
    int headlineSize() const { return scaled(26); }
    /** Axis labels and legends that Qt Charts draws: they elide rather than wrap and a phone's
     *  chart has room for few, so they stop at 15 px; the table view has every value at any size.
     */
    int chartSize() const { return qMin(smallSize(), 15); }
    /** Tab names and the header's buttons stop at 16 px: four tabs must fit 320 px side by side. */
    int tabSize() const { return qMin(bodySize(), 16); }
    /** The header's title and detail stop growing at 24 and 18 px, so that the page keeps its room.
     */
    int headerSize() const { return qMin(largeSize(), 24); }
    int headerDetailSize() const { return qMin(smallSize(), 18); }

    QColor background() const { return colours().background; }
    QColor surface() const { return colours().surface; }
    QColor foreground() const { return colours().foreground; }
    QColor foregroundMuted() const { return colours().foregroundMuted; }
    QColor primary() const { return colours().primary; }
    QColor onPrimary() const { return colours().onPrimary; }
    QColor accent() const { return colours().accent; }
    QColor error() const { return colours().error; }
    QColor success() const { return colours().success; }
    QColor caution() const { return colours().caution; }
    QColor choice() const { return colours().choice; }
    QColor choicePressed() const { return colours().choicePressed; }
    QColor onChoice() const { return colours().onChoice; }
    QColor chosen() const { return colours().chosen; }
    QColor onChosen() const { return colours().onChosen; }
    QColor reminder() const { return colours().reminder; }
    QColor due() const { return colours().due; }
    QColor good() const { return colours().good; }
    QColor onGood() const { return colours().onGood; }

    /** Every text colour on every background it is drawn on, for the mode now: a list of
     *  {name, foreground, background, ratio}. */
    Q_INVOKABLE QVariantList textPairs() const;
    /** The WCAG 2 contrast ratio of two colours (alpha ignored). */
    Q_INVOKABLE double contrast(const QColor &a, const QColor &b) const;

    /** The colours of one mode. */
    struct Colours
    {
        QColor background, surface, foreground, foregroundMuted, primary, onPrimary, accent, error,
            success, caution, choice, choicePressed, onChoice, chosen, onChosen, reminder, due,
            good, onGood;
    };

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Colours &colours() const;
    int scaled(int materialPixels) const;
    /** The system's body text in pixels, or Material's 14 when it is smaller. */
    double systemBodyPixels() const;
    bool systemIsDark() const;

    QString m_mode = QStringLiteral("system");
    int m_textSizePercent = 100;
};
