#include "ui/review/NoteList.h"

#include "ui/DisplayText.h"
#include "ui/Theme.h"
#include "ui/waveform/WaveformView.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cv::ui {

NoteList::NoteList(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noteList"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_heading = new QLabel(tr("Notes at moments in the call (N adds one at the playhead)"), this);
    Theme::setRole(*m_heading, "heading");
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_editor = new QLineEdit(this);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->hide();
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, &NoteList::commitNote);
    layout->addWidget(m_editor);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setAccessibleName(tr("Notes"));
    m_list->setMinimumHeight(60);
    m_list->setMaximumHeight(100);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setToolTip(tr("Enter or a double click plays from the note's moment; Delete removes "
                          "it."));
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT seekRequested(item->data(Qt::UserRole).toLongLong());
    });
    layout->addWidget(m_list);
}

void NoteList::setNotes(const QList<core::TimedNote>& notes,
                        const QHash<QString, QString>& criterionTitles)
{
    m_notes = notes;
    m_titles = criterionTitles;
    cancelNote();
    refresh();
}

void NoteList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        cancelNote();
}

void NoteList::beginNote(qint64 atMs, const QString& criterionId)
{
    if (m_readOnly)
        return;
    m_pendingAtMs = atMs;
    m_pendingCriterion = criterionId;
    const QString at = DisplayText::duration(atMs);
    const QString title = m_titles.value(criterionId);
    m_editor->setPlaceholderText(
        title.isEmpty() ? tr("Note at %1 — Enter adds it, Escape drops it").arg(at)
                        : tr("Note at %1 on “%2” — Enter adds it, Escape drops it").arg(at, title));
    m_editor->setAccessibleName(tr("Note at %1").arg(at));
    m_editor->clear();
    m_editor->show();
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

bool NoteList::isEditing() const
{
    return m_editor->isVisible();
}

QList<WaveformMarker> NoteList::markers() const
{
    QList<WaveformMarker> markers;
    for (qsizetype i = 0; i < m_notes.size(); ++i)
        markers.append({qint64(i + 1), m_notes.at(i).atMs, m_notes.at(i).text, {}});
    return markers;
}

bool NoteList::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_editor && key->key() == Qt::Key_Escape) {
            cancelNote();
            return true;
        }
        if (watched == m_list && key->key() == Qt::Key_Delete && !m_readOnly) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NoteList::refresh()
{
    m_list->clear();
    for (const core::TimedNote& note : std::as_const(m_notes)) {
        QString text = DisplayText::duration(note.atMs) + QStringLiteral("  ") + note.text;
        if (const QString title = m_titles.value(note.criterionId); !title.isEmpty())
            text += QStringLiteral("  (") + title + QLatin1Char(')');
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, note.atMs);
    }
}

void NoteList::commitNote()
{
    const QString text = m_editor->text().trimmed();
    if (text.isEmpty()) {
        cancelNote();
        return;
    }
    core::TimedNote note;
    note.atMs = m_pendingAtMs;
    note.text = text;
    note.criterionId = m_pendingCriterion;
    const auto at =
        std::upper_bound(m_notes.begin(), m_notes.end(), note.atMs,
                         [](qint64 ms, const core::TimedNote& n) { return ms < n.atMs; });
    m_notes.insert(at, note);
    m_editor->clear();
    m_editor->hide();
    refresh();
    Q_EMIT notesChanged();
    Q_EMIT editingFinished();
}

void NoteList::cancelNote()
{
    if (!m_editor->isVisible())
        return;
    m_editor->clear();
    m_editor->hide();
    Q_EMIT editingFinished();
}

void NoteList::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_notes.size())
        return;
    m_notes.removeAt(row);
    refresh();
    m_list->setCurrentRow(std::min(row, int(m_notes.size()) - 1));
    Q_EMIT notesChanged();
}

} // namespace cv::ui
