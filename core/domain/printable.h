#pragma once

#include <QString>

namespace mend {

/**
 * Text from a file or a person made safe to print on a terminal: control characters (C0 but
 * line feed and tab, DEL, C1 — escape sequences start with them) are shown as \xNN, so a file
 * cannot move the cursor, change colours or retitle the window through an error message.
 */
inline QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F);
        if (control)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace mend
