// Training clips through coachvault-cli on a demo vault: tess (trainer,
// authorised for coaching) cuts a clip of sanne's coaching call, keeps sanne
// identifiable on her consent, exports WAV/FLAC/Opus that sndfile decodes at
// the right length; refusals exit 3 with their rule (R-TRAIN-2 for the
// assessment call, R-TRAIN-1 for tom, who never consented), bad times exit 2,
// and clip list shows the library.
#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

using cv::test::CliRun;
using cv::test::jsonOf;
using cv::test::runCli;

namespace {

const QString kNow = QStringLiteral("2026-03-20T12:00:00Z");

} // namespace

class ClipCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_sanneCoaching, m_sanneAssessment, m_tomCoaching;

    CliRun as(const QString& handle, const QStringList& args)
    {
        return cv::test::runAs(m_vault, handle, args, kNow);
    }
    static QString why(const CliRun& run) { return QString::fromUtf8(run.err + run.out); }
    CliRun clip(const QString& recording, const QString& out, QStringList extra = {})
    {
        return as(QStringLiteral("tess"),
                  QStringList{QStringLiteral("clip"), QStringLiteral("create"), recording,
                              QStringLiteral("--from"), QStringLiteral("0:01"),
                              QStringLiteral("--to"), QStringLiteral("0:04.500"),
                              QStringLiteral("--out"), m_dir.filePath(out)} +
                      extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("COACHVAULT_PASSPHRASE", "correct horse battery");
        m_vault = m_dir.filePath(QStringLiteral("clips.cvault"));
        const CliRun demo = cv::test::createDemoVault(m_vault, kNow);
        QVERIFY2(demo.exitCode == 0, qPrintable(why(demo)));
        const CliRun list =
            as(QStringLiteral("tess"),
               {QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(why(list)));
        for (const QJsonValue& v : jsonOf(list).value(QStringLiteral("recordings")).toArray()) {
            const QJsonObject r = v.toObject();
            const QString id = QString::number(r.value(QStringLiteral("id")).toInteger());
            const QString agent = r.value(QStringLiteral("agent")).toString();
            const QString purpose = r.value(QStringLiteral("purpose")).toString();
            if (agent == QLatin1String("sanne") && purpose == QLatin1String("coaching"))
                m_sanneCoaching = id;
            if (agent == QLatin1String("sanne") && purpose == QLatin1String("assessment"))
                m_sanneAssessment = id;
            if (agent == QLatin1String("tom") && purpose == QLatin1String("coaching"))
                m_tomCoaching = id;
        }
        QVERIFY(!m_sanneCoaching.isEmpty() && !m_sanneAssessment.isEmpty() &&
                !m_tomCoaching.isEmpty());
    }

    void exportsDecodeAtTheRightLength_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("disguise");
        QTest::newRow("wav, both") << QStringLiteral("a.wav") << QStringLiteral("both");
        QTest::newRow("flac, customer") << QStringLiteral("b.flac") << QStringLiteral("customer");
        QTest::newRow("opus, both") << QStringLiteral("c.opus") << QStringLiteral("both");
    }
    void exportsDecodeAtTheRightLength()
    {
        QFETCH(QString, name);
        QFETCH(QString, disguise);
        const CliRun run =
            clip(m_sanneCoaching, name,
                 {QStringLiteral("--redact"), QStringLiteral("0:02-0:02.5"),
                  QStringLiteral("--redact-silence"), QStringLiteral("3-3.25"),
                  QStringLiteral("--disguise"), disguise, QStringLiteral("--strength"),
                  QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonObject c = jsonOf(run).value(QStringLiteral("clip")).toObject();
        QCOMPARE(c.value(QStringLiteral("personal")).toBool(),
                 disguise == QLatin1String("customer"));
        QCOMPARE(c.value(QStringLiteral("redactions")).toArray().size(), 2);
        SF_INFO info{};
        SNDFILE* sf = sf_open(qPrintable(m_dir.filePath(name)), SFM_READ, &info);
        QVERIFY(sf);
        std::vector<float> all(std::size_t(info.frames * info.channels));
        const sf_count_t got = sf_readf_float(sf, all.data(), info.frames);
        sf_close(sf);
        QCOMPARE(info.channels, 2);
        // 3.5 s; Opus's header counts frames approximately.
        QVERIFY2(std::abs(double(got) / info.samplerate - 3.5) < 0.03,
                 qPrintable(QString::number(double(got) / info.samplerate)));
        // Exporting over an existing file is refused.
        QCOMPARE(clip(m_sanneCoaching, name).exitCode, 1);
    }

    void refusalsCarryTheirRule()
    {
        CliRun run = clip(m_sanneAssessment, QStringLiteral("x.wav"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("R-TRAIN-2"), run.err.constData());
        run = clip(m_tomCoaching, QStringLiteral("y.wav"),
                   {QStringLiteral("--disguise"), QStringLiteral("customer")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("R-TRAIN-1"), run.err.constData());
        run = clip(m_tomCoaching, QStringLiteral("y.wav")); // both voices: fine
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        run = as(QStringLiteral("sanne"),
                 {QStringLiteral("clip"), QStringLiteral("create"), m_sanneCoaching,
                  QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--to"),
                  QStringLiteral("2"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("z.wav"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.wav"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("z.wav"))));
    }

    void usageErrorsExit2()
    {
        QCOMPARE(clip(m_sanneCoaching, QStringLiteral("u.wav"),
                      {QStringLiteral("--redact"), QStringLiteral("abc")})
                     .exitCode,
                 2);
        QCOMPARE(clip(m_sanneCoaching, QStringLiteral("u.mp3")).exitCode, 2);
        QCOMPARE(clip(m_sanneCoaching, QStringLiteral("u.wav"),
                      {QStringLiteral("--strength"), QStringLiteral("12")})
                     .exitCode,
                 2);
        QCOMPARE(clip(m_sanneCoaching, QStringLiteral("u.wav"),
                      {QStringLiteral("--redact"), QStringLiteral("0:00.5-0:02")})
                     .exitCode,
                 2); // outside the clip
    }

    void theLibraryListsEveryExport()
    {
        const CliRun run =
            as(QStringLiteral("tess"),
               {QStringLiteral("clip"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        const QJsonArray clips = jsonOf(run).value(QStringLiteral("clips")).toArray();
        QCOMPARE(clips.size(), 4);
        for (const QJsonValue& v : clips) {
            QCOMPARE(v.toObject().value(QStringLiteral("sourcePurpose")).toString(),
                     QStringLiteral("coaching"));
            QCOMPARE(v.toObject().value(QStringLiteral("createdBy")).toString(),
                     QStringLiteral("tess"));
        }
        QCOMPARE(
            as(QStringLiteral("sanne"), {QStringLiteral("clip"), QStringLiteral("list")}).exitCode,
            3);
    }
};

QTEST_GUILESS_MAIN(ClipCli)
#include "ClipCli.moc"
