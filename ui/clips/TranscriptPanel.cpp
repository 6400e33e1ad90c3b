#include "ui/clips/TranscriptPanel.h"

#include "core/transcript/TranscriptDesk.h"
#include "ui/DisplayText.h"
#include "ui/FileDialog.h"
#include "ui/MessageBanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

enum Column
{
    Found,
    Kind,
    At,
    Decision,
};

constexpr int kIdRole = Qt::UserRole;
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;

QString kindText(core::pii::PiiKind kind)
{
    using K = core::pii::PiiKind;
    switch (kind) {
    case K::Bsn:
        return TranscriptPanel::tr("BSN");
    case K::Iban:
        return TranscriptPanel::tr("IBAN");
    case K::Phone:
        return TranscriptPanel::tr("phone number");
    case K::Postcode:
        return TranscriptPanel::tr("postcode");
    case K::Email:
        return TranscriptPanel::tr("e-mail address");
    case K::Date:
        return TranscriptPanel::tr("date");
    case K::HouseNumber:
        return TranscriptPanel::tr("house number");
    case K::Name:
        return TranscriptPanel::tr("name");
    }
    return {};
}

QString decisionText(core::ProposalDecision decision)
{
    switch (decision) {
    case core::ProposalDecision::Proposed:
        return TranscriptPanel::tr("to decide");
    case core::ProposalDecision::Accepted:
        return TranscriptPanel::tr("redact");
    case core::ProposalDecision::Rejected:
        return TranscriptPanel::tr("keep");
    }
    return {};
}

Qt::CheckState checkStateOf(core::ProposalDecision decision)
{
    switch (decision) {
    case core::ProposalDecision::Proposed:
        return Qt::PartiallyChecked;
    case core::ProposalDecision::Accepted:
        return Qt::Checked;
    case core::ProposalDecision::Rejected:
        return Qt::Unchecked;
    }
    return Qt::PartiallyChecked;
}

} // namespace

TranscriptPanel::TranscriptPanel(core::Vault& vault, core::Administration& admin,
                                 core::Person person, MessageBanner& banner, QWidget* parent)
    : QGroupBox(tr("Personal data in the transcript"), parent)
    , m_vault(vault)
    , m_admin(admin)
    , m_person(std::move(person))
    , m_banner(banner)
{
    setObjectName(QStringLiteral("transcriptPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* importButton = new QPushButton(tr("&Import transcript…"), this);
    importButton->setObjectName(QStringLiteral("clipImportTranscript"));
    importButton->setToolTip(tr("A WebVTT, SRT or JSON transcript of this call. It is kept in "
                                "the vault with the call and destroyed with it."));
    auto* namesButton = new QPushButton(tr("Add &names…"), this);
    namesButton->setToolTip(tr("Names the detector should find too, e.g. surnames common in "
                               "your region."));
    top->addWidget(importButton);
    top->addWidget(namesButton);
    top->addStretch(1);
    layout->addLayout(top);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("transcriptStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("clipProposals"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Found"), tr("Kind"), tr("At"), tr("Decision")});
    // The words take what is left; kind, time and decision are always whole.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Found, QHeaderView::Stretch);
    for (int column : {Kind, At, Decision})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Checked: redact. Unchecked: keep. Y accepts, N rejects the selected "
                          "ones; double-click to hear where it is."));
    layout->addWidget(m_list, 1);

    auto* bottom = new QHBoxLayout;
    auto* acceptButton = new QPushButton(tr("Redact (&Y)"), this);
    auto* rejectButton = new QPushButton(tr("Keep (&N)"), this);
    auto* applyButton = new QPushButton(tr("Redact the accepted (&A)"), this);
    applyButton->setObjectName(QStringLiteral("clipRedactAccepted"));
    bottom->addWidget(acceptButton);
    bottom->addWidget(rejectButton);
    bottom->addStretch(1);
    bottom->addWidget(applyButton);
    layout->addLayout(bottom);

    connect(importButton, &QPushButton::clicked, this, &TranscriptPanel::importTranscript);
    connect(namesButton, &QPushButton::clicked, this, &TranscriptPanel::askForNames);
    connect(acceptButton, &QPushButton::clicked, this, &TranscriptPanel::acceptSelected);
    connect(rejectButton, &QPushButton::clicked, this, &TranscriptPanel::rejectSelected);
    connect(applyButton, &QPushButton::clicked, this, &TranscriptPanel::redactAccepted);
    connect(m_list, &QTreeWidget::itemChanged, this, &TranscriptPanel::onItemChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT proposalChosen(item->data(Found, kStartRole).toLongLong(),
                              item->data(Found, kEndRole).toLongLong());
    });
    showRecording(0);
}

void TranscriptPanel::showRecording(core::RecordingId recording)
{
    m_recording = recording;
    showProposals({});
    if (recording == 0) {
        m_status->setText(tr("Choose a coaching call."));
        return;
    }
    core::TranscriptDesk desk(m_vault, m_admin);
    if (!desk.hasTranscript(recording)) {
        m_status->setText(tr("This call has no transcript yet. Import one to find the personal "
                             "data in it."));
        return;
    }
    // As stored: looking writes nothing but the audit entry.
    auto proposals = desk.proposals(m_person, recording);
    if (!proposals) {
        m_status->setText(proposals.error().message);
        return;
    }
    showProposals(*proposals);
}

void TranscriptPanel::showProposals(const QList<core::StoredProposal>& proposals)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    int open = 0;
    for (const core::StoredProposal& p : proposals) {
        auto* item = new QTreeWidgetItem(
            m_list,
            {p.text, kindText(p.kind),
             tr("%1 – %2").arg(DisplayText::duration(p.startMs), DisplayText::duration(p.endMs)),
             decisionText(p.decision)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Found, checkStateOf(p.decision));
        item->setData(Found, kIdRole, p.id);
        item->setData(Found, kStartRole, p.startMs);
        item->setData(Found, kEndRole, p.endMs);
        open += p.decision == core::ProposalDecision::Proposed;
    }
    if (m_recording != 0 && !proposals.isEmpty())
        m_status->setText(tr("%n stretch(es) of personal data found, %1 still to decide.", nullptr,
                             int(proposals.size()))
                              .arg(open));
    else if (m_recording != 0)
        m_status->setText(tr("No personal data found in the transcript."));
}

bool TranscriptPanel::importTranscript()
{
    if (m_recording == 0)
        return false;
    const QString path =
        FileDialog::getOpenFileName(this, tr("Transcript of this call"), QDir::homePath(),
                                    tr("Transcripts (*.vtt *.srt *.json)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner.showMessage(tr("%1 cannot be read: %2").arg(path, file.errorString()),
                             MessageBanner::Kind::Error);
        return false;
    }
    core::TranscriptDesk desk(m_vault, m_admin);
    auto imported = desk.importTranscript(m_person, m_recording, file.readAll());
    if (!imported) {
        m_banner.showMessage(tr("The transcript %1 was not imported: %2")
                                 .arg(QFileInfo(path).fileName(), imported.error().message),
                             MessageBanner::Kind::Error);
        return false;
    }
    showProposals(imported->proposals);
    m_banner.showMessage(tr("Transcript imported: %n stretch(es) of personal data found. Check "
                            "what to redact (Y) and what may stay (N), then press A.",
                            nullptr, int(imported->proposals.size())),
                         MessageBanner::Kind::Information);
    return true;
}

bool TranscriptPanel::decide(const QList<qint64>& ids, core::ProposalDecision decision)
{
    if (ids.isEmpty() || m_recording == 0)
        return false;
    core::TranscriptDesk desk(m_vault, m_admin);
    if (auto decided = desk.decide(m_person, m_recording, ids, decision); !decided) {
        m_banner.showMessage(decided.error().message, MessageBanner::Kind::Error);
        // Show what is stored — later: this may run inside the item's own itemChanged.
        QTimer::singleShot(0, this, [this, shown = m_recording] {
            if (m_recording == shown)
                showRecording(shown);
        });
        return false;
    }
    // Show the decision without scanning again.
    const QSignalBlocker block(m_list);
    int open = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (ids.contains(item->data(Found, kIdRole).toLongLong())) {
            item->setCheckState(Found, checkStateOf(decision));
            item->setText(Decision, decisionText(decision));
        }
        open += item->checkState(Found) == Qt::PartiallyChecked;
    }
    m_status->setText(tr("%n stretch(es) of personal data found, %1 still to decide.", nullptr,
                         m_list->topLevelItemCount())
                          .arg(open));
    return true;
}

void TranscriptPanel::decideSelected(core::ProposalDecision decision)
{
    QList<qint64> ids;
    for (QTreeWidgetItem* item : m_list->selectedItems())
        ids << item->data(Found, kIdRole).toLongLong();
    if (ids.isEmpty() && m_list->currentItem())
        ids << m_list->currentItem()->data(Found, kIdRole).toLongLong();
    decide(ids, decision);
}

void TranscriptPanel::acceptSelected()
{
    decideSelected(core::ProposalDecision::Accepted);
}

void TranscriptPanel::rejectSelected()
{
    decideSelected(core::ProposalDecision::Rejected);
}

void TranscriptPanel::onItemChanged(QTreeWidgetItem* item)
{
    // A click on the check box: checked redacts, unchecked keeps.
    decide({item->data(Found, kIdRole).toLongLong()}, item->checkState(Found) == Qt::Checked
                                                          ? core::ProposalDecision::Accepted
                                                          : core::ProposalDecision::Rejected);
}

bool TranscriptPanel::addNames(const QStringList& names)
{
    core::TranscriptDesk desk(m_vault, m_admin);
    auto added = desk.addNames(m_person, names);
    if (!added) {
        m_banner.showMessage(added.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner.showMessage(
        tr("%n name(s) added to the list the detector uses.", nullptr, int(added->size())),
        MessageBanner::Kind::Positive);
    if (m_recording != 0 && core::TranscriptDesk(m_vault, m_admin).hasTranscript(m_recording)) {
        // Scan again with the longer list; decisions made stay.
        auto scanned = desk.scan(m_person, m_recording);
        if (!scanned) {
            m_banner.showMessage(scanned.error().message, MessageBanner::Kind::Error);
            return false;
        }
        showProposals(scanned->proposals);
    }
    return true;
}

void TranscriptPanel::askForNames()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Add names"), tr("Names for the detector to find, separated by commas:"),
        QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QStringList names = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& name : names)
        name = name.trimmed();
    addNames(names);
}

void TranscriptPanel::redactAccepted()
{
    QList<core::RedactionRegion> regions;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->checkState(Found) == Qt::Checked)
            regions << core::RedactionRegion{item->data(Found, kStartRole).toLongLong(),
                                             item->data(Found, kEndRole).toLongLong(),
                                             core::RedactionRegion::Fill::Tone};
    }
    if (regions.isEmpty()) {
        m_banner.showMessage(tr("No proposal is accepted yet: check what to redact (Y) first."),
                             MessageBanner::Kind::Information);
        return;
    }
    Q_EMIT redactionsAccepted(regions);
}

} // namespace cv::ui
