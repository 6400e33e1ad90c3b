// The stored transcript and its redaction proposals (docs/transcripts.md):
// an import keeps the transcript and the detector's proposals with their
// times; the trainer's decisions are kept, also across a new import of the
// same transcript and a scan with a longer name list; accepted proposals
// become redaction regions clipped to a clip's range. Bad input — a file
// that is no transcript, one running past the recording, an unknown
// proposal id, a name that is none — is refused by name and changes nothing.
#include "core/audit/AuditLog.h"
#include "core/transcript/TranscriptDesk.h"
#include "tests/support/ClipFixtures.h"

#include <QTest>

using namespace cv::core;

namespace {

// Within the 5-second call of storeClipCall.
const QByteArray kVtt = QByteArrayLiteral("WEBVTT\n\n"
                                          "00:00:00.500 --> 00:00:01.500\n"
                                          "Mijn BSN is 111222333.\n\n"
                                          "00:00:02.000 --> 00:00:03.200\n"
                                          "Mijn IBAN is NL91 ABNA 0417 1643 00.\n\n"
                                          "00:00:03.500 --> 00:00:04.500\n"
                                          "Groeten aan Wubbo.\n");

const StoredProposal* ofKind(const QList<StoredProposal>& list, pii::PiiKind kind)
{
    for (const StoredProposal& p : list)
        if (p.kind == kind)
            return &p;
    return nullptr;
}

int auditCount(cv::test::AdminFixture& fx, const QString& action)
{
    auto entries = fx.admin->auditEntries(fx.administrator, AuditFilter{});
    return entries ? int(std::count_if(entries->cbegin(), entries->cend(),
                                       [&](const AuditEntry& e) { return e.action == action; }))
                   : -1;
}

} // namespace

class TranscriptProposalsKeepTheirDecisions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importScanDecideAndRegions()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        TranscriptDesk desk(*fx.vault, *fx.admin);

        auto imported = desk.importTranscript(fx.coach, id, kVtt);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->transcript.format, TranscriptFormat::WebVtt);
        QCOMPARE(imported->transcript.segments.size(), 3);
        QCOMPARE(imported->proposals.size(), 2); // "Wubbo" is on no list yet
        const StoredProposal* bsn = ofKind(imported->proposals, pii::PiiKind::Bsn);
        const StoredProposal* iban = ofKind(imported->proposals, pii::PiiKind::Iban);
        QVERIFY(bsn && iban);
        QCOMPARE(bsn->startMs, 500);
        QCOMPARE(bsn->endMs, 1500);
        QCOMPARE(iban->startMs, 2000);
        QCOMPARE(iban->endMs, 3200);
        QCOMPARE(bsn->decision, ProposalDecision::Proposed);
        const qint64 bsnId = bsn->id;
        const qint64 ibanId = iban->id;

        auto shown = desk.transcript(fx.coach, id);
        QVERIFY(shown);
        QCOMPARE(shown->segments.at(1).text,
                 QStringLiteral("Mijn IBAN is NL91 ABNA 0417 1643 00."));

        QVERIFY(desk.decide(fx.coach, id, {bsnId}, ProposalDecision::Accepted));
        QVERIFY(desk.decide(fx.coach, id, {ibanId}, ProposalDecision::Rejected));

        // The same transcript again, and a scan after a name was added: the
        // decisions stay, the name is proposed anew.
        QVERIFY(desk.importTranscript(fx.coach, id, kVtt));
        auto added = desk.addNames(fx.coach, {QStringLiteral("Wubbo"), QStringLiteral(" Wubbo ")});
        QVERIFY(added);
        QCOMPARE(*added, QStringList{QStringLiteral("Wubbo")});
        auto names = desk.names(fx.trainer);
        QVERIFY(names);
        QCOMPARE(*names, QStringList{QStringLiteral("Wubbo")});
        auto scanned = desk.scan(fx.coach, id);
        QVERIFY(scanned);
        QCOMPARE(scanned->proposals.size(), 3);
        QCOMPARE(ofKind(scanned->proposals, pii::PiiKind::Bsn)->id, bsnId);
        QCOMPARE(ofKind(scanned->proposals, pii::PiiKind::Bsn)->decision,
                 ProposalDecision::Accepted);
        QCOMPARE(ofKind(scanned->proposals, pii::PiiKind::Bsn)->decidedBy, fx.coach.id);
        QCOMPARE(ofKind(scanned->proposals, pii::PiiKind::Iban)->decision,
                 ProposalDecision::Rejected);
        const StoredProposal* name = ofKind(scanned->proposals, pii::PiiKind::Name);
        QVERIFY(name);
        QCOMPARE(name->decision, ProposalDecision::Proposed);
        // Nobody has looked at the name yet: no clip takes the accepted ones unnoticed.
        auto undecided = desk.acceptedRegions(fx.coach, id, 1000, 4000);
        QVERIFY(!undecided);
        QCOMPARE(undecided.error().code, ErrorCode::Usage);
        QVERIFY(desk.acceptedRegions(fx.coach, id, 0, 3400)); // the name lies outside
        QVERIFY(desk.decide(fx.coach, id, {name->id}, ProposalDecision::Accepted));

        // Accepted proposals as regions of a clip from 1.0 s to 4.0 s.
        auto regions = desk.acceptedRegions(fx.coach, id, 1000, 4000);
        QVERIFY(regions);
        QCOMPARE(regions->size(), 2);
        QCOMPARE(regions->at(0), (RedactionRegion{1000, 1500, RedactionRegion::Fill::Tone}));
        QCOMPARE(regions->at(1), (RedactionRegion{3500, 4000, RedactionRegion::Fill::Tone}));

        // A corrected transcript with other words in the same cue is decided anew.
        QByteArray corrected = kVtt;
        corrected.replace("Wubbo", "Wubbo Ockels");
        QVERIFY(desk.addNames(fx.coach, {QStringLiteral("Ockels")}));
        auto again = desk.importTranscript(fx.coach, id, corrected);
        QVERIFY(again);
        QVERIFY(std::any_of(again->proposals.cbegin(), again->proposals.cend(),
                            [](const StoredProposal& p) {
                                return p.text.contains(QStringLiteral("Ockels")) &&
                                       p.decision == ProposalDecision::Proposed;
                            }));
        QCOMPARE(ofKind(again->proposals, pii::PiiKind::Bsn)->decision, ProposalDecision::Accepted);

        QCOMPARE(auditCount(fx, QStringLiteral("transcript.import")), 3);
        QCOMPARE(auditCount(fx, QStringLiteral("transcript.scan")), 1);
        QCOMPARE(auditCount(fx, QStringLiteral("transcript.decide")), 3);
        QCOMPARE(auditCount(fx, QStringLiteral("transcript.view")), 1);
        QCOMPARE(auditCount(fx, QStringLiteral("pii.names-add")), 2);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("named");
        QTest::newRow("not a transcript")
            << QByteArrayLiteral("hello\nworld\n") << QStringLiteral("line 1");
        QTest::newRow("runs past the call")
            << QByteArrayLiteral("WEBVTT\n\n00:00:01.000 --> 00:00:09.000\nDag.\n")
            << QStringLiteral("0:09.000");
        QTest::newRow("json without words") << QByteArrayLiteral("{\"language\": \"nl\"}")
                                            << QStringLiteral("coachvault-transcript");
    }
    void badInputChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, named);
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        TranscriptDesk desk(*fx.vault, *fx.admin);
        QVERIFY(desk.importTranscript(fx.coach, id, kVtt));
        const auto before = TranscriptStore(*fx.vault).proposals(id);
        const int imports = auditCount(fx, QStringLiteral("transcript.import"));

        auto refused = desk.importTranscript(fx.coach, id, bytes);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::BadInput);
        QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
        QCOMPARE(TranscriptStore(*fx.vault).find(id)->segments.size(), 3);
        QCOMPARE(TranscriptStore(*fx.vault).proposals(id).size(), before.size());
        QCOMPARE(auditCount(fx, QStringLiteral("transcript.import")), imports);
    }

    void unknownProposalsAndBadNamesAreRefused()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        TranscriptDesk desk(*fx.vault, *fx.admin);
        auto none = desk.scan(fx.coach, id);
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("import one first")));
        auto imported = desk.importTranscript(fx.coach, id, kVtt);
        QVERIFY(imported);
        const qint64 known = imported->proposals.first().id;
        auto unknown = desk.decide(fx.coach, id, {known, 9999}, ProposalDecision::Accepted);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::BadInput);
        QVERIFY(unknown.error().message.contains(QStringLiteral("9999")));
        // All or nothing: the known one was not accepted either, also when
        // the unknown one is in the other list.
        QCOMPARE(TranscriptStore(*fx.vault).proposals(id).first().decision,
                 ProposalDecision::Proposed);
        auto mixed = desk.decide(fx.coach, id, QList<qint64>{known}, QList<qint64>{9999});
        QCOMPARE(mixed.error().code, ErrorCode::BadInput);
        QCOMPARE(TranscriptStore(*fx.vault).proposals(id).first().decision,
                 ProposalDecision::Proposed);
        auto both = desk.decide(fx.coach, id, QList<qint64>{known}, QList<qint64>{known});
        QCOMPARE(both.error().code, ErrorCode::Usage);
        QCOMPARE(TranscriptStore(*fx.vault).proposals(id).first().decision,
                 ProposalDecision::Proposed);
        auto badName = desk.addNames(fx.coach, {QStringLiteral("Anna"), QStringLiteral("06-123")});
        QVERIFY(!badName);
        QCOMPARE(badName.error().code, ErrorCode::BadInput);
        QVERIFY(badName.error().message.contains(QStringLiteral("06-123")));
        QVERIFY(TranscriptStore(*fx.vault).addedNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TranscriptProposalsKeepTheirDecisions)
#include "TranscriptProposalsKeepTheirDecisions.moc"
