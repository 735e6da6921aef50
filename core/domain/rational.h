#pragma once

#include <QString>
#include <compare>
#include <cstdint>
#include <optional>

namespace mend {

/**
 * An exact fraction for scores and thresholds: published values ("91.975", "7.76") and formula
 * results (16/45 x 100) compare without floating-point surprises.
 */
class Rational
{
public:
    constexpr Rational() = default;
    Rational(std::int64_t numerator, std::int64_t denominator = 1);

    /** Parses a decimal written as text ("-7.5", "91.975", "20"); nothing on anything else. */
    static std::optional<Rational> parse(const QString &text);

    std::int64_t numerator() const { return m_num; }
    std::int64_t denominator() const { return m_den; }
    double toDouble() const { return double(m_num) / double(m_den); }
    /** Rounded half away from zero to a number of decimals, e.g. 35.555... -> "35.6". */
    QString toString(int decimals) const;
    /** The same digits with the decimal mark of the language Mend runs in ("35,6" in Spanish):
     *  what a person reads; toString is for files and the clinician's English texts. */
    QString toLocaleString(int decimals) const;
    /** As few decimals as needed (up to 6): "14", "7.5", "76.8". */
    QString toShortString() const;

    Rational operator+(const Rational &o) const;
    Rational operator-(const Rational &o) const;
    Rational operator*(const Rational &o) const;
    /** Division; the divisor must not be zero. */
    Rational operator/(const Rational &o) const;
    Rational operator-() const { return Rational(-m_num, m_den); }
    bool isZero() const { return m_num == 0; }

    friend bool operator==(const Rational &a, const Rational &b)
    {
        return a.m_num == b.m_num && a.m_den == b.m_den;
    }
    friend std::strong_ordering operator<=>(const Rational &a, const Rational &b)
    {
        const __int128 l = static_cast<__int128>(a.m_num) * b.m_den;
        const __int128 r = static_cast<__int128>(b.m_num) * a.m_den;
        return l < r ? std::strong_ordering::less
                     : (l > r ? std::strong_ordering::greater : std::strong_ordering::equal);
    }

private:
    std::int64_t m_num = 0;
    std::int64_t m_den = 1;
};

} // namespace mend
