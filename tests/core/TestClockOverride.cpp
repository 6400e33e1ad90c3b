// In builds with COACHVAULT_TEST_CLOCK the system clock honours
// COACHVAULT_NOW and stands still there; without it, it is the wall clock.
#include "core/time/Clock.h"

#include <QTest>

using namespace cv::core;

class TestClockOverride final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void honoursCoachvaultNow()
    {
        qputenv("COACHVAULT_NOW", "2027-01-15T10:00:00+01:00");
        const SystemClock clock;
#ifdef COACHVAULT_TEST_CLOCK
        QVERIFY(clock.isOverridden());
        QCOMPARE(clock.nowUtc(), QDateTime(QDate(2027, 1, 15), QTime(9, 0), Qt::UTC));
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
        QTest::qWait(20);
        QCOMPARE(clock.nowUtc(), QDateTime(QDate(2027, 1, 15), QTime(9, 0), Qt::UTC));
#else
        QVERIFY(!clock.isOverridden());
        QVERIFY(qAbs(clock.nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 5);
#endif
    }

    void ignoresGarbage()
    {
        qputenv("COACHVAULT_NOW", "next tuesday");
        const SystemClock clock;
        QVERIFY(!clock.isOverridden());
        QVERIFY(qAbs(clock.nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }

    void wallClockWithoutOverride()
    {
        qunsetenv("COACHVAULT_NOW");
        const SystemClock clock;
        QVERIFY(!clock.isOverridden());
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
    }

    void manualClockMoves()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        clock.advanceSecs(86400);
        QCOMPARE(clock.nowUtc().date(), QDate(2026, 1, 2));
    }
};

QTEST_GUILESS_MAIN(TestClockOverride)
#include "TestClockOverride.moc"
