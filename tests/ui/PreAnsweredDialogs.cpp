// The dialog seams: a pre-answered MessageBox or FileDialog returns its
// answer without showing anything, so widget tests never block on a modal.

#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace cv;

class PreAnsweredDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageBoxAnswersWithoutShowing_data();
    void messageBoxAnswersWithoutShowing();
    void answerIsUsedOnce();
    void fileDialogAnswersWithoutShowing();

private:
    static int visibleTopLevels();
};

int PreAnsweredDialogs::visibleTopLevels()
{
    int count = 0;
    const auto widgets = QApplication::topLevelWidgets();
    for (const QWidget* widget : widgets)
        count += widget->isVisible() ? 1 : 0;
    return count;
}

void PreAnsweredDialogs::messageBoxAnswersWithoutShowing_data()
{
    QTest::addColumn<int>("answer");
    QTest::newRow("Yes") << int(QMessageBox::Yes);
    QTest::newRow("No") << int(QMessageBox::No);
    QTest::newRow("Cancel") << int(QMessageBox::Cancel);
}

void PreAnsweredDialogs::messageBoxAnswersWithoutShowing()
{
    QFETCH(int, answer);
    ui::MessageBox::setNextAnswer(ui::MessageBox::Button(answer));
    const auto given = ui::MessageBox::question(nullptr, QStringLiteral("Title"),
                                                QStringLiteral("Delete the draft?"));
    QCOMPARE(int(given), answer);
    QCOMPARE(ui::MessageBox::lastText(), QStringLiteral("Delete the draft?"));
    QCOMPARE(visibleTopLevels(), 0);
}

void PreAnsweredDialogs::answerIsUsedOnce()
{
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(ui::MessageBox::warning(nullptr, QStringLiteral("T"), QStringLiteral("first")),
             QMessageBox::Ok);
    // The next one is shown: answer it by clicking, from the event loop.
    QTimer answerer;
    answerer.setInterval(20);
    connect(&answerer, &QTimer::timeout, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->isVisible())
            box->button(QMessageBox::Ok)->click();
    });
    answerer.start();
    QCOMPARE(ui::MessageBox::information(nullptr, QStringLiteral("T"), QStringLiteral("second")),
             QMessageBox::Ok);
    QCOMPARE(ui::MessageBox::lastText(), QStringLiteral("second"));
}

void PreAnsweredDialogs::fileDialogAnswersWithoutShowing()
{
    ui::FileDialog::setNextFileName(QStringLiteral("/tmp/chosen.cvault"));
    QCOMPARE(ui::FileDialog::getOpenFileName(nullptr, QString(), QString(), QString()),
             QStringLiteral("/tmp/chosen.cvault"));
    ui::FileDialog::setNextFileName(QString()); // the user cancels
    QCOMPARE(ui::FileDialog::getSaveFileName(nullptr, QString(), QString(), QString()), QString());
    QCOMPARE(visibleTopLevels(), 0);
}

COACHVAULT_TEST_MAIN(PreAnsweredDialogs)
#include "PreAnsweredDialogs.moc"
