#pragma once

namespace cv::core {

// Called first thing in every main(). In release builds (NDEBUG) it makes
// the process non-dumpable and sets the core-file limit to zero, so key
// material in memory never lands in a core dump. Debug and sanitizer builds
// keep core dumps for debugging. Returns false if hardening was requested but
// the kernel refused it.
bool hardenProcess();

} // namespace cv::core
