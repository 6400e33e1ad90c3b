#include "ui/clips/ClipEditor.h"

#include <QUndoCommand>

#include <algorithm>

namespace cv::ui {

namespace {

constexpr int kStrengthMergeId = 1;

// One change of the draft: before and after, whole (a draft is small).
class DraftChange final : public QUndoCommand
{
public:
    DraftChange(ClipEditor& editor, core::ClipSpec before, core::ClipSpec after,
                const QString& text, int mergeId)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {}
    void undo() override { m_editor.apply(m_before); }
    void redo() override { m_editor.apply(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        if (other->id() != m_mergeId)
            return false;
        m_after = static_cast<const DraftChange*>(other)->m_after;
        return true;
    }

private:
    ClipEditor& m_editor;
    core::ClipSpec m_before;
    core::ClipSpec m_after;
    int m_mergeId;
};

} // namespace

ClipEditor::ClipEditor(QObject* parent)
    : QObject(parent)
{}

void ClipEditor::reset(core::RecordingId recording, qint64 durationMs)
{
    m_undo.clear();
    m_durationMs = std::max<qint64>(0, durationMs);
    m_draft = core::ClipSpec{};
    m_draft.recordingId = recording;
    m_draft.toMs = m_durationMs;
    m_draft.disguise = core::Disguise::Customer;
    Q_EMIT changed();
}

void ClipEditor::apply(const core::ClipSpec& draft)
{
    m_draft = draft;
    Q_EMIT changed();
}

void ClipEditor::push(const core::ClipSpec& after, const QString& description, int mergeId)
{
    if (after == m_draft)
        return;
    m_undo.push(new DraftChange(*this, m_draft, after, description, mergeId));
}

QList<core::RedactionRegion> ClipEditor::normalised(QList<core::RedactionRegion> regions,
                                                    qint64 durationMs)
{
    QList<core::RedactionRegion> kept;
    for (core::RedactionRegion r : regions) {
        r.startMs = std::clamp<qint64>(r.startMs, 0, durationMs);
        r.endMs = std::clamp<qint64>(r.endMs, 0, durationMs);
        if (r.endMs < r.startMs)
            std::swap(r.startMs, r.endMs);
        if (r.endMs > r.startMs)
            kept << r;
    }
    std::sort(kept.begin(), kept.end(),
              [](const auto& a, const auto& b) { return a.startMs < b.startMs; });
    QList<core::RedactionRegion> merged;
    for (const core::RedactionRegion& r : std::as_const(kept)) {
        if (!merged.isEmpty() && r.startMs <= merged.last().endMs)
            merged.last().endMs = std::max(merged.last().endMs, r.endMs); // the earlier fill wins
        else
            merged << r;
    }
    return merged;
}

void ClipEditor::setRange(qint64 fromMs, qint64 toMs)
{
    core::ClipSpec after = m_draft;
    after.fromMs = std::clamp<qint64>(std::min(fromMs, toMs), 0, m_durationMs);
    after.toMs = std::clamp<qint64>(std::max(fromMs, toMs), 0, m_durationMs);
    if (after.toMs <= after.fromMs)
        return;
    push(after, tr("Set the clip's range"));
}

void ClipEditor::addRegion(qint64 startMs, qint64 endMs, core::RedactionRegion::Fill fill)
{
    addRegions({{startMs, endMs, fill}}, tr("Redact a region"));
}

void ClipEditor::addRegions(const QList<core::RedactionRegion>& regions, const QString& description)
{
    core::ClipSpec after = m_draft;
    after.regions = normalised(after.regions + regions, m_durationMs);
    push(after, description);
}

void ClipEditor::removeRegion(int index)
{
    if (index < 0 || index >= m_draft.regions.size())
        return;
    core::ClipSpec after = m_draft;
    after.regions.removeAt(index);
    push(after, tr("Remove a redaction"));
}

void ClipEditor::toggleFill(int index)
{
    if (index < 0 || index >= m_draft.regions.size())
        return;
    core::ClipSpec after = m_draft;
    core::RedactionRegion& r = after.regions[index];
    r.fill = r.fill == core::RedactionRegion::Fill::Tone ? core::RedactionRegion::Fill::Silence
                                                         : core::RedactionRegion::Fill::Tone;
    push(after, tr("Change a redaction's fill"));
}

void ClipEditor::setDisguise(core::Disguise disguise)
{
    core::ClipSpec after = m_draft;
    after.disguise = disguise;
    push(after, tr("Change the voice disguise"));
}

void ClipEditor::setStrength(int semitones)
{
    core::ClipSpec after = m_draft;
    after.disguiseSemitones = std::clamp(semitones, 1, 8);
    push(after, tr("Change the disguise's strength"), kStrengthMergeId);
}

} // namespace cv::ui
