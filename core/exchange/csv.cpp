#include "csv.h"

#include <QStringDecoder>

namespace mend::csv {

namespace {

/** Whether a spreadsheet would take the text, apostrophes in front left out, as a formula. */
bool startsLikeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= text.size())
        return false;
    return QStringView(u"=+-@\t\r").contains(text.at(i));
}

} // namespace

QString toSpreadsheetText(const QString &text)
{
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString fromSpreadsheetText(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && startsLikeFormula(cell) ? cell.mid(1) : cell;
}

QByteArray record(const QStringList &fields)
{
    QStringList out;
    for (const auto &f : fields) {
        const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
                           f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')) ||
                           f.startsWith(QLatin1Char('\''));
        out << (quote ? QLatin1Char('"') +
                            QString(f).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                            QLatin1Char('"')
                      : f);
    }
    return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

Result<QList<QStringList>> parse(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{QStringLiteral("file"), QStringLiteral("is not UTF-8 text")};
    QList<QStringList> records;
    QStringList current;
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    int line = 1;
    int i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const auto endField = [&] {
        current << field;
        field.clear();
        afterQuote = false;
    };
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endField();
            records << current;
            current.clear();
            ++line;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (afterQuote) {
            return Error{QStringLiteral("line %1").arg(line),
                         QStringLiteral("text after a closing quote")};
        } else if (c == QLatin1Char('"')) {
            return Error{QStringLiteral("line %1").arg(line),
                         QStringLiteral("a quote inside an unquoted field")};
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error{QStringLiteral("line %1").arg(line),
                     QStringLiteral("a quote is never closed")};
    if (!field.isEmpty() || !current.isEmpty() || afterQuote) {
        endField();
        records << current;
    }
    return records;
}

QString firstLine(const QByteArray &head)
{
    QByteArray line = head.left(head.indexOf('\n'));
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return QString::fromUtf8(line).trimmed();
}

} // namespace mend::csv
