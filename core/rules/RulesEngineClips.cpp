// CutClip: the rules of training clips (docs/clips.md).
#include "core/rules/RulesEngine.h"

#include <QCoreApplication>

namespace cv::core {

namespace {

class ClipRuleText
{
    Q_DECLARE_TR_FUNCTIONS(RulesEngine)
public:
    static QString notCoaching(Purpose purpose)
    {
        return tr("training clips come only from coaching recordings; this one was made for %1.")
            .arg(purposeText(purpose));
    }
    static QString customerNotDisguised()
    {
        return tr("the customer's voice is always disguised in a training clip.");
    }
    static QString transcriptNotCoaching(Purpose purpose)
    {
        return tr("transcripts are kept and scanned only for coaching recordings, from which "
                  "training clips are cut; this one was made for %1.")
            .arg(purposeText(purpose));
    }
    static QString agentNotDisguised(const QString& who)
    {
        return tr("%1 has not consented in writing to identifiable use in training; disguise "
                  "both voices.")
            .arg(who);
    }
};

} // namespace

Result<void> RulesEngine::checkCutClip(const Person& actor, const Request& request) const
{
    if (!request.dataPurpose || !request.clip)
        return std::unexpected(
            Error{ErrorCode::Usage,
                  QStringLiteral("CutClip needs the recording's purpose and the clip"),
                  {}});
    // R-TRAIN-2: coaching covers training and guidance (1.2.1); assessment
    // and quality recordings are never cut.
    if (*request.dataPurpose != Purpose::Coaching)
        return std::unexpected(Error::refused(QStringLiteral("R-TRAIN-2"),
                                              ClipRuleText::notCoaching(*request.dataPurpose)));
    // R-TRAIN-1: the customer's personal data leaves no clip; the agent's
    // only with their written consent on record.
    const ClipFacts& clip = *request.clip;
    if (!clip.disguisesCustomer)
        return std::unexpected(
            Error::refused(QStringLiteral("R-TRAIN-1"), ClipRuleText::customerNotDisguised()));
    if (!clip.disguisesAgent && !clip.agentConsent.isValid())
        return std::unexpected(
            Error::refused(QStringLiteral("R-TRAIN-1"),
                           ClipRuleText::agentNotDisguised(
                               request.subject ? request.subject->displayName : QString())));
    // R-AUTH-1, R-AUTH-4: cutting means listening to the call.
    return checkAuthorisedFor(actor, Purpose::Coaching);
}

Result<void> RulesEngine::checkUseTranscript(const Person& actor, const Request& request) const
{
    // The detector's name list belongs to no recording: the role decides.
    if (!request.dataPurpose)
        return {};
    // R-TRAIN-2: a transcript serves the cutting of training clips, which
    // come only from coaching recordings.
    if (*request.dataPurpose != Purpose::Coaching)
        return std::unexpected(
            Error::refused(QStringLiteral("R-TRAIN-2"),
                           ClipRuleText::transcriptNotCoaching(*request.dataPurpose)));
    // R-AUTH-1, R-AUTH-4: reading what was said is monitoring the call.
    return checkAuthorisedFor(actor, Purpose::Coaching);
}

} // namespace cv::core
