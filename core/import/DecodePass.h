#pragma once

#include "core/audio/AudioDecoder.h"
#include "core/audio/PeakPyramid.h"

#include <QString>

#include <atomic>
#include <thread>

namespace cv::core {

// The decoding half of an import, run on a thread of its own while the
// vault's thread stores the source's bytes: it opens the file a second time
// (its own QFile, so Qt resource paths such as ":/demo/calls/x.wav" work),
// decodes every frame and builds the peak pyramid. Touches no vault.
//
// The thread starts in the constructor; the destructor cancels and joins,
// so an importer that returns early never leaves it running.
class DecodePass final
{
public:
    enum class Problem
    {
        None,
        CannotRead, // the file would not open; `detail` says why
        NotAudio,   // AudioDecoder refused it; `detail` says why
        Damaged,    // decoding failed part-way; `detail` is libsndfile's reason
        Cancelled,
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        QString detail;
        AudioFormat format;
        qint64 frames = 0; // what decoded, whatever the header claimed
        PeakPyramid peaks;
    };

    // `rawGsmFallback`: when libsndfile recognises no container, read the
    // file as raw GSM 6.10 (for ".gsm" files).
    DecodePass(const QString& path, bool rawGsmFallback);
    ~DecodePass();
    DecodePass(const DecodePass&) = delete;
    DecodePass& operator=(const DecodePass&) = delete;

    // Already known to have failed: the importer stops storing bytes.
    bool failed() const { return m_failed.load(std::memory_order_relaxed); }
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    // Waits for the thread; call once.
    Outcome wait();

private:
    void run();
    void fail(Problem problem, const QString& detail);

    const QString m_path;
    const bool m_rawGsmFallback;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_failed{false};
    Outcome m_outcome;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace cv::core
