#pragma once

#include "core/Error.h"
#include "core/audio/PeakPyramid.h"
#include "core/recordings/Recording.h"
#include "core/recordings/RecordingStore.h"
#include "core/rules/Action.h"

namespace cv::core {

class Administration;
class Vault;
struct Person;

// Opening a recording to review it, and listening to it: the rules decide
// and every access becomes an audit entry (R-AUTH-3), as for any other use
// case: decide -> audit -> act.
// - open(): the metadata and waveform (Action::ViewRecordings; agents only
//   their own), audited as "recording.view";
// - listen(): the audio (Action::ListenRecording: an authorisation in force
//   for the recording's purpose, R-AUTH-1; the agent their own, R-ACCESS-1),
//   audited as "recording.listen" before a sound is played.
class RecordingAccess final
{
public:
    struct Opened
    {
        Recording recording;
        PeakPyramid peaks;
        QString agentName;
        QString importedByName;
    };

    RecordingAccess(Vault& vault, Administration& admin);

    Result<Opened> open(const Person& actor, RecordingId id);
    Result<void> listen(const Person& actor, const Recording& recording);
    // Where the player reads the audio from, once listen() allowed it.
    const RecordingStore& store() const { return m_store; }
    // Refused with R-RETAIN-3 once the retention sweep destroyed it.
    Result<void> stillHeld(RecordingId id) const;

private:
    Result<Person> agentOf(const Recording& recording) const;
    Result<void> audit(const Person& actor, Action action, const Recording& recording,
                       const QString& detail);
    Administration& m_admin;
    RecordingStore m_store;
    Vault& m_vault;
};

} // namespace cv::core
