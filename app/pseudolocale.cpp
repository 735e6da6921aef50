#include "pseudolocale.h"

#include <QRegularExpression>

namespace {

QChar accented(QChar c)
{
    static const QString plain = QStringLiteral("abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ");
    static const QString marked = QStringLiteral("åƀçðéĝĥîķļñöŕšţûýžÅƁÇÐÉĜĤÎĶĻÑÖŔŠŢÛÝŽ");
    const qsizetype at = plain.indexOf(c);
    return at < 0 ? c : marked.at(at);
}

/** Where a placeholder starts at i (%1, %L1, %n), its length; else 0. */
qsizetype placeholderAt(const QString &s, qsizetype i)
{
    if (s.at(i) != u'%' || i + 1 >= s.size())
        return 0;
    qsizetype j = i + 1;
    if (s.at(j) == u'L' && j + 1 < s.size())
        ++j;
    if (s.at(j) == u'n')
        return j - i + 1;
    qsizetype k = j;
    while (k < s.size() && s.at(k).isDigit())
        ++k;
    return k > j ? k - i : 0;
}

} // namespace

bool PseudoTranslator::modeFromName(const QString &name, Mode *mode)
{
    if (name == QLatin1String("accented"))
        *mode = Mode::Accented;
    else if (name == QLatin1String("rtl"))
        *mode = Mode::RightToLeft;
    else
        return false;
    return true;
}

QString PseudoTranslator::pseudo(const QString &source, Mode mode)
{
    if (source.isEmpty())
        return source;
    if (mode == Mode::RightToLeft)
        return QString(QChar(0x200F)) + QChar(0x202E) + source + QChar(0x202C);
    QString out;
    out.reserve(source.size() * 2 + 2);
    out += u'[';
    qsizetype letters = 0;
    for (qsizetype i = 0; i < source.size();) {
        if (const qsizetype n = placeholderAt(source, i)) {
            out += QStringView(source).mid(i, n);
            i += n;
            continue;
        }
        const QChar c = source.at(i++);
        if (c.isLetter())
            ++letters;
        out += accented(c);
    }
    // 40 % longer, as German or Spanish often are; a middle dot a letter wide.
    out += QString(qMax<qsizetype>(1, letters * 2 / 5), QChar(0x00B7));
    out += u']';
    return out;
}

QStringList PseudoTranslator::unmarked(const QStringList &texts)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2}"));
    QStringList out;
    for (const QString &text : texts) {
        const bool marked = text.contains(u'[') || text.contains(QChar(0x200F));
        if (!marked && text.contains(word) && !out.contains(text))
            out.append(text);
    }
    return out;
}

QString PseudoTranslator::translate(const char *context, const char *sourceText, const char *,
                                    int) const
{
    // How Qt asks a translation for its layout direction (QGuiApplication::translate).
    if (qstrcmp(context, "QGuiApplication") == 0 && qstrcmp(sourceText, "QT_LAYOUT_DIRECTION") == 0)
        return m_mode == Mode::RightToLeft ? QStringLiteral("RTL") : QStringLiteral("LTR");
    return sourceText ? pseudo(QString::fromUtf8(sourceText), m_mode) : QString();
}
