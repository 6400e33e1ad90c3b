#include "ui/AreaPage.h"

#include "ui/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cv::ui {

AreaPage::AreaPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_description(new QLabel(description, this))
    , m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("areaPage"));
    Theme::setRole(*m_title, "title");
    m_title->setAccessibleName(title);
    m_description->setWordWrap(true);
    Theme::setRole(*m_description, "subtitle");

    m_emptyState = new QWidget(this);
    auto* emptyState = new QLabel(tr("Nothing to show here yet: this area arrives in a later "
                                     "version of CoachVault."),
                                  m_emptyState);
    emptyState->setObjectName(QStringLiteral("emptyState"));
    emptyState->setWordWrap(true);
    emptyState->setAlignment(Qt::AlignCenter);
    Theme::setRole(*emptyState, "muted");

    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyState);
    emptyLayout->addStretch(2);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->addWidget(m_emptyState, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(12);
    layout->addLayout(m_body, 1);
}

void AreaPage::setContent(QWidget* content)
{
    delete m_content.data();
    m_content = content;
    m_emptyState->setVisible(!content);
    if (content)
        m_body->addWidget(content, 1);
}

QString AreaPage::title() const
{
    return m_title->text();
}

QString AreaPage::description() const
{
    return m_description->text();
}

} // namespace cv::ui
