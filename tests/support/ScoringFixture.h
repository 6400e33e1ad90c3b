#pragma once

#include "core/scoring/EvaluationDesk.h"
#include "core/scoring/TemplateLibrary.h"
#include "tests/support/AdminFixture.h"

#include <memory>

namespace cv::test {

// AdminFixture plus scorecards: the example template of
// docs/examples/template.json (coaching and assessment) published on
// 2026-01-20, and calls stored straight through the RecordingStore
// (metadata only, no audio: for the rules and use cases of evaluation).
// The clock is back at 2026-03-02 10:00 UTC afterwards.
class ScoringFixture final
{
public:
    ScoringFixture();

    AdminFixture fx;
    std::unique_ptr<core::TemplateLibrary> library;
    std::unique_ptr<core::EvaluationDesk> desk;
    core::TemplateVersionId published = 0; // kcc-telefonie v1, coaching + assessment

    static core::ScorecardTemplate example();
    // A 2-minute call of `agent` for `purpose`, started at `startUtc`.
    core::RecordingId call(const core::Person& agent, core::Purpose purpose,
                           const QDateTime& startUtc);
    // Publishes `content` at `atUtc` (the clock is put back after).
    core::TemplateVersionId publishAt(const core::ScorecardTemplate& content,
                                      const QDateTime& atUtc);
    // Every criterion of `scorecard` answered: yes, 5, or full points.
    static core::Evaluation fillAll(core::Evaluation evaluation,
                                    const core::ScorecardTemplate& scorecard);
    // Authorises `person` for `purposes` from 2026-01-01.
    void authorise(const core::Person& person, QList<core::Purpose> purposes);

    bool ok() const { return m_ok; }

private:
    int m_calls = 0;
    bool m_ok = false;
};

} // namespace cv::test
