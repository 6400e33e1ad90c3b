#include "core/playback/ProcessEnd.h"

#include <cstdio>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define CV_LEAK_CHECK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CV_LEAK_CHECK 1
#endif
#endif

#ifdef CV_LEAK_CHECK
#include <sanitizer/lsan_interface.h>
#endif

namespace cv::core {

void endProcess(int status)
{
    std::fflush(nullptr);
#ifdef CV_LEAK_CHECK
    // Reports (and with the default options, fails on) leaks, as at exit().
    __lsan_do_leak_check();
#endif
    ::_exit(status);
}

} // namespace cv::core
