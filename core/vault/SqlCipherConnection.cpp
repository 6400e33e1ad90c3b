#include "core/vault/SqlCipherConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cv::core {

namespace {

class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static QString noVault(const QString& path) { return tr("There is no vault at %1.").arg(path); }
    static QString exists(const QString& path)
    {
        return tr("%1 already exists; CoachVault will not overwrite it.").arg(path);
    }
    static QString cannotCreate(const QString& path, const QString& why)
    {
        return tr("Cannot create %1: %2").arg(path, why);
    }
    static QString plainSqlite(const QString& path)
    {
        return tr("%1 is an unencrypted SQLite database, not a CoachVault vault; it is refused.")
            .arg(path);
    }
    static QString tooShort(const QString& path)
    {
        return tr("%1 is too short to be a CoachVault vault.").arg(path);
    }
    static QString cipherMissing()
    {
        return tr("SQLCipher encryption is not active in this build (PRAGMA cipher_version gave no "
                  "answer); the vault is not opened.");
    }
    static QString wrongKey(const QString& path)
    {
        return tr("The key or passphrase does not open %1 (or it is not a CoachVault vault).")
            .arg(path);
    }
    static QString pragmaRefused(const QString& pragma, const QString& answer)
    {
        return tr("The vault refused the setting %1 (answer: %2).").arg(pragma, answer);
    }
};

constexpr char kSqliteHeader[] = "SQLite format 3";

} // namespace

Error sqliteError(sqlite3* db, int rc, const QString& what)
{
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const ErrorCode code = (rc == SQLITE_NOTADB) ? ErrorCode::WrongKey
                           : (rc == SQLITE_CANTOPEN || rc == SQLITE_IOERR || rc == SQLITE_FULL)
                               ? ErrorCode::Io
                               : ErrorCode::Internal;
    return Error{code, what + QStringLiteral(": ") + detail, {}};
}

SqlCipherConnection::SqlCipherConnection(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

SqlCipherConnection::~SqlCipherConnection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

bool SqlCipherConnection::looksLikePlainSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(sizeof kSqliteHeader);
    return head.size() == qsizetype(sizeof kSqliteHeader) &&
           std::memcmp(head.constData(), kSqliteHeader, sizeof kSqliteHeader) == 0;
}

SecretBytes SqlCipherConnection::rawKeySpec(const SecretBytes& key, const VaultId& id)
{
    const SecretBytes keyHex = key.toHex();
    const QByteArray saltHex = id.salt().toHex();
    const std::size_t size = 2 + keyHex.size() + std::size_t(saltHex.size()) + 1;
    SecretBytes spec(size + 1); // + NUL
    unsigned char* out = spec.data();
    std::memcpy(out, "x'", 2);
    std::memcpy(out + 2, keyHex.data(), keyHex.size());
    std::memcpy(out + 2 + keyHex.size(), saltHex.constData(), std::size_t(saltHex.size()));
    out[size - 1] = '\'';
    out[size] = '\0';
    return SecretBytes::copyOf(spec.data(), size); // exact length, NUL-less
}

Result<void> SqlCipherConnection::applyCipherSettings(sqlite3* db, const char* schema)
{
    const QByteArray prefix = QByteArray("PRAGMA ") + schema + '.';
    const QByteArray sql =
        prefix + "cipher_page_size = " + QByteArray::number(CipherSettings::kPageSizeBytes) + "; " +
        prefix + "kdf_iter = " + QByteArray::number(CipherSettings::kKdfIter) + "; " + prefix +
        "fast_kdf_iter = " + QByteArray::number(CipherSettings::kFastKdfIter) + "; " + prefix +
        "cipher_use_hmac = " + (CipherSettings::kUseHmac ? "ON" : "OFF") + ";";
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(db, rc, QStringLiteral("cipher settings")));
    return {};
}

Result<std::unique_ptr<SqlCipherConnection>>
SqlCipherConnection::open(const QString& path, const SecretBytes& key, const VaultId& id, Mode mode)
{
    const QFileInfo info(path);
    if (mode == Mode::CreateNew) {
        // Create the file ourselves, exclusively and private, so that a race
        // cannot make us key someone else's file and the WAL/SHM files that
        // SQLite creates next to it inherit mode 0600.
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                return fail(ErrorCode::AlreadyExists, ConnectionText::exists(path));
            return fail(ErrorCode::Io, ConnectionText::cannotCreate(
                                           path, QString::fromLocal8Bit(strerror(errno))));
        }
        ::close(fd);
    } else {
        if (!info.exists() || !info.isFile())
            return fail(ErrorCode::NotAVault, ConnectionText::noVault(path));
        if (looksLikePlainSqlite(path))
            return fail(ErrorCode::NotAVault, ConnectionText::plainSqlite(path));
        if (info.size() < 512)
            return fail(ErrorCode::NotAVault, ConnectionText::tooShort(path));
    }

    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    std::unique_ptr<SqlCipherConnection> connection(new SqlCipherConnection(db, path));
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(db, rc, path));
    sqlite3_extended_result_codes(db, 1);

    const SecretBytes spec = rawKeySpec(key, id);
#ifdef SQLITE_HAS_CODEC
    rc = sqlite3_key(db, spec.data(), int(spec.size()));
#else
    // Plain SQLite (the fail-closed test): PRAGMA key is silently ignored.
    const QByteArray pragma =
        "PRAGMA key = \"" +
        QByteArray(reinterpret_cast<const char*>(spec.data()), qsizetype(spec.size())) + "\";";
    rc = sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
#endif
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(db, rc, path));

    if (auto verified = connection->verifyAndConfigure(mode); !verified) {
        const Error error = verified.error();
        connection.reset();
        if (mode == Mode::CreateNew)
            QFile::remove(path);
        return std::unexpected(error);
    }
    return connection;
}

Result<void> SqlCipherConnection::verifyAndConfigure(Mode mode)
{
    // Fail closed: without an answer here the library is plain SQLite and the
    // "encrypted" vault would be written in the clear.
    auto cipherVersion = queryText(QStringLiteral("PRAGMA cipher_version;"));
    if (!cipherVersion || cipherVersion->isEmpty())
        return fail(ErrorCode::CipherUnavailable, ConnectionText::cipherMissing());

    if (auto pinned = applyCipherSettings(m_db, "main"); !pinned)
        return pinned;

    // The first read decrypts page 1: a wrong key shows up here.
    const int rc =
        sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB)
            return fail(ErrorCode::WrongKey, ConnectionText::wrongKey(m_path));
        return std::unexpected(sqliteError(m_db, rc, m_path));
    }
    (void)mode;

    sqlite3_busy_timeout(m_db, 5000);
    const auto journal = queryText(QStringLiteral("PRAGMA journal_mode = WAL;"));
    if (!journal || journal->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::Internal,
                    ConnectionText::pragmaRefused(QStringLiteral("journal_mode = WAL"),
                                                  journal ? *journal : journal.error().message));
    if (auto ok = exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
                                      "PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;"));
        !ok)
        return ok;
    const auto secureDelete = queryInt(QStringLiteral("PRAGMA secure_delete;"));
    if (!secureDelete || *secureDelete != 1)
        return fail(ErrorCode::Internal,
                    ConnectionText::pragmaRefused(QStringLiteral("secure_delete = ON"),
                                                  QStringLiteral("off")));
    return {};
}

Result<void> SqlCipherConnection::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        Error error = sqliteError(m_db, rc, sql.left(60));
        error.message = sql.left(60) + QStringLiteral(": ") + detail;
        return std::unexpected(error);
    }
    return {};
}

Result<QString> SqlCipherConnection::queryText(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, rc, sql.left(60)));
    QString out;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        out = text ? QString::fromUtf8(text) : QString();
        rc = SQLITE_OK;
    } else if (rc == SQLITE_DONE) {
        rc = SQLITE_OK;
    }
    const Error error = rc == SQLITE_OK ? Error{} : sqliteError(m_db, rc, sql.left(60));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return std::unexpected(error);
    return out;
}

Result<qint64> SqlCipherConnection::queryInt(const QString& sql)
{
    auto text = queryText(sql);
    if (!text)
        return std::unexpected(text.error());
    return text->toLongLong();
}

} // namespace cv::core
