#include "ui/inbox/InboxArea.h"

#include "core/admin/Administration.h"
#include "core/feedback/FeedbackDesk.h"
#include "core/import/ImportBatch.h"
#include "core/import/ImportDiscovery.h"
#include "core/recordings/RecordingCatalogue.h"
#include "core/retention/RetentionSweep.h"
#include "core/rules/RulesEngine.h"
#include "core/vault/Vault.h"
#include "ui/BusyCursor.h"
#include "ui/DisplayText.h"
#include "ui/FileDialog.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/UiSettings.h"
#include "ui/inbox/ImportProgressDialog.h"
#include "ui/inbox/ImportSummaryDialog.h"
#include "ui/inbox/RecordingSortFilter.h"
#include "ui/inbox/RecordingTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

// Events are handled at least this often while an import runs (as often as
// the importer reports), so the window stays responsive.
constexpr qint64 kEventSliceMs = 30;

QString audioFilter()
{
    return InboxArea::tr("Calls and manifests (*.wav *.rf64 *.w64 *.flac *.ogg *.oga *.opus "
                         "*.mp3 *.au *.aif *.aiff *.caf *.gsm *.csv *.json);;All files (*)");
}

} // namespace

InboxArea::InboxArea(core::Vault& vault, core::Administration& admin, const core::Person& actor,
                     QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_admin(admin)
    , m_actor(actor)
    , m_canImport(core::RulesEngine::roleAllows(actor, core::Action::MonitorCall, nullptr))
    , m_banner(new MessageBanner(this))
    , m_model(new RecordingTableModel(this))
    , m_proxy(new RecordingSortFilter(m_model, this))
{
    setObjectName(QStringLiteral("inboxArea"));
    m_banner->setObjectName(QStringLiteral("inboxBanner"));
    m_proxy->setObjectName(QStringLiteral("inboxProxy"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setAccessibleName(tr("Recordings"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Column widths from a screenful of rows, not all 10 000: every row of a
    // column is formatted alike, and measuring text is what a big vault costs.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    // Every row one line high: the view then never measures 10 000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordingTableModel::CallStart, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setToolTip(tr("Enter or a double click opens the recording."));
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openRecording(index.data(RecordingTableModel::kIdRole).toLongLong());
    });

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("inboxEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setProperty("dropTarget", m_canImport);
    if (m_canImport)
        m_emptyState->setText(
            tr("<p style='font-size:13pt'><b>No calls in the vault yet</b></p>"
               "<p>Drop audio files or a folder here, or choose <b>Import files…</b> (%1) or "
               "<b>Import folder…</b> above.</p>"
               "<p>Each call needs an entry in a manifest: a CSV or JSON file next to the audio, "
               "or a sidecar <i>call.wav.json</i>. It names the agent, when the call started and "
               "whether the customer heard the recording notice; the format is described in "
               "<i>docs/manifest.md</i>. Every call is checked against the monitoring rules "
               "before anything is stored.</p>")
                .arg(QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText)));
    else if (core::RulesEngine::roleAllows(m_actor, core::Action::ViewRecordings, nullptr))
        m_emptyState->setText(tr("<p style='font-size:13pt'><b>No calls in the vault yet</b></p>"
                                 "<p>Coaches and managers import sampled calls; they will be "
                                 "listed here.</p>"));
    else
        m_emptyState->setText(tr("<p style='font-size:13pt'><b>No recordings of your calls"
                                 "</b></p><p>When a coach imports one of your calls for "
                                 "coaching or assessment, you will see it here.</p>"));
    if (!m_canImport)
        Theme::setRole(*m_emptyState, "muted");

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_emptyState);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_banner);
    m_notices = new QLabel(this);
    m_notices->setObjectName(QStringLiteral("inboxNotices"));
    m_notices->setWordWrap(true);
    m_notices->setTextFormat(Qt::RichText);
    m_notices->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_notices->hide();
    connect(m_notices, &QLabel::linkActivated, this, [this](const QString& link) {
        const QString prefix = QStringLiteral("evaluation:");
        if (link.startsWith(prefix))
            Q_EMIT openEvaluation(link.mid(prefix.size()).toLongLong());
    });
    layout->addWidget(m_notices);
    layout->addWidget(m_pages, 1);

    m_dropHint = new QLabel(this);
    m_dropHint->setObjectName(QStringLiteral("inboxDropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    m_dropHint->setTextFormat(Qt::RichText);
    m_dropHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_dropHint->hide();
    setAcceptDrops(m_canImport);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InboxArea::updateView);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InboxArea::updateView);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InboxArea::updateView);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InboxArea::updateView);
    // A big vault's rows are formatted when shown; the rest a slice at a time
    // while the user looks, so that the filter's first keystroke is quick.
    m_formatInIdleTime = new QTimer(this);
    m_formatInIdleTime->setInterval(0);
    connect(m_formatInIdleTime, &QTimer::timeout, this, [this] {
        constexpr int kRowsPerSlice = 500; // about 5 ms
        if (!m_model->formatRemaining(kRowsPerSlice))
            m_formatInIdleTime->stop();
    });
    reload();
}

InboxArea::~InboxArea() = default;

ImportSummaryDialog* InboxArea::lastReport() const
{
    return m_lastReport.data();
}

QWidget* InboxArea::buildToolbar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("inboxToolbar"));
    // Importing on one row, finding on the next: both fit a narrow window
    // in Dutch as well as in English.
    auto* column = new QVBoxLayout(bar);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);
    if (m_canImport) {
        m_importFiles = new QAction(tr("&Import files…"), this);
        m_importFiles->setObjectName(QStringLiteral("importFilesAction"));
        m_importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        m_importFiles->setShortcutContext(Qt::WindowShortcut);
        connect(m_importFiles, &QAction::triggered, this, &InboxArea::chooseFiles);
        addAction(m_importFiles);
        m_importFolder = new QAction(tr("Import &folder…"), this);
        m_importFolder->setObjectName(QStringLiteral("importFolderAction"));
        connect(m_importFolder, &QAction::triggered, this, &InboxArea::chooseFolder);
        addAction(m_importFolder);

        auto* files = new QPushButton(m_importFiles->text(), bar);
        files->setObjectName(QStringLiteral("importFilesButton"));
        files->setToolTip(tr("Import calls from audio files and their manifests (%1)")
                              .arg(m_importFiles->shortcut().toString(QKeySequence::NativeText)));
        connect(files, &QPushButton::clicked, m_importFiles, &QAction::trigger);
        auto* folder = new QPushButton(m_importFolder->text(), bar);
        folder->setObjectName(QStringLiteral("importFolderButton"));
        folder->setToolTip(tr("Import every call described by the manifests in a folder and its "
                              "subfolders"));
        connect(folder, &QPushButton::clicked, m_importFolder, &QAction::trigger);

        m_purpose = new QComboBox(bar);
        m_purpose->setObjectName(QStringLiteral("importPurposeCombo"));
        for (core::Purpose purpose : core::kAllPurposes) {
            QString text = core::purposeText(purpose);
            if (!text.isEmpty())
                text[0] = text[0].toUpper();
            m_purpose->addItem(text, core::purposeName(purpose));
        }
        m_purpose->setToolTip(tr("What the imported calls will be used for. A call keeps this "
                                 "purpose for ever (R-PURPOSE-1), and the policy must allow it."));
        setImportPurpose(
            core::purposeFromName(UiSettings::importPurpose()).value_or(core::Purpose::Coaching));
        connect(m_purpose, &QComboBox::currentIndexChanged, this,
                [this] { UiSettings::setImportPurpose(m_purpose->currentData().toString()); });
        auto* purposeLabel = new QLabel(tr("For &purpose:"), bar);
        purposeLabel->setBuddy(m_purpose);

        auto* importRow = new QHBoxLayout;
        importRow->setSpacing(8);
        importRow->addWidget(files);
        importRow->addWidget(folder);
        importRow->addSpacing(12);
        importRow->addWidget(purposeLabel);
        importRow->addWidget(m_purpose);
        importRow->addStretch(1);
        column->addLayout(importRow);
    }
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    column->addLayout(row);
    if (!core::RulesEngine::roleAllows(m_actor, core::Action::ViewRecordings, nullptr)) {
        auto* own = new QLabel(tr("You see the recordings of your own calls."), bar);
        own->setObjectName(QStringLiteral("inboxOwnCallsNote"));
        Theme::setRole(*own, "muted");
        row->addWidget(own);
    }
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("inboxCount"));
    Theme::setRole(*m_count, "muted");
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("inboxFilter"));
    m_filter->setPlaceholderText(tr("Filter by agent, queue, purpose…"));
    m_filter->setAccessibleName(tr("Filter recordings"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_filter->setMaximumWidth(420);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_proxy->setSearchText(text.trimmed()); });
    row->addWidget(m_filter, 1);
    row->addWidget(m_count);
    row->addStretch(1);
    return bar;
}

void InboxArea::reload()
{
    const core::RecordingId keep =
        m_table->currentIndex().isValid()
            ? m_table->currentIndex().data(RecordingTableModel::kIdRole).toLongLong()
            : 0;
    auto recordings = core::RecordingCatalogue(m_vault, m_admin).visibleTo(m_actor);
    if (!recordings) {
        m_banner->showMessage(recordings.error().message, MessageBanner::Kind::Error);
        m_model->setRecordings({}, {});
    } else {
        m_model->setRecordings(std::move(*recordings), m_vault.clock().nowUtc());
    }
    m_formatInIdleTime->start();
    showNotices();
    updateView(); // the table is shown before its columns are measured
    fitColumns();
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void InboxArea::showNotices()
{
    QStringList lines;
    // Disputes wait for the evaluator's answer (R-REPORT-2).
    core::FeedbackDesk feedback(m_vault, m_admin);
    if (auto disputes = feedback.openDisputes(m_actor); disputes && !disputes->isEmpty()) {
        const auto names = DisplayText::personNames(m_admin);
        for (const core::Dispute& d : std::as_const(*disputes))
            lines << tr("<a href='evaluation:%1'>Evaluation %1</a> is disputed by %2 since %3: "
                        "answer it in the Feedback area.")
                         .arg(d.evaluation)
                         .arg(names.value(d.openedBy).toHtmlEscaped(),
                              DisplayText::localTime(d.openedUtc));
    }
    // What the retention sweep destroys within a week (R-RETAIN-1/2, R-ASSESS-3),
    // so that a coach can still evaluate it, or keep it with consent.
    if (m_actor.hasRole(core::Role::Coach) || m_actor.hasRole(core::Role::Manager)) {
        core::RetentionSweep sweep(m_vault, m_admin);
        const QList<core::Destruction> soon = sweep.upcoming(m_vault.clock().nowUtc(), 7);
        if (!soon.isEmpty()) {
            const auto names = DisplayText::personNames(m_admin);
            QStringList calls;
            constexpr int kShown = 5;
            for (const core::Destruction& d : soon.mid(0, kShown))
                calls << tr("call %1 of %2, on %3 (%4)")
                             .arg(d.recording)
                             .arg(names.value(d.agent).toHtmlEscaped(),
                                  DisplayText::localTime(d.dueUtc), d.ruleId);
            if (soon.size() > kShown)
                calls << tr("%n more", nullptr, int(soon.size() - kShown));
            lines << tr("%n call(s) will be destroyed within 7 days: %1.", nullptr,
                        int(soon.size()))
                         .arg(calls.join(QStringLiteral("; ")));
        }
    }
    m_notices->setText(lines.join(QStringLiteral("<br>")));
    m_notices->setVisible(!lines.isEmpty());
}

void InboxArea::fitColumns()
{
    constexpr int kPaddingPx = 24;
    QHeaderView* header = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    for (int column = 0; column + 1 < RecordingTableModel::ColumnCount; ++column)
        header->resizeSection(column, header->sectionSize(column) + kPaddingPx);
}

void InboxArea::updateView()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_pages->setCurrentWidget(all > 0 ? static_cast<QWidget*>(m_table) : m_emptyState);
    m_filter->setEnabled(all > 0);
    // Plural forms spelled out: English and Dutch both have one and many.
    if (all == 0)
        m_count->clear();
    else if (shown == all)
        m_count->setText(all == 1 ? tr("1 recording") : tr("%1 recordings").arg(all));
    else
        m_count->setText(all == 1 ? tr("%1 of 1 recording").arg(shown)
                                  : tr("%1 of %2 recordings").arg(shown).arg(all));
}

core::Purpose InboxArea::importPurpose() const
{
    if (!m_purpose)
        return core::Purpose::Coaching;
    return core::purposeFromName(m_purpose->currentData().toString())
        .value_or(core::Purpose::Coaching);
}

void InboxArea::setImportPurpose(core::Purpose purpose)
{
    if (m_purpose)
        m_purpose->setCurrentIndex(m_purpose->findData(core::purposeName(purpose)));
}

void InboxArea::chooseFiles()
{
    const QStringList files = FileDialog::getOpenFileNames(
        this, tr("Import calls"), UiSettings::lastImportFolder(), audioFilter());
    if (!files.isEmpty())
        importPaths(files);
}

void InboxArea::chooseFolder()
{
    const QString folder = FileDialog::getExistingDirectory(
        this, tr("Import the calls in a folder"), UiSettings::lastImportFolder());
    if (!folder.isEmpty())
        importPaths({folder});
}

void InboxArea::importPaths(const QStringList& paths)
{
    if (!m_canImport || m_importing || paths.isEmpty())
        return;
    const QFileInfo first(paths.first());
    UiSettings::setLastImportFolder(first.isDir() ? first.absoluteFilePath()
                                                  : first.absolutePath());
    QList<core::ImportItem> items;
    {
        BusyCursor busy;
        items = core::ImportDiscovery::discover(paths);
    }
    if (items.isEmpty())
        return;
    m_banner->clear();
    m_importing = true;

    // The batch must not touch this area after a sign-out deleted it during
    // one of the event slices below: it works on copies and guarded pointers.
    const core::Purpose purpose = importPurpose();
    const core::Person actor = m_actor;
    QPointer<InboxArea> self(this);
    QPointer<ImportProgressDialog> dialog = new ImportProgressDialog(this);
    dialog->setProgress({0, int(items.size()), items.first().file, 0, 0});
    dialog->show();
    QCoreApplication::processEvents();
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    const auto observer = [&](const core::ImportBatchProgress& progress) {
        if (!self || !dialog)
            return false;
        dialog->setProgress(progress);
        if (progress.bytesDone == 0 || sinceEvents.elapsed() >= kEventSliceMs) {
            QCoreApplication::processEvents();
            sinceEvents.restart();
        }
        const ImportProgressDialog* open = dialog.data();
        return self && open != nullptr && !open->wasCancelled();
    };
    const core::ImportSummary summary =
        core::ImportBatch(m_vault, m_admin).run(actor, items, purpose, observer);
    if (!self)
        return; // signed out meanwhile: the import stopped, nothing to show
    delete dialog.data();
    m_importing = false;

    reload();
    const auto firstImported = std::ranges::find_if(summary.outcomes, [](const auto& outcome) {
        return outcome.kind == core::ImportOutcome::Kind::Imported;
    });
    if (firstImported != summary.outcomes.end()) {
        if (const int row = m_model->rowOf(firstImported->id); row >= 0)
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    }
    const bool clean = summary.refused == 0 && summary.failed == 0 && summary.notImported == 0;
    m_banner->showMessage(ImportSummaryDialog::headline(summary, purpose),
                          clean                  ? MessageBanner::Kind::Positive
                          : summary.imported > 0 ? MessageBanner::Kind::Warning
                                                 : MessageBanner::Kind::Error);
    // Not over the lock screen: a report made while locked waits.
    m_pendingReport = new ImportSummaryDialog(summary, purpose, this);
    m_lastReport = m_pendingReport;
    if (isVisible())
        showPendingReport();
    if (summary.imported > 0)
        Q_EMIT recordingsImported();
}

QStringList InboxArea::localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths << QDir::cleanPath(url.toLocalFile());
    }
    return paths;
}

void InboxArea::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_canImport || m_importing || localPaths(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    showDropHint(true);
}

void InboxArea::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_canImport && !m_importing && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void InboxArea::dragLeaveEvent(QDragLeaveEvent* event)
{
    showDropHint(false);
    event->accept();
}

void InboxArea::dropEvent(QDropEvent* event)
{
    showDropHint(false);
    const QStringList paths = localPaths(event->mimeData());
    if (!m_canImport || m_importing || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // Not inside the drop: the drag source waits until the drop returns.
    QTimer::singleShot(0, this, [this, paths] { importPaths(paths); });
}

void InboxArea::showDropHint(bool shown)
{
    if (shown) {
        m_dropHint->setText(
            tr("<p>Drop to import these calls for %1</p>"
               "<p style='font-size:10pt; font-weight:normal'>Files and folders; each call "
               "needs a manifest entry</p>")
                .arg(core::purposeText(importPurpose()).toHtmlEscaped()));
        m_dropHint->setGeometry(m_pages->geometry());
        m_dropHint->raise();
    }
    m_dropHint->setVisible(shown);
}

void InboxArea::showPendingReport()
{
    if (ImportSummaryDialog* report = m_pendingReport.data()) {
        m_pendingReport.clear();
        report->open();
    }
}

void InboxArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pendingReport)
        QTimer::singleShot(0, this, &InboxArea::showPendingReport);
}

void InboxArea::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_dropHint->setGeometry(m_pages->geometry());
}

} // namespace cv::ui
