#pragma once

#include "core/Error.h"
#include "core/people/Person.h"
#include "core/recordings/Recording.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cv::core {

class Administration;
class Vault;

// One recording as a list shows it: its metadata (which identifies no
// customer, R-MIN-1) and the agent's name.
struct CatalogueEntry
{
    Recording recording;
    QString agentName; // display name; the id when the person is gone
    QString agentHandle;
    QDateTime evaluateByUtc; // R-ASSESS-3; invalid when the policy is unknown
    bool evaluated = false;  // a coach has submitted an evaluation of it
};

// The recordings a person may see: Action::ViewRecordings decided per
// recording for its agent, so coaches, trainers, managers and privacy
// officers see all and agents only their own. Newest call first (then the
// newest import), each with its evaluation deadline. Looking is access to personal data: each
// listing is one audit entry ("recording.view" of "*").
//
// Threading: the vault's thread.
class RecordingCatalogue final
{
public:
    RecordingCatalogue(Vault& vault, Administration& admin);

    Result<QList<CatalogueEntry>> visibleTo(const Person& viewer);

private:
    Vault& m_vault;
    Administration& m_admin;
};

} // namespace cv::core
