#pragma once

#include "fhirbundleindex.h"
#include "fhirimport.h"
#include "jsonreader.h"

#include <cmath>
#include <optional>

namespace mend::fhirimport {

using fhir::Bucket;
using fhir::BundleIndex;

/** Reads one Bundle's resources, entry by entry, into what the diary keeps. */
class Reader
{
public:
    Reader(FhirBundleContent &out, BundleIndex &index, const QList<Instrument> &instruments)
        : m_out(out), m_index(index), m_instruments(instruments)
    {
    }

    void resource(const JsonView &entry, int at);
    void finish();

private:
    void problem(const QString &text)
    {
        m_out.problems << QStringLiteral("entry[%1]: %2").arg(m_at).arg(text);
    }
    void skip(const QString &text) { m_out.skipped << text; }
    /** A whole number; `what` names it in the problem, formatted only when there is one. */
    template <typename What> std::optional<int> integer(const JsonView &v, What what)
    {
        // Range first: converting an out-of-range double to an integer is undefined behaviour.
        const double d = v.toDouble(-1e300);
        if (!v.isNumber() || d < -1e6 || d > 1e7 || d != std::floor(d)) {
            problem(QStringLiteral("%1 must be a whole number").arg(what()));
            return std::nullopt;
        }
        return int(d);
    }
    /** A 0-10 pain score: a decimal (Synthea's 7.9295…) is rounded half up and listed. */
    std::optional<int> painScore(const JsonView &v, const QDate &date)
    {
        const double d = v.toDouble(-1e300);
        if (!v.isNumber() || d < 0 || d > 10) {
            problem(QStringLiteral("pain (72514-3) on %1 must be a number from 0 to 10")
                        .arg(date.toString(Qt::ISODate)));
            return std::nullopt;
        }
        const int whole = int(std::floor(d + 0.5));
        if (d != whole)
            m_out.rounded << QStringLiteral("%1: pain %2 taken as %3")
                                 .arg(date.toString(Qt::ISODate), QString::number(d, 'g', 6))
                                 .arg(whole);
        return whole;
    }
    void patient(const JsonView &r);
    void procedure(const JsonView &r);
    void injection(const JsonView &r);
    void foreignInjection(const JsonView &r, Episode &e);
    void goal(const JsonView &r);
    void flag(const JsonView &r);
    void observation(const JsonView &r, const fhir::MendExtensions &extensions);
    bool mendObservation(const JsonView &r, DailyEntry &day, const QString &code);
    void importedActivity(const JsonView &r, const fhir::MendExtensions &extensions,
                          const QDate &date, const QString &source, const QString &loinc,
                          const QString &mend);
    void questionnaireResponse(const JsonView &r);
    const Instrument *instrument(const QString &id) const;

    FhirBundleContent &m_out;
    BundleIndex &m_index;
    const QList<Instrument> &m_instruments;
    int m_at = 0;
    Bucket *m_bucket = nullptr; ///< the resource's episode
};

} // namespace mend::fhirimport
