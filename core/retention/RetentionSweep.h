#pragma once

#include "core/Error.h"
#include "core/retention/Retention.h"

#include <QCoreApplication>

#include <functional>

namespace cv::core {

class Administration;
class Vault;

// Destruction on time (R-RETAIN-1, R-RETAIN-2, R-RETAIN-3, R-ASSESS-3;
// docs/retention.md). A recording still held is due for destruction
//  - when a coach evaluation of it is signed off (R-RETAIN-1), at once,
//    unless it is retained with the agent's consent;
//  - when it is retained and the retention's end date has passed
//    (R-RETAIN-1);
//  - when its evaluation term (the call's start + the term of the policy it
//    was imported under) lapsed without a signed-off evaluation
//    (R-RETAIN-2).
// run() destroys everything due in one transaction — the audio chunks and
// the peaks deleted with secure_delete on (freed pages overwritten), data
// derived from the audio deleted by the registered destroyers, a tombstone
// written and one audit entry per recording — then checkpoints the WAL and
// truncates it, so no copy of the audio is left in it. Evaluations,
// sign-offs and reports survive. A crash half-way leaves the vault as it
// was; the next run (every unlock) finishes the job.
class RetentionSweep final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionSweep)

public:
    // Deletes what is derived from a recording's audio and still holds
    // personal data; called inside the sweep's transaction with the
    // temporary table `doomed(id)` of recording ids. The constructor
    // registers the clips' (ClipStore::destroyPersonalClipsOf).
    using Destroyer = std::function<Result<void>(Vault& vault)>;

    RetentionSweep(Vault& vault, Administration& admin);

    void addDestroyer(Destroyer destroyer);

    // Everything due at `nowUtc`.
    QList<Destruction> due(const QDateTime& nowUtc) const;
    // Due within `days` days after `nowUtc` (not yet due now), soonest first:
    // the Inbox's warning.
    QList<Destruction> upcoming(const QDateTime& nowUtc, int days) const;
    // Destroys everything due at `nowUtc`; `by` says what ran it.
    Result<SweepReport> run(const QDateTime& nowUtc, const QString& by);

private:
    QList<Destruction> schedule() const; // every recording still held, with its due time

    Vault& m_vault;
    Administration& m_admin;
    QList<Destroyer> m_destroyers;
};

} // namespace cv::core
