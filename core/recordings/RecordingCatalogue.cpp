#include "core/recordings/RecordingCatalogue.h"

#include "core/admin/Administration.h"
#include "core/recordings/RecordingStore.h"
#include "core/scoring/EvaluationDeadlines.h"

#include <QHash>

namespace cv::core {

RecordingCatalogue::RecordingCatalogue(Vault& vault, Administration& admin)
    : m_vault(vault)
    , m_admin(admin)
{}

Result<QList<CatalogueEntry>> RecordingCatalogue::visibleTo(const Person& viewer)
{
    QHash<PersonId, Person> persons;
    for (const Person& person : m_admin.persons().all())
        persons.insert(person.id, person);

    // Whether the viewer may see a call depends only on whose call it is:
    // one decision per agent, not one per recording.
    QHash<PersonId, bool> mayView;
    QList<CatalogueEntry> visible;
    // Oldest call first, read backwards: the newest call first, and of two
    // with the same start the later import first.
    const QList<Recording> recordings = RecordingStore(m_vault).all();
    visible.reserve(recordings.size());
    for (auto it = recordings.crbegin(); it != recordings.crend(); ++it) {
        const auto agent = persons.constFind(it->agent);
        auto allowed = mayView.constFind(it->agent);
        if (allowed == mayView.cend()) {
            Request request(Action::ViewRecordings);
            request.subject = agent != persons.cend() ? &*agent : nullptr;
            allowed = mayView.insert(it->agent, bool(m_admin.rules().decide(viewer, request)));
        }
        if (!*allowed)
            continue;
        CatalogueEntry entry;
        entry.recording = *it;
        entry.agentName = agent != persons.cend() ? agent->displayName : QString::number(it->agent);
        entry.agentHandle = agent != persons.cend() ? agent->handle : QString();
        visible.append(std::move(entry));
    }
    // Deadlines for what the viewer sees only (an agent: their own calls).
    QList<Recording> shown;
    shown.reserve(visible.size());
    for (const CatalogueEntry& entry : std::as_const(visible))
        shown.append(entry.recording);
    const auto deadlines = EvaluationDeadlines(m_vault, m_admin).of(shown);
    for (CatalogueEntry& entry : visible) {
        const EvaluationDeadlines::Deadline deadline = deadlines.value(entry.recording.id);
        entry.evaluateByUtc = deadline.dueUtc;
        entry.evaluated = deadline.evaluated;
    }

    if (auto logged = m_admin.record(viewer, actionName(Action::ViewRecordings),
                                     QStringLiteral("recording"), QStringLiteral("*"));
        !logged)
        return std::unexpected(logged.error());
    return visible;
}

} // namespace cv::core
