#include "core/vault/FaultInjection.h"

#ifdef COACHVAULT_TEST_CLOCK
#include <QByteArray>

#include <csignal>
#include <cstring>
#include <unistd.h>
#endif

namespace cv::core {

void faultPoint([[maybe_unused]] const char* name)
{
#ifdef COACHVAULT_TEST_CLOCK
    const QByteArray wanted = qgetenv("COACHVAULT_FAULT");
    if (!wanted.isEmpty() && wanted == name)
        ::kill(::getpid(), SIGKILL);
#endif
}

} // namespace cv::core
