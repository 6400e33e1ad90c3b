#include "core/demo/DemoScorecards.h"

#include "core/people/Person.h"
#include "core/scoring/TemplateLibrary.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace cv::core {

namespace {

class DemoScorecardText
{
    Q_DECLARE_TR_FUNCTIONS(DemoScorecards)
public:
    static QString missing() { return tr("The demo scorecard is missing from this build"); }
    static QString notDemo()
    {
        return tr("Only a demo vault may be given a scorecard published in the past");
    }
};

} // namespace

Result<void> publishDemoScorecard(Vault& vault, Administration& admin, const Person& manager,
                                  const QDate& publishedOn)
{
    if (const auto info = vault.info(); !info || !info->demo)
        return fail(ErrorCode::Usage, DemoScorecardText::notDemo());
    QFile file(QStringLiteral(":/demo/template.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, DemoScorecardText::missing());
    auto content = ScorecardTemplate::fromJson(file.readAll());
    if (!content)
        return std::unexpected(content.error());
    TemplateLibrary library(vault, admin);
    auto draft = library.importDraft(manager, *content);
    if (!draft)
        return std::unexpected(draft.error());
    if (auto published = library.publish(manager, *draft); !published)
        return std::unexpected(published.error());
    // The fictional past: published at nine in the morning of `publishedOn`.
    QSqlQuery backdate(vault.database());
    backdate.prepare(QStringLiteral("UPDATE scorecard_version SET published_at = ? WHERE id = ?"));
    backdate.addBindValue(QDateTime(publishedOn, QTime(9, 0), Qt::UTC));
    backdate.addBindValue(*draft);
    if (!backdate.exec())
        return fail(ErrorCode::Internal, backdate.lastError().text());
    return {};
}

} // namespace cv::core
