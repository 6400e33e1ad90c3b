// A clip is the source cut sample for sample: outside the redaction regions
// every frame equals the recording (before loudness normalisation, no
// disguise); inside, every channel holds only the 1 kHz tone or silence.
#include "core/clips/ClipRenderer.h"
#include "core/recordings/RecordingStore.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/ClipFixtures.h"

#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <numbers>

using namespace cv::core;

class ClipRenderingIsSampleExact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactedSpansHoldOnlyToneOrSilence()
    {
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const QByteArray wav = cv::test::encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 2, 5.0);
        const RecordingId id = cv::test::storeClipCall(fx, Purpose::Coaching, wav);
        QVERIFY(id > 0);
        int channels = 0;
        int rate = 0;
        const std::vector<float> source = cv::test::decodeAll(wav, &channels, &rate);
        QCOMPARE(channels, 2);

        RecordingStore store(*fx.vault);
        ClipSpec spec;
        spec.recordingId = id;
        spec.fromMs = 1000;
        spec.toMs = 4000;
        spec.disguise = Disguise::None;
        spec.regions = {{1500, 2000, RedactionRegion::Fill::Tone},
                        {3000, 3250, RedactionRegion::Fill::Silence}};
        auto clip = ClipRenderer::render(store, *store.find(id), spec);
        QVERIFY2(clip, qPrintable(clip ? QString() : clip.error().message));
        QCOMPARE(clip->frames(), qint64(3 * rate));

        const qint64 origin = 1000 * rate / 1000;
        const auto inRegion = [&](qint64 f, qint64 fromMs, qint64 toMs) {
            return f >= fromMs * rate / 1000 - origin && f < toMs * rate / 1000 - origin;
        };
        int outside = 0;
        for (qint64 f = 0; f < clip->frames(); ++f) {
            for (int c = 0; c < 2; ++c) {
                const float got = clip->samples[std::size_t(f * 2 + c)];
                if (inRegion(f, 1500, 2000)) {
                    const qint64 k = f - (1500 * rate / 1000 - origin);
                    const float tone =
                        ClipRenderer::kToneAmplitude *
                        float(std::sin(2 * std::numbers::pi * 1000.0 * double(k) / double(rate)));
                    QCOMPARE(got, tone);
                } else if (inRegion(f, 3000, 3250)) {
                    QCOMPARE(got, 0.0f);
                } else {
                    QCOMPARE(got, source[std::size_t((f + origin) * 2 + c)]);
                    ++outside;
                }
            }
        }
        QCOMPARE(outside, 2 * (3 * rate - rate / 2 - rate / 4));
    }

    void badSpecsAreUsageErrors()
    {
        ClipSpec spec;
        spec.fromMs = 2000;
        spec.toMs = 1000;
        QCOMPARE(spec.validate(5000).error().code, ErrorCode::Usage);
        spec.toMs = 6000;
        QVERIFY(!spec.validate(5000));
        spec.toMs = 3000;
        spec.regions = {{2500, 3500, RedactionRegion::Fill::Tone}};
        QVERIFY(!spec.validate(5000));
        spec.regions.clear();
        spec.disguiseSemitones = 20;
        QVERIFY(!spec.validate(5000));
        spec.disguiseSemitones = 4;
        QVERIFY(spec.validate(5000));
    }
};

QTEST_GUILESS_MAIN(ClipRenderingIsSampleExact)
#include "ClipRenderingIsSampleExact.moc"
