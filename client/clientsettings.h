// SPDX-License-Identifier: MIT
#pragma once

#include "clientoptions.h"

#include <QStringList>

class QMainWindow;

// What the client window remembers between runs (QSettings): server, port, timeout, hex mode,
// input history and geometry. Order of precedence: command line > saved > defaults.
namespace ClientSettings {

void load(ClientOptions *options);
void save(const ClientOptions &options, bool hexMode, const QStringList &history);
bool hexMode();
QStringList history();
// How the message input reads what is typed: escapes on or off, the line ending (TypedMessage's key).
void saveInputForm(bool escapes, const QString &lineEnding);
bool escapes();
QString lineEnding();
// The saved messages, as SavedMessagesFile's JSON.
void saveSavedMessages(const QByteArray &json);
QByteArray savedMessages();
void restoreGeometry(QMainWindow *window);
void saveGeometry(const QMainWindow *window);

} // namespace ClientSettings
