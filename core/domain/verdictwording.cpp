#include "verdictwording.h"

#include <QLocale>

namespace mend {

std::optional<Rational> percentOf(const Rational &improvement, const Rational &baseline)
{
    if (baseline.isZero())
        return std::nullopt;
    return improvement * kHundred / (baseline < Rational(0) ? -baseline : baseline);
}

QString inLocale(const Rational &value, int decimals)
{
    // Rational::toString rounds exactly; only the decimal point follows the language.
    return value.toString(decimals).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

QString shortInLocale(const Rational &value)
{
    return value.toShortString().replace(QLatin1Char('.'), QLocale().decimalPoint());
}

QString figureOrDash(const std::optional<double> &value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

QString stateText(VerdictState state)
{
    switch (state) {
    case VerdictState::Met:
        return Outcomes::tr("met");
    case VerdictState::NotYetMet:
        return Outcomes::tr("not yet met");
    case VerdictState::NotAssessable:
        break;
    }
    return Outcomes::tr("cannot be judged yet");
}

QString plainFor(const Verdict &v, const PromTimePoint &tp, const QString &what,
                 const QString &missing)
{
    const QString when = patientLabel(tp);
    switch (v.state) {
    case VerdictState::Met:
        return Outcomes::tr("%1: met at %2.").arg(what, when);
    case VerdictState::NotYetMet:
        return Outcomes::tr("%1: not yet met at %2.").arg(what, when);
    case VerdictState::NotAssessable:
        break;
    }
    return Outcomes::tr("%1: cannot be judged at %2 (%3).").arg(what, when, missing);
}

} // namespace mend
