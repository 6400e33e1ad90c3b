#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace cv::core {

// SHA-256 of a stream handed over piece by piece, computed on a thread of
// its own so that fingerprinting a source costs the importer's (the vault's)
// thread nothing: add() only queues the chunk (shared, not copied). Exactly
// the bytes that were stored are hashed.
//
// OpenSSL's libcrypto (already loaded for SQLCipher) uses the CPU's SHA
// extensions: measured here about six times faster than libsodium's or
// Qt's portable SHA-256, either of which alone would cost more than storing
// a 1-hour call.
class Sha256Stream final
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;

    // Queues `bytes`; waits only while kMaxQueued chunks are already waiting.
    void add(const QByteArray& bytes);
    // Lower-case hex of the digest of everything added; call once.
    QString hexDigest();

private:
    static constexpr std::size_t kMaxQueued = 32; // 8 MiB of 256 KiB chunks
    void run();

    struct Context;
    std::unique_ptr<Context> m_context;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    bool m_finished = false;
    QString m_hex;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace cv::core
