#include "promrecorder.h"

namespace mend {

PromRecorder::PromRecorder(std::shared_ptr<Database> database)
    : m_episodes(database), m_responses(database)
{
}

Result<PromResponse> PromRecorder::saveDraft(const Instrument &instrument,
                                             const Submission &submission, const QDateTime &now)
{
    return store(instrument, submission, now, false);
}

Result<PromResponse> PromRecorder::complete(const Instrument &instrument,
                                            const Submission &submission, const QDateTime &now)
{
    return store(instrument, submission, now, true);
}

Result<PromResponse> PromRecorder::store(const Instrument &instrument, const Submission &submission,
                                         const QDateTime &now, bool complete)
{
    const auto episode = m_episodes.find(submission.episodeId);
    if (!episode)
        return Error{QStringLiteral("episode"),
                     QStringLiteral("episode %1 does not exist").arg(submission.episodeId)};
    if (!submission.answeredOn.isValid())
        return Error{QStringLiteral("date"), QStringLiteral("a valid date is needed (YYYY-MM-DD)")};
    if (submission.answeredOn > now.date())
        return Error{
            QStringLiteral("date"),
            QStringLiteral("%1 is in the future").arg(submission.answeredOn.toString(Qt::ISODate))};
    if (instrument.changeSinceInjection && submission.answeredOn < episode->injectionDate)
        return Error{QStringLiteral("date"),
                     QStringLiteral("%1 asks about change since the injection (%2); it cannot be "
                                    "answered before it")
                         .arg(instrument.shortName, episode->injectionDate.toString(Qt::ISODate))};
    if (auto ok = checkAnswers(instrument, submission.answers); !ok)
        return ok.error();
    if (complete && submission.answers.isEmpty())
        return Error{QStringLiteral("answers"),
                     QStringLiteral("no item of %1 was answered").arg(instrument.shortName)};

    PromResponse r;
    if (!submission.timePointId.isEmpty())
        if (auto existing = m_responses.findScheduled(submission.episodeId, instrument.id,
                                                      submission.timePointId))
            r = *existing;
    r.episodeId = submission.episodeId;
    r.instrumentId = instrument.id;
    r.instrumentVersion = instrument.version;
    r.timePointId = submission.timePointId;
    r.answeredOn = submission.answeredOn;
    r.complete = complete;
    r.answers = submission.answers;
    r.scores.clear();
    if (complete)
        for (const auto &scale : instrument.scales)
            r.scores.append(scoreScale(scale, submission.answers));
    if (r.id == 0)
        r.createdAt = now.toUTC();
    r.updatedAt = now.toUTC();
    return m_responses.save(r);
}

} // namespace mend
