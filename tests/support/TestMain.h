#pragma once

// Test entry points for executables that may touch the audio output. They
// do what QTEST_MAIN / QTEST_GUILESS_MAIN do, then end the process through
// cv::core::endProcess, which avoids an abort in Qt 6.4's PulseAudio teardown
// at exit (see core/playback/ProcessEnd.h).

#include "core/playback/ProcessEnd.h"

#include <QTest>

#define COACHVAULT_TEST_MAIN_WITH(TestObject, ...)                                                 \
    int main(int argc, char* argv[])                                                               \
    {                                                                                              \
        const int status = [&] {                                                                   \
            QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                     \
            __VA_ARGS__                                                                            \
            TestObject tc;                                                                         \
            QTEST_SET_MAIN_SOURCE_PATH                                                             \
            return QTest::qExec(&tc, argc, argv);                                                  \
        }();                                                                                       \
        cv::core::endProcess(status);                                                              \
    }

// Like QTEST_MAIN (a QApplication for widgets tests).
#define COACHVAULT_TEST_MAIN(TestObject) COACHVAULT_TEST_MAIN_WITH(TestObject, QTEST_MAIN_SETUP())
// Like QTEST_GUILESS_MAIN (a QCoreApplication).
#define COACHVAULT_GUILESS_TEST_MAIN(TestObject)                                                   \
    COACHVAULT_TEST_MAIN_WITH(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
