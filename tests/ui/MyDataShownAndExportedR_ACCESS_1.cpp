// "My data" (R-ACCESS-1, R-AUTH-2) driven through its widgets on the demo
// vault: signed in, sanne sees the recordings held about her, karim's
// evaluation of one of them, who accessed her data, who may monitor her and
// the policy with its frequency; a recording opens in the Review area, the
// evaluation in the Feedback area. "Export data" writes a folder with the
// overview, the JSON and her audio, and nothing about tom. Only a privacy
// officer may choose another person, and exports tom's data the same way.
//
// With COACHVAULT_SCREENSHOT_DIR set it writes my-data.png there.

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
#include "ui/mydata/MyDataArea.h"
#include "ui/mydata/SubjectDataView.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cv;
using namespace cv::test;
using ui::MainWindow;
using ui::MyDataArea;

class MyDataShownAndExportedR_ACCESS_1 final : public QObject
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
        QVERIFY(prepare(*vault));
    }

    void agentSeesAndExportsHerOwnData()
    {
        auto window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(window);
        window->resize(1280, 800);
        QVERIFY(signInThroughScreen(*window, QStringLiteral("sanne")));
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_9));
        QCOMPARE(window->currentArea(), MainWindow::Area::MyData);
        auto* area =
            qobject_cast<MyDataArea*>(window->areaPage(MainWindow::Area::MyData)->content());
        QVERIFY(area);
        QVERIFY(!area->subjectChooser()->isEnabled()); // only herself
        ui::SubjectDataView* view = area->view();
        QCOMPARE(view->recordings()->topLevelItemCount(), m_sanneCalls);
        QCOMPARE(view->evaluations()->topLevelItemCount(), 1);
        QVERIFY(view->evaluations()->topLevelItem(0)->text(2).contains(QStringLiteral("Karim")));
        QVERIFY(view->access()->topLevelItemCount() > 0);
        bool karimAuthorised = false;
        for (int i = 0; i < view->authorised()->topLevelItemCount(); ++i)
            karimAuthorised |=
                view->authorised()->topLevelItem(i)->text(0).startsWith(QStringLiteral("Karim"));
        QVERIFY(karimAuthorised);
        QVERIFY2(view->policy()->text().contains(QStringLiteral("per agent")),
                 qPrintable(view->policy()->text()));
        view->setCurrentIndex(1);
        saveScreenshot(*window, QStringLiteral("my-data"));

        // Export: the folder she chose is empty, so the export fills it.
        QTemporaryDir out;
        ui::FileDialog::setNextFileName(out.path());
        QTest::mouseClick(area->exportButton(), Qt::LeftButton);
        QVERIFY2(area->banner()->text().startsWith(QStringLiteral("Exported")),
                 qPrintable(area->banner()->text()));
        QDir folder(out.path());
        QVERIFY(folder.exists(QStringLiteral("overview.html")));
        QFile json(folder.filePath(QStringLiteral("data.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        const QJsonObject data = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(data.value(QStringLiteral("recordings")).toArray().size(), m_sanneCalls);
        QCOMPARE(QDir(folder.filePath(QStringLiteral("audio"))).entryList(QDir::Files).size(),
                 m_sanneCalls);
        QVERIFY(!bytes.contains("Tom Hendriks"));
        QVERIFY(!bytes.contains("\"tom\""));
        // The export is itself in the audit trail, and shown.
        QVERIFY(bytes.size() > 0);
        bool exportListed = false;
        for (int i = 0; i < view->access()->topLevelItemCount(); ++i)
            exportListed |=
                view->access()->topLevelItem(i)->text(2) == QLatin1String("subject.export");
        QVERIFY(exportListed);
        // A second export into the same (now full) folder goes into a new one inside it.
        ui::FileDialog::setNextFileName(out.path());
        const QString second = area->exportData();
        QVERIFY(second.startsWith(out.path() + QLatin1Char('/')));
        QVERIFY(QFileInfo::exists(second + QStringLiteral("/data.json")));

        // Her recording opens in the Review area, the evaluation in the Feedback area.
        QTreeWidget* recordings = view->recordings();
        Q_EMIT recordings->itemActivated(recordings->topLevelItem(0), 0);
        QCOMPARE(window->currentArea(), MainWindow::Area::Review);
        window->showArea(MainWindow::Area::MyData);
        Q_EMIT view->evaluations()->itemActivated(view->evaluations()->topLevelItem(0), 0);
        QCOMPARE(window->currentArea(), MainWindow::Area::Feedback);
    }

    void privacyOfficerExportsAnyone()
    {
        auto window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(window);
        QVERIFY(signInThroughScreen(*window, QStringLiteral("piet")));
        window->showArea(MainWindow::Area::MyData);
        auto* area =
            qobject_cast<MyDataArea*>(window->areaPage(MainWindow::Area::MyData)->content());
        QComboBox* chooser = area->subjectChooser();
        QVERIFY(chooser->isEnabled());
        const int tom = chooser->findText(QStringLiteral("Tom Hendriks"));
        QVERIFY(tom > 0);
        chooser->setCurrentIndex(tom);
        Q_EMIT chooser->activated(tom);
        QCOMPARE(area->view()->recordings()->topLevelItemCount(), m_tomCalls);
        QTemporaryDir out;
        ui::FileDialog::setNextFileName(out.path());
        QVERIFY(!area->exportData().isEmpty());
        QFile json(QDir(out.path()).filePath(QStringLiteral("data.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        QVERIFY(bytes.contains("Tom Hendriks"));
        QVERIFY(!bytes.contains("Sanne de Vries"));
    }

    void othersChooseNobodyElse()
    {
        auto window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(window);
        QVERIFY(signInThroughScreen(*window, QStringLiteral("karim")));
        auto* area =
            qobject_cast<MyDataArea*>(window->areaPage(MainWindow::Area::MyData)->content());
        QCOMPARE(area->subjectChooser()->count(), 1);
        QVERIFY(!area->subjectChooser()->isEnabled());
    }

private:
    // karim submits an evaluation of one of sanne's coaching calls.
    bool prepare(core::Vault& vault)
    {
        core::Administration admin(vault);
        const auto karim = admin.persons().findByHandle(QStringLiteral("karim"));
        const auto sanne = admin.persons().findByHandle(QStringLiteral("sanne"));
        const auto tom = admin.persons().findByHandle(QStringLiteral("tom"));
        if (!karim || !sanne || !tom)
            return false;
        std::optional<core::Recording> call;
        for (const core::Recording& r : core::RecordingStore(vault).all()) {
            if (r.agent == sanne->id) {
                ++m_sanneCalls;
                if (r.purpose == core::Purpose::Coaching)
                    call = r;
            } else if (r.agent == tom->id) {
                ++m_tomCalls;
            }
        }
        if (!call || m_tomCalls == 0)
            return false;
        const auto usable = core::TemplateStore(vault).usableFor(call->purpose, call->callStartUtc);
        if (usable.isEmpty())
            return false;
        QHash<QString, core::CriterionAnswer> answers;
        for (const core::Criterion* c : usable.first().allCriteria())
            answers.insert(c->id, {core::CriterionScore::of(c->scale.maximum()), {}});
        core::EvaluationDesk desk(vault, admin);
        auto coach = desk.record(*karim, call->id, usable.first().id, core::EvaluationKind::Coach,
                                 answers, {}, true);
        if (!coach)
            qWarning("%s", qPrintable(coach.error().message));
        return bool(coach);
    }

    QTemporaryDir m_dir;
    core::SystemClock m_clock;
    MemoryKeyStore m_keys;
    QString m_template;
    int m_sanneCalls = 0;
    int m_tomCalls = 0;
};

COACHVAULT_TEST_MAIN(MyDataShownAndExportedR_ACCESS_1)
#include "MyDataShownAndExportedR_ACCESS_1.moc"
