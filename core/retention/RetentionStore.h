#pragma once

#include "core/Error.h"
#include "core/retention/Retention.h"

#include <optional>

namespace cv::core {

class Vault;

// The retention tables (schema version 8): grants of retention and the
// tombstones of destroyed recordings. No rules here (RetentionDesk,
// RetentionSweep).
class RetentionStore final
{
public:
    explicit RetentionStore(Vault& vault);

    Result<void> grant(const RetentionGrant& grant); // replaces an earlier one
    std::optional<RetentionGrant> grantFor(RecordingId id) const;
    std::optional<Tombstone> tombstone(RecordingId id) const;
    bool isDestroyed(RecordingId id) const { return tombstone(id).has_value(); }
    QList<Tombstone> tombstones() const;

private:
    Vault& m_vault;
};

} // namespace cv::core
