#pragma once

#include "core/Error.h"
#include "core/domain/Purpose.h"
#include "core/people/Person.h"
#include "core/rules/Action.h"
#include "core/scoring/AgentRequest.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace cv::core {

class AuthorisationStore;
class Clock;
class PolicyStore;
struct Authorisation;
struct Policy;

// The facts of one call that decide whether it may be monitored. The remote
// number is used only to check the private-line list and is never stored
// (R-MIN-1); `metadata` is what the caller intends to store with the call.
struct CallFacts
{
    const Person* agent = nullptr;
    QDateTime startUtc;
    bool recordingNoticeGiven = false; // R-INFO-2
    bool markedPrivate = false;        // R-SCOPE-3
    QString remoteNumber;              // transient, R-SCOPE-3
    QString externalClient;            // empty: the organisation's own calls (R-EXT-2)
    QMap<QString, QString> metadata;   // to be stored (R-MIN-1)
};

// The facts of an evaluation to start, change or read (EvaluateRecording,
// SelfEvaluate, EditEvaluation, ViewEvaluations), gathered by EvaluationDesk.
struct EvaluationFacts
{
    Purpose recordingPurpose = Purpose::Coaching;
    QDateTime callStartUtc;
    QList<Purpose> templatePurposes;
    QDateTime templatePublishedUtc; // invalid: not published
    // R-ASSESS-4: who already holds a coach evaluation of this call, and
    // which of them the agent asked to be replaced by another evaluator.
    QList<PersonId> coachEvaluators;
    QList<PersonId> replacedEvaluators;
    // R-ASSESS-6: when the agent's previous assessment evaluation (of another
    // call) was submitted, and whether an unused extra moment the agent
    // asked for (R-ASSESS-5) lifts the interval for this call.
    QDateTime previousAssessmentUtc;
    bool extraMomentAvailable = false;
    // EditEvaluation, ViewEvaluations: the evaluation itself.
    PersonId evaluator = 0;
    bool coachEvaluation = true;
    bool submitted = false;
    bool agentSelfEvaluationOpen = false; // the agent's own draft on this call
};

// The facts of a coach evaluation in its feedback session (AdjustEvaluation,
// SignOffEvaluation, DisputeEvaluation, ResolveDispute), gathered by
// FeedbackDesk.
struct FeedbackFacts
{
    PersonId evaluator = 0;
    PersonId agent = 0;
    bool coachEvaluation = true;
    bool submitted = false; // submitted or signed
    bool signedOff = false; // by both: sealed
    bool agentSigned = false;
    bool evaluatorSigned = false;
    bool openDispute = false;
    bool signingAsAgent = true; // SignOffEvaluation: the agent's line, else the evaluator's
};

// The facts of an agent's request to record (RecordAgentRequest).
struct AgentRequestFacts
{
    AgentRequestKind kind = AgentRequestKind::OtherEvaluator;
    QDate madeOn;
    // OtherEvaluator: the contested evaluation is a coach evaluation of the
    // agent's call, and submitted.
    bool contestedIsSubmittedCoachEvaluation = false;
    // ExtraMonitoring: the dates of the agent's earlier extra-moment requests.
    QList<QDate> earlierExtraMoments;
};

// The facts of a clip to preview or export (CutClip), gathered by ClipDesk.
struct ClipFacts
{
    bool disguisesCustomer = true; // the customer's voice is pitch-shifted
    bool disguisesAgent = true;    // the agent's too (always so in a mono call)
    TrainingConsent agentConsent;  // the agent's written consent on record, if any
};

// What is asked: an action, and its object. Which fields matter depends on
// the action (documented at each check in RulesEngine.cpp).
struct Request
{
    explicit Request(Action what)
        : action(what)
    {}
    Action action;
    const Person* subject = nullptr;              // the person the object is about
    std::optional<Purpose> purpose;               // the purpose acted for
    std::optional<Purpose> dataPurpose;           // the purpose the data was obtained for
    const CallFacts* call = nullptr;              // MonitorCall
    const Policy* policy = nullptr;               // SetPolicy: the proposed version
    const Authorisation* authorisation = nullptr; // Authorise: the proposed grant

    // Scorecards and evaluations (RulesEngineEvaluations.cpp)
    const EvaluationFacts* evaluation = nullptr;
    const AgentRequestFacts* agentRequest = nullptr; // RecordAgentRequest
    const FeedbackFacts* feedback = nullptr;         // RulesEngineFeedback.cpp
    const ClipFacts* clip = nullptr;                 // CutClip: RulesEngineClips.cpp
};

// How many calls of `agent` were already monitored for `purpose` between two
// dates (inclusive): the sampling count of R-PURPOSE-2. Provided by the
// recording store once it exists.
using MonitoringCount =
    std::function<int(PersonId agent, Purpose purpose, const QDate& from, const QDate& to)>;

// The law of the product in one place: may this person do this to that?
// Answers ok, or a refusal carrying the rule ID (Error::refused). Pure: it
// reads the stores but writes nothing; the Gate records every decision in
// the audit trail.
class RulesEngine final
{
public:
    RulesEngine(const PolicyStore& policies, const AuthorisationStore& authorisations,
                const Clock& clock, MonitoringCount monitoringCount = {});

    Result<void> decide(const Person& actor, const Request& request) const;

    // The role matrix alone (R-AUTH-3): whether any of `actor`'s roles may
    // attempt `action` at all. Rule checks come on top.
    static bool roleAllows(const Person& actor, Action action, const Person* subject);

private:
    Result<void> checkListen(const Person& actor, const Request& request) const;
    Result<void> checkMonitorCall(const Person& actor, const Request& request) const;
    Result<void> checkSetPolicy(const Request& request) const;
    Result<void> checkAuthorise(const Person& actor, const Request& request) const;
    // R-AUTH-1 and R-AUTH-4: an authorisation in force now for `purpose`.
    Result<void> checkAuthorisedFor(const Person& actor, Purpose purpose) const;
    // In RulesEngineEvaluations.cpp:
    Result<void> checkEvaluate(const Person& actor, const Request& request) const;
    Result<void> checkSelfEvaluate(const Person& actor, const Request& request) const;
    Result<void> checkEditEvaluation(const Person& actor, const Request& request) const;
    Result<void> checkViewEvaluation(const Person& actor, const Request& request) const;
    Result<void> checkAgentRequest(const Person& actor, const Request& request) const;
    Result<void> checkTemplateFits(const EvaluationFacts& facts) const;
    // In RulesEngineFeedback.cpp:
    Result<void> checkFeedback(const Person& actor, const Request& request) const;
    // In RulesEngineClips.cpp:
    Result<void> checkCutClip(const Person& actor, const Request& request) const;
    Result<void> checkUseTranscript(const Person& actor, const Request& request) const;

    const PolicyStore& m_policies;
    const AuthorisationStore& m_authorisations;
    const Clock& m_clock;
    MonitoringCount m_monitoringCount;
};

} // namespace cv::core
