#pragma once

namespace cv::core {

// Crash-consistency tests kill the process at named points of multi-step
// operations (e.g. "rekey:exported"). In builds with COACHVAULT_TEST_CLOCK,
// faultPoint(name) sends SIGKILL to the process itself when the environment
// variable COACHVAULT_FAULT equals `name`; in other builds it does nothing
// and compiles to nothing that reads the environment.
void faultPoint(const char* name);

} // namespace cv::core
