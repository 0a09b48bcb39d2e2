// SPDX-License-Identifier: MIT
#pragma once

// Ctrl+C, SIGTERM and SIGHUP (a closed terminal or ssh session) end the application's event loop
// cleanly (Unix; a no-op elsewhere), so buffered output is written and child processes are
// stopped on the way out. Without this, SIGHUP's default action loses every buffered line.
//
// A closed standard output (SIGPIPE: `udpchat-server --headless | head`) is one more way out for a
// program whose output is the point (QuitWhenOutputCloses: it leaves as on SIGTERM, the log file
// written); a window ignores it (its writes to a closed terminal just fail) and keeps serving.
enum class ClosedOutput { Ignore, Quit };
void quitOnTerminationSignals(ClosedOutput closedOutput = ClosedOutput::Ignore);
