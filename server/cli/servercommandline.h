// SPDX-License-Identifier: MIT
#pragma once

#include "serveroptions.h"

class QCoreApplication;

// True when the command line asks for no window: --headless, or only --help / --version.
bool serverRunsWithoutWindow(int argc, char *argv[]);

// Parses the command line; --help and --version print and exit here.
// On a bad value returns false with a sentence for the user in *error.
bool parseServerOptions(const QCoreApplication &app, ServerOptions *options, QString *error);

