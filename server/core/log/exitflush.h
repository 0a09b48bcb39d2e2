// SPDX-License-Identifier: MIT
#pragma once

// Last-chance flushing for buffers that live on the stack or in objects whose destructors never
// run because something called exit() (Qt 6.4's xcb plugin does exit(1) when the X connection
// breaks). Each owner registers a hook while it holds unwritten data; the hooks run once, from a
// std::atexit handler installed on first use. Owners unregister in their destructors, so a normal
// return from main() calls nothing twice. Hooks run on the thread that calls exit(), whichever thread their owners live on: the server
// window's engine registers its hook before its files' (it closes them on its own thread first).
namespace ExitFlush {

using Hook = void (*)(void *owner);

void add(void *owner, Hook hook);
void remove(void *owner);
// Runs every hook now (what exit() will do); for tests.
void runAll();

} // namespace ExitFlush
