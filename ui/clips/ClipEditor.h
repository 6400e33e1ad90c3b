#pragma once

#include <QList>
#include <QObject>
#include <QUndoStack>

namespace cv::ui {

// What the trainer is cutting: the clip's range in the call, the redaction
// regions (each a tone or silence) and the voice disguise. Times are
// milliseconds from the start of the call.
struct ClipDraft
{
    enum class Fill
    {
        Tone,
        Silence,
    };
    struct Region
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        Fill fill = Fill::Tone;
        friend bool operator==(const Region&, const Region&) = default;
    };
    // The customer's voice is always disguised; the agent's too unless they
    // consented in writing to identifiable use (R-TRAIN-1).
    enum class Disguise
    {
        Customer,
        Both,
    };

    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<Region> regions; // sorted by start, never overlapping
    Disguise disguise = Disguise::Customer;
    int strength = 4; // semitones of pitch shift, 1..8

    friend bool operator==(const ClipDraft&, const ClipDraft&) = default;
};

// The clip under edit, every change an undoable command (Ctrl+Z, Ctrl+Shift+Z).
// Regions are kept inside the call, sorted, and merged where they overlap;
// strength changes in a row merge into one step.
class ClipEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipEditor)
public:
    explicit ClipEditor(QObject* parent = nullptr);

    // A new clip of a call `durationMs` long: the whole call, no regions,
    // the customer's voice disguised. Clears the undo history.
    void reset(qint64 durationMs);

    const ClipDraft& draft() const { return m_draft; }
    qint64 durationMs() const { return m_durationMs; }
    QUndoStack* undoStack() { return &m_undo; }

    void setRange(qint64 fromMs, qint64 toMs);
    // Adds a region (clamped to the call; merged with regions it overlaps).
    void addRegion(qint64 startMs, qint64 endMs, ClipDraft::Fill fill = ClipDraft::Fill::Tone);
    // Adds several at once, one undo step (accepted transcript proposals).
    void addRegions(const QList<ClipDraft::Region>& regions, const QString& description);
    void removeRegion(int index);
    void toggleFill(int index);
    void setDisguise(ClipDraft::Disguise disguise);
    void setStrength(int semitones);

    // Used by the commands: replaces the draft and says so.
    void apply(const ClipDraft& draft);

Q_SIGNALS:
    void changed();

private:
    void push(const ClipDraft& after, const QString& description, int mergeId = -1);
    static QList<ClipDraft::Region> normalised(QList<ClipDraft::Region> regions, qint64 durationMs);

    ClipDraft m_draft;
    qint64 m_durationMs = 0;
    QUndoStack m_undo;
};

} // namespace cv::ui
