// SPDX-License-Identifier: MIT
#pragma once

// Lets the calling thread yield the CPU to the process's other threads when both want it: its
// niceness is raised by `steps` (Linux keeps a niceness per thread; any user may raise their own).
// The server window calls it for its own thread once its engine's thread has started, so that on a
// busy machine a reply never waits for a paint: the engine wakes and runs at once, and the window
// paints with what is left. Threads made afterwards by this one inherit it. Returns false where
// the system has no per-thread niceness (then nothing changes).
namespace ThreadNiceness {
bool yieldToOthers(int steps);
}
