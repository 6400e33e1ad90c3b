// R-ACCESS-1 (GDPR art. 15), R-AUTH-2: "Export my data" writes one folder
// with every item the vault holds about that agent — recordings still held
// with their original audio, evaluations with scores, notes, adjustments,
// sign-offs, view and disputes, their reports, the audit entries about
// them, who may monitor and the policy in force — and nothing about any
// other person. The agent exports their own; a privacy officer anyone's;
// nobody else.
#include "core/feedback/SubjectExport.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/Vault.h"
#include "tests/support/FeedbackFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;
using cv::test::FeedbackFixture;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class SubjectExportHoldsOnlyThatPersonR_ACCESS_1 final : public QObject
{
    Q_OBJECT

    // Sanne: a signed, adjusted, disputed evaluation, her self-evaluation, a
    // second call still being evaluated (a coach draft); audio on her first
    // call. Tom: a signed, disputed evaluation and audio of his own.
    struct World
    {
        FeedbackFixture f;
        FeedbackRecord sanneSigned;
        Evaluation sanneSelf;
        Evaluation sanneDraft;
        FeedbackRecord tomSigned;
        QByteArray sanneAudio = QByteArray("RIFF-sanne-audio-") + QByteArray(5000, 's');
        QByteArray tomAudio = QByteArray("RIFF-tom-audio-") + QByteArray(3000, 't');
    };

    static void build(World& w)
    {
        FeedbackFixture& f = w.f;
        QVERIFY(f.ok());
        const Evaluation e = f.submitted();
        QVERIFY(e.id > 0);
        QVERIFY(f.feedback->adjust(f.s.fx.coach, e.id, QStringLiteral("opening.begroeting"),
                                   {CriterionScore::of(4), QStringLiteral("Bijgesteld")}));
        QVERIFY(f.feedback->signAsAgent(e.id, f.s.fx.agent.id,
                                        FeedbackFixture::pin(FeedbackFixture::agentPin()), false,
                                        QStringLiteral("Sanne ziet het anders")));
        auto sealed = f.feedback->signAsEvaluator(
            e.id, f.s.fx.coach.id, FeedbackFixture::pin(FeedbackFixture::coachPin()));
        QVERIFY(sealed);
        w.sanneSigned = *sealed;
        QVERIFY(f.feedback->dispute(f.s.fx.agent, e.id, QStringLiteral("Sanne bezwaar")));
        RecordingStore recordings(*f.s.fx.vault);
        QVERIFY(recordings.appendChunk(e.recording, 0, w.sanneAudio.left(2000)));
        QVERIFY(recordings.appendChunk(e.recording, 1, w.sanneAudio.mid(2000)));

        const auto card = f.s.desk->templateOf(e);
        auto self =
            f.s.desk->record(f.s.fx.agent, e.recording, e.templateVersion, EvaluationKind::Self,
                             cv::test::ScoringFixture::fillAll({}, *card).answers, {}, true);
        QVERIFY2(self, qPrintable(self ? QString() : self.error().message));
        w.sanneSelf = *self;

        const RecordingId second = f.s.call(f.s.fx.agent, Purpose::Coaching,
                                            QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC));
        auto draft = f.s.desk->start(f.s.fx.coach, second, f.s.published);
        QVERIFY(draft);
        w.sanneDraft = *draft;

        const Evaluation t = f.submitted(Purpose::Coaching, &f.s.fx.temp);
        QVERIFY(t.id > 0);
        QVERIFY(f.feedback->signAsAgent(t.id, f.s.fx.temp.id,
                                        FeedbackFixture::pin(FeedbackFixture::otherAgentPin()),
                                        true, QStringLiteral("Tom zijn mening")));
        auto tomSealed = f.feedback->signAsEvaluator(
            t.id, f.s.fx.coach.id, FeedbackFixture::pin(FeedbackFixture::coachPin()));
        QVERIFY(tomSealed);
        w.tomSigned = *tomSealed;
        QVERIFY(f.feedback->dispute(f.s.fx.temp, t.id, QStringLiteral("Tom bezwaar")));
        QVERIFY(recordings.appendChunk(t.recording, 0, w.tomAudio));
    }

    static void checkExport(World& w, const QString& dir)
    {
        FeedbackFixture& f = w.f;
        const QJsonObject data =
            QJsonDocument::fromJson(readAll(dir + QStringLiteral("/data.json"))).object();
        QCOMPARE(data.value(QStringLiteral("format")).toString(),
                 QStringLiteral("coachvault-subject-export"));
        QCOMPARE(data.value(QStringLiteral("person"))[QStringLiteral("handle")].toString(),
                 QStringLiteral("sanne"));

        // Every recording of hers, with its audio as received.
        QList<qint64> recordingIds;
        for (const QJsonValue& r : data.value(QStringLiteral("recordings")).toArray())
            recordingIds << r[QStringLiteral("id")].toInteger();
        QList<qint64> expected;
        for (const Recording& r : RecordingStore(*f.s.fx.vault).all()) {
            if (r.agent == f.s.fx.agent.id)
                expected << r.id;
        }
        std::ranges::sort(recordingIds);
        std::ranges::sort(expected);
        QCOMPARE(recordingIds, expected);
        QCOMPARE(readAll(dir + QStringLiteral("/audio/recording-%1.wav")
                                   .arg(w.sanneSigned.evaluation.recording)),
                 w.sanneAudio);

        // Her evaluations: the signed one with everything, her
        // self-evaluation; not the coach's draft; reports of coach ones.
        QHash<qint64, QJsonObject> evaluations;
        for (const QJsonValue& e : data.value(QStringLiteral("evaluations")).toArray())
            evaluations.insert(e[QStringLiteral("id")].toInteger(), e.toObject());
        QCOMPARE(evaluations.size(), 2);
        QVERIFY(evaluations.contains(w.sanneSelf.id));
        QVERIFY(!evaluations.contains(w.sanneDraft.id));
        const QJsonObject signedOne = evaluations.value(w.sanneSigned.evaluation.id);
        QCOMPARE(signedOne.value(QStringLiteral("status")).toString(), QStringLiteral("signed"));
        QCOMPARE(signedOne.value(QStringLiteral("agentView")).toString(),
                 QStringLiteral("Sanne ziet het anders"));
        QCOMPARE(signedOne.value(QStringLiteral("sha256")).toString(), w.sanneSigned.seal->sha256);
        QCOMPARE(signedOne.value(QStringLiteral("adjustments")).toArray().size(), 1);
        QCOMPARE(
            signedOne.value(QStringLiteral("disputes"))[0][QStringLiteral("reason")].toString(),
            QStringLiteral("Sanne bezwaar"));
        QVERIFY(!signedOne.value(QStringLiteral("notes")).toArray().isEmpty());
        QVERIFY(!signedOne.value(QStringLiteral("agentSignOff")).isUndefined());
        QVERIFY(!signedOne.value(QStringLiteral("evaluatorSignOff")).isUndefined());
        QVERIFY(
            readAll(dir +
                    QStringLiteral("/reports/evaluation-%1.pdf").arg(w.sanneSigned.evaluation.id))
                .startsWith("%PDF-"));

        // The audit entries about her data, every one of them.
        QSet<qint64> exportedSeqs;
        for (const QJsonValue& e : data.value(QStringLiteral("auditEntries")).toArray())
            exportedSeqs.insert(e[QStringLiteral("seq")].toInteger());
        AuditFilter exports;
        exports.action = QStringLiteral("subject.export");
        exports.outcome = QStringLiteral("allowed");
        const qint64 exportSeq = f.s.fx.admin->audit().list(exports).last().seq;
        AuditFilter aboutHer;
        aboutHer.subject = f.s.fx.agent.id;
        const QList<AuditEntry> hers = f.s.fx.admin->audit().list(aboutHer);
        QVERIFY(hers.size() > 5);
        for (const AuditEntry& e : hers) {
            if (e.seq < exportSeq) // all up to the export's own entry
                QVERIFY2(exportedSeqs.contains(e.seq), qPrintable(e.action));
        }
        for (const AuditEntry& e : f.s.fx.admin->audit().list()) {
            if (exportedSeqs.contains(e.seq))
                QVERIFY2(e.subject == f.s.fx.agent.id || (!e.subject && e.actor == f.s.fx.agent.id),
                         qPrintable(e.action));
        }
        // Who may monitor, and the policy in force.
        QVERIFY(!data.value(QStringLiteral("authorisedToMonitor")).toArray().isEmpty());
        QVERIFY(data.value(QStringLiteral("policyInForce")).isObject());
        const QByteArray overview = readAll(dir + QStringLiteral("/overview.html"));
        QVERIFY(overview.contains("Sanne de Vries"));
        QVERIFY(overview.contains("Sanne ziet het anders"));
        QVERIFY(overview.contains(f.s.fx.coach.displayName.toUtf8()));

        // Tom's name only where he acted on her data (who accessed it,
        // R-ACCESS-1), never his own data, in any file.
        const QByteArray json = readAll(dir + QStringLiteral("/data.json"));
        int tomAsActor = 0;
        for (const QJsonValue& e : data.value(QStringLiteral("auditEntries")).toArray())
            tomAsActor += e[QStringLiteral("actor")].toString() == f.s.fx.temp.displayName ? 1 : 0;
        QCOMPARE(int(json.count(f.s.fx.temp.displayName.toUtf8())), tomAsActor);
        QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QByteArray bytes = readAll(path);
            for (const QByteArray& his :
                 {QByteArray("Tom zijn mening"), QByteArray("Tom bezwaar"),
                  QByteArray("RIFF-tom-audio"), w.tomSigned.seal->sha256.toLatin1()})
                QVERIFY2(!bytes.contains(his),
                         qPrintable(path + QStringLiteral(": ") + QString::fromLatin1(his)));
        }
        QVERIFY(!evaluations.contains(w.tomSigned.evaluation.id));
        QVERIFY(!recordingIds.contains(w.tomSigned.evaluation.recording));
    }

private Q_SLOTS:
    void theAgentExportsEverythingAboutThemAndNothingElse()
    {
        World w;
        build(w);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("mijn-gegevens"));
        SubjectExport exporter(*w.f.s.fx.vault, *w.f.s.fx.admin);
        auto written = exporter.write(w.f.s.fx.agent, w.f.s.fx.agent.id, dir);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->recordings, 2);
        QCOMPARE(written->audioFiles, 1);
        QCOMPARE(written->evaluations, 2);
        QCOMPARE(written->reports, 1);
        checkExport(w, dir);
        AuditFilter exports;
        exports.action = QStringLiteral("subject.export");
        QCOMPARE(w.f.s.fx.admin->audit().list(exports).size(), 1);
        // Not into a folder that already holds something.
        QCOMPARE(exporter.write(w.f.s.fx.agent, w.f.s.fx.agent.id, dir).error().code,
                 ErrorCode::AlreadyExists);
    }

    void aPrivacyOfficerExportsAnyoneNobodyElse()
    {
        World w;
        build(w);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir tmp;
        SubjectExport exporter(*w.f.s.fx.vault, *w.f.s.fx.admin);
        for (const Person* other : {&w.f.s.fx.temp, &w.f.s.fx.coach, &w.f.s.fx.manager}) {
            auto refused = exporter.write(*other, w.f.s.fx.agent.id, tmp.filePath(other->handle));
            QVERIFY(!refused);
            QCOMPARE(refused.error().ruleId, QStringLiteral("R-AUTH-3"));
            QVERIFY(!QDir(tmp.filePath(other->handle)).exists());
        }
        const QString dir = tmp.filePath(QStringLiteral("verzoek-art15"));
        auto written = exporter.write(w.f.s.fx.privacyOfficer, w.f.s.fx.agent.id, dir);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        checkExport(w, dir);
    }
};

QTEST_GUILESS_MAIN(SubjectExportHoldsOnlyThatPersonR_ACCESS_1)
#include "SubjectExportHoldsOnlyThatPersonR_ACCESS_1.moc"
