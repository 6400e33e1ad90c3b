// The recordings a person may see (Action::ViewRecordings per recording's
// agent): coaches, trainers, managers and privacy officers see every one,
// agents only their own; newest call first, with the agent's name; each
// listing is audited.
#include "core/import/CallImporter.h"
#include "core/recordings/RecordingCatalogue.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"

#include <QFile>
#include <QTest>

#include <sndfile.h>

using namespace cv::core;

class RecordingCatalogueByRole final : public QObject
{
    Q_OBJECT

    static RecordingId importFor(cv::test::AdminFixture& fx, const QString& agent, int day,
                                 double seconds)
    {
        const QString path = fx.dir.filePath(QStringLiteral("%1-%2.wav").arg(agent).arg(day));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, seconds));
        file.close();
        ManifestEntry e;
        e.file = path;
        e.agentHandle = agent;
        e.callStart = QDateTime(QDate(2026, 2, day), QTime(9, 30), Qt::OffsetFromUTC, 3600);
        e.queue = QStringLiteral("Betalingen");
        e.recordingNoticeGiven = true;
        e.agentChannel = AgentChannel::Left;
        e.origin = QStringLiteral("test call");
        return CallImporter(*fx.vault, *fx.admin)
            .importCall(fx.coach, e, Purpose::Coaching)
            .value_or(0);
    }

    static QList<RecordingId> ids(const QList<CatalogueEntry>& entries)
    {
        QList<RecordingId> out;
        for (const CatalogueEntry& e : entries)
            out << e.recording.id;
        return out;
    }

private Q_SLOTS:
    void eachRoleSeesWhatTheRulesAllow()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId sanneOld = importFor(fx, QStringLiteral("sanne"), 10, 1.0);
        const RecordingId tom = importFor(fx, QStringLiteral("tom"), 12, 2.0);
        const RecordingId sanneNew = importFor(fx, QStringLiteral("sanne"), 14, 3.0);
        QVERIFY(sanneOld && tom && sanneNew);

        RecordingCatalogue catalogue(*fx.vault, *fx.admin);
        for (const Person* viewer : {&fx.coach, &fx.manager, &fx.trainer, &fx.privacyOfficer}) {
            const auto all = catalogue.visibleTo(*viewer);
            QVERIFY(all);
            QCOMPARE(ids(*all), QList<RecordingId>({sanneNew, tom, sanneOld}));
        }
        const auto all = catalogue.visibleTo(fx.coach);
        QCOMPARE(all->at(1).agentName, fx.temp.displayName);
        QCOMPARE(all->at(1).agentHandle, QStringLiteral("tom"));
        QCOMPARE(all->at(0).recording.durationMs(), qint64(3000));

        const auto own = catalogue.visibleTo(fx.agent);
        QVERIFY(own);
        QCOMPARE(ids(*own), QList<RecordingId>({sanneNew, sanneOld}));
        QCOMPARE(ids(*catalogue.visibleTo(fx.temp)), QList<RecordingId>({tom}));
        QVERIFY(catalogue.visibleTo(fx.uninformed)->isEmpty());
        QVERIFY(catalogue.visibleTo(fx.administrator)->isEmpty()); // no role to see calls

        const AuditEntry last = fx.admin->audit().list({}).last();
        QCOMPARE(last.action, QStringLiteral("recording.view"));
        QCOMPARE(last.actor, std::optional<PersonId>(fx.administrator.id));
        QCOMPARE(last.objectId, QStringLiteral("*"));
    }
};

QTEST_GUILESS_MAIN(RecordingCatalogueByRole)
#include "RecordingCatalogueByRole.moc"
