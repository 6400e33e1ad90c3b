#include "ui/review/RecordingDetails.h"

#include "ui/DisplayText.h"

#include <QFormLayout>
#include <QLabel>

namespace cv::ui {

RecordingDetails::RecordingDetails(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("recordingDetails"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft);
    field(QStringLiteral("agent"), tr("Agent"));
    field(QStringLiteral("callStart"), tr("Call started"));
    field(QStringLiteral("duration"), tr("Duration"));
    field(QStringLiteral("direction"), tr("Direction"));
    field(QStringLiteral("queue"), tr("Queue or team"));
    field(QStringLiteral("purpose"), tr("Purpose"));
    field(QStringLiteral("policy"), tr("Policy"));
    field(QStringLiteral("channels"), tr("Channels"));
    field(QStringLiteral("format"), tr("Audio"));
    field(QStringLiteral("imported"), tr("Imported"));
}

QLabel* RecordingDetails::field(const QString& name, const QString& label)
{
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(false);
    m_form->addRow(label, value);
    return value;
}

QString RecordingDetails::value(const QString& field) const
{
    const auto* label = findChild<QLabel*>(field);
    return label ? label->text() : QString();
}

void RecordingDetails::show(const core::RecordingAccess::Opened& opened)
{
    const core::Recording& r = opened.recording;
    const auto set = [this](const QString& name, const QString& text) {
        if (auto* label = findChild<QLabel*>(name))
            label->setText(text);
    };
    set(QStringLiteral("agent"), opened.agentName);
    set(QStringLiteral("callStart"), DisplayText::localTime(r.callStartUtc));
    set(QStringLiteral("duration"), DisplayText::duration(r.durationMs()));
    set(QStringLiteral("direction"),
        r.direction == core::CallDirection::Inbound ? tr("Inbound") : tr("Outbound"));
    set(QStringLiteral("queue"), r.queue.isEmpty() ? tr("—") : r.queue);
    set(QStringLiteral("purpose"), core::purposeText(r.purpose));
    set(QStringLiteral("policy"), tr("Version %1").arg(r.policyVersion));
    QString channels;
    switch (r.agentChannel) {
    case core::AgentChannel::Mono:
        channels = tr("Mono: agent and customer together");
        break;
    case core::AgentChannel::Left:
        channels = tr("Stereo: agent left, customer right");
        break;
    case core::AgentChannel::Right:
        channels = tr("Stereo: customer left, agent right");
        break;
    }
    set(QStringLiteral("channels"), channels);
    set(QStringLiteral("format"), tr("%1, %2, %3 Hz")
                                      .arg(r.container, r.encoding)
                                      .arg(DisplayText::locale().toString(r.sampleRateHz)));
    set(QStringLiteral("imported"),
        tr("%1 by %2").arg(DisplayText::localTime(r.importedAtUtc), opened.importedByName));
}

void RecordingDetails::clear()
{
    for (QLabel* label : findChildren<QLabel*>()) {
        if (!label->objectName().isEmpty())
            label->clear();
    }
}

} // namespace cv::ui
