// SPDX-License-Identifier: MIT
#pragma once

#include "textencoding.h"

#include <QCommandLineOption>

class QCommandLineParser;
class QCoreApplication;

// What both programs' command lines share.
namespace CommandLine {

// --help, and --version (not Qt's: it also names the Qt it runs on and the git revision).
void addStandardOptions(QCommandLineParser &parser);
// Parses the command line: --help and --version print and exit; false, with a sentence for the
// user in *error, when a word that is no option is left over.
bool process(QCommandLineParser &parser, const QCoreApplication &app, QString *error);

// True when the arguments ask only for text on the terminal (--help, --version) or name one of
// the extra flags (such as --headless): such a run needs no window, so no display.
bool needsNoWindow(int argc, char *argv[], const char *extraFlag = nullptr);

// --encoding NAME, the same in both programs.
QCommandLineOption encodingOption();
// False with a sentence for the user in *error when the name is not an encoding here.
bool parseEncoding(const QString &name, TextEncoding::Encoding *encoding, QString *error);

} // namespace CommandLine

#include <QByteArrayList>

namespace CommandLine {

// Whether a window could open: on Linux and the BSDs, a display ($DISPLAY, $WAYLAND_DISPLAY) or
// a platform named by $QT_QPA_PLATFORM or -platform; elsewhere always.
bool displayAvailable(int argc, char *argv[]);

// argv without the options QGuiApplication takes for itself (-platform NAME, -qwindowgeometry
// GEOMETRY, -style NAME, -reverse...), so a QCoreApplication can parse udpchat's options first.
QByteArrayList withoutGuiOptions(int argc, char *argv[]);

} // namespace CommandLine
