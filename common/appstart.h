// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayList>
#include <QCoreApplication>

#include <memory>
#include <vector>

// Both programs start the same way: their options are parsed by a plain QCoreApplication, so
// errors and --help work without a display; only then, if a window is wanted and can open, does
// the caller replace it with a QApplication.
class AppStart
{
public:
    AppStart(int argc, char *argv[]);

    // A QCoreApplication over the arguments without QGuiApplication's own options.
    std::unique_ptr<QCoreApplication> coreApplication();

    // On stderr: "PROGRAM: text".
    static void complain(const QString &text);
    // When no window can open here: says so in one sentence (and what runs without one), false.
    static bool checkDisplay(int argc, char *argv[]);
    // Around QApplication's construction: a display that is set but cannot be reached (an X server
    // gone, a wrong $DISPLAY) makes Qt abort, advising a reinstall; between these two calls it is
    // said in one sentence instead, and the program exits with 1.
    static void expectWindowSystem();
    static void windowSystemUp();

private:
    QByteArrayList m_arguments;
    std::vector<char *> m_argv;
    int m_argc = 0;
};
