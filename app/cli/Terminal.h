#pragma once

#include <QString>

namespace cv::cli {

bool stdinIsTerminal();
bool stderrIsTerminal();
// Prompts on stderr and reads a line from the terminal without echo.
// Returns a null QString when stdin is not a terminal or on end of input.
QString readSecretLine(const QString& prompt);

} // namespace cv::cli
