// R-AUTH-3: role-based access on every action. The whole role x action
// matrix, written out here independently of the engine, must match what
// the engine answers — for every role and every action that exists.
#include "core/rules/RulesEngine.h"

#include <QTest>

using namespace cv::core;

namespace {

// The intended matrix: A agent, C coach, T trainer, M manager,
// P privacy officer, D administrator. "self" = only about oneself.
struct Row
{
    Action action;
    const char* allowed; // letters of the roles allowed
    bool onlySelf;
};

constexpr Row kMatrix[] = {
    {Action::ViewPersons, "CTMPD", false},
    {Action::AddPerson, "MD", false},
    {Action::EditPerson, "MD", false},
    {Action::SetOwnCredential, "ACTMPD", true},
    {Action::SetCredential, "D", false},
    {Action::RecordInformed, "MD", false},
    {Action::RecordTrainingConsent, "MD", false},
    {Action::Authorise, "M", false},
    {Action::Revoke, "M", false},
    {Action::ViewAuthorisations, "ACTMPD", false},
    {Action::ViewPolicy, "ACTMPD", false},
    {Action::SetPolicy, "MP", false},
    {Action::ViewAudit, "PD", false},
    {Action::ViewOwnAudit, "ACTMPD", true},
    {Action::VerifyAudit, "PD", false},
    {Action::MonitorCall, "CM", false},
    {Action::UseForPurpose, "CTM", false},
    {Action::ViewRecordings, "CTMP", false},
    {Action::ListenRecording, "CTM", false},
    {Action::ViewTemplates, "ACTMPD", false},
    {Action::EditTemplate, "CTM", false},
    {Action::PublishTemplate, "CM", false},
    {Action::EvaluateRecording, "CM", false},
    {Action::SelfEvaluate, "ACTMPD", true},       // the agent of the call
    {Action::EditEvaluation, "ACTMPD", false},    // the rules then ask: whose evaluation?
    {Action::ViewEvaluations, "CTMP", false},     // and agents about themselves
    {Action::RecordAgentRequest, "CM", false},    // and agents for themselves
    {Action::AdjustEvaluation, "CM", false},      // its evaluator only: the rules
    {Action::SignOffEvaluation, "ACTMPD", false}, // the agent or the evaluator: the rules
    {Action::DisputeEvaluation, "ACTMPD", true},  // the agent of the evaluation
    {Action::ResolveDispute, "CM", false},        // the evaluator or a manager: the rules
    {Action::ExportSubjectData, "P", false},      // and everyone about themselves
    {Action::RetainRecording, "CM", false},
    {Action::BackupVault, "MD", false},
    {Action::CutClip, "CTM", false}, // coaching recordings only: the rules
    {Action::ViewClips, "CTMP", false},
    {Action::UseTranscript, "CTM", false},
};

char letterOf(Role role)
{
    switch (role) {
    case Role::Agent:
        return 'A';
    case Role::Coach:
        return 'C';
    case Role::Trainer:
        return 'T';
    case Role::Manager:
        return 'M';
    case Role::PrivacyOfficer:
        return 'P';
    case Role::Administrator:
        return 'D';
    }
    return '?';
}

} // namespace

class RoleActionMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionHasARow()
    {
        for (Action action : kAllActions) {
            bool found = false;
            for (const Row& row : kMatrix)
                found = found || row.action == action;
            QVERIFY2(found, qPrintable(actionName(action)));
        }
    }

    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<bool>("onlySelf");
        for (const Row& row : kMatrix) {
            for (Role role : kAllRoles) {
                const bool expected = std::strchr(row.allowed, letterOf(role)) != nullptr;
                const QByteArray tag = "R-AUTH-3 " + roleName(role).toLatin1() + " x " +
                                       actionName(row.action).toLatin1();
                QTest::newRow(tag.constData())
                    << int(role) << int(row.action) << expected << row.onlySelf;
            }
        }
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, expected);
        QFETCH(bool, onlySelf);
        Person actor;
        actor.id = 7;
        actor.roles = {Role(role)};
        Person other;
        other.id = 8;
        const Person* subject = onlySelf ? &actor : &other;
        QCOMPARE(RulesEngine::roleAllows(actor, Action(action), subject), expected);
        if (onlySelf) // about someone else: nobody, whatever the role
            QVERIFY(!RulesEngine::roleAllows(actor, Action(action), &other));
    }

    void agentsSeeTheirOwnRecordingsOnly()
    {
        Person agent;
        agent.id = 3;
        agent.roles = {Role::Agent};
        Person other;
        other.id = 4;
        QVERIFY(RulesEngine::roleAllows(agent, Action::ViewRecordings, &agent));
        QVERIFY(!RulesEngine::roleAllows(agent, Action::ViewRecordings, &other));
        QVERIFY(!RulesEngine::roleAllows(agent, Action::ViewRecordings, nullptr));
        QVERIFY(RulesEngine::roleAllows(agent, Action::ListenRecording, &agent)); // R-ACCESS-1
        QVERIFY(!RulesEngine::roleAllows(agent, Action::ListenRecording, &other));
    }

    void inactivePersonsMayDoNothing()
    {
        Person actor;
        actor.roles = {Role::Administrator, Role::Manager, Role::PrivacyOfficer};
        actor.active = false;
        for (Action action : kAllActions)
            QVERIFY(!RulesEngine::roleAllows(actor, action, &actor));
    }
};

QTEST_GUILESS_MAIN(RoleActionMatrix)
#include "RoleActionMatrix.moc"
