#pragma once

#include "core/Error.h"
#include "core/recordings/Recording.h"
#include "core/scoring/AgentRequest.h"

#include <QList>

namespace cv::core {

class Vault;

// The agents' requests (R-ASSESS-4, R-ASSESS-5). Append-only apart from
// marking an extra moment used. Writes belong in the caller's Transaction.
class AgentRequestStore final
{
public:
    explicit AgentRequestStore(Vault& vault);

    Result<qint64> insert(const AgentRequest& request);
    Result<void> markUsed(qint64 id, qint64 evaluation);

    QList<AgentRequest> forAgent(PersonId agent) const; // oldest first
    // R-ASSESS-4: the evaluators the agent asked to replace on this call.
    QList<PersonId> replacedEvaluators(RecordingId recording) const;
    // R-ASSESS-5/6: the oldest unused extra moment the agent asked for on or
    // before `callDate`, or 0.
    qint64 unusedExtraMoment(PersonId agent, const QDate& callDate) const;

private:
    Vault& m_vault;
};

} // namespace cv::core
