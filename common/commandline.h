// SPDX-License-Identifier: MIT
#pragma once

#include "textencoding.h"

#include <QCommandLineOption>

// What both programs' command lines share.
namespace CommandLine {

// True when the arguments ask only for text on the terminal (--help, --version) or name one of
// the extra flags (such as --headless): such a run needs no window, so no display.
bool needsNoWindow(int argc, char *argv[], const char *extraFlag = nullptr);

// --encoding NAME, the same in both programs.
QCommandLineOption encodingOption();
// False with a sentence for the user in *error when the name is not an encoding here.
bool parseEncoding(const QString &name, TextEncoding::Encoding *encoding, QString *error);

} // namespace CommandLine
