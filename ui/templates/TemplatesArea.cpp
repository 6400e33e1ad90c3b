#include "ui/templates/TemplatesArea.h"

#include "core/rules/RulesEngine.h"
#include "ui/DisplayText.h"
#include "ui/FileDialog.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/templates/CriteriaDocument.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

enum Column
{
    Name,
    Version,
    Status,
    Published,
    Purposes,
    ColumnCount,
};

} // namespace

TemplatesArea::TemplatesArea(core::Vault& vault, core::Administration& admin, core::Person person,
                             QWidget* parent)
    : QWidget(parent)
    , m_person(std::move(person))
    , m_library(vault, admin)
{
    setObjectName(QStringLiteral("templatesArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& tip, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_import = button(tr("&Import…"),
                      tr("Read a scorecard from a JSON file (docs/templates.md); it becomes the "
                         "draft of its template"),
                      "importTemplateButton");
    m_publish = button(tr("&Publish…"),
                       tr("Make the selected draft final: it can then evaluate calls that take "
                          "place from now on, and can never be changed (R-ASSESS-1)"),
                       "publishTemplateButton");
    m_export = button(tr("&Export…"), tr("Write the selected version as a JSON file"),
                      "exportTemplateButton");
    m_pdf =
        button(tr("Save as &PDF…"), tr("The criteria as agents read them, to print or hand out"),
               "templatePdfButton");
    buttons->addStretch(1);
    layout->addLayout(buttons);
    using core::Action;
    m_import->setVisible(core::RulesEngine::roleAllows(m_person, Action::EditTemplate, nullptr));
    m_publish->setVisible(
        core::RulesEngine::roleAllows(m_person, Action::PublishTemplate, nullptr));

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, ColumnCount, split);
    m_table->setObjectName(QStringLiteral("templatesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Scorecard"), tr("Version"), tr("Status"), tr("Published"), tr("Purposes")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_preview = new QTextBrowser(split);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    split->addWidget(m_table);
    split->addWidget(m_preview);
    // The criteria are what people read: give them the larger part.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TemplatesArea::showSelected);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(
            this, tr("Import a scorecard"), QDir::homePath(), tr("Scorecards (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_publish, &QPushButton::clicked, this, &TemplatesArea::publishSelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const core::ScorecardTemplate* t = selected()) {
            const QString path = FileDialog::getSaveFileName(
                this, tr("Export the scorecard"),
                QDir::home().filePath(QStringLiteral("%1-v%2.json").arg(t->key).arg(t->version)),
                tr("Scorecards (*.json)"));
            if (!path.isEmpty())
                exportSelected(path);
        }
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (const core::ScorecardTemplate* t = selected()) {
            const QString path = FileDialog::getSaveFileName(
                this, tr("Save the criteria as PDF"),
                QDir::home().filePath(QStringLiteral("%1-v%2.pdf").arg(t->key).arg(t->version)),
                tr("PDF files (*.pdf)"));
            if (!path.isEmpty())
                savePdfOfSelected(path);
        }
    });
    reload();
}

void TemplatesArea::reload()
{
    const core::ScorecardTemplate* current = selected();
    const core::TemplateVersionId keep = current ? current->id : 0;
    auto versions = m_library.list(m_person);
    if (!versions) {
        m_banner->showMessage(versions.error().message, MessageBanner::Kind::Error);
        m_versions.clear();
    } else {
        m_versions = *versions;
    }
    m_table->setRowCount(int(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const core::ScorecardTemplate& t = m_versions.at(row);
        const auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, t.id);
            m_table->setItem(row, column, item);
        };
        set(Name, t.name);
        set(Version, QString::number(t.version));
        set(Status, t.isPublished() ? tr("published") : tr("draft"));
        set(Published, t.isPublished() ? DisplayText::localTime(t.publishedUtc) : QString());
        set(Purposes, DisplayText::purposes(t.purposes));
    }
    m_table->resizeColumnsToContents();
    if (!select(keep) && !m_versions.isEmpty())
        m_table->selectRow(int(m_versions.size()) - 1);
    showSelected();
}

bool TemplatesArea::select(core::TemplateVersionId id)
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const core::ScorecardTemplate* TemplatesArea::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

void TemplatesArea::showSelected()
{
    const core::ScorecardTemplate* t = selected();
    m_preview->setHtml(t ? CriteriaDocument::html(*t) : QString());
    m_publish->setEnabled(t && !t->isPublished());
    m_export->setEnabled(t);
    m_pdf->setEnabled(t);
}

void TemplatesArea::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(tr("%1 cannot be read: %2").arg(path, file.errorString()),
                              MessageBanner::Kind::Error);
        return;
    }
    auto content = core::ScorecardTemplate::fromJson(file.readAll());
    if (!content) {
        m_banner->showMessage(tr("%1: %2").arg(path, content.error().message),
                              MessageBanner::Kind::Error);
        return;
    }
    auto id = m_library.importDraft(m_person, *content);
    if (!id) {
        m_banner->showMessage(id.error().message, MessageBanner::Kind::Error);
        return;
    }
    reload();
    select(*id);
    m_banner->showMessage(
        tr("Imported as a draft of “%1”. Publish it to use it for calls from then on.")
            .arg(content->name),
        MessageBanner::Kind::Positive);
}

void TemplatesArea::publishSelected()
{
    const core::ScorecardTemplate* t = selected();
    if (!t || t->isPublished())
        return;
    const core::TemplateVersionId id = t->id;
    const auto answer = MessageBox::question(
        this, tr("Publish the scorecard"),
        tr("Publish version %1 of “%2” now? Agents can then read its criteria; it evaluates "
           "calls that take place from now on and can never be changed again.")
            .arg(t->version)
            .arg(t->name));
    if (answer != QMessageBox::Yes)
        return;
    auto published = m_library.publish(m_person, id);
    if (!published) {
        m_banner->showMessage(published.error().message, MessageBanner::Kind::Error);
        return;
    }
    reload();
    select(id);
    m_banner->showMessage(
        tr("Version %1 of “%2” is published.").arg(published->version).arg(published->name),
        MessageBanner::Kind::Positive);
}

void TemplatesArea::exportSelected(const QString& path)
{
    const core::ScorecardTemplate* t = selected();
    if (!t)
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(t->toJson()).toJson(QJsonDocument::Indented)) < 0) {
        m_banner->showMessage(tr("%1 cannot be written: %2").arg(path, file.errorString()),
                              MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("Exported to %1.").arg(path), MessageBanner::Kind::Positive);
}

void TemplatesArea::savePdfOfSelected(const QString& path)
{
    const core::ScorecardTemplate* t = selected();
    if (!t)
        return;
    if (auto written = CriteriaDocument::writePdf(*t, path); !written) {
        m_banner->showMessage(written.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(tr("The criteria are saved in %1.").arg(path),
                          MessageBanner::Kind::Positive);
}

} // namespace cv::ui
