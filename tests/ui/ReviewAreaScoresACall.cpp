// Scoring a call in the Review area, through real key and mouse events on
// the demo vault: the coach opens a call from the Inbox, chooses the demo
// scorecard (published before the call, R-ASSESS-1) and starts; number keys
// score the focused criterion and Tab moves on while Space still plays; the
// live total follows (a critical "no" fails the call); N drops a note at the
// playhead that becomes a waveform marker, and activating the note seeks.
// The draft is saved by itself within seconds and comes back when the call
// is opened again, also after the window locked; Submit locks the scores.
// The call's agent then starts her own self-evaluation and does not see the
// coach's scores.
//
// With COACHVAULT_SCREENSHOT_DIR set it writes review-scoring.png there.

#include "core/scoring/EvaluationDesk.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/Theme.h"
#include "ui/inbox/InboxArea.h"
#include "ui/inbox/RecordingTableModel.h"
#include "ui/review/CriterionRow.h"
#include "ui/review/NoteList.h"
#include "ui/review/ReviewArea.h"
#include "ui/review/ScorecardPanel.h"
#include "ui/waveform/WaveformView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cv;
using namespace cv::test;
using ui::CriterionRow;
using ui::MainWindow;
using ui::ReviewArea;
using ui::ScorecardPanel;

class ReviewAreaScoresACall final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        resetSettings();
        ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_template = m_dir.filePath(QStringLiteral("template.cvault"));
        QVERIFY(createDemoCastVault(m_template, m_clock, m_keys));
    }

    void init()
    {
        m_window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(m_window);
        m_window->resize(1280, 860);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void coachScoresFromTheKeyboard()
    {
        ReviewArea* review = openCallOf(QStringLiteral("karim"), QStringLiteral("Sanne"));
        QVERIFY(review);
        ScorecardPanel* panel = review->scorecard();
        QVERIFY(panel->templateBox()->isVisible());
        QVERIFY(panel->templateBox()->count() >= 1);
        QVERIFY(!panel->deadlineLabel()->text().isEmpty()); // R-ASSESS-3
        QVERIFY(panel->deadlineLabel()->text().contains(QLatin1String("R-ASSESS-3")));
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QVERIFY2(panel->evaluation().has_value(), qPrintable(panel->banner()->text()));
        const QList<CriterionRow*> rows = panel->rows();
        QVERIFY(rows.size() >= 5);
        QCOMPARE(QApplication::focusWidget(), rows.first());

        // Score the first criteria with number keys, moving on with Tab.
        for (int i = 0; i < rows.size(); ++i) {
            CriterionRow* row = rows.at(i);
            QTRY_COMPARE(QApplication::focusWidget(), row);
            const int key = row->scoreForKey(Qt::Key_1) ? Qt::Key_1 : Qt::Key_0;
            QTest::keyClick(row, Qt::Key(key));
            QVERIFY(row->answer().score.isAnswered());
            if (i == 1) {
                // The player keys still work while a criterion has the focus.
                QTest::keyClick(row, Qt::Key_Right);
                QTRY_VERIFY(review->waveform()->position() >= 5000);
            }
            QTest::keyClick(row, Qt::Key_Tab);
        }
        QCOMPARE(panel->result().state, core::ScoreResult::State::Complete);
        QVERIFY(panel->result().total.has_value());
        QVERIFY2(panel->totalLabel()->text().contains(QLatin1String("%")),
                 qPrintable(panel->totalLabel()->text()));

        // A critical criterion answered "no" fails the call, live.
        CriterionRow* critical = nullptr;
        for (CriterionRow* row : rows)
            if (row->criterion().critical && row->criterion().scale.minimum() == 0)
                critical = row;
        QVERIFY(critical);
        critical->setFocus();
        QTest::keyClick(critical, Qt::Key_0);
        QVERIFY(panel->result().failed);
        QVERIFY(panel->totalLabel()->text().contains(critical->criterion().title));
        QTest::keyClick(critical, Qt::Key_1);
        QVERIFY(!panel->result().failed);

        // A comment: Enter opens it, Enter returns to the row.
        QTest::keyClick(critical, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), critical->commentField());
        QTest::keyClicks(critical->commentField(), QStringLiteral("Melding netjes gegeven"));
        QTest::keyClick(critical->commentField(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), critical);

        // N: a note at the playhead about the focused criterion.
        const qint64 at = review->waveform()->position();
        QTest::keyClick(critical, Qt::Key_N);
        QLineEdit* editor = panel->notes()->editor();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("Hier had de klant een vraag"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(panel->notes()->notes().size(), 1);
        QCOMPARE(panel->notes()->notes().first().atMs, at);
        QCOMPARE(panel->notes()->notes().first().criterionId, critical->criterionId());
        QCOMPARE(review->waveform()->markers().size(), 1);
        QCOMPARE(QApplication::focusWidget(), critical);

        // Activating the note plays from its moment.
        review->waveform()->setFocus();
        QTest::keyClick(review->waveform(), Qt::Key_Home);
        QTest::keyClick(review->waveform(), Qt::Key_Right);
        panel->notes()->list()->setCurrentRow(0);
        QTest::keyClick(panel->notes()->list(), Qt::Key_Return);
        QTRY_COMPARE(review->waveform()->position(), at);

        // Saved by itself: reopen the call and everything is there.
        QTRY_VERIFY_WITH_TIMEOUT(!panel->hasUnsavedChanges(), 5000);
        QVERIFY(panel->saveStatusLabel()->text().contains(QLatin1String("saved")));
        const core::EvaluationId id = panel->evaluation()->id;
        const QString criticalId = critical->criterionId(); // the rows are rebuilt
        saveScreenshot(*m_window, QStringLiteral("review-scoring"));
        review = openCallOf(QStringLiteral("karim"), QStringLiteral("Sanne"));
        panel = review->scorecard();
        QVERIFY(panel->evaluation().has_value());
        QCOMPARE(panel->evaluation()->id, id);
        QVERIFY(panel->row(criticalId));
        QCOMPARE(panel->row(criticalId)->answer().comment,
                 QStringLiteral("Melding netjes gegeven"));
        QCOMPARE(panel->notes()->notes().size(), 1);

        // Submit: confirmed, then read-only.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(panel->submitButton(), Qt::LeftButton);
        QVERIFY2(panel->evaluation()->isSubmitted(), qPrintable(panel->banner()->text()));
        QVERIFY(!panel->submitButton()->isVisible());
        CriterionRow* first = panel->rows().first();
        const auto before = first->answer().score;
        first->setFocus();
        QTest::keyClick(first, Qt::Key_0);
        QTest::keyClick(first, Qt::Key_1);
        QCOMPARE(first->answer().score.value, before.value);

        // The Inbox: every open call with its deadline, this one evaluated.
        m_window->showArea(MainWindow::Area::Inbox);
        auto* inbox =
            qobject_cast<ui::InboxArea*>(m_window->areaPage(MainWindow::Area::Inbox)->content());
        QVERIFY(inbox);
        inbox->reload();
        auto* table = child<QTableView>(m_window.get(), "inboxTable");
        int evaluated = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex due = table->model()->index(r, ui::RecordingTableModel::EvaluateBy);
            QVERIFY(!due.data().toString().isEmpty());
            QVERIFY(due.data(Qt::ToolTipRole).toString().contains(QLatin1String("R-ASSESS-3")));
            if (due.data().toString() == QLatin1String("evaluated"))
                ++evaluated;
        }
        QCOMPARE(evaluated, 1);
    }

    void aChangeSurvivesTheLock()
    {
        ReviewArea* review = openCallOf(QStringLiteral("karim"), QStringLiteral("Tom"));
        QVERIFY(review);
        ScorecardPanel* panel = review->scorecard();
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QVERIFY(panel->evaluation().has_value());
        CriterionRow* row = panel->rows().first();
        QTest::keyClick(row, Qt::Key_1);
        QVERIFY(panel->hasUnsavedChanges());
        // The lock comes before the autosave would: it saves at once.
        m_window->lockForInactivity();
        QVERIFY(!panel->hasUnsavedChanges());
        core::EvaluationDesk desk(m_window->vault(), m_window->administration());
        auto stored = desk.store().find(panel->evaluation()->id);
        QVERIFY(stored);
        QVERIFY(stored->answers.value(row->criterionId()).score.isAnswered());
    }

    void agentEvaluatesHerselfWithoutSeeingTheCoach()
    {
        // The coach scores Sanne's call first.
        ReviewArea* review = openCallOf(QStringLiteral("karim"), QStringLiteral("Sanne"));
        QVERIFY(review);
        QTest::mouseClick(review->scorecard()->startButton(), Qt::LeftButton);
        QVERIFY(review->scorecard()->evaluation().has_value());
        QTest::keyClick(review->scorecard()->rows().first(), Qt::Key_0);
        QVERIFY(review->scorecard()->flush());

        m_window->switchPerson();
        review = openCallOf(QStringLiteral("sanne"), QStringLiteral("Sanne"));
        QVERIFY(review);
        ScorecardPanel* panel = review->scorecard();
        QVERIFY(!panel->evaluation().has_value());
        QVERIFY(panel->startButton()->text().contains(QLatin1String("self")));
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QVERIFY2(panel->evaluation().has_value(), qPrintable(panel->banner()->text()));
        QCOMPARE(panel->evaluation()->kind, core::EvaluationKind::Self);
        // Nothing of the coach's "no" shows.
        for (CriterionRow* row : panel->rows())
            QVERIFY(!row->answer().score.isAnswered());
    }

private:
    // Signs in as `handle` and opens the newest call of the agent whose
    // name starts with `agentName`.
    ReviewArea* openCallOf(const QString& handle, const QString& agentName)
    {
        if (m_window->signedInPerson() == std::nullopt ||
            m_window->signedInPerson()->handle != handle) {
            if (m_window->signedInPerson())
                m_window->switchPerson();
            if (!signInThroughScreen(*m_window, handle))
                return nullptr;
        }
        m_window->showArea(MainWindow::Area::Inbox);
        auto* table = child<QTableView>(m_window.get(), "inboxTable");
        if (!table)
            return nullptr;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (!table->model()->index(r, 0).data().toString().startsWith(agentName))
                continue;
            table->setFocus();
            table->selectRow(r);
            QTest::keyClick(table, Qt::Key_Return);
            if (m_window->currentArea() != MainWindow::Area::Review)
                return nullptr;
            return qobject_cast<ReviewArea*>(
                m_window->areaPage(MainWindow::Area::Review)->content());
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    QString m_template;
    std::unique_ptr<MainWindow> m_window;
};

COACHVAULT_TEST_MAIN(ReviewAreaScoresACall)
#include "ReviewAreaScoresACall.moc"
