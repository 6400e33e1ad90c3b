// From transcript to exported clip through coachvault-cli, on the demo call
// whose synthesised Dutch dialogue speaks a BSN and an IBAN (05-terugbetaling,
// fatima's coaching call): tess imports its WebVTT transcript, `pii scan
// --json` proposes the BSN and the IBAN (and the other personal data), she
// accepts those two and rejects the rest, and `clip create --redact-accepted`
// exports a WAV. Decoding it proves the spoken BSN and IBAN are gone — their
// spans hold nothing but the 1 kHz tone, the speech around them is still
// there — and the file's bytes carry none of the numbers, names or the
// source's name. Refusals exit 3 with their rule (R-TRAIN-2 for an
// assessment call, R-AUTH-3 for an agent), a bad transcript exits 4.
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <numbers>

using cv::test::CliRun;
using cv::test::jsonOf;
using cv::test::runCli;

namespace {

const QString kNow = QStringLiteral("2026-03-20T12:00:00Z");
const QString kTranscript = QStringLiteral(COACHVAULT_DEMO_CALLS "/05-terugbetaling.vtt");

struct Decoded
{
    std::vector<float> samples; // interleaved
    int channels = 0;
    int rate = 0;
};

Decoded decode(const QString& path)
{
    Decoded out;
    SF_INFO info{};
    SNDFILE* sf = sf_open(qPrintable(path), SFM_READ, &info);
    if (!sf)
        return out;
    out.samples.resize(std::size_t(info.frames * info.channels));
    sf_readf_float(sf, out.samples.data(), info.frames);
    sf_close(sf);
    out.channels = info.channels;
    out.rate = info.samplerate;
    return out;
}

// How much of the signal energy in [fromS, toS) of one channel is at 1 kHz
// (Goertzel), and the RMS there.
struct Band
{
    double toneShare = 0;
    double rms = 0;
};

Band measure(const Decoded& d, int channel, double fromS, double toS)
{
    const qint64 from = qint64(fromS * d.rate);
    const qint64 to = qint64(toS * d.rate);
    const double w = 2.0 * std::numbers::pi * 1000.0 / d.rate;
    double s1 = 0, s2 = 0, energy = 0;
    for (qint64 f = from; f < to; ++f) {
        const double x = d.samples[std::size_t(f * d.channels + channel)];
        const double s = x + 2.0 * std::cos(w) * s1 - s2;
        s2 = s1;
        s1 = s;
        energy += x * x;
    }
    const double n = double(to - from);
    const double power = s1 * s1 + s2 * s2 - 2.0 * std::cos(w) * s1 * s2; // |X(1 kHz)|^2
    Band band;
    band.rms = std::sqrt(energy / n);
    // A pure tone of amplitude A over n samples: |X|^2 = (A n / 2)^2, energy = A^2 n / 2.
    band.toneShare = energy > 0 ? power / (energy * n / 2.0) : 0;
    return band;
}

} // namespace

class TranscriptToDecodedClipCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_call;       // 05-terugbetaling: fatima, coaching
    QString m_assessment; // any assessment call

    CliRun as(const QString& handle, const QStringList& args)
    {
        return cv::test::runAs(m_vault, handle, args, kNow);
    }
    CliRun tess(QStringList args) { return as(QStringLiteral("tess"), args); }
    static QString why(const CliRun& run) { return QString::fromUtf8(run.err + run.out); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("COACHVAULT_PASSPHRASE", "correct horse battery");
        m_vault = m_dir.filePath(QStringLiteral("transcripts.cvault"));
        const CliRun demo = cv::test::createDemoVault(m_vault, kNow);
        QVERIFY2(demo.exitCode == 0, qPrintable(why(demo)));
        const CliRun list =
            tess({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(why(list)));
        for (const QJsonValue& v : jsonOf(list).value(QStringLiteral("recordings")).toArray()) {
            const QJsonObject r = v.toObject();
            const QString id = QString::number(r.value(QStringLiteral("id")).toInteger());
            const QString purpose = r.value(QStringLiteral("purpose")).toString();
            if (r.value(QStringLiteral("agent")).toString() == QLatin1String("fatima") &&
                purpose == QLatin1String("coaching"))
                m_call = id;
            if (purpose == QLatin1String("assessment"))
                m_assessment = id;
        }
        QVERIFY(!m_call.isEmpty() && !m_assessment.isEmpty());
    }

    void refusalsAndBadFilesChangeNothing()
    {
        // The demo vault keeps the call's transcript already; what it holds
        // must be the same after every refusal.
        const auto stored = [this]() -> QByteArray {
            return tess({QStringLiteral("transcript"), QStringLiteral("show"), m_call,
                         QStringLiteral("--json")})
                       .out +
                   tess({QStringLiteral("pii"), QStringLiteral("scan"), m_call,
                         QStringLiteral("--json")})
                       .out;
        };
        const QByteArray before = stored();
        QVERIFY(before.contains("308 519 462"));

        CliRun run = tess(
            {QStringLiteral("transcript"), QStringLiteral("import"), m_assessment, kTranscript});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("R-TRAIN-2"), run.err.constData());
        run = as(QStringLiteral("fatima"),
                 {QStringLiteral("transcript"), QStringLiteral("import"), m_call, kTranscript});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("R-AUTH-3"), run.err.constData());
        const QString bad = m_dir.filePath(QStringLiteral("bad.vtt"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nTerug in de tijd.\n");
        file.close();
        run = tess({QStringLiteral("transcript"), QStringLiteral("import"), m_call, bad});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("line 3"), run.err.constData());
        run = tess({QStringLiteral("pii"), QStringLiteral("decide"), m_call});
        QCOMPARE(run.exitCode, 2);
        // A good id with an unknown one: neither is decided.
        const QJsonArray proposals = jsonOf(tess({QStringLiteral("pii"), QStringLiteral("scan"),
                                                  m_call, QStringLiteral("--json")}))
                                         .value(QStringLiteral("proposals"))
                                         .toArray();
        const QString first =
            QString::number(proposals.first().toObject().value(QStringLiteral("id")).toInteger());
        run = tess({QStringLiteral("pii"), QStringLiteral("decide"), m_call,
                    QStringLiteral("--accept"), first, QStringLiteral("--reject"),
                    QStringLiteral("999999")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("999999"), run.err.constData());
        // Killed after the new transcript was written, before its proposals
        // and audit entry: the import never happened.
        QFile other(m_dir.filePath(QStringLiteral("other.vtt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nMijn BSN is 111222333.\n");
        other.close();
        QProcessEnvironment fault;
        fault.insert(QStringLiteral("COACHVAULT_FAULT"), QStringLiteral("transcript:stored"));
        run = cv::test::runAs(
            m_vault, QStringLiteral("tess"),
            {QStringLiteral("transcript"), QStringLiteral("import"), m_call, other.fileName()},
            kNow, fault);
        QVERIFY2(run.crashed, "the fault point must kill the CLI");

        QCOMPARE(stored(), before);
    }

    void theBsnAndIbanAreTonesInTheDecodedExport()
    {
        CliRun run = tess({QStringLiteral("transcript"), QStringLiteral("import"), m_call,
                           kTranscript, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QCOMPARE(jsonOf(run).value(QStringLiteral("segments")).toInt(), 16);

        run =
            tess({QStringLiteral("pii"), QStringLiteral("scan"), m_call, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QJsonObject bsn, iban;
        QStringList others;
        QSet<QString> kinds;
        for (const QJsonValue& v : jsonOf(run).value(QStringLiteral("proposals")).toArray()) {
            const QJsonObject p = v.toObject();
            const QString kind = p.value(QStringLiteral("kind")).toString();
            kinds << kind;
            QCOMPARE(p.value(QStringLiteral("decision")).toString(), QStringLiteral("proposed"));
            if (kind == QLatin1String("bsn"))
                bsn = p;
            else if (kind == QLatin1String("iban"))
                iban = p;
            else
                others << QString::number(p.value(QStringLiteral("id")).toInteger());
        }
        QVERIFY2(
            kinds.contains(QStringLiteral("phone")) && kinds.contains(QStringLiteral("postcode")) &&
                kinds.contains(QStringLiteral("date")) && kinds.contains(QStringLiteral("name")),
            qPrintable(QStringList(kinds.values()).join(QLatin1Char(','))));
        // The cues of the transcript that speak them.
        QCOMPARE(bsn.value(QStringLiteral("startMs")).toInteger(), 27581);
        QCOMPARE(bsn.value(QStringLiteral("endMs")).toInteger(), 30734);
        QCOMPARE(iban.value(QStringLiteral("startMs")).toInteger(), 47214);
        QCOMPARE(iban.value(QStringLiteral("endMs")).toInteger(), 53560);

        const QString accept = QString::number(bsn.value(QStringLiteral("id")).toInteger()) +
                               QLatin1Char(',') +
                               QString::number(iban.value(QStringLiteral("id")).toInteger());
        run = tess({QStringLiteral("pii"), QStringLiteral("decide"), m_call,
                    QStringLiteral("--accept"), accept, QStringLiteral("--reject"),
                    others.join(QLatin1Char(','))});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));

        // 0:21 to 0:55: the question for the BSN up to the IBAN's cue.
        const QString out = m_dir.filePath(QStringLiteral("terugbetaling.wav"));
        run = tess({QStringLiteral("clip"), QStringLiteral("create"), m_call,
                    QStringLiteral("--from"), QStringLiteral("0:21"), QStringLiteral("--to"),
                    QStringLiteral("0:55"), QStringLiteral("--redact-accepted"),
                    QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonArray regions = jsonOf(run)
                                       .value(QStringLiteral("clip"))
                                       .toObject()
                                       .value(QStringLiteral("redactions"))
                                       .toArray();
        QCOMPARE(regions.size(), 2);

        const Decoded d = decode(out);
        QCOMPARE(d.channels, 2);
        QVERIFY(d.rate > 0);
        QVERIFY(std::abs(double(d.samples.size()) / d.channels / d.rate - 34.0) < 0.01);
        // Clip time = call time - 21 s; 10 ms inside each edge.
        for (const auto& [from, to] : {std::pair{6.591, 9.724}, std::pair{26.224, 32.550}}) {
            for (int c = 0; c < 2; ++c) {
                const Band band = measure(d, c, from, to);
                QVERIFY2(band.toneShare > 0.99 && band.rms > 0.01,
                         qPrintable(QStringLiteral("%1-%2 s, channel %3: tone share %4, rms %5")
                                        .arg(from)
                                        .arg(to)
                                        .arg(c)
                                        .arg(band.toneShare)
                                        .arg(band.rms)));
            }
        }
        // The speech before, between and after is still there, and no tone.
        for (const auto& [from, to] : {std::pair{0.7, 6.0}, std::pair{20.4, 25.8}}) {
            double rms = 0;
            for (int c = 0; c < 2; ++c) {
                const Band band = measure(d, c, from, to);
                QVERIFY2(band.toneShare < 0.2, qPrintable(QString::number(band.toneShare)));
                rms = std::max(rms, band.rms);
            }
            QVERIFY2(rms > 0.01, qPrintable(QString::number(rms)));
        }

        // No number, name or source in the file's bytes.
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const char* leak :
             {"308519462", "308 519 462", "NL73", "RABO", "0623418905", "Pieter", "Groot", "fatima",
              "Fatima", "terugbetaling", "Belastingen", "05-", ".ogg", "2026"})
            QVERIFY2(!bytes.contains(leak), leak);

        // The decisions are kept: a new scan shows them.
        run =
            tess({QStringLiteral("pii"), QStringLiteral("scan"), m_call, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        int accepted = 0;
        for (const QJsonValue& v : jsonOf(run).value(QStringLiteral("proposals")).toArray())
            accepted += v.toObject().value(QStringLiteral("decision")).toString() ==
                        QLatin1String("accepted");
        QCOMPARE(accepted, 2);
    }

    void theTranscriptIsShownAndItsUseAudited()
    {
        CliRun run = tess({QStringLiteral("transcript"), QStringLiteral("show"), m_call,
                           QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonArray segments = jsonOf(run).value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments.size(), 16);
        QVERIFY(segments.at(4)
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("308 519 462")));
        run = as(QStringLiteral("ada"),
                 {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        for (const char* action :
             {"transcript.import", "transcript.scan", "transcript.decide", "transcript.view"})
            QVERIFY2(run.out.contains(action), action);
    }

    void allAndUnknownIds()
    {
        CliRun run = tess({QStringLiteral("pii"), QStringLiteral("decide"), m_call,
                           QStringLiteral("--reject"), QStringLiteral("all")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run =
            tess({QStringLiteral("pii"), QStringLiteral("scan"), m_call, QStringLiteral("--json")});
        const QJsonArray proposals = jsonOf(run).value(QStringLiteral("proposals")).toArray();
        QVERIFY(!proposals.isEmpty());
        for (const QJsonValue& v : proposals)
            QCOMPARE(v.toObject().value(QStringLiteral("decision")).toString(),
                     QStringLiteral("rejected"));
        const QString first =
            QString::number(proposals.first().toObject().value(QStringLiteral("id")).toInteger());
        run = tess({QStringLiteral("pii"), QStringLiteral("decide"), m_call,
                    QStringLiteral("--accept"), first + QStringLiteral(",999999")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("999999"), run.err.constData());
        run =
            tess({QStringLiteral("pii"), QStringLiteral("scan"), m_call, QStringLiteral("--json")});
        QCOMPARE(jsonOf(run)
                     .value(QStringLiteral("proposals"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("decision"))
                     .toString(),
                 QStringLiteral("rejected")); // nothing changed
        run = tess({QStringLiteral("pii"), QStringLiteral("decide"), m_call,
                    QStringLiteral("--accept"), QStringLiteral("drie")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TranscriptToDecodedClipCli)
#include "TranscriptToDecodedClipCli.moc"
