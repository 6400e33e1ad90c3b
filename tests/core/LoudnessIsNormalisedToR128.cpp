// Every export is normalised to EBU R128: its integrated loudness, measured
// again from the decoded file, lies within 1 LU of -23 LUFS, whether the
// call was loud or quiet.
#include "core/clips/ClipDesk.h"
#include "core/clips/LoudnessNormaliser.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/ClipFixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cv::core;

class LoudnessIsNormalisedToR128 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsMeasureMinus23_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("wav") << QStringLiteral("clip.wav");
        QTest::newRow("flac") << QStringLiteral("clip.flac");
        QTest::newRow("opus") << QStringLiteral("clip.opus");
    }
    void exportsMeasureMinus23()
    {
        QFETCH(QString, name);
        cv::test::AdminFixture fx;
        QVERIFY(fx.ok());
        const RecordingId id = cv::test::storeClipCall(fx);
        ClipDesk desk(*fx.vault, *fx.admin);
        ClipSpec spec;
        spec.recordingId = id;
        spec.fromMs = 500;
        spec.toMs = 4500;
        spec.regions = {{1000, 1500, RedactionRegion::Fill::Silence}};
        QTemporaryDir out;
        const QString path = out.filePath(name);
        auto exported = desk.exportClip(fx.coach, spec, path);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int channels = 0;
        int rate = 0;
        const std::vector<float> decoded = cv::test::decodeAll(file.readAll(), &channels, &rate);
        QVERIFY(!decoded.empty());
        const auto lufs = LoudnessNormaliser::integratedLufs(
            decoded.data(), qint64(decoded.size()) / channels, channels, rate);
        QVERIFY(lufs);
        qInfo("%s: %.2f LUFS (library: %.2f)", qPrintable(name), *lufs,
              exported->clip.loudnessLufs.value_or(0));
        QVERIFY(std::abs(*lufs - LoudnessNormaliser::kTargetLufs) <= 1.0);
    }
};

QTEST_GUILESS_MAIN(LoudnessIsNormalisedToR128)
#include "LoudnessIsNormalisedToR128.moc"
