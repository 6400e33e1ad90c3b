#include "core/recordings/RecordingCatalogue.h"

#include "core/admin/Administration.h"
#include "core/recordings/RecordingStore.h"
#include "core/scoring/EvaluationDeadlines.h"

#include <QHash>

#include <algorithm>

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

    QList<CatalogueEntry> visible;
    const QList<Recording> recordings = RecordingStore(m_vault).all(); // oldest call first
    for (auto it = recordings.crbegin(); it != recordings.crend(); ++it) {
        const auto agent = persons.constFind(it->agent);
        Request request(Action::ViewRecordings);
        request.subject = agent != persons.cend() ? &*agent : nullptr;
        if (!m_admin.rules().decide(viewer, request))
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
    // Same call start: the later import first.
    std::stable_sort(visible.begin(), visible.end(), [](const auto& a, const auto& b) {
        if (a.recording.callStartUtc != b.recording.callStartUtc)
            return a.recording.callStartUtc > b.recording.callStartUtc;
        return a.recording.id > b.recording.id;
    });

    AuditRecord record;
    record.actor = viewer.id;
    record.action = actionName(Action::ViewRecordings);
    record.objectType = QStringLiteral("recording");
    record.objectId = QStringLiteral("*");
    if (auto logged = m_admin.audit().append(record); !logged)
        return std::unexpected(logged.error());
    return visible;
}

} // namespace cv::core
