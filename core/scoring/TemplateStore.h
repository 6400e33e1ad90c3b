#pragma once

#include "core/Error.h"
#include "core/scoring/ScorecardTemplate.h"

#include <QList>

#include <optional>

namespace cv::core {

class Vault;

// The versions of every scorecard template. A draft may be rewritten; a
// published version never changes again (R-ASSESS-1): every write to it is
// refused, here at the last step before SQL, whoever asks. Writes belong in
// the caller's Transaction (TemplateLibrary audits them with the change).
class TemplateStore final
{
public:
    explicit TemplateStore(Vault& vault);

    // Stores `content` as the draft of its key: rewrites the key's draft if
    // its newest version is one, else adds version newest + 1 (version 1 for
    // a new key). Returns the draft's id.
    Result<TemplateVersionId> saveDraft(const ScorecardTemplate& content, PersonId by);
    // Rewrites draft `id` with `content` (its key must match). Refused with
    // R-ASSESS-1 when `id` is published.
    Result<void> updateDraft(TemplateVersionId id, const ScorecardTemplate& content);
    // A new draft holding published version `id`'s content: how a published
    // template is edited. Returns the key's existing draft if there is one.
    Result<TemplateVersionId> draftFrom(TemplateVersionId id, PersonId by);
    // Stamps the publication date-time from the clock; refused (R-ASSESS-1)
    // when already published.
    Result<QDateTime> publish(TemplateVersionId id, PersonId by);

    std::optional<ScorecardTemplate> find(TemplateVersionId id) const;
    // Every version, by key then version.
    QList<ScorecardTemplate> all() const;
    QList<ScorecardTemplate> versionsOf(const QString& key) const;
    // What a call may be evaluated on (the Review area's choice): per key,
    // the newest version published before the call started (R-ASSESS-1)
    // that serves the call's purpose (R-PURPOSE-1). By name.
    QList<ScorecardTemplate> usableFor(Purpose purpose, const QDateTime& callStartUtc) const;

private:
    QList<ScorecardTemplate> select(const QString& where, const QVariantList& values) const;
    Vault& m_vault;
};

} // namespace cv::core
