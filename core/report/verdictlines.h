#pragma once

#include "domain/outcomes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mend {

/** The translation context of the visit report's own words (lupdate finds them by
 *  VisitReport::tr). The report is in the language Mend runs in; mend-cli's is in the language
 *  chosen in the app unless told otherwise. */
struct VisitReport
{
    Q_DECLARE_TR_FUNCTIONS(VisitReport)
};

/** One line of the report's outcome section and the word printed beside it. */
struct VerdictLine
{
    QString text;
    QString state; ///< stateText(VerdictState): "met", "not yet met", "cannot be judged yet"
};

/** The outcome section of the visit report, kept to its page budget however long the diary. */
struct VerdictLines
{
    QList<VerdictLine> lines;
    QStringList sources; ///< "[1] needs ... · population; source", each threshold once
};

/**
 * Each assessed verdict on its own line; the not-assessable ones of one measure and criterion
 * that miss for the same reason gathered on one line naming their time points (a diary of
 * years reaches every time point, most with no questionnaire answered); each threshold with its
 * population and source printed once and referred to by its number.
 */
VerdictLines verdictLines(const QList<Verdict> &verdicts);

} // namespace mend
