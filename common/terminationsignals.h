// SPDX-License-Identifier: MIT
#pragma once

// Ctrl+C, SIGTERM and SIGHUP (a closed terminal or ssh session) end the application's event loop
// cleanly (Unix; a no-op elsewhere), so buffered output is written and child processes are
// stopped on the way out. Without this, SIGHUP's default action loses every buffered line.
void quitOnTerminationSignals();
