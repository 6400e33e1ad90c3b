#pragma once

namespace cv::core {

// Ends the process with `status` once main() has torn down everything it
// owns (windows, vault, QApplication), without running static destructors.
//
// Why: Qt 6.4's PulseAudio backend keeps its engine in a Q_GLOBAL_STATIC whose
// destructor disconnects the PulseAudio context without holding the threaded
// main loop's lock (qpulseaudioengine.cpp, QPulseAudioEngine::release; later
// Qt versions take the lock). Racing the main loop thread, it sometimes aborts
// the process at exit with "Assertion 'm->io_events_please_scan == 0' failed".
// Nothing of ours lives in static storage that needs its destructor, so the
// process flushes its streams and leaves. Under AddressSanitizer the leak
// check runs first, as it would at a normal exit.
[[noreturn]] void endProcess(int status);

} // namespace cv::core
