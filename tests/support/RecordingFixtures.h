#pragma once

#include "core/Error.h"
#include "core/recordings/Recording.h"

#include <QByteArray>

namespace cv::core {
class RecordingStore;
}

namespace cv::test {

// Stores `bytes` as a coaching recording of `agent` straight through the
// store (no rules), with its peaks: for tests of what happens after import. The format
// facts are read from the bytes with libsndfile. Call inside a Transaction.
core::Result<core::RecordingId> storeRecording(core::RecordingStore& store, core::PersonId agent,
                                               const QByteArray& bytes,
                                               core::AgentChannel agentChannel,
                                               core::PersonId importedBy);

} // namespace cv::test
