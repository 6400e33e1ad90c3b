#pragma once

#include "core/Error.h"
#include "core/clips/ClipExporter.h"
#include "core/clips/ClipSpec.h"
#include "core/clips/ClipStore.h"
#include "core/clips/RenderedClip.h"
#include "core/recordings/Recording.h"
#include "core/recordings/RecordingStore.h"

#include <QString>

#include <optional>

namespace cv::core {

class Administration;
class Vault;
struct Person;

// The training-clip use cases, each decide -> audit -> act like the rest of
// the product; the GUI's Clips area and the CLI both come through here.
// - check(): may `actor` cut this clip at all (Action::CutClip: a coaching
//   recording, R-TRAIN-2; the customer's voice disguised and the agent's
//   unless they consented in writing, R-TRAIN-1; an authorisation for
//   coaching in force, R-AUTH-1). A refusal is audited with its rule ID.
// - preview(): check(), then the clip rendered and loudness-normalised in
//   memory (audited "clip.preview"); play it with CallPlayer::openClip.
// - exportClip(): check(), render, normalise, encode, then in one
//   transaction the library entry, the audit entry "clip.export" and the
//   file (nothing is recorded if the file cannot be written).
// - list(): the library (Action::ViewClips), audited "clip.view".
class ClipDesk final
{
public:
    struct Exported
    {
        ClipRecord clip;
        qint64 bytes = 0;
    };

    ClipDesk(Vault& vault, Administration& admin);

    Result<void> check(const Person& actor, const ClipSpec& spec);
    Result<RenderedClip> preview(const Person& actor, const ClipSpec& spec);
    // `format` defaults to the one `path`'s suffix names (Usage if none).
    Result<Exported> exportClip(const Person& actor, const ClipSpec& spec, const QString& path,
                                std::optional<ClipFormat> format = std::nullopt);
    Result<QList<ClipRecord>> list(const Person& actor);

    // Whether this clip would leave the agent identifiable (a stereo call
    // with only the customer disguised): what the GUI should say it relies on.
    static bool keepsAgentIdentifiable(const Recording& recording, const ClipSpec& spec);

private:
    struct Checked
    {
        Recording recording;
        Person agent;
    };
    Result<Checked> decide(const Person& actor, const ClipSpec& spec);
    Result<RenderedClip> renderNormalised(const Checked& checked, const ClipSpec& spec);

    Vault& m_vault;
    Administration& m_admin;
    RecordingStore m_recordings;
    ClipStore m_clips;
};

} // namespace cv::core
