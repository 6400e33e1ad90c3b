#include "ui/mydata/MyDataArea.h"

#include "core/admin/Administration.h"
#include "core/feedback/SubjectExport.h"
#include "core/vault/Vault.h"
#include "ui/BusyCursor.h"
#include "ui/FileDialog.h"
#include "ui/MessageBanner.h"
#include "ui/mydata/SubjectDataView.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

// A folder that is not empty gets a new one inside it, never mixed files.
QString exportFolderIn(const QString& chosen, const core::Person& subject, const QDate& today)
{
    const QDir dir(chosen);
    if (dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return chosen;
    const QString base =
        QStringLiteral("CoachVault %1 %2").arg(subject.handle, today.toString(Qt::ISODate));
    QString name = base;
    for (int n = 2; dir.exists(name); ++n)
        name = base + QStringLiteral(" (%1)").arg(n);
    return dir.filePath(name);
}

} // namespace

MyDataArea::MyDataArea(core::Vault& vault, core::Administration& admin, core::Person person,
                       QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_admin(admin)
    , m_person(std::move(person))
{
    setObjectName(QStringLiteral("myDataArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto* top = new QHBoxLayout;
    auto* subjectLabel = new QLabel(tr("&Data about:"), this);
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("subjectChooser"));
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    subjectLabel->setBuddy(m_subject);
    m_subject->addItem(tr("%1 (you)").arg(m_person.displayName), m_person.id);
    m_subject->setEnabled(false); // others are listed when the area is first shown
    m_export = new QPushButton(tr("&Export data…"), this);
    m_export->setObjectName(QStringLiteral("exportSubjectData"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Write everything shown here, the audio still held and the "
                            "evaluation reports into a folder you choose (Ctrl+E)."));
    top->addWidget(subjectLabel);
    top->addWidget(m_subject);
    top->addStretch(1);
    top->addWidget(m_export);
    layout->addLayout(top);

    m_view = new SubjectDataView(this);
    layout->addWidget(m_view, 1);

    connect(m_subject, &QComboBox::activated, this, &MyDataArea::reload);
    connect(m_export, &QPushButton::clicked, this, &MyDataArea::exportData);
    connect(m_view, &SubjectDataView::openRecording, this, &MyDataArea::openRecording);
    connect(m_view, &SubjectDataView::openEvaluation, this, &MyDataArea::openEvaluation);
}

MyDataArea::~MyDataArea() = default;

core::PersonId MyDataArea::subject() const
{
    return m_subject->currentData().toLongLong();
}

void MyDataArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    listSubjects();
    reload();
}

void MyDataArea::listSubjects()
{
    // A privacy officer answers access requests for anyone (R-ACCESS-1).
    // Listed once, when first shown: listing people is itself audited.
    if (m_subjectsListed || !m_person.hasRole(core::Role::PrivacyOfficer))
        return;
    m_subjectsListed = true;
    if (auto people = m_admin.listPersons(m_person)) {
        for (const core::Person& p : *people)
            if (p.id != m_person.id)
                m_subject->addItem(p.displayName, p.id);
    }
    m_subject->setEnabled(m_subject->count() > 1);
}

void MyDataArea::reload()
{
    core::SubjectExport exporter(m_vault, m_admin);
    auto collected = exporter.collect(m_person, subject());
    if (!collected) {
        m_view->clear();
        m_banner->showMessage(collected.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_view->display(*collected);
}

QString MyDataArea::exportData()
{
    const QString chosen =
        FileDialog::getExistingDirectory(this, tr("Export data to folder"), QDir::homePath());
    if (chosen.isEmpty())
        return {};
    auto subjectPerson = m_admin.persons().find(subject());
    const core::Person who = subjectPerson ? *subjectPerson : m_person;
    const QString folder = exportFolderIn(chosen, who, m_vault.clock().nowUtc().date());
    core::SubjectExport exporter(m_vault, m_admin);
    core::Result<core::SubjectExportResult> written = [&] {
        BusyCursor busy;
        return exporter.write(m_person, who.id, folder);
    }();
    if (!written) {
        m_banner->showMessage(tr("Nothing was exported: %1").arg(written.error().message),
                              MessageBanner::Kind::Error);
        return {};
    }
    m_banner->showMessage(
        tr("Exported to %1: %2").arg(QDir::toNativeSeparators(folder), written->summary()),
        MessageBanner::Kind::Positive);
    reload(); // the export itself is now in the audit trail
    return folder;
}

} // namespace cv::ui
