#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace cv::ui {

// An inline message above a form (like KeePassXC's MessageWidget): how the UI
// shows a recoverable problem without a modal dialog. Hidden while empty.
// Styled by its "kind" property (class selector cv--ui--MessageBanner in
// resources/style/coachvault.qss).
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)
    Q_PROPERTY(QString kind READ kindName)

public:
    enum class Kind
    {
        Information,
        Positive,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    void clear();
    // Whether the user can dismiss it with a close button (default: yes).
    void setClosable(bool closable);

    QString text() const;
    Kind kind() const { return m_kind; }
    QString kindName() const;

private:
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace cv::ui
