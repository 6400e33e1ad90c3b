#pragma once

#include "core/Error.h"
#include "core/playback/PlaybackPipeline.h"
#include "core/recordings/Recording.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QAudioSink;
class QMediaDevices;
class QTimer;

namespace cv::core {

class ChunkDevice;
class PcmSource;
class RecordingStore;
struct RenderedClip;

// Plays one recording from the vault: its chunks stream through the decoder
// and the PlaybackPipeline into a QAudioSink (Qt Multimedia, push mode, fed
// from a timer a few blocks ahead) on the default audio output. Nothing decrypted is written
// anywhere but the sound card.
//
// States: Empty (nothing open), Ready (open, not playing), Playing, Paused,
// NoOutput (the machine has no audio output: everything but sound still
// works, and the player recovers when an output appears), Failed (the audio
// could not be decoded or the output broke; message() says what).
// Positions are milliseconds of the recording. Lives on the vault's thread.
class CallPlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPlayer)
public:
    enum class State
    {
        Empty,
        Ready,
        Playing,
        Paused,
        NoOutput,
        Failed,
    };
    Q_ENUM(State)

    // The steps `[` and `]` move through.
    static constexpr double kSpeedSteps[] = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

    explicit CallPlayer(QObject* parent = nullptr);
    ~CallPlayer() override;

    // `store` must outlive the player or the next open()/close().
    Result<void> open(const RecordingStore& store, const Recording& recording);
    // A clip rendered in memory (ClipDesk::preview): encoded as float WAV into
    // a buffer in memory and played like a call; positions are of the clip.
    Result<void> openClip(const RenderedClip& clip, AgentChannel agentChannel);
    void close();

    State state() const { return m_state; }
    // Why the state is NoOutput or Failed; empty otherwise.
    const QString& message() const { return m_message; }
    bool isOpen() const { return bool(m_pipeline); }
    qint64 durationMs() const;
    qint64 positionMs() const;
    double speed() const;
    double volume() const;
    bool canSeparateParties() const;
    bool isMuted(Party party) const;
    std::optional<Party> solo() const;
    // Whether an audio output exists right now.
    static bool hasAudioOutput();

public Q_SLOTS:
    void play();
    void pause();
    void togglePlayPause();
    void seek(qint64 ms);
    void skip(qint64 deltaMs);
    void setSpeed(double speed);
    void faster(); // next speed step
    void slower(); // previous speed step
    void setVolume(double volume);
    void setMuted(cv::core::Party party, bool muted);
    void setSolo(std::optional<cv::core::Party> party);

Q_SIGNALS:
    void stateChanged(cv::core::CallPlayer::State state);
    void positionChanged(qint64 ms);
    void speedChanged(double speed);
    void mixChanged(); // volume, mute or solo

private:
    Result<void> start(std::unique_ptr<QIODevice> device, const QString& container,
                       AgentChannel agentChannel);
    void setState(State state, const QString& message = {});
    void startSink();
    void stopSink();
    void onSinkStateChanged();
    void feed();     // tops the sink's buffer up
    void finished(); // the recording played to its end (or broke)
    void checkOutput();
    qint64 frameOf(qint64 ms) const;
    qint64 msOf(qint64 frame) const;

    std::unique_ptr<QIODevice> m_chunks; // the call's chunks or a clip's buffer
    std::unique_ptr<PlaybackPipeline> m_pipeline;
    std::unique_ptr<PcmSource> m_source;
    std::unique_ptr<QAudioSink> m_sink;
    QMediaDevices* m_devices = nullptr;
    QTimer* m_tick = nullptr;
    QIODevice* m_output = nullptr; // the sink's push device, owned by the sink
    QByteArray m_feed;
    int m_ticks = 0;
    State m_state = State::Empty;
    QString m_message;
    qint64 m_outputAtStart = 0; // pipeline output frame when the sink started
    qint64 m_heldFrame = 0;     // the position while not playing
};

} // namespace cv::core
