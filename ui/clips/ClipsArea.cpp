#include "ui/clips/ClipsArea.h"

#include "core/admin/Administration.h"
#include "core/clips/ClipDesk.h"
#include "core/recordings/RecordingCatalogue.h"
#include "core/rules/RulesEngine.h"
#include "core/vault/Vault.h"
#include "ui/BusyCursor.h"
#include "ui/DisplayText.h"
#include "ui/FileDialog.h"
#include "ui/MessageBanner.h"
#include "ui/clips/TranscriptPanel.h"
#include "ui/review/CallPane.h"
#include "ui/review/RecordingDetails.h"
#include "ui/waveform/WaveformView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QString spanText(qint64 fromMs, qint64 toMs)
{
    return ClipsArea::tr("%1 – %2").arg(DisplayText::duration(fromMs), DisplayText::duration(toMs));
}

QString fillText(core::RedactionRegion::Fill fill)
{
    return fill == core::RedactionRegion::Fill::Tone ? ClipsArea::tr("1 kHz tone")
                                                     : ClipsArea::tr("Silence");
}

} // namespace

ClipsArea::ClipsArea(core::Vault& vault, core::Administration& admin, core::Person person,
                     QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_admin(admin)
    , m_person(std::move(person))
{
    setObjectName(QStringLiteral("clipsArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildEditor(), tr("Cut a clip"));
    m_tabs->addTab(buildLibrary(), tr("Library"));
    layout->addWidget(m_tabs, 1);
    installKeys();
    connect(&m_editor, &ClipEditor::changed, this, &ClipsArea::showDraft);
    showDraft();
}

ClipsArea::~ClipsArea()
{
    m_previewPlayer.close(); // while every widget is whole (CallPane)
    m_call->close();
}

QWidget* ClipsArea::buildEditor()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    auto* chooserLabel = new QLabel(tr("&Coaching call:"), page);
    m_chooser = new QComboBox(page);
    m_chooser->setObjectName(QStringLiteral("clipCallChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chooserLabel->setBuddy(m_chooser);
    top->addWidget(chooserLabel);
    top->addWidget(m_chooser, 1);
    layout->addLayout(top);

    m_call = new CallPane(m_vault, m_admin, m_person, *m_banner, page);
    m_call->details()->hide();
    m_call->waveform()->setMinimumHeight(150);
    m_call->waveform()->setMaximumHeight(200);
    m_call->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_call->installShortcuts(this);
    layout->addWidget(m_call);

    auto* panels = new QHBoxLayout;
    // The clip: range, regions, disguise.
    auto* clipBox = new QGroupBox(tr("The clip"), page);
    auto* form = new QFormLayout(clipBox);
    m_range = new QLabel(clipBox);
    m_range->setObjectName(QStringLiteral("clipRange"));
    auto* rangeButton = new QPushButton(tr("Use selection (&R)"), clipBox);
    rangeButton->setToolTip(tr("Drag on the waveform to select, then press R."));
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range, 1);
    rangeRow->addWidget(rangeButton);
    form->addRow(tr("Range:"), rangeRow);

    m_regions = new QTreeWidget(clipBox);
    m_regions->setObjectName(QStringLiteral("clipRegions"));
    m_regions->setRootIsDecorated(false);
    m_regions->setHeaderLabels({tr("Redacted"), tr("With")});
    m_regions->setMinimumHeight(90);
    auto* redactButton = new QPushButton(tr("Redact selection (&X)"), clipBox);
    auto* fillButton = new QPushButton(tr("Tone/silence (&T)"), clipBox);
    auto* removeButton = new QPushButton(tr("Remove (Del)"), clipBox);
    auto* regionButtons = new QHBoxLayout;
    regionButtons->addWidget(redactButton);
    regionButtons->addWidget(fillButton);
    regionButtons->addWidget(removeButton);
    auto* regionColumn = new QVBoxLayout;
    regionColumn->addWidget(m_regions);
    regionColumn->addLayout(regionButtons);
    form->addRow(tr("Redactions:"), regionColumn);

    m_disguise = new QComboBox(clipBox);
    m_disguise->setObjectName(QStringLiteral("clipDisguise"));
    m_disguise->addItem(tr("The customer's voice"), int(core::Disguise::Customer));
    m_disguise->addItem(tr("Both voices"), int(core::Disguise::Both));
    form->addRow(tr("&Disguise:"), m_disguise);
    m_strength = new QSlider(Qt::Horizontal, clipBox);
    m_strength->setObjectName(QStringLiteral("clipStrength"));
    m_strength->setRange(1, 8);
    m_strength->setPageStep(1);
    m_strengthLabel = new QLabel(clipBox);
    auto* strengthRow = new QHBoxLayout;
    strengthRow->addWidget(m_strength, 1);
    strengthRow->addWidget(m_strengthLabel);
    form->addRow(tr("Strength:"), strengthRow);
    m_consent = new QLabel(clipBox);
    m_consent->setObjectName(QStringLiteral("clipConsent"));
    m_consent->setWordWrap(true);
    form->addRow(m_consent);
    panels->addWidget(clipBox, 3);

    // Personal data the call's transcript mentions (docs/transcripts.md).
    m_transcript = new TranscriptPanel(m_vault, m_admin, m_person, *m_banner, page);
    panels->addWidget(m_transcript, 2);
    connect(m_transcript, &TranscriptPanel::redactionsAccepted, this,
            [this](const QList<core::RedactionRegion>& regions) {
                m_editor.addRegions(regions,
                                    tr("Redact the personal data found in the transcript"));
            });
    connect(m_transcript, &TranscriptPanel::proposalChosen, this, [this](qint64 from, qint64 to) {
        m_call->waveform()->setSelection(from, to);
        m_call->seekTo(from);
    });
    layout->addLayout(panels, 1);

    auto* buttons = new QHBoxLayout;
    QAction* undo = m_editor.undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redo = m_editor.undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    auto* undoButton = new QPushButton(tr("Undo"), page);
    undoButton->setObjectName(QStringLiteral("clipUndo"));
    auto* redoButton = new QPushButton(tr("Redo"), page);
    redoButton->setObjectName(QStringLiteral("clipRedo"));
    connect(undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(redoButton, &QPushButton::clicked, redo, &QAction::trigger);
    connect(m_editor.undoStack(), &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(m_editor.undoStack(), &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    m_preview = new QPushButton(tr("&Preview (P)"), page);
    m_preview->setObjectName(QStringLiteral("clipPreview"));
    m_export = new QPushButton(tr("&Export…"), page);
    m_export->setObjectName(QStringLiteral("clipExport"));
    m_export->setToolTip(tr("WAV, FLAC or Ogg Opus, loudness normalised, without metadata "
                            "(Ctrl+E)."));
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    connect(m_chooser, &QComboBox::activated, this,
            [this](int index) { openRecording(m_chooser->itemData(index).toLongLong()); });
    connect(rangeButton, &QPushButton::clicked, this, &ClipsArea::useSelectionAsRange);
    connect(redactButton, &QPushButton::clicked, this, &ClipsArea::redactSelection);
    connect(fillButton, &QPushButton::clicked, this, &ClipsArea::toggleChosenFill);
    connect(removeButton, &QPushButton::clicked, this, &ClipsArea::removeChosenRegion);
    connect(m_disguise, &QComboBox::activated, this, [this](int index) {
        m_editor.setDisguise(core::Disguise(m_disguise->itemData(index).toInt()));
    });
    connect(m_strength, &QSlider::valueChanged, &m_editor, &ClipEditor::setStrength);
    connect(m_preview, &QPushButton::clicked, this, &ClipsArea::preview);
    connect(m_export, &QPushButton::clicked, this, &ClipsArea::exportClip);
    connect(m_regions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const core::RedactionRegion& r =
            m_editor.draft().regions.value(m_regions->indexOfTopLevelItem(item));
        m_call->waveform()->setSelection(r.startMs, r.endMs);
        m_call->seekTo(r.startMs);
    });
    return page;
}

QWidget* ClipsArea::buildLibrary()
{
    m_library = new QTreeWidget(this);
    m_library->setObjectName(QStringLiteral("clipLibrary"));
    m_library->setRootIsDecorated(false);
    m_library->setHeaderLabels({tr("Made"), tr("By"), tr("From"), tr("Length"), tr("Anonymisation"),
                                tr("Consent relied on")});
    return m_library;
}

void ClipsArea::installKeys()
{
    const auto key = [this](const QKeySequence& sequence, auto slot) {
        auto* shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_R), &ClipsArea::useSelectionAsRange);
    key(QKeySequence(Qt::Key_X), &ClipsArea::redactSelection);
    key(QKeySequence(Qt::Key_T), &ClipsArea::toggleChosenFill);
    key(QKeySequence(Qt::Key_Delete), &ClipsArea::removeChosenRegion);
    key(QKeySequence(Qt::Key_P), &ClipsArea::preview);
    key(QKeySequence(Qt::Key_A), [this] { m_transcript->redactAccepted(); });
    key(QKeySequence(Qt::Key_Y), [this] { m_transcript->acceptSelected(); });
    key(QKeySequence(Qt::Key_N), [this] { m_transcript->rejectSelected(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_E), &ClipsArea::exportClip);
}

void ClipsArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_chooser->count() == 0)
        reload();
}

void ClipsArea::secure()
{
    m_call->pause();
    m_previewPlayer.pause();
}

bool ClipsArea::preview()
{
    if (!m_call->opened())
        return false;
    if (m_previewPlayer.state() == core::CallPlayer::State::Playing) { // P again stops it
        m_previewPlayer.pause();
        return true;
    }
    m_call->pause();
    core::ClipDesk desk(m_vault, m_admin);
    core::Result<core::RenderedClip> rendered = [&] {
        BusyCursor busy;
        return desk.preview(m_person, spec());
    }();
    if (!rendered) {
        m_banner->showMessage(rendered.error().message, MessageBanner::Kind::Error);
        return false;
    }
    if (auto opened = m_previewPlayer.openClip(*rendered, m_call->opened()->recording.agentChannel);
        !opened) {
        m_banner->showMessage(opened.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_previewPlayer.play();
    m_banner->showMessage(tr("Playing the clip as it will be exported: %1, %2 LUFS. Press P to "
                             "stop.")
                              .arg(DisplayText::duration(rendered->durationMs()))
                              .arg(rendered->loudnessLufs, 0, 'f', 1),
                          MessageBanner::Kind::Information);
    return true;
}

void ClipsArea::useSelectionAsRange()
{
    const auto [from, to] = m_call->waveform()->selection();
    if (from == to) {
        m_banner->showMessage(tr("Select a part of the call on the waveform first (drag)."),
                              MessageBanner::Kind::Information);
        return;
    }
    m_editor.setRange(from, to);
}

void ClipsArea::redactSelection()
{
    const auto [from, to] = m_call->waveform()->selection();
    if (from == to) {
        m_banner->showMessage(tr("Select what to redact on the waveform first (drag)."),
                              MessageBanner::Kind::Information);
        return;
    }
    m_editor.addRegion(from, to);
    m_call->waveform()->clearSelection();
}

void ClipsArea::toggleChosenFill()
{
    m_editor.toggleFill(m_regions->indexOfTopLevelItem(m_regions->currentItem()));
}

void ClipsArea::removeChosenRegion()
{
    m_editor.removeRegion(m_regions->indexOfTopLevelItem(m_regions->currentItem()));
}

void ClipsArea::showDraft()
{
    m_previewPlayer.pause(); // what plays is no longer what would be exported
    const core::ClipSpec& d = m_editor.draft();
    m_range->setText(
        tr("%1 (%2)").arg(spanText(d.fromMs, d.toMs), DisplayText::duration(d.toMs - d.fromMs)));
    const int current = m_regions->indexOfTopLevelItem(m_regions->currentItem());
    m_regions->clear();
    QList<WaveformRegion> shown;
    const QColor outside(120, 120, 120, 110);
    if (d.fromMs > 0)
        shown << WaveformRegion{0, d.fromMs, outside, false};
    if (d.toMs < m_editor.durationMs())
        shown << WaveformRegion{d.toMs, m_editor.durationMs(), outside, false};
    for (const core::RedactionRegion& r : d.regions) {
        new QTreeWidgetItem(m_regions, {spanText(r.startMs, r.endMs), fillText(r.fill)});
        shown << WaveformRegion{r.startMs, r.endMs,
                                r.fill == core::RedactionRegion::Fill::Tone
                                    ? QColor(200, 40, 40, 70)
                                    : QColor(40, 40, 40, 70),
                                true};
    }
    if (current >= 0 && current < m_regions->topLevelItemCount())
        m_regions->setCurrentItem(m_regions->topLevelItem(current));
    m_call->waveform()->setRegions(shown);
    m_disguise->setCurrentIndex(m_disguise->findData(int(d.disguise)));
    {
        const QSignalBlocker block(m_strength);
        m_strength->setValue(d.disguiseSemitones);
    }
    m_strengthLabel->setText(tr("%n semitone(s)", nullptr, d.disguiseSemitones));
    showConsent();
}

void ClipsArea::reload()
{
    // Clips are cut by trainers, coaches and managers (Action::CutClip).
    if (!m_person.hasRole(core::Role::Trainer) && !m_person.hasRole(core::Role::Coach) &&
        !m_person.hasRole(core::Role::Manager)) {
        m_tabs->setEnabled(false);
        m_banner->showMessage(tr("Training clips are cut by trainers, coaches and managers."),
                              MessageBanner::Kind::Information);
        return;
    }
    const qint64 shown = m_chooser->currentData().toLongLong();
    m_chooser->clear();
    core::RecordingCatalogue catalogue(m_vault, m_admin);
    auto entries = catalogue.visibleTo(m_person);
    if (!entries) {
        m_banner->showMessage(entries.error().message, MessageBanner::Kind::Error);
        return;
    }
    // Only coaching calls serve training (R-TRAIN-2).
    for (const core::CatalogueEntry& e : std::as_const(*entries)) {
        if (e.recording.purpose != core::Purpose::Coaching)
            continue;
        m_chooser->addItem(tr("%1, %2 (%3)")
                               .arg(e.agentName, DisplayText::localTime(e.recording.callStartUtc),
                                    DisplayText::duration(e.recording.durationMs())),
                           e.recording.id);
    }
    if (m_chooser->count() == 0) {
        m_banner->showMessage(tr("There are no coaching calls to cut clips from; only calls "
                                 "recorded for coaching may serve training (R-TRAIN-2)."),
                              MessageBanner::Kind::Information);
        return;
    }
    const int index = std::max(0, m_chooser->findData(shown));
    m_chooser->setCurrentIndex(index);
    openRecording(m_chooser->itemData(index).toLongLong());
    loadLibrary();
}

bool ClipsArea::openRecording(core::RecordingId id)
{
    if (!m_call->open(id))
        return false;
    if (const int index = m_chooser->findData(id); index >= 0)
        m_chooser->setCurrentIndex(index);
    const core::Recording& recording = m_call->opened()->recording;
    m_agent = m_admin.persons().find(recording.agent);
    m_editor.reset(recording.id, recording.durationMs());
    m_transcript->showRecording(id);
    if (!m_agent || !m_agent->trainingConsent.isValid())
        m_editor.apply([&] {
            core::ClipSpec d = m_editor.draft();
            d.disguise = core::Disguise::Both; // R-TRAIN-1: no consent, no identifiable voice
            return d;
        }());
    return true;
}

void ClipsArea::showConsent()
{
    if (!m_call->opened()) {
        m_consent->clear();
        return;
    }
    const bool consent = m_agent && m_agent->trainingConsent.isValid();
    const QString name = m_agent ? m_agent->displayName : tr("The agent");
    if (consent) {
        m_consent->setText(tr("%1 consented in writing to identifiable use on %2; the agent's "
                              "voice may stay recognisable.")
                               .arg(name, DisplayText::date(m_agent->trainingConsent.givenOn)));
    } else {
        m_consent->setText(tr("%1 has not consented to identifiable use: both voices are "
                              "disguised (R-TRAIN-1).")
                               .arg(name));
    }
    // Without consent only "both voices" is offered.
    for (int i = 0; i < m_disguise->count(); ++i) {
        const auto mode = core::Disguise(m_disguise->itemData(i).toInt());
        const bool allowed = consent || mode == core::Disguise::Both;
        auto* model = qobject_cast<QStandardItemModel*>(m_disguise->model());
        if (model)
            model->item(i)->setEnabled(allowed);
    }
}

core::ClipSpec ClipsArea::spec() const
{
    // The draft as it is, but only what lies inside the clip is redacted in it.
    core::ClipSpec spec = m_editor.draft();
    spec.regions.clear();
    for (const core::RedactionRegion& r : m_editor.draft().regions) {
        const qint64 start = std::max(r.startMs, spec.fromMs);
        const qint64 end = std::min(r.endMs, spec.toMs);
        if (end > start)
            spec.regions << core::RedactionRegion{start, end, r.fill};
    }
    return spec;
}

QString ClipsArea::exportClip()
{
    if (!m_call->opened())
        return {};
    m_call->pause();
    const QString path = FileDialog::getSaveFileName(this, tr("Export clip"),
                                                     QDir::homePath() + QStringLiteral("/clip.wav"),
                                                     tr("Audio (*.wav *.flac *.opus)"));
    if (path.isEmpty())
        return {};
    core::ClipDesk desk(m_vault, m_admin);
    core::Result<core::ClipDesk::Exported> exported = [&] {
        BusyCursor busy;
        return desk.exportClip(m_person, spec(), path);
    }();
    if (!exported) {
        m_banner->showMessage(tr("The clip was not exported: %1").arg(exported.error().message),
                              MessageBanner::Kind::Error);
        return {};
    }
    m_banner->showMessage(tr("Clip exported to %1 (%2 kB, loudness normalised).")
                              .arg(QDir::toNativeSeparators(path))
                              .arg((exported->bytes + 512) / 1024),
                          MessageBanner::Kind::Positive);
    loadLibrary();
    return path;
}

void ClipsArea::loadLibrary()
{
    m_library->clear();
    core::ClipDesk desk(m_vault, m_admin);
    auto clips = desk.list(m_person);
    if (!clips)
        return;
    const auto names = DisplayText::personNames(m_admin);
    for (const core::ClipRecord& c : std::as_const(*clips)) {
        QString anonymisation = c.disguise == core::Disguise::Both
                                    ? tr("both voices disguised")
                                    : tr("the customer's voice disguised");
        if (!c.redactions.isEmpty())
            anonymisation += tr(", %n redaction(s)", nullptr, int(c.redactions.size()));
        const QString consent =
            c.personal ? tr("%1's written consent of %2")
                             .arg(names.value(c.consentAgent), DisplayText::date(c.consentGivenOn))
                       : tr("none needed: anonymised");
        new QTreeWidgetItem(m_library,
                            {DisplayText::localTime(c.createdUtc), names.value(c.createdBy),
                             DisplayText::purposes({c.sourcePurpose}),
                             DisplayText::duration(c.durationMs()), anonymisation, consent});
    }
    for (int c = 0; c < m_library->columnCount() - 1; ++c)
        m_library->resizeColumnToContents(c);
}

} // namespace cv::ui
