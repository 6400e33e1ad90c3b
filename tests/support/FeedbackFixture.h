#pragma once

#include "core/feedback/FeedbackDesk.h"
#include "core/security/SecretBytes.h"
#include "tests/support/ScoringFixture.h"

#include <memory>

namespace cv::test {

// ScoringFixture plus the feedback session: the coach (karim) and the agent
// (sanne) have PINs, and submitted() gives a coach evaluation of one of
// sanne's calls, every criterion answered, with a comment and a timed note.
class FeedbackFixture final
{
public:
    FeedbackFixture();

    ScoringFixture s;
    std::unique_ptr<core::FeedbackDesk> feedback;

    static const char* coachPin() { return "424242"; }
    static const char* agentPin() { return "135790"; }
    static const char* otherAgentPin() { return "864200"; }
    static core::SecretBytes pin(const char* digits);

    // A submitted coach evaluation by the coach of a new call of `agent`
    // (sanne when null) for `purpose`.
    core::Evaluation submitted(core::Purpose purpose = core::Purpose::Coaching,
                               const core::Person* agent = nullptr);
    // submitted(), then signed by the agent (agreeing, with `view`) and the coach.
    core::FeedbackRecord signedOff(const QString& view = QStringLiteral("Ik herken dit."),
                                   core::Purpose purpose = core::Purpose::Coaching);

    bool ok() const { return m_ok; }

private:
    int m_calls = 0;
    bool m_ok = false;
};

} // namespace cv::test
