#pragma once

#include "core/clips/ClipSpec.h"
#include "core/people/Person.h"
#include "core/recordings/Recording.h"
#include "core/transcript/Transcript.h"

#include <QGroupBox>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;

// The Clips area's view of a call's transcript (docs/transcripts.md): the
// transcript is imported into the vault (WebVTT, SRT or JSON), the Dutch
// personal data found in it is listed as proposals, and the trainer accepts
// (checked, Y) or rejects (unchecked, N) each — decisions are kept in the
// vault at once, so they are there the next time. "Redact the accepted" (A)
// hands the accepted spans to the clip editor. "Add names…" extends the
// detector's name list and scans again. Everything goes through the
// TranscriptDesk: coaching calls only (R-TRAIN-2), audited.
class TranscriptPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptPanel)
public:
    TranscriptPanel(core::Vault& vault, core::Administration& admin, core::Person person,
                    MessageBanner& banner, QWidget* parent = nullptr);

    // Shows the proposals of the stored transcript of `recording` (0: none).
    void showRecording(core::RecordingId recording);

    QTreeWidget* proposalList() const { return m_list; }
    QLabel* status() const { return m_status; }

public Q_SLOTS:
    // Chooses a transcript file, keeps it with the open call and shows what
    // was found. False if cancelled or refused (the banner says why).
    bool importTranscript();
    void acceptSelected();
    void rejectSelected();
    // Adds names to the detector's list and scans the transcript again.
    bool addNames(const QStringList& names);
    void askForNames();
    // Emits redactionsAccepted with the accepted proposals' spans.
    void redactAccepted();

Q_SIGNALS:
    void redactionsAccepted(const QList<cv::core::RedactionRegion>& regions);
    void proposalChosen(qint64 startMs, qint64 endMs);

private:
    void showProposals(const QList<core::StoredProposal>& proposals);
    bool decide(const QList<qint64>& ids, core::ProposalDecision decision);
    void decideSelected(core::ProposalDecision decision);
    void onItemChanged(QTreeWidgetItem* item);

    core::Vault& m_vault;
    core::Administration& m_admin;
    core::Person m_person;
    MessageBanner& m_banner;
    core::RecordingId m_recording = 0;
    QLabel* m_status = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace cv::ui
