#include "core/vault/Transaction.h"

#include "core/vault/Vault.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cv::core {

namespace {
bool run(Vault& vault, const QString& sql, Error* error)
{
    QSqlQuery query(vault.database());
    if (query.exec(sql))
        return true;
    if (error)
        *error = Error{ErrorCode::Io, sql + QStringLiteral(": ") + query.lastError().text(), {}};
    return false;
}
} // namespace

Transaction::Transaction(Vault& vault)
    : m_vault(vault)
{
    const int depth = m_vault.m_transactionDepth;
    if (depth > 0)
        m_savepoint = QStringLiteral("cv_sp_%1").arg(depth);
    m_open = run(m_vault,
                 m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("SAVEPOINT ") + m_savepoint,
                 &m_error);
    if (m_open)
        ++m_vault.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint.isEmpty()) {
        run(m_vault, QStringLiteral("ROLLBACK"), nullptr);
    } else {
        run(m_vault, QStringLiteral("ROLLBACK TO ") + m_savepoint, nullptr);
        run(m_vault, QStringLiteral("RELEASE ") + m_savepoint, nullptr);
    }
    --m_vault.m_transactionDepth;
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return std::unexpected(m_error);
    Error error;
    const bool ok = run(m_vault,
                        m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE ") + m_savepoint,
                        &error);
    if (!ok)
        return std::unexpected(error); // the destructor rolls back
    m_open = false;
    --m_vault.m_transactionDepth;
    return {};
}

} // namespace cv::core
