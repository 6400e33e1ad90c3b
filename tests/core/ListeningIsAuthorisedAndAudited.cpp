// Opening a recording and listening to it are ruled and audited: an
// authorised coach hears it (R-AUTH-1), an unauthorised one, a revoked one
// or one without the duty of confidentiality does not (R-AUTH-1, R-AUTH-4);
// an agent hears their own call (R-ACCESS-1) and no one else's, a privacy
// officer sees metadata but hears nothing (R-AUTH-3); every view and every
// listen is an audit entry, and so is every refusal (R-AUTH-3).
#include "core/recordings/RecordingAccess.h"
#include "core/vault/Transaction.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/RecordingFixtures.h"

#include <QTest>

#include <sndfile.h>

using namespace cv::core;

class ListeningIsAuthorisedAndAudited final : public QObject
{
    Q_OBJECT

    cv::test::AdminFixture m_fx;
    std::unique_ptr<RecordingAccess> m_access;
    Recording m_recording; // sanne's, coaching

    QList<AuditEntry> entries(const QString& action)
    {
        QList<AuditEntry> out;
        for (const AuditEntry& e : m_fx.admin->audit().list())
            if (e.action == action)
                out << e;
        return out;
    }

    // A new coach holding one authorisation (confidentiality accepted unless
    // `withConfidentiality` is false).
    Person coachWith(const QString& handle, QList<Purpose> purposes, bool withConfidentiality,
                     qint64* authorisationId = nullptr)
    {
        const Person coach = m_fx.add(handle, handle + QStringLiteral(" Coach"), {Role::Coach},
                                      Employment::Permanent);
        Authorisation a;
        a.person = coach.id;
        a.purposes = std::move(purposes);
        a.validFrom = QDate(2026, 1, 1);
        if (withConfidentiality)
            a.confidentialityAcceptedOn = QDate(2026, 1, 1);
        a.grantedBy = m_fx.manager.id;
        const auto id = m_fx.admin->authorisationStore().add(a);
        if (authorisationId && id)
            *authorisationId = *id;
        return coach;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.ok());
        m_access = std::make_unique<RecordingAccess>(*m_fx.vault, *m_fx.admin);
        RecordingStore store(*m_fx.vault);
        Transaction transaction(*m_fx.vault);
        auto id = cv::test::storeRecording(
            store, m_fx.agent.id, cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, 3.0),
            AgentChannel::Left, m_fx.coach.id);
        QVERIFY(id);
        QVERIFY(transaction.commit());
        m_recording = *store.find(*id);
    }

    void rAuth1_authorisedCoachViewsAndListens_audited()
    {
        auto opened = m_access->open(m_fx.coach, m_recording.id);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened->agentName, m_fx.agent.displayName);
        QCOMPARE(opened->peaks.frames(), m_recording.frames);
        QVERIFY(m_access->listen(m_fx.coach, m_recording));
        QVERIFY(m_access->listen(m_fx.coach, m_recording));
        const QList<AuditEntry> listens = entries(QStringLiteral("recording.listen"));
        QCOMPARE(listens.size(), 2); // every listen
        QCOMPARE(listens.first().actor, std::optional<PersonId>(m_fx.coach.id));
        QCOMPARE(listens.first().subject, std::optional<PersonId>(m_fx.agent.id));
        QCOMPARE(listens.first().objectId, QString::number(m_recording.id));
        QCOMPARE(entries(QStringLiteral("recording.view")).size(), 1);
    }

    void rAuth1_unauthorisedCoachIsRefused()
    {
        const Person linda = m_fx.add(QStringLiteral("linda"), QStringLiteral("Linda Coach"),
                                      {Role::Coach}, Employment::Permanent);
        auto heard = m_access->listen(linda, m_recording);
        QVERIFY(!heard);
        QCOMPARE(heard.error().ruleId, QStringLiteral("R-AUTH-1"));
        const QList<AuditEntry> listens = entries(QStringLiteral("recording.listen"));
        QCOMPARE(listens.last().outcome, QStringLiteral("refused"));
        QCOMPARE(listens.last().ruleId, QStringLiteral("R-AUTH-1"));
    }

    void rAuth1_authorisationForAnotherPurposeIsNotEnough()
    {
        const Person coach = coachWith(QStringLiteral("anna"), {Purpose::Assessment}, true);
        auto heard = m_access->listen(coach, m_recording);
        QVERIFY(!heard);
        QCOMPARE(heard.error().ruleId, QStringLiteral("R-AUTH-1"));
    }

    void rAuth1_revokedAuthorisationIsRefused()
    {
        qint64 id = 0;
        const Person coach = coachWith(QStringLiteral("rob"), {Purpose::Coaching}, true, &id);
        QVERIFY(id > 0);
        QVERIFY(m_access->listen(coach, m_recording));
        QVERIFY(m_fx.admin->authorisationStore().revoke(id, m_fx.manager.id));
        auto heard = m_access->listen(coach, m_recording);
        QVERIFY(!heard);
        QCOMPARE(heard.error().ruleId, QStringLiteral("R-AUTH-1"));
    }

    void rAuth4_withoutConfidentialityIsRefused()
    {
        const Person coach = coachWith(QStringLiteral("cas"), {Purpose::Coaching}, false);
        auto heard = m_access->listen(coach, m_recording);
        QVERIFY(!heard);
        QCOMPARE(heard.error().ruleId, QStringLiteral("R-AUTH-4"));
    }

    void rAccess1_agentHearsOwnCallOnly()
    {
        QVERIFY(m_access->open(m_fx.agent, m_recording.id));
        QVERIFY(m_access->listen(m_fx.agent, m_recording));
        auto other = m_access->listen(m_fx.temp, m_recording);
        QVERIFY(!other);
        QCOMPARE(other.error().ruleId, QStringLiteral("R-AUTH-3"));
        auto view = m_access->open(m_fx.temp, m_recording.id);
        QVERIFY(!view);
        QCOMPARE(view.error().ruleId, QStringLiteral("R-AUTH-3"));
    }

    void rAuth3_privacyOfficerSeesButDoesNotHear()
    {
        QVERIFY(m_access->open(m_fx.privacyOfficer, m_recording.id));
        auto heard = m_access->listen(m_fx.privacyOfficer, m_recording);
        QVERIFY(!heard);
        QCOMPARE(heard.error().ruleId, QStringLiteral("R-AUTH-3"));
    }

    void unknownRecordingIsAUsageError()
    {
        auto opened = m_access->open(m_fx.coach, 9999);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Usage);
        QVERIFY(opened.error().message.contains(QStringLiteral("9999")));
    }

    void theChainStillVerifies() { QVERIFY(m_fx.admin->audit().verify()); }
};

QTEST_GUILESS_MAIN(ListeningIsAuthorisedAndAudited)
#include "ListeningIsAuthorisedAndAudited.moc"
