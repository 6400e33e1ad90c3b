#include "core/scoring/EvaluationDeadlines.h"

#include "core/admin/Administration.h"
#include "core/scoring/EvaluationDeadline.h"
#include "core/scoring/EvaluationStore.h"
#include "core/vault/Vault.h"

#include <optional>

namespace cv::core {

EvaluationDeadlines::EvaluationDeadlines(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
{}

QHash<RecordingId, EvaluationDeadlines::Deadline>
EvaluationDeadlines::of(const QList<Recording>& recordings) const
{
    const QHash<RecordingId, EvaluationStatus> coach =
        EvaluationStore(m_vault).coachStatusByRecording();
    QHash<int, std::optional<Policy>> policies;
    QHash<RecordingId, Deadline> deadlines;
    deadlines.reserve(recordings.size());
    for (const Recording& r : recordings) {
        auto policy = policies.constFind(r.policyVersion);
        if (policy == policies.cend())
            policy = policies.insert(r.policyVersion, m_admin.policies().version(r.policyVersion));
        Deadline d;
        if (*policy)
            d.dueUtc = EvaluationDeadline::of(r, **policy).dueUtc;
        d.evaluated = coach.value(r.id, EvaluationStatus::Draft) == EvaluationStatus::Submitted;
        deadlines.insert(r.id, d);
    }
    return deadlines;
}

} // namespace cv::core
