// The people-and-policy use cases: bootstrap of an empty vault, adding and
// changing persons, authorising and revoking, who sees which audit entries,
// and that every change leaves an audit entry.
#include "tests/support/AdminFixture.h"
#include "tests/support/VaultFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;

using cv::test::secret;

class AdministrationUseCases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bootstrapOnlyAnAdministratorOfAnEmptyVault()
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        QTemporaryDir dir;
        auto vault = Vault::create(dir.filePath(QStringLiteral("b.cvault")),
                                   VaultCredential::ephemeralKey(SecretBytes::random(32)), clock);
        QVERIFY(vault);
        Administration admin(**vault);
        Person coach;
        coach.handle = QStringLiteral("karim");
        coach.displayName = QStringLiteral("Karim");
        coach.roles = {Role::Coach};
        auto refused =
            admin.addFirstAdministrator(coach, CredentialStore::Kind::Pin, secret("123456"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().ruleId, QStringLiteral("R-AUTH-3"));
        Person ada = coach;
        ada.handle = QStringLiteral("ada");
        ada.roles = {Role::Administrator};
        QVERIFY(!admin.addFirstAdministrator(ada, CredentialStore::Kind::Pin, secret("12")));
        QCOMPARE(admin.persons().count(), 0); // a weak PIN leaves nothing behind
        auto id = admin.addFirstAdministrator(ada, CredentialStore::Kind::Pin, secret("123456"));
        QVERIFY(id);
        auto again = admin.addFirstAdministrator(ada, CredentialStore::Kind::Pin, secret("123456"));
        QVERIFY(!again);
        QCOMPARE(again.error().ruleId, QStringLiteral("R-AUTH-3"));
        auto signedIn = admin.signIn(QStringLiteral("ada"), secret("123456"));
        QVERIFY(signedIn);
        QCOMPARE(signedIn->id, *id);
    }

    void managerAddsAndAuthorises()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        Person nieuw;
        nieuw.handle = QStringLiteral("noor");
        nieuw.displayName = QStringLiteral("Noor Nieuw");
        nieuw.roles = {Role::Coach};
        nieuw.employment = Employment::Temporary;
        auto id = fx.admin->addPerson(fx.manager, nieuw);
        QVERIFY(id);
        auto duplicate = fx.admin->addPerson(fx.manager, nieuw);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::BadInput);
        auto byCoach = fx.admin->addPerson(fx.coach, nieuw);
        QCOMPARE(byCoach.error().ruleId, QStringLiteral("R-AUTH-3"));

        Authorisation grant;
        grant.person = *id;
        grant.purposes = {Purpose::Quality};
        grant.validFrom = QDate(2026, 3, 1);
        grant.confidentialityAcceptedOn = QDate(2026, 3, 1);
        auto granted = fx.admin->authorise(fx.manager, grant);
        QVERIFY(granted);
        const auto stored = fx.admin->authorisationStore().find(*granted);
        QCOMPARE(stored->grantedBy, fx.manager.id);
        QVERIFY(fx.admin->revoke(fx.manager, *granted));
        QVERIFY(fx.admin->authorisationStore().find(*granted)->isRevoked());
        QVERIFY(!fx.admin->revoke(fx.manager, *granted)); // twice is bad input
        QCOMPARE(fx.admin->revoke(fx.coach, *granted).error().ruleId, QStringLiteral("R-AUTH-1"));
    }

    void R_AUTH_2_everyAgentSeesWhoIsAuthorised()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        auto list = fx.admin->authorisations(fx.agent);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().person, fx.coach.id);
    }

    void R_INFO_1_informedDateIsRecorded()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        QVERIFY(fx.admin->recordInformed(fx.manager, fx.uninformed.id, QDate(2026, 3, 1)));
        QCOMPARE(fx.admin->persons().find(fx.uninformed.id)->informedOn, QDate(2026, 3, 1));
        QCOMPARE(
            fx.admin->recordInformed(fx.agent, fx.uninformed.id, QDate(2026, 3, 1)).error().ruleId,
            QStringLiteral("R-AUTH-3"));
    }

    void trainingConsentRecordedAndWithdrawn()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        TrainingConsent consent{QDate(2026, 2, 1),
                                QStringLiteral("herkenbaar in interne trainingen")};
        QVERIFY(fx.admin->recordTrainingConsent(fx.manager, fx.agent.id, consent));
        QCOMPARE(fx.admin->persons().find(fx.agent.id)->trainingConsent.scope, consent.scope);
        QVERIFY(fx.admin->recordTrainingConsent(fx.manager, fx.agent.id, TrainingConsent{}));
        QVERIFY(!fx.admin->persons().find(fx.agent.id)->trainingConsent.isValid());
    }

    void agentsSeeOnlyAuditEntriesAboutThemselves()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        QVERIFY(fx.admin->recordInformed(fx.manager, fx.agent.id, QDate(2026, 2, 1)));
        QVERIFY(fx.admin->recordInformed(fx.manager, fx.temp.id, QDate(2026, 2, 1)));
        auto own = fx.admin->auditEntries(fx.agent, {});
        QVERIFY(own);
        QVERIFY(!own->isEmpty());
        for (const AuditEntry& e : *own)
            QCOMPARE(e.subject, std::optional<PersonId>(fx.agent.id));
        AuditFilter other;
        other.subject = fx.temp.id;
        auto refused = fx.admin->auditEntries(fx.agent, other);
        QVERIFY(!refused);
        QCOMPARE(refused.error().ruleId, QStringLiteral("R-AUTH-3"));
        auto all = fx.admin->auditEntries(fx.privacyOfficer, {});
        QVERIFY(all);
        QVERIFY(all->size() > own->size());
    }

    void everyChangeIsAudited()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const qint64 before = fx.admin->audit().count();
        Person changed = fx.agent;
        changed.displayName = QStringLiteral("Sanne de Vries-Bakker");
        QVERIFY(fx.admin->updatePerson(fx.manager, changed));
        QVERIFY(fx.admin->setCredential(fx.agent, fx.agent.id, CredentialStore::Kind::Pin,
                                        secret("482915")));
        QVERIFY(fx.admin->setCredential(fx.administrator, fx.temp.id, CredentialStore::Kind::Pin,
                                        secret("482916")));
        QCOMPARE(
            fx.admin
                ->setCredential(fx.agent, fx.temp.id, CredentialStore::Kind::Pin, secret("482917"))
                .error()
                .ruleId,
            QStringLiteral("R-AUTH-3"));
        const auto entries = fx.admin->audit().list({});
        QCOMPARE(entries.size(), before + 4);
        QCOMPARE(entries.at(before).action, QStringLiteral("person.set"));
        QCOMPARE(entries.at(before + 1).action, QStringLiteral("credential.set-own"));
        QCOMPARE(entries.at(before + 2).action, QStringLiteral("credential.set"));
        QCOMPARE(entries.at(before + 3).outcome, QStringLiteral("refused"));
        QVERIFY(fx.admin->verifyAudit(fx.privacyOfficer));
    }

    void policySetsTheInactivityLock()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        Policy p = cv::test::AdminFixture::basePolicy();
        p.inactivityLockMinutes = 3;
        QVERIFY(fx.admin->setPolicy(fx.privacyOfficer, p));
        QCOMPARE(fx.vault->preference(QStringLiteral("inactivity_lock_minutes")),
                 QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(AdministrationUseCases)
#include "AdministrationUseCases.moc"
