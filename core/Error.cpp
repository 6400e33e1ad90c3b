#include "core/Error.h"

namespace cv::core {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return 2;
    case ErrorCode::Refused:
        return 3;
    case ErrorCode::BadInput:
        return 4;
    case ErrorCode::WrongKey:
    case ErrorCode::NotAVault:
    case ErrorCode::CipherUnavailable:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeyNotFound:
        return 5;
    case ErrorCode::AlreadyExists:
    case ErrorCode::Io:
    case ErrorCode::Cancelled:
    case ErrorCode::Internal:
        return 1;
    }
    return 1;
}

} // namespace cv::core
