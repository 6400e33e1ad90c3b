// The Clips area driven from the keyboard on the demo vault (issue 8): tess,
// the trainer, is offered only coaching calls (R-TRAIN-2); she sets the
// clip's range from a selection (R), redacts a span (X), switches it to
// silence (T), undoes and redoes; for tom, who never consented, only "both
// voices" may be chosen (R-TRAIN-1), for sanne, who did, the customer's
// alone too; a transcript imported with the call proposes its BSN and IBAN,
// Y accepts them and A redacts them (one undo step), a decision made is
// still there after the name list grew and the call was scanned again;
// the preview plays from memory; Ctrl+E exports a WAV that the
// library then lists with its anonymisation and the consent relied on.
//
// With COACHVAULT_SCREENSHOT_DIR set it writes clips-area.png there.
#include "core/admin/Administration.h"
#include "core/recordings/RecordingStore.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/clips/ClipsArea.h"
#include "ui/clips/TranscriptPanel.h"
#include "ui/review/CallPane.h"
#include "ui/waveform/WaveformView.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cv;
using namespace cv::test;
using ui::MainWindow;

class ClipsAreaCutsAnAnonymisedClip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        resetSettings();
        ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_template = m_dir.filePath(QStringLiteral("template.cvault"));
        auto vault = createDemoCastVault(m_template, m_clock, m_keys);
        QVERIFY(vault);
        core::Administration admin(*vault);
        for (const core::Recording& r : core::RecordingStore(*vault).all()) {
            if (r.purpose != core::Purpose::Coaching)
                continue;
            ++m_coachingCalls;
            const auto agent = admin.persons().find(r.agent);
            if (agent && agent->handle == QLatin1String("tom"))
                m_tomsCall = r.id;
            if (agent && agent->handle == QLatin1String("sanne"))
                m_sannesCall = r.id;
            if (agent && agent->handle == QLatin1String("fatima"))
                m_fatimasCall = r.id;
        }
        QVERIFY(m_tomsCall && m_sannesCall && m_fatimasCall);
    }

    void trainerCutsAClip()
    {
        auto window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(window);
        window->resize(1280, 860);
        QVERIFY(signInThroughScreen(*window, QStringLiteral("tess")));
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_4));
        QCOMPARE(window->currentArea(), MainWindow::Area::Clips);
        auto* area =
            qobject_cast<ui::ClipsArea*>(window->areaPage(MainWindow::Area::Clips)->content());
        QVERIFY(area);
        QCOMPARE(area->chooser()->count(), m_coachingCalls); // coaching calls only
        QVERIFY(area->openRecording(m_tomsCall));

        // Without tom's consent only "both voices" can be chosen.
        auto* disguiseModel = qobject_cast<QStandardItemModel*>(area->disguiseChooser()->model());
        const int customerOnly = area->disguiseChooser()->findData(int(core::Disguise::Customer));
        QVERIFY(!disguiseModel->item(customerOnly)->isEnabled());
        QCOMPARE(area->editor()->draft().disguise, core::Disguise::Both);

        // R: the selection becomes the clip's range; X redacts; T switches the fill.
        ui::WaveformView* waveform = area->call()->waveform();
        waveform->setFocus();
        waveform->setSelection(2000, 14000);
        QTest::keyClick(waveform, Qt::Key_R);
        QCOMPARE(area->editor()->draft().fromMs, 2000);
        QCOMPARE(area->editor()->draft().toMs, 14000);
        waveform->setSelection(5000, 6500);
        QTest::keyClick(waveform, Qt::Key_X);
        QCOMPARE(area->regionList()->topLevelItemCount(), 1);
        area->regionList()->setCurrentItem(area->regionList()->topLevelItem(0));
        QTest::keyClick(waveform, Qt::Key_T);
        QCOMPARE(area->editor()->draft().regions.first().fill,
                 core::RedactionRegion::Fill::Silence);
        // The waveform shows the region and what lies outside the clip.
        QCOMPARE(waveform->regions().size(), 3);
        // Undo, redo.
        QTest::keySequence(waveform, QKeySequence::Undo);
        QCOMPARE(area->editor()->draft().regions.first().fill, core::RedactionRegion::Fill::Tone);
        QTest::keySequence(waveform, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(area->editor()->draft().regions.first().fill,
                 core::RedactionRegion::Fill::Silence);

        // A transcript of the call is kept with it: its BSN and IBAN are
        // proposed; Y accepts them, A redacts the accepted ones.
        QTemporaryDir transcripts;
        const QString vtt = transcripts.filePath(QStringLiteral("call.vtt"));
        {
            QFile file(vtt);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("WEBVTT\n\n00:00:07.000 --> 00:00:09.500\nMijn BSN is 111222333.\n\n"
                       "00:00:10.000 --> 00:00:13.000\nHet rekeningnummer is NL91 ABNA 0417 1643 "
                       "00.\n\n00:00:13.500 --> 00:00:14.000\nDank u wel, Wubbo.\n");
        }
        ui::TranscriptPanel* transcript = area->transcript();
        QTreeWidget* proposals = transcript->proposalList();
        ui::FileDialog::setNextFileName(vtt);
        QVERIFY(transcript->importTranscript());
        QCOMPARE(proposals->topLevelItemCount(), 2);
        QCOMPARE(proposals->topLevelItem(0)->checkState(0), Qt::PartiallyChecked); // to decide
        QTest::keyClick(waveform, Qt::Key_A); // nothing accepted yet: nothing redacted
        QCOMPARE(area->editor()->draft().regions.size(), 1);
        proposals->selectAll();
        QTest::keyClick(proposals, Qt::Key_Y);
        QCOMPARE(proposals->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(proposals->topLevelItem(1)->checkState(0), Qt::Checked);
        QTest::keyClick(waveform, Qt::Key_A);
        QCOMPARE(area->editor()->draft().regions.size(), 3);
        QCOMPARE(area->editor()->draft().regions[1].startMs, 7000);
        QTest::keySequence(waveform, QKeySequence::Undo); // one undo step
        QCOMPARE(area->editor()->draft().regions.size(), 1);
        QTest::keySequence(waveform, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(area->editor()->draft().regions.size(), 3);
        // Unchecking keeps the IBAN; a name added to the list is found too.
        proposals->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
        QVERIFY(transcript->addNames({QStringLiteral("Wubbo")}));
        QCOMPARE(proposals->topLevelItemCount(), 3);
        QCOMPARE(proposals->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(proposals->topLevelItem(1)->checkState(0), Qt::Unchecked);
        QCOMPARE(proposals->topLevelItem(2)->checkState(0), Qt::PartiallyChecked);
        QVERIFY(transcript->status()->text().contains(QStringLiteral("1")));
        // A malformed transcript is refused, naming the problem; the kept one stays.
        const QString bad = transcripts.filePath(QStringLiteral("bad.vtt"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("WEBVTT\n\n00:00:09.000 --> 00:00:07.000\nAchterstevoren.\n");
        }
        ui::FileDialog::setNextFileName(bad);
        QVERIFY(!transcript->importTranscript());
        QVERIFY2(area->banner()->text().contains(QStringLiteral("bad.vtt")),
                 qPrintable(area->banner()->text()));
        QCOMPARE(proposals->topLevelItemCount(), 3);

        // P previews from memory.
        QTest::keyClick(waveform, Qt::Key_P);
        QVERIFY2(area->banner()->text().contains(QStringLiteral("LUFS")),
                 qPrintable(area->banner()->text()));
        QVERIFY(area->previewPlayer().state() != core::CallPlayer::State::Empty &&
                area->previewPlayer().state() != core::CallPlayer::State::Failed);
        saveScreenshot(*window, QStringLiteral("clips-area"));

        // Ctrl+E exports; the library lists it.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("training.wav"));
        ui::FileDialog::setNextFileName(path);
        QTest::keySequence(waveform, QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY2(QFileInfo(path).size() > 44, qPrintable(area->banner()->text()));
        QCOMPARE(area->library()->topLevelItemCount(), 1);
        QVERIFY(area->library()->topLevelItem(0)->text(4).contains(QStringLiteral("both voices")));
        QVERIFY(area->library()->topLevelItem(0)->text(5).contains(QStringLiteral("anonymised")));

        // sanne consented: her voice may stay recognisable.
        QVERIFY(area->openRecording(m_sannesCall));
        QVERIFY(disguiseModel->item(customerOnly)->isEnabled());
        // Back to tom's call: the decisions were kept in the vault.
        QVERIFY(area->openRecording(m_tomsCall));
        QCOMPARE(proposals->topLevelItemCount(), 3);
        QCOMPARE(proposals->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(proposals->topLevelItem(1)->checkState(0), Qt::Unchecked);
    }

    void theDemoCallsComeWithTheirTranscripts()
    {
        auto window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(window);
        window->resize(1280, 860);
        QVERIFY(signInThroughScreen(*window, QStringLiteral("tess")));
        window->showArea(MainWindow::Area::Clips);
        auto* area =
            qobject_cast<ui::ClipsArea*>(window->areaPage(MainWindow::Area::Clips)->content());
        QVERIFY(area->openRecording(m_fatimasCall));
        // fatima's call about a refund speaks a BSN, a date of birth, an
        // address, an IBAN and a phone number (resources/demo/calls/05-…).
        QTreeWidget* proposals = area->transcript()->proposalList();
        QStringList kinds;
        for (int i = 0; i < proposals->topLevelItemCount(); ++i)
            kinds << proposals->topLevelItem(i)->text(1);
        for (const char* kind : {"BSN", "IBAN", "phone number", "postcode", "date"})
            QVERIFY2(kinds.contains(QString::fromLatin1(kind)), qPrintable(kinds.join(u',')));
        QCOMPARE(proposals->topLevelItem(0)->checkState(0), Qt::PartiallyChecked);
        saveScreenshot(*window, QStringLiteral("clips-transcript"));
    }

    void anAgentCutsNoClips()
    {
        auto window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(window);
        QVERIFY(signInThroughScreen(*window, QStringLiteral("sanne")));
        window->showArea(MainWindow::Area::Clips);
        auto* area =
            qobject_cast<ui::ClipsArea*>(window->areaPage(MainWindow::Area::Clips)->content());
        QVERIFY(area->banner()->isVisible());
        QVERIFY(!area->exportButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    core::SystemClock m_clock;
    MemoryKeyStore m_keys;
    QString m_template;
    int m_coachingCalls = 0;
    core::RecordingId m_tomsCall = 0;
    core::RecordingId m_sannesCall = 0;
    core::RecordingId m_fatimasCall = 0;
};

COACHVAULT_TEST_MAIN(ClipsAreaCutsAnAnonymisedClip)
#include "ClipsAreaCutsAnAnonymisedClip.moc"
