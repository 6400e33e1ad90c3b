#pragma once

#include "core/scoring/Evaluation.h"
#include "ui/waveform/WaveformMarker.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace cv::ui {

// The timestamped notes of an evaluation: a list in call order, each "0:42
// text (criterion)", and an inline editor for the note being written. Enter
// or a double click on a note asks to play from its moment; Delete removes it
// while the evaluation is a draft.
class NoteList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteList)
public:
    explicit NoteList(QWidget* parent = nullptr);

    void setNotes(const QList<core::TimedNote>& notes,
                  const QHash<QString, QString>& criterionTitles);
    const QList<core::TimedNote>& notes() const { return m_notes; }
    void setReadOnly(bool readOnly);

    // Opens the editor for a note at `atMs` about `criterionId` (may be
    // empty) and gives it the focus; Enter adds the note, Escape drops it.
    void beginNote(qint64 atMs, const QString& criterionId);
    bool isEditing() const;
    QLineEdit* editor() const { return m_editor; }
    QListWidget* list() const { return m_list; }

    // The notes as flags for the waveform; a flag's id is the note's index + 1.
    QList<WaveformMarker> markers() const;

Q_SIGNALS:
    void notesChanged(); // a note added or removed by the person
    void seekRequested(qint64 ms);
    void editingFinished(); // the editor closed: focus may go back

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void commitNote();
    void cancelNote();
    void removeSelected();

    QList<core::TimedNote> m_notes;
    QHash<QString, QString> m_titles;
    bool m_readOnly = false;
    qint64 m_pendingAtMs = 0;
    QString m_pendingCriterion;
    QLabel* m_heading = nullptr;
    QLineEdit* m_editor = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace cv::ui
