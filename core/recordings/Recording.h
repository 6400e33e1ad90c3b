#pragma once

#include "core/domain/Purpose.h"
#include "core/people/Person.h"

#include <QDateTime>
#include <QString>

namespace cv::core {

using RecordingId = qint64;

enum class CallDirection
{
    Inbound,
    Outbound,
};

// Which channel of a stereo recording carries the agent; mono recordings
// hold both parties in one channel.
enum class AgentChannel
{
    Mono = -1,
    Left = 0,
    Right = 1,
};

// One imported call: metadata that identifies no customer (R-MIN-1) and the
// facts of its audio. The audio itself lives in the vault in its original
// encoding, in chunks (RecordingStore, ChunkDevice).
struct Recording
{
    RecordingId id = 0;
    PersonId agent = 0;
    Purpose purpose = Purpose::Coaching; // bound for ever (R-PURPOSE-1)
    int policyVersion = 0;               // the policy it was imported under (R-POLICY-2)
    QDateTime callStartUtc;
    CallDirection direction = CallDirection::Inbound;
    QString queue;
    AgentChannel agentChannel = AgentChannel::Mono;
    QString externalClient;
    QString sourceSha256; // of the file as received; refuses duplicates
    QString container;
    QString encoding;
    int sampleRateHz = 0;
    int channels = 0;
    qint64 frames = 0;
    qint64 byteSize = 0;
    QDateTime importedAtUtc;
    PersonId importedBy = 0;

    qint64 durationMs() const { return sampleRateHz > 0 ? frames * 1000 / sampleRateHz : 0; }
};

QString directionName(CallDirection direction); // "inbound", "outbound"

} // namespace cv::core
