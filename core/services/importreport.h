#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mend {

/** What an import did: imported or not, what it added, every problem or skipped item and why. */
struct ImportReport
{
    bool imported = false;
    QString format;    ///< "csv" or "fhir"
    int entries = 0;   ///< days added
    int replaced = 0;  ///< days the file replaced (OnConflict::Replace)
    int unchanged = 0; ///< days (and answers) the diary already had, the same
    int responses = 0;
    int restored = 0; ///< episodes set up from the file (a restore)
    int extras = 0; ///< series injections, other treatments, goals, alerts, imported activity days
    QStringList problems;  ///< why nothing was imported
    QStringList skipped;   ///< what the file had that this diary does not keep, and why
    QStringList conflicts; ///< days the diary has with other values: both values
    QStringList rounded;   ///< decimal pain scores taken as whole numbers

    /** The summary, then each list grouped by reason with counts and up to 3 examples each
     *  (every line when verbose). */
    QString text(bool verbose = false) const;
    /** The same for the person at the screen, in the language Mend runs in: what was imported in
     *  words, then the lists as details (their lines quote the file, and stay as the file's
     *  checker wrote them). */
    QString forPerson() const;
    /** Every count and every line, for scripts (mend-cli import --json). */
    QJsonObject json() const;
};

/** The one problem of a file that holds nothing Mend keeps. */
QString nothingToImportProblem();

/** The problem of a file for a diary with no injection, that names none either. */
QString noEpisodeProblem();

} // namespace mend
