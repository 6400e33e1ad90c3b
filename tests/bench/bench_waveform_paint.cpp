// Waveform paint time per frame (DESIGN.md budget: under 4 ms at any zoom of a
// 1-hour call) on a 1-hour 8 kHz stereo speech-like call, widget 1600x300,
// with a selection, two markers and the playhead shown.
//
// "Frame" = a synchronous repaint of the whole widget after its visible range
// moved by one pixel, so the ruler and lanes are rendered again (the costly
// case: scrolling, zooming, page turns). Also measured: a playhead move (the
// common case while playing: two narrow strips from the cached layer) and a
// floor in the same run: repainting a widget of the same size that only
// fills itself with a solid colour. Median of kFrames frames each.
//
// The budgeted figure is the paint thread's CPU time per frame: on a shared
// machine (load above the core count is common here) wall time mostly
// measures waiting for a core. Wall-clock medians are printed too, without a
// budget; on an idle machine the two agree.
//
// BENCH <name> <value> <unit> budget <value>
#include "tests/support/SyntheticPeaks.h"
#include "ui/waveform/WaveformView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPaintEvent>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace cv;

namespace {

constexpr int kRate = 8000;
constexpr int kSeconds = 3600;
constexpr qint64 kDurationMs = qint64(kSeconds) * 1000;
constexpr int kWidth = 1600;
constexpr int kHeight = 300;
constexpr int kFrames = 120;
constexpr double kBudgetMs = 4.0;

class SolidFill final : public QWidget
{
protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), QColor(0xf4, 0xf6, 0xf8));
    }
};

// Wall and thread-CPU time of one measured stretch, in ms.
class FrameTimer
{
public:
    FrameTimer()
    {
        m_wall.start();
        m_cpu = threadCpuNs();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(threadCpuNs() - m_cpu) / 1e6; }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Frames
{
    std::vector<double> cpu;
    std::vector<double> wall;
    void add(const FrameTimer& timer)
    {
        // Read both before storing either.
        const double c = timer.cpuMs();
        const double w = timer.wallMs();
        cpu.push_back(c);
        wall.push_back(w);
    }
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char* name, double value, const char* unit, const char* budget)
{
    std::printf("BENCH %s %.3f %s budget %s\n", name, value, unit, budget);
    std::fflush(stdout);
}

Frames floorFrames()
{
    SolidFill widget;
    widget.resize(kWidth, kHeight);
    widget.show();
    QApplication::processEvents();
    Frames frames;
    for (int i = 0; i < kFrames; ++i) {
        const FrameTimer timer;
        widget.repaint();
        frames.add(timer);
    }
    return frames;
}

// Repaints after moving the window [startMs, startMs + spanMs) by one pixel
// back and forth, so every frame renders the layer again.
Frames rangeFrames(ui::WaveformView& view, qint64 startMs, qint64 spanMs)
{
    view.setVisibleRange(startMs, startMs + spanMs);
    const qint64 start = view.visibleStartMs();
    const qint64 span = view.visibleEndMs() - start;
    const qint64 onePixel = std::max<qint64>(1, span / kWidth);
    Frames frames;
    for (int i = 0; i < kFrames; ++i) {
        const bool odd = i % 2 == 1;
        if (start == 0 && span == kDurationMs) // the whole call: trim a pixel instead
            view.setVisibleRange(odd ? onePixel : 0, kDurationMs);
        else
            view.setVisibleRange(start + (odd ? onePixel : 0), start + (odd ? onePixel : 0) + span);
        const FrameTimer timer;
        view.repaint();
        frames.add(timer);
    }
    return frames;
}

// A moving playhead: update() of two strips, delivered at once.
Frames playheadFrames(ui::WaveformView& view)
{
    view.setVisibleRange(20 * 60'000, 30 * 60'000);
    view.repaint();
    const qint64 msPerPixel = (view.visibleEndMs() - view.visibleStartMs()) / kWidth;
    Frames frames;
    for (int i = 0; i < kFrames; ++i) {
        const FrameTimer timer;
        view.setPosition(20 * 60'000 + 100 * msPerPixel + i * msPerPixel);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        frames.add(timer);
    }
    return frames;
}

} // namespace

int main(int argc, char** argv)
{
    // Paint cost, not a display server's: offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QElapsedTimer build;
    build.start();
    const core::PeakPyramid peaks = test::speechLikePeaks(kSeconds, kRate);
    std::fprintf(stderr, "built a %d s pyramid (%lld frames) in %.2f s\n", kSeconds,
                 static_cast<long long>(peaks.frames()), elapsedMs(build) / 1000);

    ui::WaveformView view;
    view.resize(kWidth, kHeight);
    view.setPeaks(peaks, kRate, {QStringLiteral("Agent"), QStringLiteral("Customer")});
    view.setMarkers({{1, 25 * 60'000 + 5'000, QStringLiteral("Greeting and name"), QColor()},
                     {2, 25 * 60'000 + 40'000, QStringLiteral("Promise to call back"), QColor()}});
    view.setSelection(25 * 60'000 + 10'000, 25 * 60'000 + 20'000);
    view.setPosition(25 * 60'000 + 15'000);
    view.setFollowPlayhead(false);
    view.show();
    QApplication::processEvents();

    const Frames floorRun = floorFrames();
    const double floor = median(floorRun.cpu);
    report("waveform_paint_floor_solid_fill", floor, "ms", "-");
    report("waveform_paint_floor_solid_fill_wall", median(floorRun.wall), "ms", "-");

    struct Zoom
    {
        const char* name;
        qint64 spanMs;
    };
    const qint64 maxZoomSpan = qint64(kWidth) * 64 * 1000 / kRate;
    const Zoom zooms[] = {{"waveform_paint_whole_call", kDurationMs},
                          {"waveform_paint_10_min", 10 * 60'000},
                          {"waveform_paint_1_min", 60'000},
                          {"waveform_paint_10_s", 10'000},
                          {"waveform_paint_max_zoom", maxZoomSpan}};
    double worst = 0;
    auto figure = [&worst](const QByteArray& name, const Frames& frames) {
        const double cpu = median(frames.cpu);
        report(name.constData(), cpu, "ms", "4");
        report(QByteArray(name + "_wall").constData(), median(frames.wall), "ms", "-");
        worst = std::max(worst, cpu);
    };
    for (const Zoom& zoom : zooms) {
        const qint64 start = zoom.spanMs == kDurationMs ? 0 : 25 * 60'000 - zoom.spanMs / 2;
        const Frames frames = rangeFrames(view, start, zoom.spanMs);
        std::fprintf(stderr, "%s: %lld ms visible (asked %lld)\n", zoom.name,
                     static_cast<long long>(view.visibleEndMs() - view.visibleStartMs()),
                     static_cast<long long>(zoom.spanMs));
        figure(zoom.name, frames);
    }
    figure("waveform_paint_playhead_move", playheadFrames(view));

    report("waveform_paint_worst_vs_budget", worst / kBudgetMs, "ratio", "1.0");
    report("waveform_paint_worst_vs_floor", worst / floor, "ratio", "-");
    return 0;
}
