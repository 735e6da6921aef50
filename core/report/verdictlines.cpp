#include "verdictlines.h"

#include "domain/verdictwording.h"

#include <algorithm>

namespace mend {

namespace {

/** The reason with its own time point taken out, so that time points missing alike group. */
QString reasonWithoutTimePoint(const Verdict &v)
{
    QString reason = v.reason;
    //: How a reason names its time point ("no KOOS JR answered at 3 months"), taken out to group.
    reason.remove(Outcomes::tr(" at %1").arg(v.timePointLabel));
    return reason;
}

} // namespace

VerdictLines verdictLines(const QList<Verdict> &verdicts)
{
    VerdictLines out;
    QStringList sourceKeys;
    const auto sourceNumber = [&](const Verdict &v) {
        const QString key =
            VisitReport::tr("needs %1 · %2; %3").arg(v.threshold, v.population, v.source);
        qsizetype i = sourceKeys.indexOf(key);
        if (i < 0) {
            sourceKeys.append(key);
            out.sources.append(QStringLiteral("[%1] %2").arg(sourceKeys.size()).arg(key));
            i = sourceKeys.size() - 1;
        }
        return QStringLiteral("[%1]").arg(i + 1);
    };

    struct Missing
    {
        QString key;
        QString head;
        QStringList timePoints;
        QString reason;
    };
    QList<Missing> missing;
    for (const auto &v : verdicts) {
        const QString ref = sourceNumber(v);
        if (v.state != VerdictState::NotAssessable) {
            QString numbers = v.reason;
            if (v.current && v.baseline && v.improvement)
                numbers =
                    QStringLiteral("%1 → %2 (%3)")
                        .arg(inLocale(*v.baseline, v.decimals), inLocale(*v.current, v.decimals),
                             inLocale(*v.improvement, v.decimals));
            QString text = QStringLiteral("%1 · %2 · %3 %4:")
                               .arg(v.timePointLabel, v.measureLabel, v.criterionLabel, ref);
            if (!numbers.isEmpty())
                text += QLatin1Char(' ') + numbers;
            out.lines.append({text, stateText(v.state)});
            continue;
        }
        const QString reason = reasonWithoutTimePoint(v);
        const QString key = v.measureLabel + QLatin1Char('|') + v.criterionLabel +
                            QLatin1Char('|') + ref + QLatin1Char('|') + reason;
        auto it = std::find_if(missing.begin(), missing.end(),
                               [&](const Missing &m) { return m.key == key; });
        if (it == missing.end()) {
            missing.append({key,
                            QStringLiteral("%1 · %2 %3").arg(v.measureLabel, v.criterionLabel, ref),
                            {},
                            reason});
            it = missing.end() - 1;
        }
        it->timePoints.append(v.timePointLabel);
    }
    for (const auto &m : missing)
        out.lines.append({QStringLiteral("%1: %2 — %3")
                              .arg(m.head, m.timePoints.join(QStringLiteral(", ")), m.reason),
                          stateText(VerdictState::NotAssessable)});
    return out;
}

} // namespace mend
