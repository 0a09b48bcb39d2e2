// SPDX-License-Identifier: MIT
#pragma once

#include "serveroptions.h"

class QMainWindow;
class QSplitter;

// What the server window remembers between runs (QSettings): address, port, log cap, rate limit,
// receive buffer, log file, geometry and splitter sizes. Order of precedence: command line > saved > defaults.
namespace ServerSettings {

// Fills options with what was saved; call before parsing the command line over it.
void load(ServerOptions *options);
void save(const ServerOptions &options);
void restoreLayout(QMainWindow *window, QSplitter *main, QSplitter *log);
void saveLayout(const QMainWindow *window, const QSplitter *main, const QSplitter *log);

} // namespace ServerSettings
