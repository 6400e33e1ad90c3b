#include "tests/support/AudioFixtures.h"

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace cv::test {

// A 1 kHz / 440 Hz tone, `seconds` long, encoded in memory as `format`.
QByteArray encode(int format, int rate, int channels, double seconds)
{
    struct Sink
    {
        QByteArray bytes;
        qint64 pos = 0;
    } sink;
    SF_VIRTUAL_IO io{};
    io.get_filelen = [](void* s) -> sf_count_t {
        return static_cast<Sink*>(s)->bytes.size();
    };
    io.seek = [](sf_count_t offset, int whence, void* s) -> sf_count_t {
        auto* k = static_cast<Sink*>(s);
        k->pos = whence == SEEK_SET   ? offset
                 : whence == SEEK_CUR ? k->pos + offset
                                      : k->bytes.size() + offset;
        return k->pos;
    };
    io.read = [](void* ptr, sf_count_t count, void* s) -> sf_count_t {
        auto* k = static_cast<Sink*>(s);
        const qint64 n = std::max<qint64>(0, std::min<qint64>(count, k->bytes.size() - k->pos));
        memcpy(ptr, k->bytes.constData() + k->pos, size_t(n));
        k->pos += n;
        return n;
    };
    io.write = [](const void* ptr, sf_count_t count, void* s) -> sf_count_t {
        auto* k = static_cast<Sink*>(s);
        if (k->pos + count > k->bytes.size())
            k->bytes.resize(k->pos + count);
        memcpy(k->bytes.data() + k->pos, ptr, size_t(count));
        k->pos += count;
        return count;
    };
    io.tell = [](void* s) -> sf_count_t {
        return static_cast<Sink*>(s)->pos;
    };
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    SNDFILE* file = sf_open_virtual(&io, SFM_WRITE, &info, &sink);
    if (!file)
        return {};
    const qint64 frames = qint64(seconds * rate);
    std::vector<float> samples(size_t(frames * channels));
    for (qint64 i = 0; i < frames; ++i)
        for (int c = 0; c < channels; ++c)
            samples[size_t(i * channels + c)] =
                0.5f * float(std::sin(2 * M_PI * (c ? 440 : 1000) * double(i) / rate));
    sf_writef_float(file, samples.data(), frames);
    sf_close(file);
    return sink.bytes;
}

} // namespace cv::test
