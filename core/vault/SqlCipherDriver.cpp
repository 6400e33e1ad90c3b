#include "core/vault/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <sqlite3.h>

namespace cv::core {

namespace {

QMetaType metaTypeFor(int sqliteType, const char* declared)
{
    switch (sqliteType) {
    case SQLITE_INTEGER:
        return QMetaType(QMetaType::LongLong);
    case SQLITE_FLOAT:
        return QMetaType(QMetaType::Double);
    case SQLITE_BLOB:
        return QMetaType(QMetaType::QByteArray);
    case SQLITE_TEXT:
        return QMetaType(QMetaType::QString);
    default:
        break;
    }
    const QByteArray decl = QByteArray(declared ? declared : "").toLower();
    if (decl.contains("int"))
        return QMetaType(QMetaType::LongLong);
    if (decl.contains("real") || decl.contains("floa") || decl.contains("doub"))
        return QMetaType(QMetaType::Double);
    if (decl.contains("blob"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

} // namespace

// ---- driver -------------------------------------------------------------

SqlCipherDriver::SqlCipherDriver(sqlite3* handle, QObject* parent)
    : QSqlDriver(parent)
    , m_db(handle)
{
    setOpen(handle != nullptr);
    setOpenError(handle == nullptr);
}

SqlCipherDriver::~SqlCipherDriver() = default;

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::open(const QString&, const QString&, const QString&, const QString&, int,
                           const QString&)
{
    // The vault opens and keys the handle before the driver exists.
    return isOpen();
}

void SqlCipherDriver::close()
{
    // The handle belongs to SqlCipherConnection; statements of live results
    // are finalised by their destructors.
    setOpen(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execSimple(const char* sql, const QString& what)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(what, QString::fromUtf8(message ? message : sqlite3_errstr(rc)),
                               QSqlError::TransactionError, QString::number(rc)));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE: take the write lock now, so a transaction never fails
    // half-way on a lock upgrade.
    return isOpen() && execSimple("BEGIN IMMEDIATE;", QStringLiteral("begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execSimple("COMMIT;", QStringLiteral("commit"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execSimple("ROLLBACK;", QStringLiteral("rollback"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!isOpen())
        return out;
    QString sql;
    if (type == QSql::Tables)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%' ORDER BY name");
    else if (type == QSql::Views)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name");
    else if (type == QSql::SystemTables)
        sql = QStringLiteral("SELECT 'sqlite_master'");
    else
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                             "ORDER BY name");
    QSqlQuery query(createResult());
    if (query.exec(sql)) {
        while (query.next())
            out << query.value(0).toString();
    }
    return out;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord out;
    if (!isOpen())
        return out;
    QSqlQuery query(createResult());
    if (!query.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) +
                    QLatin1Char(')')))
        return out;
    while (query.next()) {
        const QString name = query.value(1).toString();
        const QByteArray declared = query.value(2).toString().toUtf8();
        QSqlField field(name, metaTypeFor(SQLITE_NULL, declared.constData()), tableName);
        field.setRequired(query.value(3).toInt() != 0);
        field.setDefaultValue(query.value(4));
        out.append(field);
    }
    return out;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

// ---- result -------------------------------------------------------------

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
{}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
}

sqlite3* SqlCipherResult::db() const
{
    return static_cast<const SqlCipherDriver*>(driver())->sqliteHandle();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_keepAlive.clear();
}

void SqlCipherResult::setSqliteError(const QString& what, int rc, QSqlError::ErrorType type)
{
    setLastError(
        QSqlError(what, QString::fromUtf8(sqlite3_errmsg(db())), type, QString::number(rc)));
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!driver() || !driver()->isOpen())
        return false;
    const QByteArray utf8 = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db(), utf8.constData(), int(utf8.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setSqliteError(QStringLiteral("Unable to prepare statement"), rc,
                       QSqlError::StatementError);
        finalize();
        return false;
    }
    if (tail && *tail && QByteArray(tail).trimmed().size() > 0 &&
        QByteArray(tail).trimmed() != ";") {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("only one statement at a time is executed"),
                               QSqlError::StatementError));
        finalize();
        return false;
    }
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant> values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(
            QSqlError(QStringLiteral("Parameter count mismatch"),
                      QStringLiteral("%1 bound, %2 expected").arg(values.size()).arg(expected),
                      QSqlError::StatementError));
        return false;
    }
    m_keepAlive.clear();
    m_keepAlive.reserve(values.size());
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::QByteArray: {
                // Blobs (audio chunks) are bound without a copy: the bound
                // values live in QSqlResult until the next bind or exec.
                const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
                m_keepAlive.append(*bytes); // shares, does not copy
                rc = sqlite3_bind_blob64(m_stmt, index, m_keepAlive.last().constData(),
                                         sqlite3_uint64(m_keepAlive.last().size()), SQLITE_STATIC);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_stmt, index, sqlite3_int64(value.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
                break;
            case QMetaType::QDateTime:
                m_keepAlive.append(value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8());
                rc = sqlite3_bind_text(m_stmt, index, m_keepAlive.last().constData(),
                                       int(m_keepAlive.last().size()), SQLITE_STATIC);
                break;
            case QMetaType::QDate:
                m_keepAlive.append(value.toDate().toString(Qt::ISODate).toUtf8());
                rc = sqlite3_bind_text(m_stmt, index, m_keepAlive.last().constData(),
                                       int(m_keepAlive.last().size()), SQLITE_STATIC);
                break;
            default:
                m_keepAlive.append(value.toString().toUtf8());
                rc = sqlite3_bind_text(m_stmt, index, m_keepAlive.last().constData(),
                                       int(m_keepAlive.last().size()), SQLITE_STATIC);
                break;
            }
        }
        if (rc != SQLITE_OK) {
            setSqliteError(QStringLiteral("Unable to bind parameter"), rc,
                           QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!bindAll())
        return false;

    // Step once: statements without rows complete here; for queries the
    // first row is kept and handed out by the first fetchNext().
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        setSqliteError(QStringLiteral("Unable to execute statement"), rc,
                       QSqlError::StatementError);
        sqlite3_reset(m_stmt);
        return false;
    }
    m_changes = sqlite3_changes(db());
    m_lastInsertId = sqlite3_last_insert_rowid(db());
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    m_pendingFirstRow = (rc == SQLITE_ROW);
    m_done = (rc == SQLITE_DONE);
    return true;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::step()
{
    if (!m_stmt || m_done)
        return false;
    if (m_pendingFirstRow) {
        m_pendingFirstRow = false;
        return true;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc != SQLITE_DONE)
        setSqliteError(QStringLiteral("Unable to fetch row"), rc, QSqlError::ConnectionError);
    return false;
}

bool SqlCipherResult::rewind()
{
    // Re-run from the start with the same bindings.
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt);
    m_done = false;
    m_pendingFirstRow = false;
    setAt(QSql::BeforeFirstRow);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    if (!isSelect() || !step())
        return false;
    setAt(at() < 0 ? 0 : at() + 1);
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isSelect())
        return false;
    if (index == at())
        return true;
    if (index < at() && !rewind())
        return false;
    while (at() < index) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isSelect())
        return false;
    if (at() < 0 && !fetchNext())
        return false;
    int last = at();
    while (fetchNext())
        last = at();
    // Stepping past the end left no current row: run again up to the last.
    return rewind() && fetch(last);
}

QVariant SqlCipherResult::data(int field)
{
    if (!m_stmt || at() < 0 || field < 0 || field >= sqlite3_column_count(m_stmt))
        return {};
    switch (sqlite3_column_type(m_stmt, field)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, field)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, field));
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, field));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_stmt, field)));
    }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, field));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, field)));
    }
    default:
        return QVariant(metaTypeFor(SQLITE_NULL, sqlite3_column_decltype(m_stmt, field)));
    }
}

bool SqlCipherResult::isNull(int field)
{
    if (!m_stmt || at() < 0 || field < 0 || field >= sqlite3_column_count(m_stmt))
        return true;
    return sqlite3_column_type(m_stmt, field) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_changes;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? QVariant(m_lastInsertId) : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    QSqlRecord out;
    if (!m_stmt || !isSelect())
        return out;
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
        const char* table = sqlite3_column_table_name(m_stmt, i);
        QSqlField field(name, metaTypeFor(SQLITE_NULL, sqlite3_column_decltype(m_stmt, i)),
                        table ? QString::fromUtf8(table) : QString());
        out.append(field);
    }
    return out;
}

void SqlCipherResult::detachFromResultSet()
{
    // QSqlQuery::finish(): release read locks, keep the statement prepared.
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
    m_pendingFirstRow = false;
}

} // namespace cv::core
