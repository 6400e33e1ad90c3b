// The feedback session in the Feedback area, driven through its widgets on
// the demo vault: karim's submitted evaluation of one of sanne's calls stands
// beside her self-evaluation (the criterion they scored differently
// highlighted, both totals shown), his timed note is a waveform marker; he
// adjusts a score with her (the score before stays in view); she writes her
// view, a wrong PIN is refused, her own PIN signs (disagreeing); then his;
// the evaluation is final: nothing is editable any more and the seal is
// shown. The report is saved as PDF and holds her view. Signed in herself,
// sanne disputes it; karim's Inbox shows the dispute and he resolves it.
//
// With COACHVAULT_SCREENSHOT_DIR set it writes feedback-session.png there.

#include "core/admin/Administration.h"
#include "core/recordings/RecordingStore.h"
#include "core/scoring/EvaluationDesk.h"
#include "core/scoring/TemplateStore.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/feedback/AdjustScoreDialog.h"
#include "ui/feedback/FeedbackArea.h"
#include "ui/feedback/FeedbackSessionPanel.h"
#include "ui/feedback/ScoreComparisonModel.h"
#include "ui/feedback/SignOffBox.h"
#include "ui/inbox/InboxArea.h"
#include "ui/review/CallPane.h"
#include "ui/waveform/WaveformView.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cv;
using namespace cv::test;
using ui::FeedbackArea;
using ui::FeedbackSessionPanel;
using ui::MainWindow;
using ui::ScoreComparisonModel;

namespace {

// Answers the next modal dialog once it shows: `fill` sets its fields, then
// it is accepted.
template<typename Dialog> void answerNextDialog(std::function<void(Dialog*)> fill)
{
    QTimer::singleShot(0, [fill] {
        QTRY_VERIFY(qobject_cast<Dialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        fill(dialog);
        dialog->accept();
    });
}

} // namespace

class FeedbackSessionDrivenByWidgets final : public QObject
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
        QVERIFY(prepareEvaluations(*vault));
    }

    void sessionFromScoresToSeal()
    {
        auto window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(window);
        window->resize(1280, 900);
        QVERIFY(signInThroughScreen(*window, QStringLiteral("karim")));
        window->showArea(MainWindow::Area::Feedback);
        auto* area =
            qobject_cast<FeedbackArea*>(window->areaPage(MainWindow::Area::Feedback)->content());
        QVERIFY(area);
        QComboBox* chooser = area->chooser();
        QCOMPARE(chooser->count(), 1);
        QVERIFY(area->openEvaluation(m_coachEvaluation));
        FeedbackSessionPanel* session = area->session();

        // Side by side: the differing criterion is highlighted, both totals shown.
        ScoreComparisonModel* model = session->comparison();
        const int row = model->rowOf(QStringLiteral("opening.begroeting"));
        QVERIFY(row > 0);
        QVERIFY(model->index(row, 0).data(ScoreComparisonModel::kDiffersRole).toBool());
        QVERIFY(model->index(row, ScoreComparisonModel::Coach).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->index(row, ScoreComparisonModel::Agent).data().toString(),
                 QStringLiteral("5 – Uitstekend"));
        QCOMPARE(model->differences(), 1);
        const QString totals = child<QLabel>(session, "feedbackTotals")->text();
        QVERIFY2(totals.contains(QStringLiteral("Coach:")) &&
                     totals.contains(QStringLiteral("self-evaluation")),
                 qPrintable(totals));
        // The coach's note is a marker on the call's waveform.
        QCOMPARE(area->call()->waveform()->markers().size(), 1);
        QCOMPARE(area->call()->waveform()->markers().first().positionMs, 4000);

        // The coach adjusts the differing score with her: 3 -> 4; 3 stays in view.
        session->table()->selectRow(row);
        answerNextDialog<ui::AdjustScoreDialog>([](ui::AdjustScoreDialog* dialog) {
            auto* value = dialog->findChild<QComboBox*>(QStringLiteral("adjustValue"));
            value->setCurrentIndex(value->findData(4));
        });
        QTest::mouseClick(session->adjustButton(), Qt::LeftButton);
        QTRY_VERIFY2(model->index(row, ScoreComparisonModel::Coach)
                         .data()
                         .toString()
                         .contains(QStringLiteral("(was 3 – Voldoende)")),
                     qPrintable(area->banner()->text() + QStringLiteral(" | ") +
                                model->index(row, ScoreComparisonModel::Coach).data().toString()));

        // The agent's view, then her sign-off: a wrong PIN is refused.
        ui::SignOffBox* agentBox = session->agentSignOff();
        QTest::keyClicks(session->viewEditor(), QStringLiteral("Mijn begroeting was prima."));
        clickIndicator(agentBox->disagreeButton());
        QTest::keyClicks(agentBox->credentialField(), QStringLiteral("999999"));
        QTest::keyClick(agentBox->credentialField(), Qt::Key_Return);
        QVERIFY(area->banner()->isVisible());
        QVERIFY(agentBox->credentialField()->text().isEmpty()); // never kept
        QVERIFY(agentBox->signButton()->isVisible());           // not signed
        QVERIFY(!session->evaluatorSignOff()->signButton()->isEnabled());
        QTest::keyClicks(agentBox->credentialField(), testPin());
        QTest::keyClick(agentBox->credentialField(), Qt::Key_Return);
        QVERIFY(!agentBox->signButton()->isVisible());
        QVERIFY(session->viewEditor()->isReadOnly());
        QVERIFY(!session->adjustButton()->isEnabled());

        // The coach signs: final and sealed.
        ui::SignOffBox* coachBox = session->evaluatorSignOff();
        QVERIFY(coachBox->signButton()->isVisible());
        QTest::keyClicks(coachBox->credentialField(), testPin());
        QTest::mouseClick(coachBox->signButton(), Qt::LeftButton);
        QVERIFY(!coachBox->signButton()->isVisible());
        QVERIFY2(child<QLabel>(session, "feedbackSeal")->text().contains(QStringLiteral("SHA-256")),
                 qPrintable(child<QLabel>(session, "feedbackSeal")->text()));
        QVERIFY(chooser->currentText().contains(QStringLiteral("signed")));
        saveScreenshot(*window, QStringLiteral("feedback-session"));

        // The written report holds her view and the adjustment.
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        ui::FileDialog::setNextFileName(pdf);
        QTest::mouseClick(session->reportButton(), Qt::LeftButton);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString report = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(report.contains(QStringLiteral("Mijn begroeting was prima.")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("Sanne de Vries")));

        // Signed in herself, sanne disputes the evaluation.
        window->switchPerson();
        QVERIFY(signInThroughScreen(*window, QStringLiteral("sanne")));
        window->showArea(MainWindow::Area::Feedback);
        area = qobject_cast<FeedbackArea*>(window->areaPage(MainWindow::Area::Feedback)->content());
        QVERIFY(area->openEvaluation(m_coachEvaluation));
        QPushButton* dispute = area->session()->disputeButton();
        QVERIFY(dispute->isVisible() && dispute->isEnabled());
        answerNextDialog<QInputDialog>([](QInputDialog* dialog) {
            dialog->setTextValue(QStringLiteral("De aanpassing is te klein."));
        });
        QTest::mouseClick(dispute, Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(area->session(), "feedbackDisputes")
                        ->text()
                        .contains(QStringLiteral("De aanpassing is te klein.")));
        QVERIFY(!dispute->isEnabled()); // one open dispute at a time

        // karim's Inbox shows it; its link opens the session, where he answers.
        window->switchPerson();
        QVERIFY(signInThroughScreen(*window, QStringLiteral("karim")));
        auto* inbox =
            qobject_cast<ui::InboxArea*>(window->areaPage(MainWindow::Area::Inbox)->content());
        auto* notices = child<QLabel>(inbox, "inboxNotices");
        QVERIFY(notices->isVisibleTo(inbox));
        QVERIFY(notices->text().contains(QStringLiteral("disputed")));
        Q_EMIT notices->linkActivated(QStringLiteral("evaluation:%1").arg(m_coachEvaluation));
        QCOMPARE(window->currentArea(), MainWindow::Area::Feedback);
        area = qobject_cast<FeedbackArea*>(window->areaPage(MainWindow::Area::Feedback)->content());
        QPushButton* resolve = area->session()->resolveButton();
        QVERIFY(resolve->isVisible());
        answerNextDialog<QInputDialog>([](QInputDialog* dialog) {
            dialog->setTextValue(QStringLiteral("Besproken; de score blijft."));
        });
        QTest::mouseClick(resolve, Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(area->session(), "feedbackDisputes")
                        ->text()
                        .contains(QStringLiteral("Besproken; de score blijft.")));
        QVERIFY(!resolve->isVisible());
    }

private:
    // karim evaluates one of sanne's coaching calls; she evaluates it herself,
    // scoring the greeting 5 where he gave 3.
    bool prepareEvaluations(core::Vault& vault)
    {
        core::Administration admin(vault);
        const auto karim = admin.persons().findByHandle(QStringLiteral("karim"));
        const auto sanne = admin.persons().findByHandle(QStringLiteral("sanne"));
        if (!karim || !sanne)
            return false;
        std::optional<core::Recording> call;
        for (const core::Recording& r : core::RecordingStore(vault).all()) {
            if (r.agent == sanne->id && r.purpose == core::Purpose::Coaching)
                call = r;
        }
        if (!call)
            return false;
        core::TemplateStore templates(vault);
        const auto usable = templates.usableFor(call->purpose, call->callStartUtc);
        if (usable.isEmpty())
            return false;
        const core::ScorecardTemplate& scorecard = usable.first();
        const auto answersWith = [&](int greeting) {
            QHash<QString, core::CriterionAnswer> answers;
            for (const core::Criterion* c : scorecard.allCriteria())
                answers.insert(c->id, {core::CriterionScore::of(c->scale.maximum()), {}});
            answers[QStringLiteral("opening.begroeting")] = {core::CriterionScore::of(greeting),
                                                             QStringLiteral("Vriendelijk.")};
            return answers;
        };
        core::EvaluationDesk desk(vault, admin);
        const QList<core::TimedNote> notes{{4000,
                                            QStringLiteral("Hier de opnamemelding."),
                                            QStringLiteral("opening.opnamemelding"),
                                            {}}};
        auto coach = desk.record(*karim, call->id, scorecard.id, core::EvaluationKind::Coach,
                                 answersWith(3), notes, true);
        auto self = desk.record(*sanne, call->id, scorecard.id, core::EvaluationKind::Self,
                                answersWith(5), {}, true);
        if (!coach || !self) {
            qWarning("%s", qPrintable((coach ? self.error() : coach.error()).message));
            return false;
        }
        m_coachEvaluation = coach->id;
        return true;
    }

    QTemporaryDir m_dir;
    core::SystemClock m_clock;
    MemoryKeyStore m_keys;
    QString m_template;
    core::EvaluationId m_coachEvaluation = 0;
};

COACHVAULT_TEST_MAIN(FeedbackSessionDrivenByWidgets)
#include "FeedbackSessionDrivenByWidgets.moc"
