#include "fieldparse.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace mend::parse {

Result<int> integer(const QString &field, const QString &text)
{
    bool ok = false;
    const QString trimmed = text.trimmed();
    const qlonglong value = trimmed.toLongLong(&ok);
    if (!ok)
        return Error{field, QStringLiteral("'%1' is not a whole number").arg(text),
                     QStringLiteral("Type a whole number, with digits only")};
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        return Error{field, QStringLiteral("%1 is far out of range").arg(trimmed),
                     QStringLiteral("That number is far too big — check it")};
    return int(value);
}

Result<double> decimal(const QString &field, const QString &text, const QString &unit)
{
    bool ok = false;
    const double value =
        QString(text.trimmed()).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error{
            field,
            QStringLiteral("'%1' is not a number%2")
                .arg(text, unit.isEmpty() ? QString() : QStringLiteral(" of ") + unit),
            QStringLiteral("Type a number, for example %1").arg(QLocale().toString(37.8, 'f', 1))};
    return value;
}

Result<QDate> date(const QString &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    // QDate accepts some non-padded forms; require exactly YYYY-MM-DD.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(trimmed, Qt::ISODate);
    if (!shape.match(trimmed).hasMatch() || !d.isValid())
        return Error{field,
                     QStringLiteral("'%1' is not a calendar date; use YYYY-MM-DD").arg(text)};
    return d;
}

Result<RomReading> romReading(const QString &text, RomSide side)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error{QStringLiteral("rom"),
                     QStringLiteral("'%1' should look like movement=degrees, e.g. knee-flexion=110")
                         .arg(text)};
    const QString movement = text.left(eq).trimmed();
    auto degrees = integer(QStringLiteral("rom ") + movement, text.mid(eq + 1));
    if (!degrees)
        return degrees.error();
    return RomReading{movement, degrees.value(), side};
}

Result<bool> flag(const QString &field, const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return Error{field, QStringLiteral("'%1' is not yes or no").arg(text)};
}

} // namespace mend::parse
