#pragma once

#include "core/domain/Purpose.h"
#include "core/recordings/Recording.h"
#include "tests/support/AdminFixture.h"

#include <QByteArray>

#include <vector>

namespace cv::test {

// A 5-second 8 kHz stereo 16-bit WAV call (agent left: 1 kHz; customer
// right: 440 Hz) of sanne, stored for `purpose` by karim. 0 on failure.
core::RecordingId storeClipCall(AdminFixture& fx, core::Purpose purpose = core::Purpose::Coaching,
                                const QByteArray& wav = {});
// All frames of `bytes` decoded with libsndfile, interleaved.
std::vector<float> decodeAll(const QByteArray& bytes, int* channels = nullptr, int* rate = nullptr);
// The dominant frequency of one channel, from its zero crossings (Hz).
double zeroCrossingHz(const std::vector<float>& interleaved, int channels, int channel, int rate);

} // namespace cv::test
