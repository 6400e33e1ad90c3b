#include "app/cli/CommandRegistry.h"

namespace cv::cli {

const Command* CommandRegistry::find(const QString& name) const
{
    for (const Command& command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace cv::cli
