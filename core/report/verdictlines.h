#pragma once

#include "domain/outcomes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mend {

/** One line of the report's outcome section and the word printed beside it. */
struct VerdictLine
{
    QString text;
    QString state; ///< toKey(VerdictState): "met", "not yet met", "not assessable"
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
