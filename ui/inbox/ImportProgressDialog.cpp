#include "ui/inbox/ImportProgressDialog.h"

#include "ui/Theme.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

constexpr int kBarSteps = 1000;

} // namespace

ImportProgressDialog::ImportProgressDialog(QWidget* parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_file(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("importProgressDialog"));
    setWindowTitle(tr("Importing calls"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(460);
    m_heading->setObjectName(QStringLiteral("importProgressHeading"));
    Theme::setRole(*m_heading, "heading");
    m_file->setObjectName(QStringLiteral("importProgressFile"));
    m_file->setTextFormat(Qt::PlainText);
    Theme::setRole(*m_file, "muted");
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, kBarSteps);
    m_bar->setTextVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setToolTip(tr("Stop after the call being imported now; calls already imported stay "
                            "in the vault."));
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportProgressDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_file);
    layout->addSpacing(4);
    layout->addWidget(m_bar);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setProgress({});
}

void ImportProgressDialog::setProgress(const core::ImportBatchProgress& progress)
{
    if (m_cancelled)
        m_heading->setText(tr("Stopping after this call…"));
    else if (progress.total > 0 && progress.index < progress.total)
        m_heading->setText(
            tr("Importing call %1 of %2").arg(progress.index + 1).arg(progress.total));
    else if (progress.total > 0)
        m_heading->setText(tr("Finishing…"));
    else
        m_heading->setText(tr("Looking for calls…"));
    const QString name = QFileInfo(progress.file).fileName();
    m_file->setText(name);
    m_file->setToolTip(progress.file);
    double done = progress.index;
    if (progress.bytesTotal > 0)
        done += double(progress.bytesDone) / double(progress.bytesTotal);
    m_bar->setValue(progress.total > 0 ? int(done / progress.total * kBarSteps) : 0);
}

void ImportProgressDialog::reject()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    m_heading->setText(tr("Stopping after this call…"));
}

void ImportProgressDialog::closeEvent(QCloseEvent* event)
{
    reject();
    event->ignore();
}

} // namespace cv::ui
