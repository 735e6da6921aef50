#pragma once

#include "database.h"
#include "domain/promresponse.h"
#include "domain/result.h"

#include <memory>

namespace mend {

/** Stores questionnaire responses with their item answers and scale scores. */
class PromRepository
{
public:
    explicit PromRepository(std::shared_ptr<Database> database);

    /**
     * Inserts a response (id 0) or replaces the stored one with the same id, answers and scores
     * included, in one transaction. Returns it with its id.
     */
    Result<PromResponse> save(PromResponse response);
    std::optional<PromResponse> find(qint64 id) const;
    /** The response for a scheduled time point, draft or complete, if there is one. */
    std::optional<PromResponse> findScheduled(qint64 episodeId, const QString &instrumentId,
                                              const QString &timePointId) const;
    /** Every response of an episode, by date then id. */
    QList<PromResponse> forEpisode(qint64 episodeId) const;
    Status remove(qint64 id);

private:
    QList<PromResponse> select(const QString &where, const QVariantList &values) const;

    std::shared_ptr<Database> m_db;
};

} // namespace mend
