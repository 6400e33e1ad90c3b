// R-RETAIN-3: destruction is real. A call whose audio carries a known byte
// pattern is stored; every page of the vault file and its WAL is decrypted
// with the vault's key — free pages too — and the pattern is found (the
// scan works). The sweep destroys the call; the same scan finds the
// pattern nowhere, and the WAL is empty. The same holds for what was said in
// the call: its transcript and the personal data proposed for redaction.
#include "core/recordings/RecordingStore.h"
#include "core/retention/RetentionStore.h"
#include "core/retention/RetentionSweep.h"
#include "core/security/SecretBytes.h"
#include "core/transcript/TranscriptStore.h"
#include "core/vault/Transaction.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/DecryptedPages.h"
#include "tests/support/RecordingFixtures.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <sndfile.h>

using namespace cv::core;
using namespace cv::test;

namespace {

const QByteArray kPattern = QByteArrayLiteral("<<CoachVault R-RETAIN-3 marker 7f3a9c>>");
const QByteArray kSaid = QByteArrayLiteral("transcript-marker-5b2e91");
const QByteArray kProposed = QByteArrayLiteral("proposal-marker-c04d17");

// A 10-second stereo WAV with the pattern written into its samples every
// 4 KiB (it still decodes: the pattern is just noise).
QByteArray markedCall()
{
    QByteArray wav = encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 2, 10.0);
    for (qsizetype at = 1024; at + kPattern.size() < wav.size(); at += 4096)
        wav.replace(at, kPattern.size(), kPattern);
    return wav;
}

} // namespace

class DestroyedAudioLeavesNoBytesR_RETAIN_3 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theAudioIsInNoPageAfterDestruction()
    {
        AdminFixture fx;
        QVERIFY(fx.ok());
        // A key this test knows, to read the pages with.
        QByteArray key(32, '\0');
        QRandomGenerator::securelySeeded().fillRange(reinterpret_cast<quint32*>(key.data()), 8);
        QVERIFY(fx.vault->changeCredential(VaultCredential::ephemeralKey(SecretBytes::copyOf(
            reinterpret_cast<const unsigned char*>(key.constData()), std::size_t(key.size())))));
        const QString path = fx.vault->path();
        const QString wal = path + QStringLiteral("-wal");

        RecordingId id = 0;
        {
            Transaction transaction(*fx.vault);
            RecordingStore store(*fx.vault);
            auto stored =
                storeRecording(store, fx.agent.id, markedCall(), AgentChannel::Left, fx.coach.id);
            QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
            id = *stored;
            TranscriptStore transcripts(*fx.vault);
            StoredTranscript transcript;
            transcript.recording = id;
            transcript.segments = {{0, 2000, QString::fromLatin1(kSaid)}};
            transcript.importedBy = fx.coach.id;
            QVERIFY(transcripts.store(transcript));
            StoredProposal proposal;
            proposal.kind = pii::PiiKind::Bsn;
            proposal.text = QString::fromLatin1(kProposed);
            proposal.endMs = 2000;
            QVERIFY(transcripts.replaceProposals(id, {proposal}));
            QVERIFY(transaction.commit());
        }
        // The scan finds what is there.
        const QByteArray before = decryptedPages(path, key) + decryptedWalPages(wal, key);
        QVERIFY(!before.isEmpty());
        QVERIFY2(before.contains(kPattern), "the scan must see the stored audio");
        QVERIFY2(before.contains(kSaid), "the scan must see the stored transcript");
        QVERIFY2(before.contains(kProposed), "the scan must see the stored proposal");

        // The evaluation term lapses; the sweep destroys the call.
        fx.clock.advanceSecs(qint64(fx.policy.evaluationTermDays + 30) * 86400);
        RetentionSweep sweep(*fx.vault, *fx.admin);
        auto report = sweep.run(fx.clock.nowUtc(), QStringLiteral("test"));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->destroyed.size(), 1);
        QVERIFY(RetentionStore(*fx.vault).isDestroyed(id));

        QCOMPARE(QFileInfo(wal).size(), 0); // checkpointed and truncated
        const QByteArray after = decryptedPages(path, key) + decryptedWalPages(wal, key);
        QVERIFY(!after.isEmpty());
        QVERIFY2(!after.contains(kPattern), "destroyed audio is still in the vault's pages");
        // Not even a fragment of it.
        QVERIFY(!after.contains(kPattern.mid(4, 16)));
        QVERIFY2(!after.contains(kSaid), "the destroyed call's transcript is still in the pages");
        QVERIFY2(!after.contains(kProposed), "a destroyed proposal is still in the pages");
    }
};

QTEST_GUILESS_MAIN(DestroyedAudioLeavesNoBytesR_RETAIN_3)
#include "DestroyedAudioLeavesNoBytesR_RETAIN_3.moc"
