#pragma once

#include "core/Error.h"
#include "core/time/Clock.h"

#include <QString>

#include <memory>

namespace cv::core {

class Vault;

// The demo content: whatever the product can hold so far (people, policy,
// five Dutch calls, see DemoCalls.h; later templates and evaluations), shared by `coachvault
// --demo` and `coachvault-cli demo` so scripts and tests start from the same vault. Every demo
// person's PIN (documented in the README; demo vaults only).
enum class DemoCalls
{
    Include,
    Leave, // the cast and policy only (tests that import calls themselves)
};
Result<void> fillDemoContent(Vault& vault, DemoCalls calls = DemoCalls::Include);
const char* demoPin();

// A throwaway demo vault: created at `path` under a random key that exists
// only in this process's locked memory (KeyMode::Ephemeral), then filled.
// The caller keeps the file in a private directory and removes it on exit.
Result<std::unique_ptr<Vault>> createEphemeralDemoVault(const QString& path, const Clock& clock);

} // namespace cv::core
