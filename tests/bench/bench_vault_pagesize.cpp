// Chooses the vault's page size by measurement (DESIGN.md): for each
// candidate SQLCipher page size, (a) writing a 1-hour 8 kHz stereo u-law
// call's 57.6 MB as 256 KiB chunk rows in one transaction, and (b) 500 small
// single-row transactions (audit-entry sized). Prints seconds and the ratio
// against 4 KiB pages measured in the same run.
//
// BENCH <name> <value> <unit> budget <value>
#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>

namespace {

constexpr qint64 kCallBytes = 57'600'000;
constexpr int kChunkBytes = 256 * 1024;
constexpr int kSmallTransactions = 500;

void exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "bench: %s: %s\n", sql, message ? message : "?");
        std::exit(1);
    }
}

sqlite3* openVault(const QString& path, int pageSize)
{
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    const char* key = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'";
    sqlite3_key(db, key, int(std::strlen(key)));
    const QByteArray pragma = "PRAGMA cipher_page_size = " + QByteArray::number(pageSize) + ";";
    exec(db, pragma.constData());
    exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;");
    exec(db, "CREATE TABLE chunk (id INTEGER PRIMARY KEY, data BLOB NOT NULL);"
             "CREATE TABLE entry (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
    return db;
}

double chunkWriteSeconds(const QString& dir, int pageSize, const QByteArray& chunk)
{
    const QString path = dir + QStringLiteral("/chunks-%1.db").arg(pageSize);
    sqlite3* db = openVault(path, pageSize);
    QElapsedTimer timer;
    timer.start();
    exec(db, "BEGIN IMMEDIATE;");
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO chunk (data) VALUES (?1);", -1, &stmt, nullptr);
    for (qint64 written = 0; written < kCallBytes; written += kChunkBytes) {
        sqlite3_bind_blob(stmt, 1, chunk.constData(), kChunkBytes, SQLITE_STATIC);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    exec(db, "COMMIT;");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return seconds;
}

double smallTransactionSeconds(const QString& dir, int pageSize)
{
    const QString path = dir + QStringLiteral("/small-%1.db").arg(pageSize);
    sqlite3* db = openVault(path, pageSize);
    exec(db, "PRAGMA synchronous = NORMAL;"); // measure CPU and I/O volume, not fsync latency
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO entry (body) VALUES (?1);", -1, &stmt, nullptr);
    const QByteArray body(200, 'a');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kSmallTransactions; ++i) {
        sqlite3_bind_text(stmt, 1, body.constData(), int(body.size()), SQLITE_STATIC);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return seconds;
}

} // namespace

int main()
{
    QTemporaryDir dir;
    QByteArray chunk(kChunkBytes, '\0');
    for (int i = 0; i < chunk.size(); ++i)
        chunk[i] = char((i * 7919) >> 3);

    const int sizes[] = {4096, 16384, 32768, 65536};
    double chunkFloor = 0;
    double smallFloor = 0;
    for (int size : sizes) {
        // Best of three: the machine is shared and noisy.
        double chunkBest = 1e9;
        double smallBest = 1e9;
        for (int round = 0; round < 3; ++round) {
            chunkBest = std::min(chunkBest, chunkWriteSeconds(dir.path(), size, chunk));
            smallBest = std::min(smallBest, smallTransactionSeconds(dir.path(), size));
            for (const QString& file : QDir(dir.path()).entryList(QDir::Files))
                QFile::remove(dir.filePath(file));
        }
        if (size == 4096) {
            chunkFloor = chunkBest;
            smallFloor = smallBest;
        }
        std::printf("BENCH vault_chunk_write_%dk %.3f s budget -\n", size / 1024, chunkBest);
        std::printf("BENCH vault_chunk_write_%dk_vs_4k %.2f x budget -\n", size / 1024,
                    chunkBest / chunkFloor);
        std::printf("BENCH vault_small_txn_%dk %.3f s budget -\n", size / 1024, smallBest);
        std::printf("BENCH vault_small_txn_%dk_vs_4k %.2f x budget -\n", size / 1024,
                    smallBest / smallFloor);
    }
    return 0;
}
