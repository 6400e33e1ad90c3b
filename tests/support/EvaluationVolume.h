#pragma once

#include "core/Error.h"
#include "core/recordings/Recording.h"
#include "core/scoring/ScorecardTemplate.h"

namespace cv::core {
class Vault;
}

namespace cv::test {

// Fills a vault that holds the demo cast and policy (fillDemoContent with
// DemoCalls::Leave) with `recordings` calls (metadata only) of the demo
// agents over the 120 days before the clock's today, the example scorecard
// (docs/examples/template.json, built into coachvault_core as
// ":/demo/template.json") published, and `evaluations`
// evaluations by the demo coaches, about 70 % submitted, each with every
// criterion answered and two notes. Straight through the stores, in one
// transaction: for benchmarks of lists (the Inbox), not of the rules.
struct EvaluationVolume
{
    core::TemplateVersionId scorecard = 0;
    int recordings = 0;
    int evaluations = 0;
};
core::Result<EvaluationVolume> fillEvaluationVolume(core::Vault& vault, int recordings,
                                                    int evaluations);

} // namespace cv::test
