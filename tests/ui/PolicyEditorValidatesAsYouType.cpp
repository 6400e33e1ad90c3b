// The policy editor validates as the user types, with the same check a
// policy file gets (Policy::fromJson): the first error names the field and
// the reason next to a disabled Save. Rules come on Save: a version without
// its own works-council consent is refused inline (R-POLICY-2); a valid one
// becomes the next version. Import refuses a bad file and changes nothing.

#include "core/vault/Vault.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/people/PeopleArea.h"
#include "ui/policy/PolicyEditorDialog.h"
#include "ui/policy/PolicyTab.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cv;
using namespace cv::test;
using ui::MainWindow;

class PolicyEditorValidatesAsYouType final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void invalidValueShowsFieldErrorAndDisablesSave_data();
    void invalidValueShowsFieldErrorAndDisablesSave();
    void versionWithoutConsentIsRefusedInline();
    void validSaveCreatesVersionTwo();
    void importRefusesABadFileAndKeepsTheForm();
    void exportWritesTheDocumentedFormat();

private:
    ui::PolicyEditorDialog* openEditor();

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    QString m_template;
    std::unique_ptr<MainWindow> m_window;
    ui::PolicyTab* m_tab = nullptr;
};

void PolicyEditorValidatesAsYouType::initTestCase()
{
    resetSettings();
    m_template = m_dir.filePath(QStringLiteral("template.cvault"));
    QVERIFY(createDemoCastVault(m_template, m_clock, m_keys));
}

void PolicyEditorValidatesAsYouType::init()
{
    m_window = openDemoCastCopy(m_template, m_clock, m_keys);
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Piet, privacy officer, may set the policy.
    QVERIFY(signInThroughScreen(*m_window, QStringLiteral("piet")));
    m_window->showArea(MainWindow::Area::PeopleAndPolicy);
    auto* area = qobject_cast<ui::PeopleArea*>(
        m_window->areaPage(MainWindow::Area::PeopleAndPolicy)->content());
    QVERIFY(area);
    m_tab = area->policyTab();
}

void PolicyEditorValidatesAsYouType::cleanup()
{
    m_tab = nullptr;
    m_window.reset();
}

ui::PolicyEditorDialog* PolicyEditorValidatesAsYouType::openEditor()
{
    QTest::mouseClick(child<QPushButton>(m_tab, "newPolicyVersionButton"), Qt::LeftButton);
    auto* editor = m_window->findChild<ui::PolicyEditorDialog*>();
    return editor && QTest::qWaitForWindowExposed(editor) ? editor : nullptr;
}

void PolicyEditorValidatesAsYouType::invalidValueShowsFieldErrorAndDisablesSave_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("errorNames");
    QTest::newRow("evaluation term 0")
        << QStringLiteral("policyEvaluationTerm") << QStringLiteral("0")
        << QStringLiteral("Evaluation term (days): must be a whole");
    QTest::newRow("evaluation term in words")
        << QStringLiteral("policyEvaluationTerm") << QStringLiteral("twee weken")
        << QStringLiteral("Evaluation term (days): must be a whole");
    QTest::newRow("calls per agent 1.5")
        << QStringLiteral("policyCalls_coaching") << QStringLiteral("1.5")
        << QStringLiteral("Calls per agent for coaching, training and guidance: must be a whole");
    QTest::newRow("date not ISO") << QStringLiteral("policyEffectiveFrom")
                                  << QStringLiteral("1-4-2026")
                                  << QStringLiteral("In force from: must be a date");
    QTest::newRow("no organisation") << QStringLiteral("policyOrganisationName") << QString()
                                     << QStringLiteral("Name: is required");
    QTest::newRow("lia missing for 6(1)(f)")
        << QStringLiteral("policyLia_coaching") << QString()
        << QStringLiteral("LIA reference for coaching, training and guidance: is required");
    QTest::newRow("private line not a number")
        << QStringLiteral("policyNewLines") << QStringLiteral("de buurvrouw")
        << QStringLiteral("Private lines: must be a telephone number");
}

void PolicyEditorValidatesAsYouType::invalidValueShowsFieldErrorAndDisablesSave()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, errorNames);
    ui::PolicyEditorDialog* editor = openEditor();
    QVERIFY(editor);
    auto* save = child<QPushButton>(editor, "policySaveButton");
    auto* error = child<QLabel>(editor, "policyError");
    QVERIFY(save->isEnabled());
    QVERIFY(error->text().isEmpty());

    QWidget* widget = editor->findChild<QWidget*>(field);
    QVERIFY(widget);
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
    }
    QTest::keyClicks(widget, typed);
    QVERIFY2(error->text().contains(errorNames), qPrintable(error->text()));
    QVERIFY(error->isVisible());
    QVERIFY(!save->isEnabled());
    QVERIFY(widget->property("invalid").toBool());
    QVERIFY(error->toolTip().startsWith(QStringLiteral("Policy field "))); // the core's words
    QVERIFY(!child<QPushButton>(editor, "policyExportButton")->isEnabled());
    editor->reject();
}

void PolicyEditorValidatesAsYouType::versionWithoutConsentIsRefusedInline()
{
    ui::PolicyEditorDialog* editor = openEditor();
    QVERIFY(editor);
    // A new version starts without consent: valid as a file, refused by the rules.
    QVERIFY(child<QLineEdit>(editor, "policyConsentOn")->text().isEmpty());
    auto* save = child<QPushButton>(editor, "policySaveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto* banner = child<ui::MessageBanner>(editor, "policyEditorBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("R-POLICY-2")), qPrintable(banner->text()));
    QVERIFY(editor->isVisible());
    QCOMPARE(child<QTableView>(m_tab, "policyHistoryTable")->model()->rowCount(), 1);
    editor->reject();
}

void PolicyEditorValidatesAsYouType::validSaveCreatesVersionTwo()
{
    ui::PolicyEditorDialog* editor = openEditor();
    QVERIFY(editor);
    QTest::keyClicks(child<QLineEdit>(editor, "policyConsentOn"), QStringLiteral("2024-02-20"));
    auto* term = child<QLineEdit>(editor, "policyEvaluationTerm");
    term->selectAll();
    QTest::keyClicks(term, QStringLiteral("21"));
    QTest::mouseClick(child<QPushButton>(editor, "policySaveButton"), Qt::LeftButton);
    QTRY_VERIFY(!editor->isVisible());

    auto* history = child<QTableView>(m_tab, "policyHistoryTable");
    QCOMPARE(history->model()->rowCount(), 2);
    QCOMPARE(history->model()->index(0, 0).data().toString(), QStringLiteral("2 (in force)"));
    QVERIFY(child<QLabel>(m_tab, "policyHeadline")->text().startsWith(QStringLiteral("Version 2")));
    const auto current = m_window->administration().currentPolicy(*m_window->signedInPerson());
    QVERIFY(current && *current);
    QCOMPARE((*current)->version, 2);
    QCOMPARE((*current)->evaluationTermDays, 21);
    QCOMPARE((*current)->worksCouncilConsentOn, QDate(2024, 2, 20));
    // The private line on record survived as its hash.
    QCOMPARE((*current)->privateLineHashes.size(), 1);
    QVERIFY(child<ui::MessageBanner>(m_tab, "policyBanner")->text().contains(QStringLiteral("2")));
}

void PolicyEditorValidatesAsYouType::importRefusesABadFileAndKeepsTheForm()
{
    ui::PolicyEditorDialog* editor = openEditor();
    QVERIFY(editor);
    const QString before = child<QLineEdit>(editor, "policyOrganisationName")->text();
    const QString path = m_dir.filePath(QStringLiteral("bad-policy.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "coachvault-policy", "formatVersion": 1,
                      "organisation": {"name": "X", "type": "private"},
                      "effectiveFrom": "2026-01-01", "purposes": [],
                      "evaluationTermDays": 14})");
    }
    ui::FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(editor, "policyImportButton"), Qt::LeftButton);
    auto* banner = child<ui::MessageBanner>(editor, "policyEditorBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("purposes: must enable at least one")),
             qPrintable(banner->text()));
    QCOMPARE(child<QLineEdit>(editor, "policyOrganisationName")->text(), before);

    // The documented example imports.
    ui::FileDialog::setNextFileName(
        QStringLiteral(COACHVAULT_SOURCE_DIR "/docs/examples/policy.json"));
    QTest::mouseClick(child<QPushButton>(editor, "policyImportButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(editor, "policyConsentOn")->text(), QStringLiteral("2025-12-10"));
    QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));
    QVERIFY(child<QPushButton>(editor, "policySaveButton")->isEnabled());
    editor->reject();
}

void PolicyEditorValidatesAsYouType::exportWritesTheDocumentedFormat()
{
    ui::PolicyEditorDialog* editor = openEditor();
    QVERIFY(editor);
    const QString path = m_dir.filePath(QStringLiteral("exported.json"));
    ui::FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(editor, "policyExportButton"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parsed = core::Policy::fromJson(file.readAll());
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->organisationName, child<QLineEdit>(editor, "policyOrganisationName")->text());
    editor->reject();
}

COACHVAULT_TEST_MAIN(PolicyEditorValidatesAsYouType)
#include "PolicyEditorValidatesAsYouType.moc"
