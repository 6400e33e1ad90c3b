// R-TRAIN-1: the customer's voice is always disguised; the agent's too unless
// the agent's written consent is on record. The disguise really shifts the
// pitch: a 440 Hz customer tone comes out 4 semitones lower (349 Hz), and the
// agent's 1 kHz stays where it is when only the customer is disguised.
#include "core/clips/ClipDesk.h"
#include "core/clips/ClipRenderer.h"
#include "tests/support/ClipFixtures.h"

#include <QTest>

#include <cmath>

using namespace cv::core;

class AgentVoiceDisguisedWithoutConsentR_TRAIN_1 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customerOnlyNeedsTheAgentsConsent()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        QVERIFY(id > 0);
        ClipDesk desk(*fx.vault, *fx.admin);
        ClipSpec spec;
        spec.recordingId = id;
        spec.fromMs = 0;
        spec.toMs = 3000;

        spec.disguise = Disguise::Customer;
        auto refused = desk.check(fx.coach, spec);
        QVERIFY(!refused);
        QCOMPARE(refused.error().ruleId, QStringLiteral("R-TRAIN-1"));
        spec.disguise = Disguise::None;
        QCOMPARE(desk.check(fx.coach, spec).error().ruleId, QStringLiteral("R-TRAIN-1"));
        spec.disguise = Disguise::Both;
        QVERIFY(desk.check(fx.coach, spec));

        QVERIFY(fx.admin->recordTrainingConsent(
            fx.manager, fx.agent.id,
            TrainingConsent{QDate(2026, 2, 1), QStringLiteral("training")}));
        spec.disguise = Disguise::Customer;
        QVERIFY(desk.check(fx.coach, spec));
        spec.disguise = Disguise::None; // the customer never stays recognisable
        QCOMPARE(desk.check(fx.coach, spec).error().ruleId, QStringLiteral("R-TRAIN-1"));
    }

    void pitchIsActuallyShifted()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        RecordingStore store(*fx.vault);
        ClipSpec spec;
        spec.recordingId = id;
        spec.fromMs = 0;
        spec.toMs = 5000;
        spec.disguiseSemitones = 4;

        spec.disguise = Disguise::Customer;
        auto clip = ClipRenderer::render(store, *store.find(id), spec);
        QVERIFY(clip);
        // Skip the edges, where the shifter fades in and out.
        std::vector<float> middle(clip->samples.begin() + 2 * 8000,
                                  clip->samples.begin() + 2 * 32000);
        const double agentHz = cv::test::zeroCrossingHz(middle, 2, 0, 8000);
        const double customerHz = cv::test::zeroCrossingHz(middle, 2, 1, 8000);
        const double expected = 440.0 * std::pow(2.0, -4.0 / 12.0);
        qInfo("agent %.1f Hz, customer %.1f Hz (expected %.1f)", agentHz, customerHz, expected);
        QVERIFY(std::abs(agentHz - 1000.0) < 2.0);
        QVERIFY(std::abs(customerHz - expected) < 10.0);

        spec.disguise = Disguise::Both;
        clip = ClipRenderer::render(store, *store.find(id), spec);
        QVERIFY(clip);
        middle.assign(clip->samples.begin() + 2 * 8000, clip->samples.begin() + 2 * 32000);
        const double agentShifted = cv::test::zeroCrossingHz(middle, 2, 0, 8000);
        qInfo("agent disguised: %.1f Hz", agentShifted);
        QVERIFY(std::abs(agentShifted - 1000.0 * std::pow(2.0, -4.0 / 12.0)) < 20.0);
    }
};

QTEST_GUILESS_MAIN(AgentVoiceDisguisedWithoutConsentR_TRAIN_1)
#include "AgentVoiceDisguisedWithoutConsentR_TRAIN_1.moc"
