#pragma once

#include "domain/promresponse.h"
#include "storage/episoderepository.h"
#include "storage/promrepository.h"

namespace mend {

/** Checks, scores and stores questionnaire answers: drafts while in progress, then complete. */
class PromRecorder
{
public:
    explicit PromRecorder(std::shared_ptr<Database> database);

    /** What to store: the instrument answered, for which episode, time point and day. */
    struct Submission
    {
        qint64 episodeId = 0;
        QString timePointId; ///< empty: answered off-schedule
        QDate answeredOn;
        Answers answers;
    };

    /** Stores answers so far (resume later); replaces an earlier draft for the same time point. */
    Result<PromResponse> saveDraft(const Instrument &instrument, const Submission &submission,
                                   const QDateTime &now);
    /**
     * Scores and stores the response as complete. A scale whose missing-item rule is not met is
     * stored without a score and with the reason.
     */
    Result<PromResponse> complete(const Instrument &instrument, const Submission &submission,
                                  const QDateTime &now);

private:
    Result<PromResponse> store(const Instrument &instrument, const Submission &submission,
                               const QDateTime &now, bool complete);

    EpisodeRepository m_episodes;
    PromRepository m_responses;
};

} // namespace mend
