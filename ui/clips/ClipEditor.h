#pragma once

#include "core/clips/ClipSpec.h"

#include <QList>
#include <QObject>
#include <QUndoStack>

namespace cv::ui {

// The clip under edit — a core::ClipSpec, as the ClipDesk takes it — every
// change an undoable command (Ctrl+Z, Ctrl+Shift+Z). The customer's voice is
// always disguised; the agent's too unless they consented in writing to
// identifiable use (R-TRAIN-1), which the Clips area enforces.
// Regions are kept inside the call, sorted, and merged where they overlap;
// strength changes in a row merge into one step.
class ClipEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipEditor)
public:
    explicit ClipEditor(QObject* parent = nullptr);

    // A new clip of `recording`, `durationMs` long: the whole call, no
    // regions, the customer's voice disguised. Clears the undo history.
    void reset(core::RecordingId recording, qint64 durationMs);

    const core::ClipSpec& draft() const { return m_draft; }
    qint64 durationMs() const { return m_durationMs; }
    QUndoStack* undoStack() { return &m_undo; }

    void setRange(qint64 fromMs, qint64 toMs);
    // Adds a region (clamped to the call; merged with regions it overlaps).
    void addRegion(qint64 startMs, qint64 endMs,
                   core::RedactionRegion::Fill fill = core::RedactionRegion::Fill::Tone);
    // Adds several at once, one undo step (accepted transcript proposals).
    void addRegions(const QList<core::RedactionRegion>& regions, const QString& description);
    void removeRegion(int index);
    void toggleFill(int index);
    void setDisguise(core::Disguise disguise);
    void setStrength(int semitones);

    // Used by the commands: replaces the draft and says so.
    void apply(const core::ClipSpec& draft);

Q_SIGNALS:
    void changed();

private:
    void push(const core::ClipSpec& after, const QString& description, int mergeId = -1);
    static QList<core::RedactionRegion> normalised(QList<core::RedactionRegion> regions,
                                                   qint64 durationMs);

    core::ClipSpec m_draft;
    qint64 m_durationMs = 0;
    QUndoStack m_undo;
};

} // namespace cv::ui
