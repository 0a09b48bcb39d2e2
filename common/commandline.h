// SPDX-License-Identifier: MIT
#pragma once

// What both programs' command lines share.
namespace CommandLine {

// True when the arguments ask only for text on the terminal (--help, --version) or name one of
// the extra flags (such as --headless): such a run needs no window, so no display.
bool needsNoWindow(int argc, char *argv[], const char *extraFlag = nullptr);

} // namespace CommandLine
