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
// Saved messages that could not be read (damaged, or from a newer udpchat), kept apart so that the
// next save does not overwrite them; returns the key they are kept under, to name it.
QString keepUnreadableSavedMessages(const QByteArray &json);
void restoreGeometry(QMainWindow *window);
void saveGeometry(const QMainWindow *window);

} // namespace ClientSettings
