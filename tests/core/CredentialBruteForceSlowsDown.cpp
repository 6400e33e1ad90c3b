// Personal credentials resist guessing: three free attempts, then a pause
// that doubles with each further failure (30 s, 60 s, 120 s … capped at
// 15 min). While paused even the right PIN is refused, unchecked. A success
// resets the count. Weak credentials are refused outright.
#include "core/people/CredentialStore.h"
#include "tests/support/AdminFixture.h"
#include "tests/support/VaultFixtures.h"

#include <QSqlQuery>
#include <QTest>

using namespace cv::core;

using cv::test::secret;

class CredentialBruteForceSlowsDown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weakCredentials_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("pin of 4 digits")
            << int(CredentialStore::Kind::Pin) << QByteArray("1234") << false;
        QTest::newRow("pin with a letter")
            << int(CredentialStore::Kind::Pin) << QByteArray("12345a") << false;
        QTest::newRow("pin of 6 digits")
            << int(CredentialStore::Kind::Pin) << QByteArray("123456") << true;
        QTest::newRow("short password")
            << int(CredentialStore::Kind::Password) << QByteArray("kort") << false;
        QTest::newRow("password of 10")
            << int(CredentialStore::Kind::Password) << QByteArray("lang genoeg") << true;
    }
    void weakCredentials()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, value);
        QFETCH(bool, accepted);
        const auto checked = CredentialStore::checkStrength(
            CredentialStore::Kind(kind),
            SecretBytes::copyOf(value.constData(), std::size_t(value.size())));
        QCOMPARE(bool(checked), accepted);
        if (!accepted)
            QCOMPARE(checked.error().code, ErrorCode::BadInput);
    }

    void storedAsArgon2idHash()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        CredentialStore& store = fx.admin->credentials();
        QVERIFY(store.set(fx.agent.id, CredentialStore::Kind::Pin, secret("482915")));
        QSqlQuery query(fx.vault->database());
        QVERIFY(query.exec(QStringLiteral("SELECT hash FROM credential")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!query.value(0).toString().contains(QStringLiteral("482915")));
    }

    void slowsDownAfterThreeFailures()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        CredentialStore& store = fx.admin->credentials();
        QVERIFY(store.set(fx.agent.id, CredentialStore::Kind::Pin, secret("482915")));
        QVERIFY(store.verify(fx.agent.id, secret("482915")));

        QVERIFY(!store.verify(fx.agent.id, secret("000001")));
        QVERIFY(!store.verify(fx.agent.id, secret("000002")));
        QVERIFY(!store.lockedUntil(fx.agent.id).isValid());
        auto third = store.verify(fx.agent.id, secret("000003"));
        QVERIFY(!third);
        QCOMPARE(store.lockedUntil(fx.agent.id), fx.clock.nowUtc().addSecs(30));

        // Paused: even the right PIN is refused.
        fx.clock.advanceSecs(29);
        auto paused = store.verify(fx.agent.id, secret("482915"));
        QVERIFY(!paused);
        QCOMPARE(paused.error().code, ErrorCode::WrongKey);
        QVERIFY(paused.error().message.contains(QStringLiteral("paused")));

        // Each further failure doubles the pause.
        qint64 expected = 30;
        for (int failure = 4; failure <= 9; ++failure) {
            fx.clock.set(store.lockedUntil(fx.agent.id));
            QVERIFY(!store.verify(fx.agent.id, secret("999999")));
            expected = std::min<qint64>(expected * 2, CredentialStore::kMaxLockSecs);
            QCOMPARE(fx.clock.nowUtc().secsTo(store.lockedUntil(fx.agent.id)), expected);
        }
        QCOMPARE(expected, CredentialStore::kMaxLockSecs); // capped at 15 minutes

        // After the pause the right PIN works and resets the count.
        fx.clock.set(store.lockedUntil(fx.agent.id));
        QVERIFY(store.verify(fx.agent.id, secret("482915")));
        QVERIFY(!store.lockedUntil(fx.agent.id).isValid());
        QVERIFY(!store.verify(fx.agent.id, secret("000001")));
        QVERIFY(!store.lockedUntil(fx.agent.id).isValid()); // free attempts again
    }

    void signInAttemptsAreAudited()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        QVERIFY(
            fx.admin->credentials().set(fx.agent.id, CredentialStore::Kind::Pin, secret("482915")));
        QVERIFY(!fx.admin->signIn(QStringLiteral("sanne"), secret("111111")));
        QVERIFY(fx.admin->signIn(QStringLiteral("sanne"), secret("482915")));
        QVERIFY(!fx.admin->signIn(QStringLiteral("nobody"), secret("482915")));
        const auto entries = fx.admin->audit().list({});
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).outcome, QStringLiteral("failed"));
        QCOMPARE(entries.at(1).outcome, QStringLiteral("allowed"));
        QCOMPARE(entries.at(1).subject, std::optional<PersonId>(fx.agent.id));
        QCOMPARE(entries.at(2).objectId, QStringLiteral("nobody"));
        for (const AuditEntry& e : entries)
            QVERIFY(!e.detail.contains(QStringLiteral("482915")) &&
                    !e.detail.contains(QStringLiteral("111111")));
    }
};

QTEST_GUILESS_MAIN(CredentialBruteForceSlowsDown)
#include "CredentialBruteForceSlowsDown.moc"
