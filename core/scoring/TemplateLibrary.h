#pragma once

#include "core/Error.h"
#include "core/scoring/TemplateStore.h"

#include <QList>

namespace cv::core {

class Administration;
class Vault;
struct Person;

// The scorecard-template use cases (Templates area, CLI `template …`):
// decide -> audit -> act, the change and its audit entry in one transaction.
// Audited: "template.import" (a draft written), "template.publish".
class TemplateLibrary final
{
public:
    TemplateLibrary(Vault& vault, Administration& admin);

    // Stores `content` as its key's draft (a new version when the newest is
    // published: editing a published template creates a new draft).
    Result<TemplateVersionId> importDraft(const Person& actor, const ScorecardTemplate& content);
    // Rewrites draft `id`; refused with R-ASSESS-1 when it is published.
    Result<void> updateDraft(const Person& actor, TemplateVersionId id,
                             const ScorecardTemplate& content);
    // A new draft version from published version `id` (or the key's open draft).
    Result<TemplateVersionId> editAsNewDraft(const Person& actor, TemplateVersionId id);
    // Publishes draft `id` now; returns it as stored (publishedUtc set).
    Result<ScorecardTemplate> publish(const Person& actor, TemplateVersionId id);

    Result<QList<ScorecardTemplate>> list(const Person& actor);
    Result<ScorecardTemplate> find(const Person& actor, TemplateVersionId id);

    const TemplateStore& store() const { return m_store; }

private:
    Result<void> audited(const Person& actor, const QString& action, const ScorecardTemplate& t,
                         TemplateVersionId id);
    Vault& m_vault;
    Administration& m_admin;
    TemplateStore m_store;
};

} // namespace cv::core
