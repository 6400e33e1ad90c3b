#include "core/scoring/EvaluationDeadlines.h"

#include "core/admin/Administration.h"
#include "core/scoring/EvaluationDesk.h"
#include "core/vault/Vault.h"

#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace cv::core {

EvaluationDeadlines::EvaluationDeadlines(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
{}

QHash<RecordingId, EvaluationDeadlines::Deadline>
EvaluationDeadlines::of(const QList<Recording>& recordings) const
{
    QSet<RecordingId> evaluated;
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT DISTINCT recording_id FROM evaluation "
                                  "WHERE kind = 'coach' AND status = 'submitted'"))) {
        while (query.next())
            evaluated.insert(query.value(0).toLongLong());
    }
    QHash<int, std::optional<Policy>> policies;
    QHash<RecordingId, Deadline> deadlines;
    deadlines.reserve(recordings.size());
    for (const Recording& r : recordings) {
        auto policy = policies.constFind(r.policyVersion);
        if (policy == policies.cend())
            policy = policies.insert(r.policyVersion, m_admin.policies().version(r.policyVersion));
        Deadline d;
        if (*policy)
            d.dueUtc = EvaluationDesk::deadline(r, **policy);
        d.evaluated = evaluated.contains(r.id);
        deadlines.insert(r.id, d);
    }
    return deadlines;
}

} // namespace cv::core
