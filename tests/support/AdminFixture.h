#pragma once

#include "core/admin/Administration.h"
#include "core/time/Clock.h"
#include "core/vault/Vault.h"

#include <QTemporaryDir>

#include <memory>

namespace cv::test {

// A vault under an in-memory key with a realistic cast and a policy in
// force: the starting point of rules and administration tests. Time stands
// still at 2026-03-02 10:00 UTC unless the test moves the clock.
class AdminFixture final
{
public:
    AdminFixture();

    core::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    QTemporaryDir dir;
    std::unique_ptr<core::Vault> vault;
    std::unique_ptr<core::Administration> admin;

    core::Person administrator;  // ada
    core::Person manager;        // mieke
    core::Person coach;          // karim: authorised for coaching and assessment
    core::Person trainer;        // tess
    core::Person privacyOfficer; // piet
    core::Person agent;          // sanne: permanent, informed 2026-01-15
    core::Person temp;           // tom: agency staff, informed
    core::Person uninformed;     // uma: agent never informed
    core::Person doctor;         // dirk: agent and company doctor (R-SCOPE-2)
    core::Person councillor;     // wim: agent and works-council member

    core::Policy policy; // as stored (version 1)

    // A policy every rule is happy with; tests change a copy.
    static core::Policy basePolicy();
    core::Person add(const QString& handle, const QString& name, QList<core::Role> roles,
                     core::Employment employment,
                     core::ProtectedStatus status = core::ProtectedStatus::None,
                     QDate informedOn = {});
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
};

} // namespace cv::test
