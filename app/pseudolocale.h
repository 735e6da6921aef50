#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

/**
 * Pseudo-locales, as Android's en-XA and ar-XB: every string that goes through tr()/qsTr() comes
 * out changed in a way a person sees at once, so a screenshot shows what is not translatable
 * (it stays plain English), what is cut off when a language is longer than English (German and
 * Spanish run about a third longer), and what does not mirror right to left.
 *
 * - Accented: "Save today" → "[Šåvé ţöðåý·····]": accented letters, 40 % longer, bracketed so
 *   that a clipped end shows.
 * - RightToLeft: the text reversed by the right-to-left override and starting with a right-to-left
 *   mark, so it reads and aligns as Arabic or Hebrew does; the application's layout direction is
 *   right to left.
 * Placeholders (%1, %n, %L1) are kept as they are: arg() fills them in after translation.
 */
class PseudoTranslator : public QTranslator
{
public:
    enum class Mode
    {
        Accented,
        RightToLeft
    };

    explicit PseudoTranslator(Mode mode) : m_mode(mode) {}

    /** "accented" or "rtl"; nullopt-like false when the name is neither. */
    static bool modeFromName(const QString &name, Mode *mode);

    /** What the pseudo-locale makes of one source text. */
    static QString pseudo(const QString &source, Mode mode);

    /** Of the texts on screen, those with a word in them that carry no pseudo-locale mark: text
     *  that did not go through tr() (or data, such as a date or a note). Each once, in order. */
    static QStringList unmarked(const QStringList &texts);

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
    bool isEmpty() const override { return false; }

private:
    Mode m_mode;
};
