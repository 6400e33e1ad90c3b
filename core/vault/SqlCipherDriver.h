#pragma once

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

struct sqlite3;
struct sqlite3_stmt;

namespace cv::core {

// A Qt Sql driver over an already opened and keyed SQLCipher handle.
//
// Debian's stock QSQLITE plugin links plain SQLite, so the vault brings its
// own driver (Qt's "How to Write Your Own Database Driver"), linked directly.
// The handle is borrowed: SqlCipherConnection owns and closes it; close()
// here only finalises statements. handle() yields a QVariant holding the
// sqlite3* for the vault layer (incremental blob I/O, rekeying).
//
// Results step forward through SQLite; moving backwards re-runs the
// statement. Named placeholders are translated to positional ones by Qt.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)
public:
    explicit SqlCipherDriver(sqlite3* handle, QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* sqliteHandle() const { return m_db; }

private:
    bool execSimple(const char* sql, const QString& what);
    sqlite3* m_db;
};

class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

protected:
    bool prepare(const QString& query) override;
    bool exec() override;
    bool reset(const QString& query) override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int index) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    bool step();
    bool rewind();
    void finalize();
    bool bindAll();
    void setSqliteError(const QString& what, int rc, QSqlError::ErrorType type);
    sqlite3* db() const;

    sqlite3_stmt* m_stmt = nullptr;
    int m_changes = 0;
    bool m_pendingFirstRow = false; // exec() stepped onto a row not yet handed out
    bool m_done = true;
    qint64 m_lastInsertId = 0;
    QList<QByteArray> m_keepAlive; // UTF-8 text bound with SQLITE_STATIC
};

} // namespace cv::core
