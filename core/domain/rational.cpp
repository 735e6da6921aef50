#include "rational.h"

#include <QLocale>
#include <QRegularExpression>
#include <numeric>
#include <stdexcept>

namespace mend {
namespace {

Rational reduced(__int128 num, __int128 den)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    __int128 a = num < 0 ? -num : num;
    __int128 b = den;
    while (b != 0) {
        const __int128 t = a % b;
        a = b;
        b = t;
    }
    const __int128 g = a == 0 ? 1 : a;
    return Rational(static_cast<std::int64_t>(num / g), static_cast<std::int64_t>(den / g));
}

} // namespace

Rational::Rational(std::int64_t numerator, std::int64_t denominator)
{
    if (denominator == 0)
        throw std::invalid_argument("Rational with a zero denominator");
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const std::int64_t g = std::gcd(numerator, denominator);
    m_num = numerator / (g == 0 ? 1 : g);
    m_den = denominator / (g == 0 ? 1 : g);
}

std::optional<Rational> Rational::parse(const QString &text)
{
    static const QRegularExpression decimal(QStringLiteral("^(-?)(\\d{1,12})(?:\\.(\\d{1,6}))?$"));
    const auto m = decimal.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = m.captured(3);
    std::int64_t scale = 1;
    for (int i = 0; i < fraction.size(); ++i)
        scale *= 10;
    const std::int64_t whole = m.captured(2).toLongLong();
    const std::int64_t part = fraction.isEmpty() ? 0 : fraction.toLongLong();
    const std::int64_t value = whole * scale + part;
    return Rational(m.captured(1).isEmpty() ? value : -value, scale);
}

QString Rational::toString(int decimals) const
{
    __int128 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = m_num < 0;
    const __int128 magnitude = negative ? -static_cast<__int128>(m_num) : m_num;
    const __int128 scaled = (magnitude * scale * 2 + m_den) / (2 * static_cast<__int128>(m_den));
    const auto whole = static_cast<long long>(scaled / scale);
    const auto fraction = static_cast<long long>(scaled % scale);
    QString out = QString::number(whole);
    if (decimals > 0)
        out +=
            QLatin1Char('.') + QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
    return (negative && scaled != 0 ? QStringLiteral("-") : QString()) + out;
}

QString Rational::toLocaleString(int decimals) const
{
    return toString(decimals).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

QString Rational::toShortString() const
{
    QString text = toString(6);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

Rational Rational::operator+(const Rational &o) const
{
    return reduced(static_cast<__int128>(m_num) * o.m_den + static_cast<__int128>(o.m_num) * m_den,
                   static_cast<__int128>(m_den) * o.m_den);
}

Rational Rational::operator-(const Rational &o) const
{
    return *this + (-o);
}

Rational Rational::operator*(const Rational &o) const
{
    return reduced(static_cast<__int128>(m_num) * o.m_num, static_cast<__int128>(m_den) * o.m_den);
}

Rational Rational::operator/(const Rational &o) const
{
    if (o.m_num == 0)
        throw std::invalid_argument("Rational division by zero");
    return reduced(static_cast<__int128>(m_num) * o.m_den, static_cast<__int128>(m_den) * o.m_num);
}

} // namespace mend
