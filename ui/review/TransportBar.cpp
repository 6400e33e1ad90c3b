#include "ui/review/TransportBar.h"

#include "ui/DisplayText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace cv::ui {

namespace {

constexpr qint64 kSkipMs = 5000;

} // namespace

TransportBar::TransportBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transportBar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);

    m_back =
        button(tr("Back 5 s"), tr("Back 5 seconds (Left arrow, J)"), QStringLiteral("backButton"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_play = button(tr("Play"), tr("Play (Space, L)"), QStringLiteral("playButton"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_forward = button(tr("Forward 5 s"), tr("Forward 5 seconds (Right arrow)"),
                       QStringLiteral("forwardButton"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    for (QToolButton* b : {m_back, m_play, m_forward})
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_play->setIconSize(QSize(28, 28));
    connect(m_play, &QToolButton::clicked, this, &TransportBar::playPauseClicked);
    connect(m_back, &QToolButton::clicked, this, [this] { Q_EMIT skipClicked(-kSkipMs); });
    connect(m_forward, &QToolButton::clicked, this, [this] { Q_EMIT skipClicked(kSkipMs); });

    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("positionLabel"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0:00:00 / 0:00:00")));
    m_time->setAccessibleName(tr("Position"));

    auto* speedLabel = new QLabel(tr("&Speed"), this);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setToolTip(tr("Playback speed; the pitch stays the same ([ slower, ] faster)"));
    for (double step : core::CallPlayer::kSpeedSteps)
        m_speed->addItem(DisplayText::locale().toString(step, 'g', 3) + QStringLiteral("×"), step);
    m_speed->setCurrentIndex(m_speed->findData(1.0));
    speedLabel->setBuddy(m_speed);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { Q_EMIT speedChosen(m_speed->itemData(index).toDouble()); });

    auto* volumeLabel = new QLabel(tr("&Volume"), this);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMinimumWidth(100);
    m_volume->setMaximumWidth(140);
    m_volume->setAccessibleName(tr("Volume"));
    volumeLabel->setBuddy(m_volume);
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { Q_EMIT volumeChosen(value / 100.0); });

    m_muteAgent =
        button(tr("Mute agent"), tr("Do not hear the agent"), QStringLiteral("muteAgentButton"));
    m_soloAgent =
        button(tr("Agent only"), tr("Hear only the agent"), QStringLiteral("soloAgentButton"));
    m_muteCustomer = button(tr("Mute customer"), tr("Do not hear the customer"),
                            QStringLiteral("muteCustomerButton"));
    m_soloCustomer = button(tr("Customer only"), tr("Hear only the customer"),
                            QStringLiteral("soloCustomerButton"));
    for (QToolButton* b : {m_muteAgent, m_soloAgent, m_muteCustomer, m_soloCustomer})
        b->setCheckable(true);
    connect(m_muteAgent, &QToolButton::toggled, this,
            [this](bool on) { Q_EMIT muteToggled(core::Party::Agent, on); });
    connect(m_muteCustomer, &QToolButton::toggled, this,
            [this](bool on) { Q_EMIT muteToggled(core::Party::Customer, on); });
    connect(m_soloAgent, &QToolButton::toggled, this,
            [this](bool on) { Q_EMIT soloToggled(core::Party::Agent, on); });
    connect(m_soloCustomer, &QToolButton::toggled, this,
            [this](bool on) { Q_EMIT soloToggled(core::Party::Customer, on); });

    // Two rows, so that the longer Dutch labels are never cut off: moving
    // through the call, speed and volume; below it whom you hear.
    auto* transport = new QHBoxLayout;
    transport->addWidget(m_back);
    transport->addWidget(m_play);
    transport->addWidget(m_forward);
    transport->addSpacing(8);
    transport->addWidget(m_time);
    transport->addStretch(1);
    transport->addWidget(speedLabel);
    transport->addWidget(m_speed);
    transport->addSpacing(16);
    transport->addWidget(volumeLabel);
    transport->addWidget(m_volume);
    auto* channels = new QHBoxLayout;
    channels->addWidget(m_muteAgent);
    channels->addWidget(m_soloAgent);
    channels->addSpacing(16);
    channels->addWidget(m_muteCustomer);
    channels->addWidget(m_soloCustomer);
    channels->addStretch(1);
    layout->addLayout(transport);
    layout->addLayout(channels);
    setPosition(0);
}

QToolButton* TransportBar::button(const QString& text, const QString& tip, const QString& name)
{
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The transport keys belong to the Review area; a focused button must
    // not swallow Space.
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

void TransportBar::setDuration(qint64 ms)
{
    m_duration = ms;
    setPosition(m_position);
}

void TransportBar::setPosition(qint64 ms)
{
    m_position = ms;
    m_time->setText(
        tr("%1 / %2").arg(DisplayText::duration(ms), DisplayText::duration(m_duration)));
}

void TransportBar::setPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    const QString tip = playing ? tr("Pause (Space, K)") : tr("Play (Space, L)");
    m_play->setToolTip(tip);
    m_play->setAccessibleName(tip);
}

void TransportBar::setSpeed(double speed)
{
    const int index = m_speed->findData(speed);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void TransportBar::setVolume(double volume)
{
    const QSignalBlocker block(m_volume);
    m_volume->setValue(int(std::lround(volume * 100)));
}

void TransportBar::setPartiesSeparable(bool separable)
{
    for (QToolButton* b : {m_muteAgent, m_soloAgent, m_muteCustomer, m_soloCustomer}) {
        b->setEnabled(separable);
        if (!separable)
            b->setToolTip(tr("This recording is mono: agent and customer share one channel."));
    }
}

void TransportBar::setMix(bool agentMuted, bool customerMuted, std::optional<core::Party> solo)
{
    const QSignalBlocker a(m_muteAgent), b(m_muteCustomer), c(m_soloAgent), d(m_soloCustomer);
    m_muteAgent->setChecked(agentMuted);
    m_muteCustomer->setChecked(customerMuted);
    m_soloAgent->setChecked(solo == core::Party::Agent);
    m_soloCustomer->setChecked(solo == core::Party::Customer);
}

} // namespace cv::ui
