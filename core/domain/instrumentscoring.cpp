#include "instrumentscoring.h"

#include <QStringList>

namespace mend {
namespace {

QString optionValues(const InstrumentItem &item)
{
    QStringList values;
    for (const auto &o : item.options)
        if (!values.contains(QString::number(o.value)))
            values.append(QString::number(o.value));
    return values.join(QStringLiteral(", "));
}

Rational computeScore(const ScaleDefinition &scale, int sum, int answered)
{
    switch (scale.method) {
    case ScoringMethod::Table:
        return scale.table.at(sum);
    case ScoringMethod::MeanRescaled: {
        // (sum/n - min) / (max - min) x 100 == (sum - n*min) x 100 / (n x (max - min))
        const Rational rescaled(std::int64_t(sum - answered * scale.itemMin) * 100,
                                std::int64_t(answered) * (scale.itemMax - scale.itemMin));
        return scale.invert ? Rational(100) - rescaled : rescaled;
    }
    case ScoringMethod::PercentOfMax:
        return Rational(std::int64_t(sum) * 100, std::int64_t(scale.itemMax) * answered);
    case ScoringMethod::Sum:
        return Rational(sum);
    }
    return Rational(0);
}

} // namespace

Status checkAnswers(const Instrument &instrument, const Answers &answers)
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const InstrumentItem *item = instrument.item(it.key());
        if (!item)
            return Error{it.key(),
                         QStringLiteral("%1 has no item '%2'").arg(instrument.shortName, it.key())};
        if (!item->accepts(it.value()))
            return Error{it.key(), QStringLiteral("%1 is not an answer to this item; allowed: %2")
                                       .arg(it.value())
                                       .arg(optionValues(*item))};
    }
    return Done{};
}

ScaleScore scoreScale(const ScaleDefinition &scale, const Answers &answers)
{
    ScaleScore out;
    out.scaleId = scale.id;
    QStringList missing;
    for (const auto &id : scale.itemIds) {
        const auto it = answers.find(id);
        if (it == answers.end()) {
            missing.append(id);
            continue;
        }
        ++out.answered;
        out.rawSum += it.value();
    }
    if (out.answered < scale.minAnswered || out.answered == 0) {
        out.reason = QStringLiteral("%1: %2 of %3 items answered; a score needs at least %4 (%5). "
                                    "Unanswered: %6")
                         .arg(scale.label)
                         .arg(out.answered)
                         .arg(scale.itemIds.size())
                         .arg(std::max(scale.minAnswered, 1))
                         .arg(scale.missingRule, missing.join(QStringLiteral(", ")));
        return out;
    }
    if (scale.method == ScoringMethod::Table &&
        (out.rawSum < 0 || out.rawSum >= scale.table.size())) {
        out.reason = QStringLiteral("%1: raw sum %2 is outside the conversion table (0-%3)")
                         .arg(scale.label)
                         .arg(out.rawSum)
                         .arg(scale.table.size() - 1);
        return out;
    }
    out.score = computeScore(scale, out.rawSum, out.answered);
    return out;
}

Result<QList<ScaleScore>> scoreInstrument(const Instrument &instrument, const Answers &answers)
{
    if (auto ok = checkAnswers(instrument, answers); !ok)
        return ok.error();
    QList<ScaleScore> out;
    for (const auto &scale : instrument.scales)
        out.append(scoreScale(scale, answers));
    return out;
}

Result<Answers> answersFromList(const Instrument &instrument, const QString &list)
{
    const QStringList parts = list.split(QLatin1Char(','));
    if (parts.size() != instrument.items.size())
        return Error{QStringLiteral("answers"),
                     QStringLiteral("%1 has %2 items; %3 answers were given (leave a place empty "
                                    "for an unanswered item, e.g. 2,,1)")
                         .arg(instrument.shortName)
                         .arg(instrument.items.size())
                         .arg(parts.size())};
    Answers answers;
    for (int i = 0; i < parts.size(); ++i) {
        const QString text = parts.at(i).trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int value = text.toInt(&ok);
        const auto &item = instrument.items.at(i);
        if (!ok)
            return Error{QStringLiteral("answers"),
                         QStringLiteral("answer %1 (item %2) '%3' is not a whole number")
                             .arg(i + 1)
                             .arg(item.id, text)};
        if (!item.accepts(value))
            return Error{QStringLiteral("answers"),
                         QStringLiteral("answer %1 (item %2) %3 is not an answer to this item; "
                                        "allowed: %4")
                             .arg(i + 1)
                             .arg(item.id)
                             .arg(value)
                             .arg(optionValues(item))};
        answers.insert(item.id, value);
    }
    return answers;
}

} // namespace mend
