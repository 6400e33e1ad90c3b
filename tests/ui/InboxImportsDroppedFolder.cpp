// The Inbox as each role meets it. A coach drops a folder of exported calls
// on it: the calls the rules allow come in and are listed, and the report
// names every file with what happened (a refusal with its rule ID, a failure
// with its reason). Ctrl+I imports through the (pre-answered) file chooser,
// and Cancel stops before the next call. An agent sees only their own
// recordings and is offered no import at all.
//
// With COACHVAULT_SCREENSHOT_DIR set it also writes inbox-*.png there.

#include "core/import/ImportBatch.h"
#include "core/recordings/RecordingStore.h"
#include "tests/support/AudioFixtures.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/DisplayText.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/UiSettings.h"
#include "ui/inbox/ImportProgressDialog.h"
#include "ui/inbox/ImportSummaryDialog.h"
#include "ui/inbox/InboxArea.h"
#include "ui/inbox/RecordingSortFilter.h"
#include "ui/inbox/RecordingTableModel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <sndfile.h>

using namespace cv;
using namespace cv::test;
using ui::ImportSummaryDialog;
using ui::InboxArea;
using ui::MainWindow;
using ui::RecordingTableModel;

class InboxImportsDroppedFolder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void coachImportsADroppedFolder();
    void ctrlIImportsAndCancelStopsBeforeTheNextCall();
    void agentSeesOwnRecordingsAndNoImport();

private:
    InboxArea* openAs(const QString& handle);
    void writeFile(const QString& relative, const QByteArray& bytes);
    void shoot(QWidget& widget, const char* name);

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    QString m_template;
    QString m_calls; // the exported folder
    std::unique_ptr<MainWindow> m_window;
};

void InboxImportsDroppedFolder::writeFile(const QString& relative, const QByteArray& bytes)
{
    const QString path = QDir(m_calls).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void InboxImportsDroppedFolder::initTestCase()
{
    resetSettings();
    ui::Theme::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    m_template = m_dir.filePath(QStringLiteral("template.cvault"));
    QVERIFY(createDemoCastVault(m_template, m_clock, m_keys, core::DemoCalls::Leave));

    // An export of five calls from the week before fixedNow(): three the
    // rules allow, one of Joost (never informed: R-INFO-1), one damaged; and
    // a recording no manifest mentions.
    m_calls = m_dir.filePath(QStringLiteral("export-week-9"));
    const auto tone = [](double seconds) {
        return encode(SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 2, seconds);
    };
    writeFile(QStringLiteral("2024-02-26-0915.wav"), tone(4.0));
    writeFile(QStringLiteral("2024-02-27-1402.wav"), tone(7.5));
    writeFile(QStringLiteral("2024-02-28-1033.wav"), tone(3.0));
    writeFile(QStringLiteral("2024-02-29-1610.wav"), tone(5.0));
    writeFile(QStringLiteral("2024-03-01-0847.wav"), QByteArray("RIFF\0\0\0\0WAVEjunk", 16));
    writeFile(QStringLiteral("unsorted/2024-03-01-1120.wav"), tone(2.0));
    writeFile(
        QStringLiteral("manifest.csv"),
        "file,agent,callStart,direction,queue,recordingNotice,private,agentChannel\n"
        "2024-02-26-0915.wav,sanne,2024-02-26T09:15:00+01:00,inbound,Burgerzaken,yes,no,left\n"
        "2024-02-27-1402.wav,tom,2024-02-27T14:02:00+01:00,outbound,Belastingen,yes,no,left\n"
        "2024-02-28-1033.wav,fatima,2024-02-28T10:33:00+01:00,inbound,Parkeren,yes,no,right\n"
        "2024-02-29-1610.wav,joost,2024-02-29T16:10:00+01:00,inbound,Burgerzaken,yes,no,left\n"
        "2024-03-01-0847.wav,sanne,2024-03-01T08:47:00+01:00,inbound,Burgerzaken,yes,no,left\n");
}

void InboxImportsDroppedFolder::init()
{
    ui::UiSettings::setImportPurpose(QString());
    m_window = openDemoCastCopy(m_template, m_clock, m_keys);
    QVERIFY(m_window);
    m_window->resize(1200, 720);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void InboxImportsDroppedFolder::cleanup()
{
    m_window.reset();
}

InboxArea* InboxImportsDroppedFolder::openAs(const QString& handle)
{
    if (!signInThroughScreen(*m_window, handle))
        return nullptr;
    if (m_window->currentArea() != MainWindow::Area::Inbox)
        return nullptr;
    return qobject_cast<InboxArea*>(m_window->areaPage(MainWindow::Area::Inbox)->content());
}

void InboxImportsDroppedFolder::shoot(QWidget& widget, const char* name)
{
    const QString dir = qEnvironmentVariable("COACHVAULT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    const QString file =
        QDir(dir).filePath(QStringLiteral("inbox-%1.png").arg(QString::fromLatin1(name)));
    QVERIFY2(widget.grab().save(file), qPrintable(file));
}

void InboxImportsDroppedFolder::coachImportsADroppedFolder()
{
    InboxArea* area = openAs(QStringLiteral("karim"));
    QVERIFY(area);
    QVERIFY(area->canImport());
    QCOMPARE(area->model()->rowCount(), 0);
    auto* empty = child<QLabel>(area, "inboxEmptyState");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("manifest")));
    QVERIFY(child<QPushButton>(area, "importFilesButton")->isVisible());
    QVERIFY(child<QPushButton>(area, "importFolderButton")->isVisible());
    QCOMPARE(area->importPurpose(), core::Purpose::Coaching);
    shoot(*m_window, "empty");

    // Drag the folder in, with a web link that must be left out.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_calls), QUrl(QStringLiteral("https://example.org/x.wav"))});
    const QPoint centre = area->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &enter);
    QVERIFY(enter.isAccepted());
    auto* hint = child<QLabel>(area, "inboxDropHint");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("coaching")));
    shoot(*m_window, "drop-hint");
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(!hint->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(area->lastReport() && area->lastReport()->isVisible(), 20000);
    ImportSummaryDialog* report = area->lastReport();
    QVERIFY(!area->isImporting());
    QVERIFY(!m_window->findChild<ui::ImportProgressDialog*>());

    // The table: three new recordings, newest call first.
    QCOMPARE(area->model()->rowCount(), 3);
    QVERIFY(area->table()->isVisible());
    QVERIFY(!empty->isVisible());
    QCOMPARE(core::RecordingStore(m_window->vault()).count(), 3);
    QSortFilterProxyModel* proxy = area->proxy();
    const auto cell = [&](int row, int column) {
        return proxy->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, RecordingTableModel::Agent), QStringLiteral("Fatima Yilmaz"));
    QCOMPARE(cell(1, RecordingTableModel::Agent), QStringLiteral("Tom Hendriks"));
    QCOMPARE(cell(2, RecordingTableModel::Agent), QStringLiteral("Sanne de Vries"));
    // 7.5 s: whole seconds, as the player's clock shows it.
    QCOMPARE(cell(1, RecordingTableModel::Duration), QStringLiteral("0:07"));
    QCOMPARE(cell(1, RecordingTableModel::Direction), QStringLiteral("Outbound"));
    QCOMPARE(cell(1, RecordingTableModel::Queue), QStringLiteral("Belastingen"));
    QCOMPARE(cell(1, RecordingTableModel::Purpose), QStringLiteral("Coaching"));
    QCOMPARE(cell(2, RecordingTableModel::CallStart),
             ui::DisplayText::localTime(QDateTime(QDate(2024, 2, 26), QTime(8, 15), Qt::UTC)));
    QCOMPARE(child<QLabel>(area, "inboxCount")->text(), QStringLiteral("3 recordings"));

    // The report: every file, with what happened and why.
    QTableWidget* rows = report->table();
    QCOMPARE(rows->rowCount(), 6);
    QMap<QString, QStringList> byFile;
    for (int row = 0; row < rows->rowCount(); ++row)
        byFile.insert(rows->item(row, ImportSummaryDialog::File)->text(),
                      {rows->item(row, ImportSummaryDialog::Result)->text(),
                       rows->item(row, ImportSummaryDialog::Rule)->text(),
                       rows->item(row, ImportSummaryDialog::Reason)->text()});
    QCOMPARE(byFile.value(QStringLiteral("2024-02-26-0915.wav")).first(),
             QStringLiteral("Imported"));
    const QStringList refused = byFile.value(QStringLiteral("2024-02-29-1610.wav"));
    QCOMPARE(refused.value(0), QStringLiteral("Refused"));
    QCOMPARE(refused.value(1), QStringLiteral("R-INFO-1"));
    QVERIFY2(refused.value(2).contains(QStringLiteral("Joost Smit")), qPrintable(refused.value(2)));
    const QStringList damaged = byFile.value(QStringLiteral("2024-03-01-0847.wav"));
    QCOMPARE(damaged.value(0), QStringLiteral("Failed"));
    QVERIFY(!damaged.value(2).isEmpty());
    const QStringList orphan = byFile.value(QStringLiteral("2024-03-01-1120.wav"));
    QCOMPARE(orphan.value(0), QStringLiteral("Failed"));
    QVERIFY2(orphan.value(2).startsWith(QStringLiteral("No manifest entry for this audio file")),
             qPrintable(orphan.value(2)));
    QCOMPARE(child<QLabel>(report, "importSummaryHeadline")->text(),
             QStringLiteral("3 calls imported for coaching, training and guidance, 1 refused by "
                            "the rules, 2 failed."));
    QTest::mouseClick(child<QPushButton>(report, "importSummaryCopyButton"), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Refused\t") + m_calls +
                             QStringLiteral("/2024-02-29-1610.wav\tR-INFO-1\tR-INFO-1: ")),
             qPrintable(copied));
    QCOMPARE(copied.count(QLatin1Char('\n')), 7);
    shoot(*report, "report");
    report->close();
    shoot(*m_window, "list");

    // Sort by agent (text, from formatted rows) and back to the newest call first.
    area->table()->sortByColumn(RecordingTableModel::Agent, Qt::AscendingOrder);
    QCOMPARE(cell(0, RecordingTableModel::Agent), QStringLiteral("Fatima Yilmaz"));
    QCOMPARE(cell(1, RecordingTableModel::Agent), QStringLiteral("Sanne de Vries"));
    QCOMPARE(cell(2, RecordingTableModel::Agent), QStringLiteral("Tom Hendriks"));
    area->table()->sortByColumn(RecordingTableModel::CallStart, Qt::DescendingOrder);
    QCOMPARE(cell(0, RecordingTableModel::Agent), QStringLiteral("Fatima Yilmaz"));
    QCOMPARE(cell(1, RecordingTableModel::Agent), QStringLiteral("Tom Hendriks"));

    // Filter (case-insensitively, in any column) and open.
    QTest::keyClicks(child<QLineEdit>(area, "inboxFilter"), QStringLiteral("belasting"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(child<QLabel>(area, "inboxCount")->text(), QStringLiteral("1 of 3 recordings"));
    QSignalSpy opened(area, &InboxArea::openRecording);
    area->table()->setFocus();
    area->table()->setCurrentIndex(proxy->index(0, 0));
    QTest::keyClick(area->table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    const auto tom = m_window->administration().persons().findByHandle(QStringLiteral("tom"));
    const auto stored = core::RecordingStore(m_window->vault())
                            .find(opened.first().first().value<core::RecordingId>());
    QVERIFY(stored);
    QCOMPARE(stored->agent, tom->id);

    // Opening a call shows it in the Review area.
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Review);
    m_window->showArea(MainWindow::Area::Inbox);

    // The same folder again: nothing new, each call a duplicate.
    area->importPaths({m_calls});
    QTRY_VERIFY_WITH_TIMEOUT(area->lastReport() && area->lastReport()->isVisible(), 20000);
    QCOMPARE(area->model()->rowCount(), 3);
    QVERIFY(child<QLabel>(area->lastReport(), "importSummaryHeadline")
                ->text()
                .startsWith(QStringLiteral("0 calls imported")));
}

void InboxImportsDroppedFolder::ctrlIImportsAndCancelStopsBeforeTheNextCall()
{
    InboxArea* area = openAs(QStringLiteral("linda")); // authorised for coaching and quality
    QVERIFY(area);
    // The purpose chosen is remembered for the next import.
    auto* purpose = child<QComboBox>(area, "importPurposeCombo");
    purpose->setCurrentIndex(purpose->findData(QStringLiteral("quality")));
    QCOMPARE(ui::UiSettings::importPurpose(), QStringLiteral("quality"));

    // Cancel once the second call is under way.
    QTimer canceller;
    canceller.setInterval(0);
    connect(&canceller, &QTimer::timeout, this, [&] {
        auto* dialog = m_window->findChild<ui::ImportProgressDialog*>();
        auto* heading =
            dialog ? dialog->findChild<QLabel*>(QStringLiteral("importProgressHeading")) : nullptr;
        if (heading && heading->text().startsWith(QStringLiteral("Importing call 2 of 5"))) {
            shoot(*dialog, "progress");
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
            canceller.stop();
        }
    });
    canceller.start();
    ui::FileDialog::setNextFileName(QDir(m_calls).filePath(QStringLiteral("manifest.csv")));
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(area->lastReport() && area->lastReport()->isVisible(), 20000);
    QVERIFY(!canceller.isActive());

    QCOMPARE(area->model()->rowCount(), 1);
    QCOMPARE(area->proxy()->index(0, RecordingTableModel::Purpose).data().toString(),
             QStringLiteral("Quality"));
    QTableWidget* rows = area->lastReport()->table();
    QCOMPARE(rows->rowCount(), 5);
    QCOMPARE(rows->item(0, ImportSummaryDialog::Result)->text(), QStringLiteral("Imported"));
    for (int row = 1; row < 5; ++row)
        QCOMPARE(rows->item(row, ImportSummaryDialog::Result)->text(),
                 QStringLiteral("Not imported"));
    QCOMPARE(ui::UiSettings::lastImportFolder(), m_calls);
}

void InboxImportsDroppedFolder::agentSeesOwnRecordingsAndNoImport()
{
    // Karim imports the export through the core first.
    {
        core::Administration& admin = m_window->administration();
        const auto karim = admin.persons().findByHandle(QStringLiteral("karim"));
        QVERIFY(karim);
        const auto summary =
            core::ImportBatch(m_window->vault(), admin)
                .run(*karim, core::ImportDiscovery::discover({m_calls}), core::Purpose::Coaching);
        QCOMPARE(summary.imported, 3);
    }
    InboxArea* area = openAs(QStringLiteral("sanne"));
    QVERIFY(area);
    QVERIFY(!area->canImport());
    QVERIFY(!area->importFilesAction());
    QVERIFY(!area->importFolderAction());
    QVERIFY(!area->findChild<QPushButton*>(QStringLiteral("importFilesButton")));
    QVERIFY(!area->findChild<QComboBox*>(QStringLiteral("importPurposeCombo")));
    QVERIFY(!area->acceptDrops());
    QCOMPARE(area->model()->rowCount(), 1);
    QCOMPARE(area->proxy()->index(0, RecordingTableModel::Agent).data().toString(),
             QStringLiteral("Sanne de Vries"));

    // Ctrl+I and a drop do nothing.
    ui::FileDialog::setNextFileName(m_calls);
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_calls)});
    QDragEnterEvent enter(area->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(area, &enter);
    QVERIFY(!enter.isAccepted());
    QTest::qWait(50);
    QVERIFY(!area->lastReport());
    QCOMPARE(core::RecordingStore(m_window->vault()).count(), 3);
    shoot(*m_window, "agent");
}

COACHVAULT_TEST_MAIN(InboxImportsDroppedFolder)
#include "InboxImportsDroppedFolder.moc"
