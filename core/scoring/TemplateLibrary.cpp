#include "core/scoring/TemplateLibrary.h"

#include "core/admin/Administration.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

class LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)
public:
    static QString noSuchVersion(TemplateVersionId id)
    {
        return tr("There is no scorecard template version %1.").arg(id);
    }
};

const QString kObjectType = QStringLiteral("scorecard");

} // namespace

TemplateLibrary::TemplateLibrary(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
    , m_store(vault)
{}

Result<void> TemplateLibrary::audited(const Person& actor, const QString& action,
                                      const ScorecardTemplate& t, TemplateVersionId id)
{
    return m_admin.record(actor, action, kObjectType, QString::number(id), std::nullopt,
                          QStringLiteral("%1 v%2").arg(t.key).arg(t.version));
}

Result<TemplateVersionId> TemplateLibrary::importDraft(const Person& actor,
                                                       const ScorecardTemplate& content)
{
    if (auto ok = m_admin.decide(actor, Request(Action::EditTemplate), kObjectType, content.key);
        !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_vault);
    auto id = m_store.saveDraft(content, actor.id);
    if (!id)
        return id;
    const std::optional<ScorecardTemplate> stored = m_store.find(*id);
    if (auto logged = audited(actor, actionName(Action::EditTemplate), *stored, *id); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<void> TemplateLibrary::updateDraft(const Person& actor, TemplateVersionId id,
                                          const ScorecardTemplate& content)
{
    if (auto ok =
            m_admin.decide(actor, Request(Action::EditTemplate), kObjectType, QString::number(id));
        !ok)
        return ok;
    Error refusal;
    {
        Transaction transaction(m_vault);
        auto updated = m_store.updateDraft(id, content);
        if (updated) {
            const std::optional<ScorecardTemplate> stored = m_store.find(id);
            if (auto logged = audited(actor, actionName(Action::EditTemplate), *stored, id);
                !logged)
                return logged;
            return transaction.commit();
        }
        if (updated.error().code != ErrorCode::Refused)
            return updated;
        refusal = updated.error();
    } // rolled back: nothing was written
    // R-ASSESS-1: a published version never changes; the attempt is audited.
    m_admin.recordRefusal(actor.id, actionName(Action::EditTemplate), kObjectType,
                          QString::number(id), std::nullopt, refusal);
    return std::unexpected(refusal);
}

Result<TemplateVersionId> TemplateLibrary::editAsNewDraft(const Person& actor, TemplateVersionId id)
{
    if (auto ok =
            m_admin.decide(actor, Request(Action::EditTemplate), kObjectType, QString::number(id));
        !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_vault);
    auto draft = m_store.draftFrom(id, actor.id);
    if (!draft)
        return draft;
    const std::optional<ScorecardTemplate> stored = m_store.find(*draft);
    if (auto logged = audited(actor, actionName(Action::EditTemplate), *stored, *draft); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return draft;
}

Result<ScorecardTemplate> TemplateLibrary::publish(const Person& actor, TemplateVersionId id)
{
    if (auto ok = m_admin.decide(actor, Request(Action::PublishTemplate), kObjectType,
                                 QString::number(id));
        !ok)
        return std::unexpected(ok.error());
    Transaction transaction(m_vault);
    auto published = m_store.publish(id, actor.id);
    if (!published)
        return std::unexpected(published.error());
    const std::optional<ScorecardTemplate> stored = m_store.find(id);
    if (auto logged = audited(actor, actionName(Action::PublishTemplate), *stored, id); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *stored;
}

Result<QList<ScorecardTemplate>> TemplateLibrary::list(const Person& actor)
{
    if (auto ok =
            m_admin.decide(actor, Request(Action::ViewTemplates), kObjectType, QStringLiteral("*"));
        !ok)
        return std::unexpected(ok.error());
    return m_store.all();
}

Result<ScorecardTemplate> TemplateLibrary::find(const Person& actor, TemplateVersionId id)
{
    if (auto ok =
            m_admin.decide(actor, Request(Action::ViewTemplates), kObjectType, QString::number(id));
        !ok)
        return std::unexpected(ok.error());
    const std::optional<ScorecardTemplate> found = m_store.find(id);
    if (!found)
        return fail(ErrorCode::Usage, LibraryText::noSuchVersion(id));
    return *found;
}

} // namespace cv::core
