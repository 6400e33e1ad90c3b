#pragma once

#include "core/people/Person.h"
#include "core/scoring/TemplateLibrary.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cv::core {
class Administration;
class Vault;
} // namespace cv::core

namespace cv::ui {

class MessageBanner;

// The scorecard templates: every version with its status and publication
// date, the selected one's criteria as agents will read them, and — as the
// person's role allows — Import… (a JSON file, docs/templates.md; it becomes
// its key's draft), Publish… (a draft becomes immutable and usable for calls
// after this moment, R-ASSESS-1), Export… (the JSON) and Save as PDF… (the
// criteria for agents; anyone may print published criteria).
class TemplatesArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesArea)
public:
    TemplatesArea(core::Vault& vault, core::Administration& admin, core::Person person,
                  QWidget* parent = nullptr);

    void reload();
    void importFile(const QString& path);
    void publishSelected(); // asks first
    void exportSelected(const QString& path);
    void savePdfOfSelected(const QString& path);
    bool select(core::TemplateVersionId id);

    QTableWidget* table() const { return m_table; }
    QTextBrowser* preview() const { return m_preview; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* publishButton() const { return m_publish; }

private:
    const core::ScorecardTemplate* selected() const;
    void showSelected();

    core::Person m_person;
    core::TemplateLibrary m_library;
    QList<core::ScorecardTemplate> m_versions;
    MessageBanner* m_banner = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace cv::ui
