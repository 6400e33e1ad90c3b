#pragma once

#include <QString>

namespace cv::core {

// Everything a person can ask the product to do that the rules govern. The
// role matrix (RulesEngine::roleAllows) covers every value; a new feature
// adds its actions here and its checks to the RulesEngine.
enum class Action
{
    // People and authorisations
    ViewPersons,
    AddPerson,
    EditPerson,
    SetOwnCredential,
    SetCredential, // someone else's
    RecordInformed,
    RecordTrainingConsent,
    Authorise,
    Revoke,
    ViewAuthorisations, // R-AUTH-2: everyone
                        // Policy
    ViewPolicy,
    SetPolicy,
    // Audit
    ViewAudit,    // all entries
    ViewOwnAudit, // entries about one's own data
    VerifyAudit,
    // Monitoring (decided here; import arrives with the audio engine)
    MonitorCall,     // bring a call into the vault for a purpose
    UseForPurpose,   // use data obtained for one purpose (R-PURPOSE-1)
    ViewRecordings,  // a recording's metadata and waveform; agents only their own
    ListenRecording, // play a recording's audio (R-AUTH-1; agents their own: R-ACCESS-1)

    // Scorecards and evaluations
    ViewTemplates,      // everyone: published criteria are known in advance (R-ASSESS-1)
    EditTemplate,       // import or change a draft
    PublishTemplate,    // make a version immutable and known to agents (R-ASSESS-1)
    EvaluateRecording,  // start a coach evaluation (R-AUTH-1, R-PURPOSE-1, R-ASSESS-1/4/6)
    SelfEvaluate,       // the agent of the call, on the same template version
    EditEvaluation,     // save or submit one's own draft; never a submitted one
    ViewEvaluations,    // agents: their own self-evaluations, submitted coach evaluations
    RecordAgentRequest, // R-ASSESS-4, R-ASSESS-5: the agent, or a coach or manager for them

    // The feedback session and the agent's data (docs/feedback.md)
    AdjustEvaluation,  // the evaluator, in the session, before the agent signs (R-REPORT-1)
    SignOffEvaluation, // the agent, then the evaluator, each with their own credential
    DisputeEvaluation, // the agent, after sign-off (R-REPORT-2)
    ResolveDispute,    // the evaluator, or a manager
    ExportSubjectData, // GDPR art. 15: the person themself, or a privacy officer (R-ACCESS-1)

    // Retention (docs/retention.md)
    RetainRecording, // keep a recording beyond its term with the agent's consent (R-RETAIN-1)
    BackupVault,     // write an encrypted copy of the whole vault
                 // Training clips (docs/clips.md)
    CutClip,   // preview or export a clip of a coaching recording (R-TRAIN-1, R-TRAIN-2)
    ViewClips, // the clip library

    // Transcript-assisted redaction (docs/transcripts.md): read and scan a
    // recording's transcript for personal data. Those who cut clips, and only
    // for coaching recordings (R-TRAIN-2, checked where the transcript is used).
    UseTranscript,
};

constexpr Action kAllActions[] = {
    Action::ViewPersons,
    Action::AddPerson,
    Action::EditPerson,
    Action::SetOwnCredential,
    Action::SetCredential,
    Action::RecordInformed,
    Action::RecordTrainingConsent,
    Action::Authorise,
    Action::Revoke,
    Action::ViewAuthorisations,
    Action::ViewPolicy,
    Action::SetPolicy,
    Action::ViewAudit,
    Action::ViewOwnAudit,
    Action::VerifyAudit,
    Action::MonitorCall,
    Action::UseForPurpose,
    Action::ViewRecordings,
    Action::ListenRecording,
    Action::ViewTemplates,
    Action::EditTemplate,
    Action::PublishTemplate,
    Action::EvaluateRecording,
    Action::SelfEvaluate,
    Action::EditEvaluation,
    Action::ViewEvaluations,
    Action::RecordAgentRequest,
    Action::AdjustEvaluation,
    Action::SignOffEvaluation,
    Action::DisputeEvaluation,
    Action::ResolveDispute,
    Action::ExportSubjectData,
    Action::RetainRecording,
    Action::BackupVault,
    Action::CutClip,
    Action::ViewClips,
    Action::UseTranscript,
};

QString actionName(Action action); // "person.add", "policy.set", … (audit vocabulary)

} // namespace cv::core
