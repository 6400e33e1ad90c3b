// The Templates area on the demo vault: a manager imports a scorecard file
// as a draft, a bad file is refused naming the field, publishing asks first
// and then freezes the version (R-ASSESS-1) with its date; the export reads
// back as the same scorecard; the criteria print to a PDF whose text
// (pdftotext) holds every criterion, the publication and the rule. An agent
// cannot import or publish but can print the published criteria.

#include "core/scoring/ScorecardTemplate.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestMain.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AreaPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/templates/TemplatesArea.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cv;
using namespace cv::test;
using ui::MainWindow;
using ui::TemplatesArea;

class TemplatesAreaPublishesAndPrints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        resetSettings();
        m_template = m_dir.filePath(QStringLiteral("template.cvault"));
        QVERIFY(createDemoCastVault(m_template, m_clock, m_keys, core::DemoCalls::Leave));
        m_window = openDemoCastCopy(m_template, m_clock, m_keys);
        QVERIFY(m_window);
        m_window->resize(1280, 800);
    }

    void managerImportsAndPublishes()
    {
        TemplatesArea* area = areaAs(QStringLiteral("mieke"));
        QVERIFY(area);
        const int before = area->table()->rowCount();
        QCOMPARE(before, 1); // the demo scorecard, published

        // A bad file: refused, naming the field; nothing added.
        QJsonObject json = exampleJson();
        QJsonObject broken = json;
        broken.insert(QStringLiteral("sections"), QStringLiteral("none"));
        area->importFile(write(QStringLiteral("broken.json"), broken));
        QVERIFY2(area->banner()->text().contains(QLatin1String("sections")),
                 qPrintable(area->banner()->text()));
        QCOMPARE(area->table()->rowCount(), before);

        // A new scorecard: a draft.
        json.insert(QStringLiteral("key"), QStringLiteral("kcc-chat"));
        json.insert(QStringLiteral("name"), QStringLiteral("KCC Chat"));
        area->importFile(write(QStringLiteral("chat.json"), json));
        QCOMPARE(area->table()->rowCount(), before + 1);
        const int row = area->table()->currentRow();
        QCOMPARE(area->table()->item(row, 0)->text(), QStringLiteral("KCC Chat"));
        QCOMPARE(area->table()->item(row, 2)->text(), QStringLiteral("draft"));
        QVERIFY(area->publishButton()->isEnabled());

        // Publishing asks; "No" changes nothing.
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(area->publishButton(), Qt::LeftButton);
        QCOMPARE(area->table()->item(area->table()->currentRow(), 2)->text(),
                 QStringLiteral("draft"));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(area->publishButton(), Qt::LeftButton);
        const int published = area->table()->currentRow();
        QCOMPARE(area->table()->item(published, 2)->text(), QStringLiteral("published"));
        QVERIFY(!area->table()->item(published, 3)->text().isEmpty());
        QVERIFY(!area->publishButton()->isEnabled()); // frozen (R-ASSESS-1)
        QVERIFY(area->preview()->toPlainText().contains(QLatin1String("published on")));

        // The export reads back as the same content.
        const QString exported = m_dir.filePath(QStringLiteral("export.json"));
        area->exportSelected(exported);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto back = core::ScorecardTemplate::fromJson(file.readAll());
        QVERIFY(back);
        const auto original = core::ScorecardTemplate::fromJson(QJsonDocument(json).toJson());
        QVERIFY(original);
        QCOMPARE(back->key, QStringLiteral("kcc-chat"));
        // The same content, once both are written the one canonical way.
        QCOMPARE(back->toJson().value(QLatin1String("sections")),
                 original->toJson().value(QLatin1String("sections")));

        // The PDF holds every criterion, the publication and the rule.
        const QString text = pdfText(area, QStringLiteral("manager.pdf"));
        const QString flat = text.simplified();
        for (const QJsonValue& section : json.value(QLatin1String("sections")).toArray())
            for (const QJsonValue& c :
                 section.toObject().value(QLatin1String("criteria")).toArray()) {
                const QString title = c.toObject().value(QLatin1String("title")).toString();
                // A row may break across pages (its end after the next
                // page's header), so: the title's start, and each word.
                const QStringList words = title.split(QLatin1Char(' '));
                QVERIFY2(flat.contains(words.mid(0, 2).join(QLatin1Char(' '))), qPrintable(title));
                for (const QString& word : words)
                    QVERIFY2(flat.contains(word), qPrintable(title));
            }
        QVERIFY(text.contains(QLatin1String("published on")));
        QVERIFY(text.contains(QLatin1String("R-ASSESS-1")));
    }

    void agentPrintsButCannotChange()
    {
        TemplatesArea* area = areaAs(QStringLiteral("sanne"));
        QVERIFY(area);
        QVERIFY(!child<QPushButton>(area, "importTemplateButton")->isVisible());
        QVERIFY(!area->publishButton()->isVisible());
        QVERIFY(area->table()->rowCount() >= 1);
        area->table()->selectRow(0);
        QVERIFY(pdfText(area, QStringLiteral("agent.pdf")).contains(QLatin1String("R-ASSESS-1")));
    }

private:
    TemplatesArea* areaAs(const QString& handle)
    {
        if (m_window->signedInPerson())
            m_window->switchPerson();
        if (!signInThroughScreen(*m_window, handle))
            return nullptr;
        m_window->showArea(MainWindow::Area::Templates);
        return qobject_cast<TemplatesArea*>(
            m_window->areaPage(MainWindow::Area::Templates)->content());
    }

    static QJsonObject exampleJson()
    {
        QFile file(QStringLiteral(":/demo/template.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QString write(const QString& name, const QJsonObject& json)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(json).toJson());
        return path;
    }

    QString pdfText(TemplatesArea* area, const QString& name)
    {
        const QString pdf = m_dir.filePath(name);
        area->savePdfOfSelected(pdf);
        if (!QFile::exists(pdf))
            return {};
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000))
            return {};
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }

    QTemporaryDir m_dir;
    core::ManualClock m_clock{fixedNow()};
    MemoryKeyStore m_keys;
    QString m_template;
    std::unique_ptr<MainWindow> m_window;
};

COACHVAULT_TEST_MAIN(TemplatesAreaPublishesAndPrints)
#include "TemplatesAreaPublishesAndPrints.moc"
