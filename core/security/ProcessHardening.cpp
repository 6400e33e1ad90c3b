#include "core/security/ProcessHardening.h"

#include "core/security/SecretBytes.h"

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace cv::core {

bool hardenProcess()
{
    bool ok = initialiseSodium();
#if defined(NDEBUG) && defined(__linux__)
    const rlimit noCore{0, 0};
    ok = setrlimit(RLIMIT_CORE, &noCore) == 0 && ok;
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace cv::core
