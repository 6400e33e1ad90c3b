#pragma once

#include "core/playback/CallPlayer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace cv::ui {

// The player's controls under the waveform: play/pause, back and forward
// 5 s, the position, the speed, the volume, and mute and solo for the agent
// and the customer. It shows the player's state and sends the user's wishes
// as signals; the Review area decides (the first play is a ruled, audited
// listen) and drives the CallPlayer.
class TransportBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransportBar)
public:
    explicit TransportBar(QWidget* parent = nullptr);

    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    void setPlaying(bool playing);
    void setSpeed(double speed);
    void setVolume(double volume);
    // Mono recordings cannot separate agent and customer.
    void setPartiesSeparable(bool separable);
    void setMix(bool agentMuted, bool customerMuted, std::optional<core::Party> solo);

    QToolButton* playButton() const { return m_play; }

Q_SIGNALS:
    void playPauseClicked();
    void skipClicked(qint64 deltaMs);
    void speedChosen(double speed);
    void volumeChosen(double volume);
    void muteToggled(cv::core::Party party, bool muted);
    void soloToggled(cv::core::Party party, bool solo);

private:
    QToolButton* button(const QString& text, const QString& tip, const QString& name);

    QToolButton* m_play = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    QLabel* m_time = nullptr;
    QComboBox* m_speed = nullptr;
    QSlider* m_volume = nullptr;
    QToolButton* m_muteAgent = nullptr;
    QToolButton* m_soloAgent = nullptr;
    QToolButton* m_muteCustomer = nullptr;
    QToolButton* m_soloCustomer = nullptr;
    qint64 m_duration = 0;
    qint64 m_position = 0;
};

} // namespace cv::ui
