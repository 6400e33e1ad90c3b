#include "core/playback/CallPlayer.h"

#include "core/audio/AudioDecoder.h"
#include "core/clips/ClipExporter.h"
#include "core/clips/RenderedClip.h"
#include "core/playback/PcmSource.h"
#include "core/recordings/ChunkDevice.h"
#include "core/recordings/RecordingStore.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QCoreApplication>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace cv::core {

namespace {

// The sink is fed every kTickMs up to kSinkBufferUs ahead of the speaker:
// small enough for mute and volume to follow the hand, large enough to ride
// out a busy event loop. Position signals go out every other tick.
constexpr int kTickMs = 15;
constexpr qint64 kSinkBufferUs = 200'000;

class PlayerText
{
    Q_DECLARE_TR_FUNCTIONS(CallPlayer)
public:
    static QString noOutput()
    {
        return tr("No audio output is available. Connect a headset or speakers, or check the "
                  "sound settings; the call can still be reviewed on screen.");
    }
    static QString cannotDecode(const QString& why)
    {
        return tr("The recording cannot be played: %1").arg(why);
    }
    static QString formatUnsupported(int hz)
    {
        return tr("The audio output cannot play stereo sound at %1 Hz.").arg(hz);
    }
    static QString outputFailed() { return tr("The audio output stopped working."); }
};

} // namespace

CallPlayer::CallPlayer(QObject* parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(kTickMs);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, [this] {
        feed();
        if (m_state == State::Playing && (++m_ticks % 2) == 0)
            Q_EMIT positionChanged(positionMs());
    });
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &CallPlayer::checkOutput);
}

CallPlayer::~CallPlayer()
{
    close();
}

bool CallPlayer::hasAudioOutput()
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

Result<void> CallPlayer::open(const RecordingStore& store, const Recording& recording)
{
    close();
    auto chunks = std::make_unique<ChunkDevice>(store, recording.id, recording.byteSize);
    if (!chunks->open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, PlayerText::cannotDecode(chunks->errorString()));
    return start(std::move(chunks), recording.container, recording.agentChannel);
}

Result<void> CallPlayer::openClip(const RenderedClip& clip, AgentChannel agentChannel)
{
    close();
    auto wav = ClipExporter::encodePreview(clip);
    if (!wav)
        return std::unexpected(wav.error());
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(*wav);
    if (!buffer->open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, PlayerText::cannotDecode(buffer->errorString()));
    return start(std::move(buffer), QString(), agentChannel);
}

Result<void> CallPlayer::start(std::unique_ptr<QIODevice> device, const QString& container,
                               AgentChannel agentChannel)
{
    AudioDecoder::Opened opened = AudioDecoder::openStored(*device, container);
    if (opened.status != AudioDecoder::Status::Ok) {
        const QString message = PlayerText::cannotDecode(opened.why);
        setState(State::Failed, message);
        return fail(ErrorCode::BadInput, message);
    }
    m_chunks = std::move(device);
    m_pipeline = std::make_unique<PlaybackPipeline>(std::move(opened.decoder), agentChannel);
    m_heldFrame = 0;
    checkOutput();
    if (m_state == State::Empty)
        setState(State::Ready);
    Q_EMIT positionChanged(0);
    return {};
}

void CallPlayer::close()
{
    stopSink();
    m_sink.reset();
    m_source.reset();
    m_pipeline.reset();
    m_chunks.reset();
    m_heldFrame = 0;
    if (m_state != State::Empty)
        setState(State::Empty);
}

void CallPlayer::setState(State state, const QString& message)
{
    m_message = message;
    if (state == State::Playing)
        m_tick->start();
    else
        m_tick->stop();
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CallPlayer::checkOutput()
{
    if (!m_pipeline)
        return;
    const bool available = hasAudioOutput();
    if (!available && m_state != State::Failed) {
        if (m_state == State::Playing)
            pause();
        m_sink.reset();
        setState(State::NoOutput, PlayerText::noOutput());
    } else if (available && (m_state == State::NoOutput || m_state == State::Empty)) {
        m_sink.reset(); // the next play() opens the (new) default output
        setState(State::Ready);
    }
}

qint64 CallPlayer::frameOf(qint64 ms) const
{
    return m_pipeline ? ms * m_pipeline->sampleRateHz() / 1000 : 0;
}

qint64 CallPlayer::msOf(qint64 frame) const
{
    return m_pipeline && m_pipeline->sampleRateHz() > 0 ? frame * 1000 / m_pipeline->sampleRateHz()
                                                        : 0;
}

qint64 CallPlayer::durationMs() const
{
    return m_pipeline ? msOf(m_pipeline->durationFrames()) : 0;
}

qint64 CallPlayer::positionMs() const
{
    if (!m_pipeline)
        return 0;
    if (m_state != State::Playing || !m_sink)
        return msOf(m_heldFrame);
    const qint64 played =
        m_outputAtStart + m_sink->processedUSecs() * m_pipeline->sampleRateHz() / 1'000'000;
    return msOf(m_pipeline->sourceFrameAt(played));
}

double CallPlayer::speed() const
{
    return m_pipeline ? m_pipeline->speed() : 1.0;
}

double CallPlayer::volume() const
{
    return m_pipeline ? m_pipeline->volume() : 1.0;
}

bool CallPlayer::canSeparateParties() const
{
    return m_pipeline && m_pipeline->canSeparateParties();
}

bool CallPlayer::isMuted(Party party) const
{
    return m_pipeline && m_pipeline->isMuted(party);
}

std::optional<Party> CallPlayer::solo() const
{
    return m_pipeline ? m_pipeline->solo() : std::nullopt;
}

void CallPlayer::startSink()
{
    if (!m_sink) {
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        QAudioFormat format;
        format.setSampleRate(m_pipeline->sampleRateHz());
        format.setChannelCount(PlaybackPipeline::kOutputChannels);
        format.setSampleFormat(QAudioFormat::Int16);
        if (!device.isFormatSupported(format))
            format.setSampleFormat(QAudioFormat::Float);
        if (!device.isFormatSupported(format)) {
            setState(State::Failed, PlayerText::formatUnsupported(m_pipeline->sampleRateHz()));
            return;
        }
        m_sink = std::make_unique<QAudioSink>(device, format);
        m_sink->setBufferSize(format.bytesForDuration(kSinkBufferUs));
        connect(m_sink.get(), &QAudioSink::stateChanged, this, &CallPlayer::onSinkStateChanged);
        m_source = std::make_unique<PcmSource>(*m_pipeline, format);
    }
    if (!m_pipeline->seek(m_heldFrame)) {
        setState(State::Failed, PlayerText::cannotDecode(m_pipeline->error()));
        return;
    }
    m_source->close();
    m_source->open(QIODevice::ReadOnly);
    m_outputAtStart = m_pipeline->outputFrames();
    // Push mode: Qt 6.4's pull mode reads half-second blocks only when its
    // buffer runs dry, which underruns as soon as a block takes a while.
    m_output = m_sink->start();
    if (!m_output) {
        setState(State::Failed, PlayerText::outputFailed());
        return;
    }
    setState(State::Playing);
    feed();
}

void CallPlayer::feed()
{
    if (m_state != State::Playing || !m_output || !m_sink)
        return;
    const int bytesPerFrame = m_sink->format().bytesPerFrame();
    const qint64 free = m_sink->bytesFree() / bytesPerFrame * bytesPerFrame;
    qint64 written = 0;
    if (free > 0 && !m_pipeline->atEnd()) {
        m_feed.resize(free);
        const qint64 rendered = m_source->read(m_feed.data(), free);
        if (rendered > 0)
            written = m_output->write(m_feed.constData(), rendered);
    }
    if (m_pipeline->atEnd() && written == 0 &&
        (m_sink->state() == QAudio::IdleState || m_sink->bytesFree() >= m_sink->bufferSize()))
        finished();
}

void CallPlayer::finished()
{
    const QString error = m_pipeline->error();
    m_heldFrame = error.isEmpty() ? m_pipeline->durationFrames()
                                  : m_pipeline->sourceFrameAt(m_pipeline->outputFrames());
    stopSink();
    if (!error.isEmpty()) {
        setState(State::Failed, PlayerText::cannotDecode(error));
        return;
    }
    setState(State::Ready);
    Q_EMIT positionChanged(durationMs());
}

void CallPlayer::stopSink()
{
    if (!m_sink || m_sink->state() == QAudio::StoppedState)
        return;
    // Stopping emits StoppedState; onSinkStateChanged ignores it while we
    // are not Playing.
    const State before = m_state;
    m_state = State::Paused;
    m_sink->stop();
    m_output = nullptr;
    m_state = before;
}

void CallPlayer::onSinkStateChanged()
{
    if (!m_sink || m_state != State::Playing)
        return;
    if (m_sink->state() == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
        m_heldFrame = frameOf(positionMs());
        m_output = nullptr;
        m_sink.reset();
        setState(State::Failed, PlayerText::outputFailed());
    }
}

void CallPlayer::play()
{
    if (!m_pipeline || m_state == State::Playing)
        return;
    checkOutput();
    if (m_state == State::NoOutput)
        return;
    if (m_heldFrame >= m_pipeline->durationFrames())
        m_heldFrame = 0;
    startSink();
}

void CallPlayer::pause()
{
    if (m_state != State::Playing)
        return;
    m_heldFrame = frameOf(positionMs());
    stopSink();
    setState(State::Paused);
    Q_EMIT positionChanged(msOf(m_heldFrame));
}

void CallPlayer::togglePlayPause()
{
    if (m_state == State::Playing)
        pause();
    else
        play();
}

void CallPlayer::seek(qint64 ms)
{
    if (!m_pipeline)
        return;
    m_heldFrame = std::clamp<qint64>(frameOf(ms), 0, m_pipeline->durationFrames());
    if (m_state == State::Playing) {
        stopSink();
        startSink();
    }
    Q_EMIT positionChanged(msOf(m_heldFrame));
}

void CallPlayer::skip(qint64 deltaMs)
{
    seek(positionMs() + deltaMs);
}

void CallPlayer::setSpeed(double speed)
{
    if (!m_pipeline)
        return;
    const double before = m_pipeline->speed();
    m_pipeline->setSpeed(speed);
    if (m_pipeline->speed() == before)
        return;
    if (m_state == State::Playing) {
        // Restart from what is heard now so the change is immediate.
        m_heldFrame = frameOf(positionMs());
        stopSink();
        startSink();
    }
    Q_EMIT speedChanged(m_pipeline->speed());
}

void CallPlayer::faster()
{
    const double now = speed();
    for (double step : kSpeedSteps) {
        if (step > now + 1e-6) {
            setSpeed(step);
            return;
        }
    }
}

void CallPlayer::slower()
{
    const double now = speed();
    for (auto it = std::rbegin(kSpeedSteps); it != std::rend(kSpeedSteps); ++it) {
        if (*it < now - 1e-6) {
            setSpeed(*it);
            return;
        }
    }
}

void CallPlayer::setVolume(double volume)
{
    if (!m_pipeline)
        return;
    m_pipeline->setVolume(volume);
    Q_EMIT mixChanged();
}

void CallPlayer::setMuted(Party party, bool muted)
{
    if (!m_pipeline)
        return;
    m_pipeline->setMuted(party, muted);
    Q_EMIT mixChanged();
}

void CallPlayer::setSolo(std::optional<Party> party)
{
    if (!m_pipeline)
        return;
    m_pipeline->setSolo(party);
    Q_EMIT mixChanged();
}

} // namespace cv::core
