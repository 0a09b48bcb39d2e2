#pragma once

// Ctrl+C and SIGTERM end the application's event loop cleanly (Unix; a no-op elsewhere), so
// buffered output is written and child processes are stopped on the way out.
void quitOnTerminationSignals();
