// The peak pyramid is exact and safe: bins cover exactly the frames fed,
// whatever the block sizes; each level merges four bins of the one below;
// the builder never reads past its input (canary) nor writes to it; and the
// serialised form round-trips and refuses corrupt bytes.
#include "core/audio/PeakPyramid.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace cv::core;

class PeakPyramidIsExact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binsCoverExactlyTheFrames_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<int>("block");
        QTest::newRow("mono, whole bins") << 1 << qint64(4096 * 3) << 1000;
        QTest::newRow("stereo, partial last bin") << 2 << qint64(100001) << 4096;
        QTest::newRow("stereo, one frame at a time") << 2 << qint64(5000) << 1;
        QTest::newRow("mono, fewer frames than a bin") << 1 << qint64(10) << 7;
    }
    void binsCoverExactlyTheFrames()
    {
        QFETCH(int, channels);
        QFETCH(qint64, frames);
        QFETCH(int, block);
        std::vector<float> samples(size_t(frames * channels));
        auto* random = QRandomGenerator::global();
        for (float& s : samples)
            s = float(random->generateDouble() * 1.8 - 0.9);
        // Canary: a poisoned sample right after the input must not be seen.
        samples.push_back(1.0f);
        samples.push_back(-1.0f);
        const std::vector<float> before = samples;

        PeakPyramidBuilder builder(channels);
        for (qint64 done = 0; done < frames; done += block)
            builder.feed(samples.data() + done * channels, std::min<qint64>(block, frames - done));
        const PeakPyramid pyramid = builder.finish();
        QVERIFY(samples == before); // input untouched
        QCOMPARE(pyramid.frames(), frames);
        for (int level = 0; level < PeakPyramid::kLevels; ++level) {
            const int per = PeakPyramid::kSamplesPerBin[size_t(level)];
            QCOMPARE(pyramid.binCount(level), (frames + per - 1) / per);
        }
        // Level 0 against a direct computation; the canary never shows.
        for (int c = 0; c < channels; ++c) {
            for (qint64 b = 0; b < pyramid.binCount(0); ++b) {
                float lo = 1, hi = -1;
                for (qint64 i = b * 64; i < std::min<qint64>((b + 1) * 64, frames); ++i) {
                    lo = std::min(lo, samples[size_t(i * channels + c)]);
                    hi = std::max(hi, samples[size_t(i * channels + c)]);
                }
                QCOMPARE(pyramid.bin(0, c, b).min, PeakPyramid::quantise(lo));
                QCOMPARE(pyramid.bin(0, c, b).max, PeakPyramid::quantise(hi));
                QVERIFY(pyramid.bin(0, c, b).max < 127 && pyramid.bin(0, c, b).min > -127);
            }
        }
        // Each level is the merge of four bins below.
        for (int level = 1; level < PeakPyramid::kLevels; ++level) {
            for (qint64 b = 0; b < pyramid.binCount(level); ++b) {
                std::int8_t lo = 127, hi = -127;
                for (qint64 i = b * 4; i < std::min<qint64>(b * 4 + 4, pyramid.binCount(level - 1));
                     ++i) {
                    lo = std::min(lo, pyramid.bin(level - 1, 0, i).min);
                    hi = std::max(hi, pyramid.bin(level - 1, 0, i).max);
                }
                QCOMPARE(pyramid.bin(level, 0, b).min, lo);
                QCOMPARE(pyramid.bin(level, 0, b).max, hi);
            }
        }
    }

    void serialisedFormRoundTripsAndRefusesCorruption()
    {
        PeakPyramidBuilder builder(2);
        std::vector<float> samples(20000 * 2, 0.25f);
        samples[777] = -0.75f;
        builder.feed(samples.data(), 20000);
        const PeakPyramid pyramid = builder.finish();
        const QByteArray bytes = pyramid.toBytes();
        PeakPyramid back;
        QVERIFY(PeakPyramid::fromBytes(bytes, &back));
        QCOMPARE(back.toBytes(), bytes);
        QCOMPARE(back.bin(0, 1, 777 / 2 / 64).min, PeakPyramid::quantise(-0.75f));
        QVERIFY(!PeakPyramid::fromBytes(bytes.left(bytes.size() - 1), &back));
        QVERIFY(!PeakPyramid::fromBytes(bytes + 'x', &back));
        QVERIFY(!PeakPyramid::fromBytes(QByteArray(), &back));
        QByteArray wrongMagic = bytes;
        wrongMagic[0] = 'X';
        QVERIFY(!PeakPyramid::fromBytes(wrongMagic, &back));
    }
};

QTEST_GUILESS_MAIN(PeakPyramidIsExact)
#include "PeakPyramidIsExact.moc"
