#pragma once

#include "core/Error.h"

#include <QString>

namespace cv::core {

class Vault;

// A unit of work on the vault: everything inside commits together or not
// at all. Nestable: the outermost one is BEGIN IMMEDIATE (the write lock is
// taken at once, so it never fails half-way on a lock upgrade), inner ones
// are SAVEPOINTs. Destroyed without commit() it rolls back. Belongs to the
// vault's thread.
class Transaction final
{
public:
    explicit Transaction(Vault& vault);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN / SAVEPOINT succeeded; if not, error() says why.
    bool isOpen() const { return m_open; }
    const Error& error() const { return m_error; }
    Result<void> commit();

private:
    Vault& m_vault;
    QString m_savepoint; // empty for the outermost transaction
    bool m_open = false;
    Error m_error;
};

} // namespace cv::core
