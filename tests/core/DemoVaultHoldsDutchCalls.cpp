// The demo vault holds the five synthesised Dutch calls (docs/demo.md),
// imported through the real CallImporter: by the right coach for the right
// purpose, on dates the rules allow whatever "now" is, as stereo telephone
// audio with a voice on each channel. Each call's WebVTT transcript parses
// and matches its audio cue by cue: the speaker's channel carries speech,
// the other is quiet, and the first cue is the recording notice. Call 05
// speaks a valid BSN and IBAN, which issue #8's redaction relies on.
#include "core/admin/Administration.h"
#include "core/audio/AudioDecoder.h"
#include "core/demo/DemoCalls.h"
#include "core/demo/DemoContent.h"
#include "core/recordings/ChunkDevice.h"
#include "core/recordings/RecordingStore.h"
#include "core/vault/Vault.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <vector>

using namespace cv::core;

namespace {

struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker; // "Systeem", "Agent", "Klant"
    QString text;
};

qint64 vttMs(const QRegularExpressionMatch& m, int first)
{
    return ((m.captured(first).toLongLong() * 60 + m.captured(first + 1).toLongLong()) * 60 +
            m.captured(first + 2).toLongLong()) *
               1000 +
           m.captured(first + 3).toLongLong();
}

// The WebVTT the script writes: a header, then per cue a number, a timing
// line and one "<v Speaker>text" line. Anything else fails the parse.
std::optional<QList<Cue>> parseVtt(const QByteArray& bytes)
{
    static const QRegularExpression timing(
        QStringLiteral("^(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d\\d\\d) --> "
                       "(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d\\d\\d)$"));
    static const QRegularExpression voice(QStringLiteral("^<v ([^>]+)>(.+)$"));
    const QStringList blocks = QString::fromUtf8(bytes).split(QStringLiteral("\n\n"));
    if (blocks.isEmpty() || blocks.first() != QLatin1String("WEBVTT"))
        return std::nullopt;
    QList<Cue> cues;
    for (qsizetype b = 1; b < blocks.size(); ++b) {
        const QStringList lines = blocks.at(b).trimmed().split(QLatin1Char('\n'));
        if (lines.size() != 3 || lines.at(0).toInt() != int(b))
            return std::nullopt;
        const auto t = timing.match(lines.at(1));
        const auto v = voice.match(lines.at(2));
        if (!t.hasMatch() || !v.hasMatch())
            return std::nullopt;
        cues.append(Cue{vttMs(t, 1), vttMs(t, 5), v.captured(1), v.captured(2)});
    }
    return cues;
}

// RMS in dBFS of one channel over [fromMs, toMs).
double rmsDb(const std::vector<float>& interleaved, int channel, qint64 fromMs, qint64 toMs)
{
    const qint64 frames = qint64(interleaved.size() / 2);
    const qint64 from = std::clamp<qint64>(fromMs * 8, 0, frames);
    const qint64 to = std::clamp<qint64>(toMs * 8, from, frames);
    double sum = 0;
    for (qint64 f = from; f < to; ++f) {
        const double s = interleaved[size_t(f * 2 + channel)];
        sum += s * s;
    }
    return to > from ? 10 * std::log10(sum / double(to - from) + 1e-20) : -200;
}

bool elevenProof(const QString& digits)
{
    if (digits.size() != 9)
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * digits.at(i).digitValue();
    return (sum - digits.at(8).digitValue()) % 11 == 0;
}

bool ibanValid(const QString& iban)
{
    const QString moved = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : moved) {
        const int value = c.isDigit() ? c.digitValue() : c.toLatin1() - 'A' + 10;
        remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
    }
    return remainder == 1;
}

struct Expected
{
    const char* file;
    const char* queue;
    const char* agent;
    const char* coach;
    Purpose purpose;
};

// What the demo is meant to hold (docs/demo.md), stated independently of
// the table the demo content imports from.
const Expected kExpected[] = {
    {"01-paspoort.wav", "Burgerzaken", "sanne", "linda", Purpose::Coaching},
    {"02-grofvuil.opus", "Afval en Reiniging", "tom", "karim", Purpose::Coaching},
    {"03-parkeervergunning.wav", "Parkeren", "sanne", "karim", Purpose::Assessment},
    {"04-klacht-lantaarnpaal.ogg", "Klachten", "tom", "linda", Purpose::Coaching},
    {"05-terugbetaling.ogg", "Belastingen", "fatima", "karim", Purpose::Coaching},
};

} // namespace

class DemoVaultHoldsDutchCalls final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Vault> m_vault;
    std::map<RecordingId, std::vector<float>> m_decoded;

    static QByteArray resource(const QString& name)
    {
        QFile file(demoCallsFolder() + QLatin1Char('/') + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The stored recording made from the resource `file`, found by the
    // SHA-256 the importer keeps.
    std::optional<Recording> recordingOf(const QString& file)
    {
        RecordingStore recordings(*m_vault);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(resource(file), QCryptographicHash::Sha256).toHex());
        const auto id = recordings.findBySha256(sha);
        return id ? recordings.find(*id) : std::nullopt;
    }

    // The recording decoded from the vault's chunks (once per recording).
    const std::vector<float>& decodeFromVault(const Recording& r)
    {
        if (const auto it = m_decoded.find(r.id); it != m_decoded.end())
            return it->second;
        std::vector<float>& out = m_decoded[r.id];
        RecordingStore recordings(*m_vault);
        ChunkDevice device(recordings, r.id, r.byteSize);
        if (!device.open(QIODevice::ReadOnly))
            return out;
        auto opened = AudioDecoder::open(device);
        if (!opened.decoder || opened.decoder->format().channels != 2)
            return out;
        std::vector<float> block(8192 * 2);
        while (const qint64 n = opened.decoder->readFrames(block.data(), 8192))
            out.insert(out.end(), block.begin(), block.begin() + n * 2);
        return out;
    }

    QString handleOf(PersonId id)
    {
        Administration admin(*m_vault);
        const auto person = admin.persons().find(id);
        return person ? person->handle : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        auto vault =
            createEphemeralDemoVault(m_dir.filePath(QStringLiteral("demo.cvault")), m_clock);
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        qInfo("createEphemeralDemoVault took %lld ms", timer.elapsed());
        m_vault = std::move(*vault);
    }

    void callsAreImportedByTheirCoachForTheirPurpose()
    {
        RecordingStore recordings(*m_vault);
        QCOMPARE(recordings.count(), qint64(std::size(kExpected)));
        Administration admin(*m_vault);
        const QDateTime now = m_clock.nowUtc();
        for (const Expected& e : kExpected) {
            const QString file = QString::fromLatin1(e.file);
            const auto r = recordingOf(file);
            QVERIFY2(r, e.file);
            QCOMPARE(r->queue, QString::fromUtf8(e.queue));
            QCOMPARE(handleOf(r->agent), QString::fromLatin1(e.agent));
            QCOMPARE(handleOf(r->importedBy), QString::fromLatin1(e.coach));
            QCOMPARE(r->purpose, e.purpose);
            // A recent call, after the agent was informed (R-INFO-1).
            QVERIFY2(r->callStartUtc < now && r->callStartUtc > now.addDays(-14), e.file);
            const auto agent = admin.persons().find(r->agent);
            QVERIFY(agent && agent->informedOn.isValid());
            QVERIFY(agent->informedOn <= r->callStartUtc.date());
        }
        // Each import is in the audit trail, by the coach, about the agent.
        const auto imports = admin.audit().list(
            AuditFilter{{}, {}, QStringLiteral("recording.import"), {}, {}, {}, 0});
        QCOMPARE(imports.size(), qsizetype(std::size(kExpected)));
        for (const AuditEntry& entry : imports)
            QCOMPARE(entry.outcome, QStringLiteral("allowed"));
    }

    void callsAreStereoTelephoneAudioWithAVoiceOnEachChannel()
    {
        for (const Expected& e : kExpected) {
            const auto r = recordingOf(QString::fromLatin1(e.file));
            QVERIFY2(r, e.file);
            QCOMPARE(r->sampleRateHz, 8000);
            QCOMPARE(r->channels, 2);
            QVERIFY2(r->durationMs() > 20000 && r->durationMs() < 90000, e.file);
            QVERIFY(r->agentChannel == AgentChannel::Left ||
                    r->agentChannel == AgentChannel::Right);
            const std::vector<float>& audio = decodeFromVault(*r);
            QCOMPARE(qint64(audio.size()), r->frames * 2);
            const qint64 end = r->durationMs();
            const double left = rmsDb(audio, 0, 0, end);
            const double right = rmsDb(audio, 1, 0, end);
            qInfo("%s: %lld ms, %s %s, RMS left %.1f dB, right %.1f dB", e.file, end,
                  qPrintable(r->container), qPrintable(r->encoding), left, right);
            QVERIFY2(left > -40 && right > -40, e.file);
        }
    }

    void transcriptsParseAndMatchTheAudio()
    {
        for (const Expected& e : kExpected) {
            QString name = QString::fromLatin1(e.file);
            name = name.left(name.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".vtt");
            const auto cues = parseVtt(resource(name));
            QVERIFY2(cues && cues->size() >= 6, qPrintable(name));
            const auto r = recordingOf(QString::fromLatin1(e.file));
            QVERIFY(r);
            const std::vector<float>& audio = decodeFromVault(*r);
            const int agentChannel = r->agentChannel == AgentChannel::Left ? 0 : 1;

            // The recording notice comes first.
            QVERIFY2(cues->first().text.contains(QStringLiteral("kan worden opgenomen")),
                     qPrintable(name));
            qint64 previousEnd = 0;
            for (const Cue& cue : *cues) {
                QVERIFY2(cue.startMs >= previousEnd && cue.endMs > cue.startMs, qPrintable(name));
                QVERIFY2(cue.endMs <= r->durationMs(), qPrintable(name));
                previousEnd = cue.endMs;
                QVERIFY2(cue.speaker == QLatin1String("Systeem") ||
                             cue.speaker == QLatin1String("Agent") ||
                             cue.speaker == QLatin1String("Klant"),
                         qPrintable(cue.speaker));
                // The platform's notice is on the agent's side of the line.
                const int speaking =
                    cue.speaker == QLatin1String("Klant") ? 1 - agentChannel : agentChannel;
                const double voice = rmsDb(audio, speaking, cue.startMs, cue.endMs);
                const double other = rmsDb(audio, 1 - speaking, cue.startMs, cue.endMs);
                QVERIFY2(voice > -35 && other < -55,
                         qPrintable(QStringLiteral("%1 at %2 ms: speaker %3 dB, other %4 dB")
                                        .arg(name)
                                        .arg(cue.startMs)
                                        .arg(voice)
                                        .arg(other)));
            }
        }
    }

    void callFiveSpeaksAValidBsnAndIban()
    {
        const auto cues = parseVtt(resource(QStringLiteral("05-terugbetaling.vtt")));
        QVERIFY(cues);
        QString customer;
        for (const Cue& cue : *cues) {
            if (cue.speaker == QLatin1String("Klant"))
                customer += cue.text + QLatin1Char('\n');
        }
        const auto bsn =
            QRegularExpression(QStringLiteral("(\\d{3}) (\\d{3}) (\\d{3})")).match(customer);
        QVERIFY(bsn.hasMatch());
        QVERIFY(elevenProof(bsn.captured(1) + bsn.captured(2) + bsn.captured(3)));
        const auto iban =
            QRegularExpression(QStringLiteral("NL\\d\\d [A-Z]{4}( \\d{2,4}){3}")).match(customer);
        QVERIFY(iban.hasMatch());
        QVERIFY(ibanValid(iban.captured().remove(QLatin1Char(' '))));
        QVERIFY(!ibanValid(QStringLiteral("NL73RABO0623418950"))); // the check can fail
        QVERIFY(customer.contains(QRegularExpression(QStringLiteral("06( \\d\\d){4}"))));
        QVERIFY(customer.contains(QRegularExpression(QStringLiteral("\\d{4} [A-Z]{2}"))));
    }

    // The calls move with the vault's clock: at a new year (a new month and
    // quarter for the sampling limits) and on a leap day, every import passes.
    void callsPassTheRulesWhateverTheDate_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::newRow("new year") << QDateTime(QDate(2027, 1, 1), QTime(0, 5), Qt::UTC);
        QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(23, 55), Qt::UTC);
    }
    void callsPassTheRulesWhateverTheDate()
    {
        QFETCH(QDateTime, now);
        ManualClock clock(now);
        auto vault = createEphemeralDemoVault(
            m_dir.filePath(QStringLiteral("demo-%1.cvault").arg(now.toSecsSinceEpoch())), clock);
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        QCOMPARE(RecordingStore(**vault).count(), qint64(std::size(kExpected)));
    }
};

QTEST_GUILESS_MAIN(DemoVaultHoldsDutchCalls)
#include "DemoVaultHoldsDutchCalls.moc"
