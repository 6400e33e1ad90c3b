#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace cv::ui {

// The one way the UI asks a modal question or shows a modal notice. Use it
// only when the user must decide; recoverable problems go inline into a
// MessageBanner. Tests pre-answer the next dialog with setNextAnswer(), so a
// widget test never blocks on a modal (the dialog is then not shown at all).
//
// Threading: GUI thread only. The pre-answer is process-wide test state.
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok);
    // The "About" box; answered with Ok when pre-answered.
    static void about(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next dialog is not shown and returns `answer`.
    static void setNextAnswer(Button answer);
    // Tests: the text of the last dialog asked or shown (pre-answered or not).
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                       const QString& text, Buttons buttons, Button defaultButton);

    static std::optional<Button> s_nextAnswer;
    static QString s_lastText;
};

} // namespace cv::ui
