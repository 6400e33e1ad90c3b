// The decoder reads every format a telephony platform exports (written here
// by libsndfile itself, so each case is a real file of that format) with the
// right rate, channels and length, and refuses what is not a call: no
// audio, 0 Hz, 20 channels, truncated or lying headers.
#include "core/audio/AudioDecoder.h"
#include "tests/support/AudioFixtures.h"

#include <QBuffer>
#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <vector>

using namespace cv::core;
using cv::test::encode;

class AudioDecoderReadsCallFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<bool>("exactLength"); // lossy codecs pad or trim a little
        const int wav = SF_FORMAT_WAV;
        QTest::newRow("WAV PCM 8") << (wav | SF_FORMAT_PCM_U8) << 8000 << 1 << true;
        QTest::newRow("WAV PCM 16 stereo") << (wav | SF_FORMAT_PCM_16) << 8000 << 2 << true;
        QTest::newRow("WAV PCM 24") << (wav | SF_FORMAT_PCM_24) << 16000 << 2 << true;
        QTest::newRow("WAV PCM 32") << (wav | SF_FORMAT_PCM_32) << 8000 << 1 << true;
        QTest::newRow("WAV float") << (wav | SF_FORMAT_FLOAT) << 48000 << 2 << true;
        QTest::newRow("WAV u-law stereo") << (wav | SF_FORMAT_ULAW) << 8000 << 2 << true;
        QTest::newRow("WAV A-law") << (wav | SF_FORMAT_ALAW) << 8000 << 1 << true;
        QTest::newRow("WAV GSM 6.10") << (wav | SF_FORMAT_GSM610) << 8000 << 1 << false;
        QTest::newRow("WAV IMA ADPCM") << (wav | SF_FORMAT_IMA_ADPCM) << 8000 << 1 << false;
        QTest::newRow("WAV MS ADPCM") << (wav | SF_FORMAT_MS_ADPCM) << 8000 << 2 << false;
        QTest::newRow("RF64 u-law") << (SF_FORMAT_RF64 | SF_FORMAT_ULAW) << 8000 << 2 << true;
        QTest::newRow("FLAC") << (SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 8000 << 2 << true;
        QTest::newRow("Ogg Vorbis") << (SF_FORMAT_OGG | SF_FORMAT_VORBIS) << 16000 << 2 << false;
        QTest::newRow("Ogg Opus") << (SF_FORMAT_OGG | SF_FORMAT_OPUS) << 16000 << 1 << false;
        QTest::newRow("MP3") << (SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III) << 16000 << 1 << false;
    }

    void formats()
    {
        QFETCH(int, format);
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(bool, exactLength);
        QByteArray bytes = encode(format, rate, channels, 2.0);
        if (bytes.isEmpty())
            QSKIP("this libsndfile cannot write the format");
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto opened = AudioDecoder::open(buffer);
        QVERIFY2(opened.status == AudioDecoder::Status::Ok, qPrintable(opened.why));
        const AudioFormat& f = opened.decoder->format();
        QCOMPARE(f.channels, channels);
        QVERIFY(f.sampleRateHz == rate || (format & SF_FORMAT_OPUS) == SF_FORMAT_OPUS);
        std::vector<float> block(size_t(4096 * channels));
        qint64 total = 0;
        float peak = 0;
        while (const qint64 n = opened.decoder->readFrames(block.data(), 4096)) {
            total += n;
            for (qint64 i = 0; i < n * channels; ++i)
                peak = std::max(peak, std::abs(block[size_t(i)]));
        }
        QVERIFY(opened.decoder->error().isEmpty());
        if (exactLength)
            QCOMPARE(total, qint64(2 * rate));
        else
            QVERIFY2(std::abs(total - f.frames) <= f.sampleRateHz / 10,
                     qPrintable(QString::number(total)));
        QVERIFY2(peak > 0.3f && peak <= 1.0f, qPrintable(QString::number(peak)));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("why");
        QTest::newRow("zero bytes")
            << QByteArray() << int(AudioDecoder::Status::NotAudio) << QString();
        QTest::newRow("text") << QByteArray("file,agent\nx.wav,sanne\n")
                              << int(AudioDecoder::Status::NotAudio) << QString();
        QByteArray wav = encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 1, 1.0);
        QTest::newRow("header only")
            << wav.left(44) << int(AudioDecoder::Status::Unsupported) << QStringLiteral("no audio");
        QByteArray zeroHz = wav;
        zeroHz[24] = zeroHz[25] = zeroHz[26] = zeroHz[27] = 0; // sample rate field
        QTest::newRow("0 Hz") << zeroHz << int(AudioDecoder::Status::Unsupported)
                              << QStringLiteral("a sample rate of 0 Hz");
        QByteArray many = encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 20, 0.1);
        QTest::newRow("20 channels")
            << many << int(AudioDecoder::Status::Unsupported) << QStringLiteral("20 channel");
        QByteArray fast = encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 384000, 1, 0.1);
        QTest::newRow("384 kHz") << fast << int(AudioDecoder::Status::Unsupported)
                                 << QStringLiteral("384000 Hz");
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, why);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto opened = AudioDecoder::open(buffer);
        QCOMPARE(int(opened.status), status);
        QVERIFY(!opened.decoder);
        QVERIFY(!opened.why.isEmpty());
        if (!why.isEmpty())
            QVERIFY2(opened.why.contains(why), qPrintable(opened.why));
    }

    void truncatedAndLyingHeadersReadWhatIsThere()
    {
        // A header claiming 10 s over 1 s of data, and a file cut in half:
        // the decoder opens, reads what exists, and never reads past it.
        QByteArray wav = encode(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 1, 1.0);
        QByteArray lying = wav;
        const quint32 claimed = 10 * 8000 * 2;
        memcpy(lying.data() + 40, &claimed, 4);
        for (const QByteArray& bytes : {lying, wav.left(wav.size() / 2)}) {
            QByteArray copy = bytes;
            QBuffer buffer(&copy);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            auto opened = AudioDecoder::open(buffer);
            QVERIFY(opened.status == AudioDecoder::Status::Ok);
            std::vector<float> block(8192);
            qint64 total = 0;
            while (const qint64 n = opened.decoder->readFrames(block.data(), 8192))
                total += n;
            QVERIFY(total > 0);
            QVERIFY(total <= 8000); // never more than the data that is there
            QVERIFY(opened.decoder->format().frames <= 10 * 8000);
        }
    }
};

QTEST_GUILESS_MAIN(AudioDecoderReadsCallFormats)
#include "AudioDecoderReadsCallFormats.moc"
